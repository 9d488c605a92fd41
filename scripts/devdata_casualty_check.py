"""Recall check of the casualty rules on real news (not a test; run by hand).

For every sentence of ``../shared/devdata/wikievents-dev.jsonl`` that carries a ``Life.Die`` or
``Life.Injure`` event and has a number in it, report whether the pipeline yields a casualty count
whose evidence starts in that sentence, and list the misses for review::

    .venv/bin/python scripts/devdata_casualty_check.py [path/to/wikievents-dev.jsonl] [--all] [--raw]

``--all`` also prints the hits with the counts found. By default the article is rebuilt from the
dataset's sentences joined by spaces; ``--raw`` reads the file's own ``text`` instead, where
scrapers glued many sentences together (``Afghanistan.They killed``, ``SyriaThe``), to check the
pipeline's glued-sentence splitting on real text.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from conflict_extract import annotate, load
from conflict_extract.models import Article

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "devdata" / "wikievents-dev.jsonl"
NUMBER = re.compile(
    r"\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?|scores)\b",
    re.IGNORECASE,
)


def rebuilt_text(doc: dict) -> tuple[str, list[tuple[int, int, str]]]:
    """The article text rebuilt from the dataset's sentences joined by spaces, with each
    sentence's character span (the dataset's token offsets are not aligned with its ``text``)."""
    parts, spans, cursor = [], [], 0
    for _tokens, sentence in doc["sentences"]:
        spans.append((cursor, cursor + len(sentence), sentence))
        parts.append(sentence)
        cursor += len(sentence) + 1
    return " ".join(parts), spans


def raw_text(doc: dict) -> tuple[str, list[tuple[int, int, str]]]:
    """The file's own ``text`` (sentences often glued without a space), with each dataset
    sentence's character span found in it in order."""
    text, spans, cursor = doc["text"], [], 0
    for _tokens, sentence in doc["sentences"]:
        start = text.find(sentence, cursor)
        if start < 0:  # not found verbatim: give it an empty span (never a hit)
            spans.append((cursor, cursor, sentence))
            continue
        spans.append((start, start + len(sentence), sentence))
        cursor = start + len(sentence)
    return text, spans


def main(argv: list[str]) -> int:
    path = Path(next((a for a in argv if not a.startswith("--")), DEFAULT))
    show_all = "--all" in argv
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    nlp = load()
    build = raw_text if "--raw" in argv else rebuilt_text
    rebuilt = [build(d) for d in docs]
    articles = [Article(id=d["doc_id"], text=text, source=str(path))
                for d, (text, _spans) in zip(docs, rebuilt, strict=True)]
    total = hits = 0
    for doc, (_text, spans), record in zip(docs, rebuilt, annotate(nlp, articles), strict=True):
        events: dict[int, set[str]] = {}
        for event in doc["event_mentions"]:
            kind = event["event_type"]
            if kind.startswith(("Life.Die", "Life.Injure")):
                events.setdefault(event["trigger"]["sent_idx"], set()).add(kind.split(".")[1])
        for idx in sorted(events):
            start, end, sentence = spans[idx]
            if not NUMBER.search(sentence):
                continue
            total += 1
            found = [c for c in record.casualties if start <= c.start < end]
            if found:
                hits += 1
            if found and show_all:
                figures = "; ".join(
                    f"{c.outcome} {c.count if c.count is not None else (c.low, c.high)} {c.victims}"
                    for c in found
                )
                print(f"HIT  {doc['doc_id']}#{idx} [{figures}] {sentence}")
            elif not found:
                print(f"MISS {doc['doc_id']}#{idx} ({'/'.join(sorted(events[idx]))}) {sentence}")
    print(f"\n{hits}/{total} sentences with a Life.Die/Life.Injure event and a number yield a count")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
