"""Measure how well casualty figures are linked to their place and perpetrator on WikiEvents.

Usage::

    PYTHONPATH=. python scripts/wikievents_links.py ../shared/devdata/wikievents-dev.jsonl [--show]

For every ``Life.Die`` / ``Life.Injure`` event whose trigger falls inside a figure's evidence span,
the figure's ``site`` (the spot inside its place: ``Deerpark Road``) and ``place`` (its entry of
``places``: name and surface forms) are compared with the event's ``Place`` argument, and its ``perpetrator`` (the group's name, its aliases in the article
and its names in the actor dictionary) with the ``Killer`` / ``Injurer`` argument, or failing
those the ``Attacker`` of an attack event of the same sentence; ``perpetrator_or_side`` also
counts a killer who is one of the figure's ``parties`` (the sides of a fight, which name no
one killer). An argument is read as its noun
phrase in the parse (``city`` -> ``the city of Deir ez-Zor``), not as the one head token the
annotation marks. Two names match when half the content words of the shorter are in the other.
An event whose argument is missing is not counted for that link; a figure with no value where
the event has one counts as a miss.

The file's ``text`` runs its sentences together without a space (``in SyriaThe desert``) while its
token offsets count one separator between sentences; the article is rebuilt from its sentences,
one per paragraph (a real sentence split, so a headline does not run into the lead), and every
offset is moved to the rebuilt text. Development measurement only: WikiEvents (Li, Ji and Han,
NAACL 2021) is MIT-licensed but not shipped with the project.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from conflict_extract import annotate, load
from conflict_extract.components.groups.actors import load_actor_index
from conflict_extract.models import Article, ArticleRecord

STOPWORDS = frozenset({"the", "of", "a", "an", "in", "and", "al", "forces", "province", "city",
                       "its", "their", "his", "her"})
PERPETRATOR_ROLES = ("Killer", "Injurer")
SENTENCE_BREAK = "\n\n"
NP_RIGHT_DEPS = frozenset({"compound", "flat", "nummod"})
"""Right dependents that belong to an argument's name (``the city of X`` also keeps its ``of``)."""
PRONOUN = "<pronoun>"
"""An argument that is only a pronoun (``They killed 23 soldiers``): not compared."""
PARSE_PIPES = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "conflict_paragraphs")


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


def rebuild(doc: dict) -> tuple[str, list[tuple[int, int]]]:
    """The article rebuilt one sentence per paragraph, and its tokens' character offsets in it."""
    parts, offsets = [], []
    pos = 0
    for tokens, text in doc["sentences"]:
        base = tokens[0][1] if tokens else 0
        for _tok, start, end in tokens:
            offsets.append((start - base + pos, end - base + pos))
        parts.append(text)
        pos += len(text) + len(SENTENCE_BREAK)
    return SENTENCE_BREAK.join(parts), offsets


def noun_phrase(parsed, start: int, end: int) -> str:
    """The noun phrase the parse builds on the characters ``[start, end)``: its head with the
    head's left dependents, names in apposition and an ``of`` phrase (``the city of X``)."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return parsed.text[start:end]
    head = span.root
    lo, hi = min(head.left_edge.i, span.start), max(head.i + 1, span.end)
    for child in head.rights:
        if child.dep_ in NP_RIGHT_DEPS or (child.dep_ == "prep" and child.lower_ == "of"):
            hi = max(hi, child.right_edge.i + 1)
        elif child.dep_ == "appos" and child.pos_ == "PROPN":
            hi = max(hi, child.i + 1)  # "the group ETA", not "Oxford St, the busiest ... in X"
    return parsed[lo:hi].text


def gold_links(doc: dict, parsed, offsets: list[tuple[int, int]]) -> list[dict]:
    """Life.Die / Life.Injure events: trigger char span, place and perpetrator phrases (None for
    an argument that is only a pronoun: it names no one, and the file carries no coreference)."""
    entities = {e["id"]: e for e in doc["entity_mentions"]}

    def phrase(arg: dict) -> str | None:
        entity = entities.get(arg["entity_id"])
        if entity is None:
            return arg["text"]
        span = parsed.char_span(offsets[entity["start"]][0], offsets[entity["end"] - 1][1],
                                alignment_mode="expand")
        if span is not None and all(t.pos_ == "PRON" for t in span):
            return PRONOUN
        return noun_phrase(parsed, offsets[entity["start"]][0], offsets[entity["end"] - 1][1])

    def sentence_of(token: int) -> int:
        span = parsed.char_span(*offsets[token], alignment_mode="expand")
        return span.sent.start if span is not None else -1

    attackers: dict[int, str] = {}
    for event in doc["event_mentions"]:
        if event["event_type"].startswith("Conflict.Attack"):
            for arg in event["arguments"]:
                if arg["role"] == "Attacker":
                    attackers.setdefault(sentence_of(event["trigger"]["start"]), phrase(arg))
    found = []
    for event in doc["event_mentions"]:
        if not event["event_type"].startswith(("Life.Die", "Life.Injure")):
            continue
        trig = event["trigger"]
        start, end = offsets[trig["start"]][0], offsets[trig["end"] - 1][1]
        roles = {arg["role"]: phrase(arg) for arg in event["arguments"]}
        # the Attacker of an attack in the same sentence, as the parse splits them (WikiEvents'
        # "sentences" are sometimes whole paragraphs)
        perpetrator = next((roles[r] for r in PERPETRATOR_ROLES if r in roles),
                           attackers.get(sentence_of(trig["start"])))
        found.append({"start": start, "end": end, "trigger": trig["text"],
                      "place": roles.get("Place"), "perpetrator": perpetrator})
    return found


def figure_names(record: ArticleRecord, figure) -> tuple[list[str], list[str]]:
    """Site and place names (with surface forms) and perpetrator names (with the article's aliases and
    the actor dictionary's names) of a figure."""
    places = [figure.site] if figure.site else []
    if figure.place:
        places.append(figure.place)
    if figure.place_index is not None and figure.place_index < len(record.places):
        place = record.places[figure.place_index]
        places.extend([place.name, *place.mentions])
    return places, group_names(record, figure.perpetrator) if figure.perpetrator else []


def group_names(record: ArticleRecord, name: str) -> list[str]:
    """A group's name, its aliases in the article and its names in the actor dictionary."""
    names = [name]
    for group in record.groups:
        if group.name == name:
            names.extend(group.aliases)
    actor = load_actor_index().lookup(name)
    if actor is not None:
        names.extend(actor.names)
    return names


def measure(path: Path, show: bool = False) -> Counter:
    """Run the pipeline over the file and count linked events and correct links."""
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    nlp = load()
    rebuilt = [rebuild(d) for d in docs]
    texts = [text for text, _offsets in rebuilt]
    with nlp.select_pipes(enable=[p for p in PARSE_PIPES if p in nlp.pipe_names]):
        parses = list(nlp.pipe(texts))
    articles = [Article(id=d["doc_id"], text=t, source=str(path)) for d, t in zip(docs, texts,
                                                                                strict=True)]
    counts: Counter = Counter()
    for doc, (_text, offsets), parsed, record in zip(docs, rebuilt, parses, annotate(nlp, articles),
                                                     strict=True):
        for event in gold_links(doc, parsed, offsets):
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
                if event[link] == PRONOUN:
                    counts[link + ".pronoun"] += 1
                    continue
                counts[link + ".n"] += 1
                ok = names_match(event[link], names)
                counts[link + ".k"] += ok
                if link == "perpetrator":
                    # a fight between two sides names both and no one killer (``parties``)
                    sides = [n for side in figure.parties for n in group_names(record, side)]
                    counts["side.k"] += ok or names_match(event[link], sides)
                if show:
                    print(f"{'ok ' if ok else 'BAD'} {doc['doc_id']}: {link} gold={event[link]!r} "
                          f"pred={names[:1]} ({figure.links.get(link)}) in {figure.text!r}",
                          file=sys.stderr)
    return counts


def main(argv: list[str] | None = None) -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--show", action="store_true", help="print every link compared to stderr")
    args = parser.parse_args(argv)
    c = measure(args.path, args.show)
    print(f"events (Life.Die/Life.Injure)      {c['events']}")
    print(f"events inside a figure's evidence  {c['linked']}")
    for link in ("place", "perpetrator"):
        n, k = c[link + ".n"], c[link + ".k"]
        print(f"{link}_accuracy{' ' * (22 - len(link))}{k / n if n else 0:.3f} ({k}/{n}; "
              f"{c[link + '.pronoun']} pronoun arguments not compared)")
    n, k = c["perpetrator.n"], c["side.k"]
    print(f"perpetrator_or_side        {k / n if n else 0:.3f} ({k}/{n}; the killer, or one of "
          "the sides of the fight the figure's clause names)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
