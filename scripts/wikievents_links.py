"""Measure how well casualty figures are linked to their place and perpetrator on WikiEvents.

Usage::

    python scripts/wikievents_links.py ../shared/devdata/wikievents-dev.jsonl [--show]

For every ``Life.Die`` / ``Life.Injure`` event whose trigger falls inside a figure's evidence span,
the figure's ``place`` (its entry of ``places``: name and surface forms) is compared with the
event's ``Place`` argument, and its ``perpetrator`` (the group's name and aliases) with the
``Killer`` / ``Injurer`` argument, or failing those the ``Attacker`` of an attack event of the
same sentence. Two names match when half the content words of the shorter are in the other. An
event whose argument is missing is not counted for that link; a figure with no value where the
event has one counts as a miss. Development measurement only: WikiEvents (Li, Ji and Han, NAACL
2021) is MIT-licensed but not shipped with the project.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from conflict_extract import annotate, load
from conflict_extract.models import Article, ArticleRecord

STOPWORDS = frozenset({"the", "of", "a", "an", "in", "and", "al", "forces", "province", "city"})
PERPETRATOR_ROLES = ("Killer", "Injurer")


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOPWORDS}


def names_match(gold: str, names: list[str]) -> bool:
    """True when half the content words of the shorter name are in the other, for some name."""
    a = _words(gold)
    for name in names:
        b = _words(name)
        short, other = (a, b) if len(a) <= len(b) else (b, a)
        if short and 2 * len(short & other) >= len(short):
            return True
    return False


def token_offsets(doc: dict) -> list[tuple[int, int]]:
    """Character offsets of the document's tokens, in order."""
    return [(start, end) for tokens, _text in doc["sentences"] for _tok, start, end in tokens]


def _sentence_of(doc: dict) -> list[int]:
    return [k for k, (tokens, _text) in enumerate(doc["sentences"]) for _ in tokens]


def gold_links(doc: dict) -> list[dict]:
    """Life.Die / Life.Injure events: trigger char span, place text, perpetrator text."""
    offsets = token_offsets(doc)
    sent_of = _sentence_of(doc)
    entities = {e["id"]: e for e in doc["entity_mentions"]}
    attackers: dict[int, str] = {}
    for event in doc["event_mentions"]:
        if event["event_type"].startswith("Conflict.Attack"):
            for arg in event["arguments"]:
                if arg["role"] == "Attacker":
                    attackers.setdefault(sent_of[event["trigger"]["start"]], arg["text"])
    found = []
    for event in doc["event_mentions"]:
        if not event["event_type"].startswith(("Life.Die", "Life.Injure")):
            continue
        trig = event["trigger"]
        start, end = offsets[trig["start"]][0], offsets[trig["end"] - 1][1]
        roles = {arg["role"]: entities.get(arg["entity_id"], arg)["text"] for arg in event["arguments"]}
        perpetrator = next((roles[r] for r in PERPETRATOR_ROLES if r in roles),
                           attackers.get(sent_of[trig["start"]]))
        found.append({"start": start, "end": end, "trigger": trig["text"],
                      "place": roles.get("Place"), "perpetrator": perpetrator})
    return found


def figure_names(record: ArticleRecord, figure) -> tuple[list[str], list[str]]:
    """Place names (with surface forms) and perpetrator names (with aliases) of a figure."""
    places = [figure.place] if figure.place else []
    if figure.place_index is not None and figure.place_index < len(record.places):
        place = record.places[figure.place_index]
        places.extend([place.name, *place.mentions])
    groups = [figure.perpetrator] if figure.perpetrator else []
    for group in record.groups:
        if group.name == figure.perpetrator:
            groups.extend(group.aliases)
    return places, groups


def measure(path: Path, show: bool = False) -> Counter:
    """Run the pipeline over the file and count linked events and correct links."""
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    nlp = load()
    articles = [Article(id=d["doc_id"], text=d["text"], source=str(path)) for d in docs]
    counts: Counter = Counter()
    for doc, record in zip(docs, annotate(nlp, articles), strict=True):
        for event in gold_links(doc):
            counts["events"] += 1
            figure = next((c for c in record.casualties
                           if c.start <= event["start"] and event["end"] <= c.end), None)
            if figure is None:
                continue
            counts["linked"] += 1
            places, groups = figure_names(record, figure)
            for link, names in (("place", places), ("perpetrator", groups)):
                if event[link] is None:
                    continue
                counts[link + ".n"] += 1
                ok = names_match(event[link], names)
                counts[link + ".k"] += ok
                if show and not ok:
                    print(f"{doc['doc_id']}: {link} gold={event[link]!r} pred={names[:1]} "
                          f"in {figure.text!r}", file=sys.stderr)
    return counts


def main(argv: list[str] | None = None) -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--show", action="store_true", help="print every wrong link to stderr")
    args = parser.parse_args(argv)
    c = measure(args.path, args.show)
    print(f"events (Life.Die/Life.Injure)      {c['events']}")
    print(f"events inside a figure's evidence  {c['linked']}")
    for link in ("place", "perpetrator"):
        n, k = c[link + ".n"], c[link + ".k"]
        print(f"{link}_accuracy{' ' * (22 - len(link))}{k / n if n else 0:.3f} ({k}/{n})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
