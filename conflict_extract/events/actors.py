"""Who acted and who was targeted in an event (issue 18, role per event).

From each casualty figure: its ``perpetrator`` is the ``perpetrator`` actor; the ``target`` is the
group the victims belong to, where the article's groups name it in the victims' own phrase
(``killed two Peshmerga fighters``, ``killing nine members of Hayat Tahrir al-Sham``), or else the
victims themselves when their word says they were civilians, protesters or rioters, named the way
ACLED names them (``Civilians (Syria)``). Armed victims of an unnamed side (``12 soldiers``) give
no target: the word does not say whose they were.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from conflict_extract.lexicon import load_json
from conflict_extract.models import ArticleRecord, Casualty, Group
from conflict_extract.text.names import name_key

_TARGET_NAMES = {"civilians": "Civilians", "protesters": "Protesters", "rioters": "Rioters"}
"""The ACLED actor name of each kind of unarmed victims (``Protesters (Kenya)``)."""

_OF_PHRASE = re.compile(r"\b(?:of|from)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
"""Between a victims word and its group: ``members of the``, ``fighters from``."""

_WORDS_BETWEEN = 2
"""Words a victims word may follow its group by (``Boko Haram fighters``, ``SDF-led Kurdish fighters``)."""


@functools.cache
def _victim_kinds() -> dict[str, str]:
    """Victim words (lower case) and the kind of unarmed actor they make the victims."""
    data = load_json("events/targets.json")
    return {word.lower(): kind for kind, words in data.items() for word in words}


def _group_named(groups: Sequence[Group], name: str | None) -> Group | None:
    if not name:
        return None
    key = name_key(name)
    return next(
        (g for g in groups if key in {name_key(g.name), *(name_key(a) for a in g.aliases)}), None
    )


def _actor(name: str, role: str, group: Group | None, actor_class: str | None = None) -> dict[str, Any]:
    return {
        "name": group.name if group is not None else name,
        "role": role,
        "actor_class": group.actor_class if group is not None else actor_class,
    }


def _victim_words(victims: str) -> list[str]:
    words = {victims.lower()}
    if victims.endswith("s"):
        words.add(victims[:-1].lower())
    return sorted(words, key=len, reverse=True)


def _names_the_victims(text: str, start: int, end: int, victims: str) -> bool:
    """The group mention ``text[start:end]`` is in the victims' phrase: right before the victims
    word (``Peshmerga fighters``), after ``victims of`` (``members of the SDF``), or the victims
    word itself (``killed 12 Taliban``)."""
    words = "|".join(re.escape(w) for w in _victim_words(victims))
    mention = text[start:end]
    if re.fullmatch(rf"(?:{words})", mention, re.IGNORECASE):
        return True
    after = text[end: end + 60]
    if re.match(rf"^(?:[\s-]+[\w'’-]+){{0,{_WORDS_BETWEEN}}}?[\s-]+(?:{words})\b", after, re.IGNORECASE):
        return True
    before = text[max(0, start - 60): start]
    m = _OF_PHRASE.search(before)
    return m is not None and re.search(rf"\b(?:{words})\s+$", before[: m.start()], re.IGNORECASE) is not None


@dataclass(frozen=True)
class GroupSpans:
    """Every mention span of a record's groups, by start: the groups a figure's evidence holds
    are found without reading every mention of every group (a long article has thousands)."""

    spans: list[tuple[int, int, int]]
    """``(start, end, the group's place in record.groups)``, by start."""

    @classmethod
    def of(cls, groups: Sequence[Group]) -> GroupSpans:
        """The index of ``groups``' spans."""
        return cls(sorted((s, e, n) for n, g in enumerate(groups) for s, e in g.spans))

    def within(self, start: int, end: int) -> dict[int, list[tuple[int, int]]]:
        """Group place -> its spans lying within ``[start, end]``."""
        first = bisect_left(self.spans, start, key=_start)
        last = bisect_right(self.spans, end, key=_start)
        inside: dict[int, list[tuple[int, int]]] = {}
        for s, e, n in self.spans[first:last]:
            if e <= end:
                inside.setdefault(n, []).append((s, e))
        return inside


def _start(span: tuple[int, int, int]) -> int:
    return span[0]


def figure_actors(
    record: ArticleRecord, c: Casualty, text: str | None, country: str | None,
    spans: GroupSpans | None = None,
) -> list[dict[str, Any]]:
    """The actors of one casualty figure: ``{name, role, actor_class}`` for its perpetrator and its
    target. ``text`` is the article text (the figure's evidence is used without it); ``country``
    names the country of the event's place for unarmed victims (``Civilians (Nigeria)``);
    ``spans``: the record's :class:`GroupSpans`, built once per article by a caller asking for
    many figures."""
    actors = []
    perpetrator = _group_named(record.groups, c.perpetrator)
    if c.perpetrator:
        actors.append(_actor(c.perpetrator, "perpetrator", perpetrator))
    source, offset = (text, 0) if text is not None else (c.text, c.start)
    inside = (spans or GroupSpans.of(record.groups)).within(c.start, c.end)
    targets = [
        g for g, mentions in ((record.groups[n], inside[n]) for n in sorted(inside))
        # a side of the figure's fight is no target of it ("clashes between the army and the RSF
        # killed 20 civilians": the RSF is before the victims' phrase, but not in it)
        if g is not perpetrator and g.name not in c.parties and any(
            _names_the_victims(source, s - offset, e - offset, c.victims) for s, e in mentions
        )
    ]
    actors.extend(_actor(g.name, "target", g) for g in targets)
    kind = _victim_kinds().get(c.victims.lower())
    if not targets and kind is not None:
        name = _TARGET_NAMES[kind] + (f" ({country})" if country else "")
        actors.append(_actor(name, "target", None, kind))
    return actors


def merge_actors(*lists: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The actors of several figures or events, each ``(name, role)`` once, in order."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for actors in lists:
        for actor in actors:
            merged.setdefault((actor["name"], actor["role"]), actor)
    return list(merged.values())
