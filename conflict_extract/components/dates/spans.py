"""Temporal spans of a Doc: DATE/TIME entities united with pattern matches, trimmed, split at
coordinations and freed of words glued on by lost line breaks."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

import numpy
from spacy.attrs import ORTH, SHAPE
from spacy.tokens import Doc, Span, Token

from conflict_extract.components.dates.patterns import date_matcher, named_anchor_words
from conflict_extract.components.dates.vocabulary import (
    ANCHOR_WORDS,
    DEICTIC_WORDS,
    HHMM_SET,
    MONTHS,
    PARTS_OF_DAY,
    PLURAL_UNITS,
    TIME_PREPOSITIONS,
    TIME_ZONES,
    TZ_WORDS,
    YEAR_SET,
)
from conflict_extract.models import DateMention
from conflict_extract.nlp.extensions import in_skipped

_TEMPORAL_LABELS = frozenset({"DATE", "TIME"})
_BLOCKING_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "FAC", "EVENT", "PRODUCT", "LAW",
                              "NORP", "GPE", "LOC"})
_ANCHOR_TOKEN = re.compile(
    r"^(?:1[7-9]\d\d|20\d\d|(?:mid|early|late)-(?:1[0-9]|20)\d\d|1[5-9]\d0s|20\d0s|"
    r"\d{1,2}:\d\d|\d{4}-\d\d(?:-\d\d)?|\d{1,2}(?:am|pm))$"
)
_TRIM_LEFT = frozenset({"both", "either", "its", "their", "'s", "\u2019s", "on", "in", "at", "during", "by", "from", "of", "over", "within",
                        "until", "till", "for", "throughout", "before", "after", ",", "-", "and",
                        "or", "to", "as", "between"})
_TRIM_RIGHT = frozenset({",", ".", "-", "'s", "\u2019s", "'", "\u2019", "and", "or", "of", "to",
                         "the", ";", ":"})
_EXTEND_LEFT = frozenset({"since", "nearly", "almost", "some", "about", "around", "roughly",
                          "approximately", "barely", "just"})
_SPLIT_WORDS = frozenset({"ended", "ending", "and", "or", "to", "through", "until", "till", "-", "\u2013", "/", "(",
                          ")", "--", ";", "\u2014"})


_TIME_WORDS = frozenset({*PARTS_OF_DAY, *TIME_ZONES, "noon", "midday", "midnight", "am", "pm",
                         "a.m.", "p.m.", "tonight"})
_HOURS_OF_NIGHT = frozenset({"early", "small", "wee", "pre-dawn", "predawn"})
_JOINERS = frozenset({"on", "at", "of"})
_YEAR = re.compile(r"^(?:1[7-9]\d\d|20\d\d)$")


_NAMED_KEYS = frozenset({"HOLIDAY", "REFERENCE"})
"""Pattern names whose matches stand even where the entity recogniser saw a name (``Eid
al-Fitr`` tagged EVENT, ``Ashura`` tagged PERSON)."""


def _calendar(doc: Doc, start: int, end: int) -> bool:
    return any(is_anchor(t) or is_military_time(t) for t in doc[start:end])


def _has_time(doc: Doc, start: int, end: int) -> bool:
    return any(t.lower_ in _TIME_WORDS or ":" in t.text or is_military_time(t) for t in doc[start:end]) \
        or (end - start > 1 and doc[end - 1].lower_ == "hours"
            and doc[end - 2].lower_ in _HOURS_OF_NIGHT)  # "the early hours of Thursday"


def candidate_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of temporal candidates: DATE/TIME entities united with pattern matches; a
    time of day and its day (``midnight on Friday``, ``Monday at 3 pm``, ``9 a.m. EST Tuesday``,
    ``5 p.m. EST, Nov. 6``) make one range."""
    ranges = [(e.start, e.end) for e in doc.ents if e.label_ in _TEMPORAL_LABELS]
    for key, start, end in date_matcher(doc.vocab)(doc):
        if key not in _NAMED_KEYS and any(
                doc[i].ent_type_ in _BLOCKING_LABELS and doc[i].lower_ not in TZ_WORDS
                and not _date_only_entity(doc, i, start, end)
                for i in range(start, end)):  # "GMT" is often tagged ORG
            continue
        ranges.append((start, end))
    ranges.sort()
    merged: list[list[int]] = []
    for start, end in ranges:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        elif (merged and ((start == merged[-1][1] + 1 and doc[start - 1].lower_ in _JOINERS)
                          or (start == merged[-1][1] and _calendar(doc, *merged[-1])
                              and _calendar(doc, start, end))
                          or (start == merged[-1][1] + 1 and doc[start - 1].text == ","
                              and _has_time(doc, *merged[-1]) and _calendar(doc, start, end)))
              and (_has_time(doc, *merged[-1]) or _has_time(doc, start, end))):
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def _date_only_entity(doc: Doc, i: int, start: int, end: int) -> bool:
    """Whether the name entity holding token ``i`` is nothing but the date matched at
    ``start:end`` and a determiner: ``the Aug. 7`` tagged EVENT in ``the Aug. 7 embassy
    bombings`` names no event, only its date."""
    ent = next((e for e in doc.ents if e.start <= i < e.end), None)
    if ent is None or ent.end > end:
        return False
    first = ent.start + (doc[ent.start].lower_ == "the")
    return first >= start


def is_anchor(token: Token) -> bool:
    """A calendar word or number that makes a candidate range temporal (``Monday``, ``1998``,
    ``10:35``, ``weeks``)."""
    lower = token.lower_
    return lower in ANCHOR_WORDS or (
        _ANCHOR_TOKEN.match(lower) is not None and not lower.isalpha()
    ) or lower.rstrip(".") in MONTHS


def is_named_anchor(token: Token) -> bool:
    """A word that makes a range temporal only when the whole phrase is understood: ``now``,
    ``quarter``, ``Ramadan``, ``nineteen``, ``future``."""
    return token.lower_ in named_anchor_words()


def tidy_range(doc: Doc, start: int, end: int) -> Iterable[tuple[int, int]]:
    """Trim a candidate range, extend it over ``since`` and hedges, and split coordinations
    (``Tuesday or Wednesday``) and periods named by their end (``the quarter ended Sept. 30``)
    into their parts."""
    start, end = _trim(doc, start, end)
    if start >= end:
        return
    if end - 3 > start and end < len(doc) and doc[end].text == ")" \
            and doc[end - 3].text == "(" and doc[end - 1].lower_ in TZ_WORDS:
        end += 1  # keep the bracket closing "2100 (0300 gmt)"
    while start > 0 and doc[start - 1].lower_ in _EXTEND_LEFT and (
        doc[start - 1].lower_ == "since" or doc[start].like_num
    ):
        start -= 1
    for a, b in _split(doc, start, end):
        if a < b:
            yield a, b



def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop prepositions, possessives and punctuation at the edges; a determiner belongs to the
    noun phrase when the date is a modifier (``the April 15, 2013 bombing``, ``the third-quarter
    loss``). ``earlier this week`` stays whole, as TimeBank marks it."""
    while start < end and (
        (doc[start].lower_ in _TRIM_LEFT and not (  # "at least", "as early as" are hedges
            start + 1 < end and doc[start + 1].lower_ in ("least", "most", "early", "late", "soon")
            and doc[start].lower_ in ("at", "as")))
        or doc[start].is_punct
        or (doc[start].lower_ in ("the", "a", "an") and start + 1 < end
            and doc[start + 1].lower_.rstrip(".") in MONTHS)
        or (doc[start].lower_ in ("the", "that", "a", "an") and _is_compound_modifier(doc, start, end))
        or (doc[start].lower_ == "the" and end == start + 2 and doc[end - 1].lower_ in PLURAL_UNITS)
        or _count_before_shift(doc, start, end)
    ):
        start += 1
    while end > start and (doc[end - 1].lower_ in _TRIM_RIGHT or doc[end - 1].is_punct
                           or doc[end - 1].is_space):
        end -= 1
    return start, end


def _count_before_shift(doc: Doc, start: int, end: int) -> bool:
    """Whether ``start`` is a count before ``a year ago`` (``up from seven a year ago``), not part
    of the time."""
    return end - start >= 4 and doc[start].like_num and doc[start + 1].lower_ in ("a", "an") \
        and doc[end - 1].lower_ in ("ago", "earlier", "later")


def _is_compound_modifier(doc: Doc, start: int, end: int) -> bool:
    """Whether ``start:end`` holds a hyphenated compound (``third-quarter``) that modifies the
    noun after it (``loss``)."""
    return end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN", "ADJ") and any(
        _glued_hyphen(doc, i) for i in range(start + 1, end - 1))


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen inside a compound word (``year-ago``, ``mid-March``), not a range's dash."""
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and doc[i - 1].is_alpha and doc[i + 1].is_alpha


def _split(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a range joined by ``and``, ``to``, a dash or ``ended``, when every part is
    temporal on its own; else the whole range."""
    parts, part_start = [], start
    conversion_end = -1
    for i in range(start, end):
        if doc[i].text == "(" and i + 3 < end and doc[i + 3].text == ")" \
                and doc[i + 2].lower_ in TZ_WORDS:
            conversion_end = i + 3  # "2100 (0300 gmt)": one time, restated in GMT
        if i > part_start and i > conversion_end and (
                (doc[i].lower_ in _SPLIT_WORDS and not (i + 1 < end and _glued_hyphen(doc, i))
                 and not _hedged_unit(doc, i, end))
                # "in 1994, 1995 and 1997": a list of years
                or (doc[i].text == "," and i + 1 < end and _YEAR.match(doc[i - 1].text)
                    and _YEAR.match(doc[i + 1].text))
                # "the first nine months of 1997": a length of time, then the year it falls in
                or (doc[i].lower_ == "of" and doc[i - 1].lower_ in PLURAL_UNITS
                    and not _has_time(doc, part_start, i))):
            parts.append((part_start, i))
            part_start = i + 1
    parts.append((part_start, end))
    if len(parts) > 1 and not all(any(is_anchor(doc[j]) or is_named_anchor(doc[j])
                                      or is_military_time(doc[j]) for j in range(a, b))
                                  or (k > 0 and is_day_number(doc, a, b))
                                  for k, (a, b) in enumerate(parts)):
        return [(start, end)]
    return parts


def _hedged_unit(doc: Doc, i: int, end: int) -> bool:
    """Whether ``and``/``or`` at ``i`` only hedges or halves the unit before it (``a minute and
    a half later``, ``a week or so ago``): one expression, not two."""
    following = [t.lower_ for t in doc[i + 1: min(i + 3, end)]]
    return (doc[i].lower_ == "and" and following == ["a", "half"]) or (
        doc[i].lower_ == "or" and following[:1] == ["so"])


def is_day_number(doc: Doc, start: int, end: int) -> bool:
    """Whether ``start:end`` is a bare day of the month (``25`` in ``April 24 and 25``)."""
    return end == start + 1 and doc[start].text.isdigit() and 1 <= int(doc[start].text) <= 31


def is_age(span: Span) -> bool:
    """``22-year-old``, ``aged 15``, ``ten years old``: ages are not temporal references."""
    doc = span.doc
    nxt = [t.lower_ for t in doc[span.end: span.end + 2]]
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    lower = span.text.lower()
    return (
        lower.endswith("old") or nxt[:1] == ["old"] or nxt == ["-", "old"]
        or prev in ("aged", "age") or "year-old" in lower
    )



HHMM = re.compile(r"^([01]\d|2[0-3])[0-5]\d\b")
_GLUED_END = re.compile(r"(?<=[0-9a-z])\.?[A-Z][a-z]+$")
_GLUED_START = re.compile(r"^[A-Za-z]*[a-z](?=[A-Z][a-z]*$)")


def glue_trim(span: Span) -> tuple[int, int]:
    """Character offsets of ``span`` less words glued on by lost line breaks
    (``17 January 2018The``, ``April 18, 2013.Matanov``, ``DenialsIn later years``)."""
    start, end = span.start_char, span.end_char
    last, first = span[-1], span[0]
    if len(span) > 1 or not last.is_alpha:
        m = _GLUED_END.search(last.text)
        if m and m.start() > 0:
            end = last.idx + m.start()
    m = _GLUED_START.match(first.text)
    if m and (len(span) > 1 or end > first.idx + m.end()):
        start = first.idx + m.end()
    return start, max(end, start + 1)



ONE_DAY = re.compile(r"^(?:a|an|one|a single) (?:day|night)$")
_GLUED_YEAR = re.compile(r"(?:1[89]|20)\d\d$")


def glued_iso_dates(doc: Doc, found: list[DateMention]) -> list[DateMention]:
    """ISO dates the tokenizer left glued to the word before (``nationality.*2015-12-21,`` in a
    scraped list: ``nationality.*2015`` ``-`` ``12`` ``-`` ``21``), which no token pattern sees.
    The ``- dd - dd`` runs are found on the token arrays, so the doc text is never joined."""
    n = len(doc)
    if n < 5:
        return []
    strings = doc.vocab.strings
    orth, shape = doc.to_array([ORTH, SHAPE]).astype(numpy.uint64, copy=False).T
    hyphen, two_digits = numpy.uint64(strings["-"]), numpy.uint64(strings["dd"])
    runs = numpy.flatnonzero((orth[1:-3] == hyphen) & (shape[2:-2] == two_digits)
                             & (orth[3:-1] == hyphen) & (shape[4:] == two_digits)) + 1
    extra: list[DateMention] = []
    for i in runs.tolist():
        before = doc[i - 1]
        m = _GLUED_YEAR.search(before.text)
        if not m or before.text.isdigit() or any(doc[j].whitespace_ for j in range(i - 1, i + 3)):
            continue
        text = f"{m[0]}-{doc[i + 1].text}-{doc[i + 3].text}"
        start = before.idx + m.start()
        end = start + len(text)
        if (i + 4 < n and doc[i + 4].idx == end and doc[i + 4].text[:1].isdigit()) \
                or any(d.start < end and start < d.end for d in found) \
                or in_skipped(doc, start, end):
            continue
        try:
            value = dt.date.fromisoformat(text).isoformat()
        except ValueError:
            continue
        extra.append(DateMention(text=text, value=value, type="date", start=start, end=end,
                                 anchor="absolute"))
    return extra



def is_military_time(token: Token) -> bool:
    """A 24-hour clock reading such as ``0030`` in ``at 0030 today`` or ``2100 (0300 gmt)``."""
    if token.text not in HHMM_SET:
        return False
    doc = token.doc
    prev = doc[token.i - 1].lower_ if token.i > 0 else ""
    nxt = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    if nxt in TZ_WORDS or nxt == "(" or nxt in DEICTIC_WORDS:
        return True
    return prev in TIME_PREPOSITIONS and token.text not in YEAR_SET

