"""The actor dictionary's size and coverage per conflict, as a table on stdout.

    python -m conflict_extract.components.groups.coverage

One row per conflict id (``syria``, ``myanmar`` ...): how many actors it lists, by type. The
test suite prints the same table (``tests/components/test_actors_coverage.py``).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from conflict_extract.components.groups.actors import ACTOR_TYPES, ActorIndex, load_actor_index


def coverage(index: ActorIndex) -> dict[str, Counter[str]]:
    """Conflict id -> count of its actors per type (an actor of several conflicts counts in each)."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for actor in index:
        for conflict in actor.conflicts or ("(none)",):
            table[conflict][actor.type] += 1
    return dict(table)


def render(index: ActorIndex) -> str:
    """The coverage table as text: a header, one line per conflict (largest first), a total."""
    table = coverage(index)
    names = sum(len(actor.names) for actor in index)
    lines = [f"actors: {len(index)}  names: {names}  conflicts: {len(table)}"]
    lines.append(f"{'conflict':<20} {'total':>5}  " + " ".join(f"{t[:9]:>9}" for t in ACTOR_TYPES))
    for conflict, counts in sorted(table.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
        cells = " ".join(f"{counts.get(t, 0):>9}" for t in ACTOR_TYPES)
        lines.append(f"{conflict:<20} {sum(counts.values()):>5}  {cells}")
    return "\n".join(lines)


def main() -> None:
    """Print the packaged dictionary's coverage table."""
    print(render(load_actor_index()))


if __name__ == "__main__":
    main()
