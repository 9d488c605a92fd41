"""Quoted words that are no statement: names and glosses (``alias "el mexicano"``, the "Islamic
State"), titles (``"The Battle of Algiers"``) and scare quotes around a word or two."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from conflict_extract.components.quotes.cues import SUBJECT_DEPS
from conflict_extract.components.quotes.docindex import DocIndex
from conflict_extract.components.quotes.headings import WORD_RE
from conflict_extract.components.quotes.marks import QuoteMarks

NAMING_WORDS = frozenset({"alias", "aka", "nicknamed", "codenamed", "dubbed", "named", "titled",
                          "entitled", "meaning", "means", "translates", "known"})
"""Words before quoted words that are a name or a gloss (``alias "el mexicano"``,
``which translates as "land of the mountains"``), not a statement."""


def quoted_name(doc: Doc, index: DocIndex, marks: QuoteMarks) -> bool:
    """True for a few quoted words used as a name: after a naming word (``alias``, ``known
    as``, ``translates as``), or, in text without capitals, a short phrase that modifies the
    noun after it (``the "santo tomas" presidential farm``, ``the "cerigua" news agency``)."""
    words = WORD_RE.findall(index.text[marks.start : marks.end])
    first = bisect.bisect_left(index.token_starts, marks.open_mark)
    before = [doc[i] for i in range(max(first - 2, 0), first)]
    if before and before[-1].lower_ == "as" and len(before) > 1:
        before = before[:-1]  # "known as", "translates as"
    if before and before[-1].lower_ in NAMING_WORDS and len(words) <= 6:
        return True
    if not index.lowercased or len(words) > 3 or marks.close_mark is None:
        return False
    after = bisect.bisect_left(index.token_starts, marks.close_mark + 1)
    if after < len(doc) - 1 and doc[after].pos_ == "ADJ":
        after += 1  # the "santo tomas" presidential farm
    return after < len(doc) and doc[after].pos_ in ("NOUN", "PROPN") and (
        doc[after].dep_ not in SUBJECT_DEPS
    )


def scare_quote_or_title(words: str) -> bool:
    """Unattributed quoted words that are a name, title or scare quote rather than a statement:
    a few words (``the so-called "Islamic State"``) or title case (``"The Battle of Algiers"``)."""
    tokens = WORD_RE.findall(words)
    if len(tokens) <= 3:
        return True
    return all(t[:1].isupper() for t in tokens if len(t) > 3)


def is_name(words: str) -> bool:
    """True for a short title-case phrase, a proper name put in quotation marks."""
    tokens = WORD_RE.findall(words)
    return 0 < len(tokens) <= 4 and all(t[:1].isupper() for t in tokens if len(t) > 3) and (
        tokens[0][:1].isupper() and words.rstrip()[-1:] not in ".!?,"
    )


def is_title(words: str) -> bool:
    """True for a short title-case phrase closed by a full stop inside the marks, a title or
    section heading (``"State of the Union."``, ``"Coal Isn't the Villain."``), with two
    capitalised words at least, so that ``"Stop."`` is none."""
    tokens = WORD_RE.findall(words)
    if not 0 < len(tokens) <= 6 or words.rstrip()[-1:] != ".":
        return False
    return all(t[:1].isupper() for t in tokens if len(t) > 3) and (
        sum(1 for t in tokens if t[:1].isupper()) >= 2
    )
