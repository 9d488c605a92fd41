"""Date-like words that do not refer to a time: names, model years, newspapers, clip lengths,
idioms."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from conflict_extract.components.dates.phrases import YEAR
from conflict_extract.components.dates.spans import is_anchor
from conflict_extract.components.dates.vocabulary import MONTH_RE, WEEKDAYS
from conflict_extract.lexicon import load_json

_NAMED_DAY_PREFIXES = frozenset({"bloody", "good", "black", "palm", "easter", "holy", "ash",
                                 "maundy", "super", "cyber"})


def is_name(span: Span) -> bool:
    """A weekday used as part of a name: ``Sunday Times``, ``Bloody Sunday``, ``Good Friday``
    (also after a quote mark glued to the name: ``"Bloody Friday``); not before a service
    (``during Sunday Mass``: the Mass of that Sunday)."""
    doc = span.doc
    if span[-1].lower_ in WEEKDAYS and span.end < len(doc):
        nxt = doc[span.end]
        if nxt.is_title and nxt.is_alpha and not is_anchor(nxt) and nxt.pos_ == "PROPN" \
                and nxt.lower_ not in _NOT_DATES["service_nouns"]:
            return True
    if span[0].lower_ in WEEKDAYS and span.start > 0:
        prev = doc[span.start - 1].text.lstrip("\"'\u201c\u2018\u00ab(")
        return prev.lower() in _NAMED_DAY_PREFIXES and prev[:1].isupper()
    return False


def _load_not_dates() -> dict[str, frozenset[str]]:
    """The word lists of ``data/dates/not_dates.json`` (see its ``_doc``)."""
    data = load_json("dates/not_dates.json")
    return {key: frozenset(words) for key, words in data.items() if not key.startswith("_")}


_NOT_DATES = _load_not_dates()
_DATE_PREPOSITIONS = frozenset({"on", "in", "since", "during", "by", "until", "till", "before",
                                "after", "from", "at", "throughout", "through", "between", "to"})
_DAY_MONTH = re.compile(rf"^(?:the )?(?:\d{{1,2}} (?:of )?(?:{MONTH_RE})|(?:{MONTH_RE}) \d{{1,2}})$")
_NAME_MODIFIER_POS = frozenset({"PROPN", "NOUN", "ADJ"})
_BARE_CLOCK = re.compile(r"^\d{1,2}:\d\d$")
_NEWSPAPER_WORDS = frozenset({"daily", "weekly", "monthly", "fortnightly"})
_IDIOMS = re.compile(r"^(?:a |the )?(?:last|eleventh) (?:minute|second)$")


def not_temporal(span: Span, cleaned: str) -> bool:
    """Date-like words that do not refer to a time: part of a group's or a place's name
    (``the 19 April Movement``, ``the 6 October Bridge``), a car's model year (``a 1977 Mercury
    Marquis``), a newspaper (``the opposition daily La Prensa``), a clip's length (``Watch video
    04:27``), ``a last-minute report``, ``as soon as``, ``the 1990s-era rifle``."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    if _IDIOMS.match(cleaned) or _quoted_title(span) or _idiom_around(span, cleaned, prev, nxt):
        return True
    if (nxt is not None and nxt.text == "-" and not nxt.whitespace_ and span.end + 1 < len(doc)
            and doc[span.end + 1].lower_ in _NOT_DATES["compound_heads"]) or (
            len(span) > 2 and span[-2].text == "-"
            and span[-1].lower_ in _NOT_DATES["compound_heads"]):
        return True  # "the 1990s-era rifle", "a 2014-model truck": describes a thing
    if cleaned == "soon" and ((prev is not None and prev.lower_ == "as")
                              or (nxt is not None and nxt.lower_ in ("after", "before", "as"))):
        return True  # "as soon as", "soon after": a conjunction, not a time
    if prev is not None and prev.lower_ in _DATE_PREPOSITIONS:
        return False  # "on 19 April militiamen ...": the date of an event
    if nxt is None:
        return False
    if cleaned == "march" and nxt.lower_ in ("for", "against", "on", "of", "to") \
            and span.end + 1 < len(doc) and doc[span.end + 1].is_title:
        return True  # "the annual March for Life", "the March on Washington": a protest march
    if _DAY_MONTH.match(cleaned):
        for tok in doc[span.end: span.end + 3]:
            lower = tok.lower_
            if lower in _NOT_DATES["group_nouns"]:
                after = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
                return after not in ("line", "lines", "-", "\u2013")  # "front line"
            if lower in _NOT_DATES["place_nouns"] and tok.is_title:
                return True
            if not tok.is_alpha or tok.pos_ not in _NAME_MODIFIER_POS or is_anchor(tok):
                return False
        return False
    if YEAR.match(cleaned):
        return nxt.lower_ in _NOT_DATES["vehicle_makes"] and not nxt.is_lower
    if cleaned in _NEWSPAPER_WORDS:
        first = span[0]
        return (
            (first.is_title and not first.is_sent_start)  # "the Daily Star"
            or first.pos_ in ("NOUN", "PROPN")  # "the state-run daily said"
            or nxt.lower_ in _NOT_DATES["publication_nouns"]
            or _heads_name(doc, span.end)  # "the daily La Prensa", not "daily U.S. raids"
        )
    if _BARE_CLOCK.match(cleaned) and prev is not None:
        return prev.lower_ in _NOT_DATES["media_words"]
    return False


_A_QUARTER = re.compile(r"^(?:(?:more|less|fewer) than |about |nearly |almost |over |roughly )?"
                        r"an? quarter$")


def _idiom_around(span: Span, cleaned: str, prev, nxt) -> bool:
    """A time word in an idiom the words around it make: a greeting (``Good evening from
    Kabul``), ``high noon``, a comparison (``the quarter-to-quarter comparison``, ``day-to-day
    running``), an indefinite unit (``a quarter of the market``, ``in a quarter that lost
    money``: no one quarter)."""
    doc = span.doc
    if _A_QUARTER.match(cleaned) or (
            cleaned == "quarter" and prev is not None and prev.lower_ in ("a", "an")):
        return True
    if prev is not None and ((prev.text == "Good"
                              and cleaned in ("morning", "afternoon", "evening"))
                             or (prev.lower_ == "high" and cleaned == "noon")):
        return True
    return nxt is not None and nxt.text == "-" and span.end + 3 < len(doc) \
        and doc[span.end + 1].lower_ == "to" and doc[span.end + 3].lower_ == span[-1].lower_


_OPENING_QUOTES = frozenset({'"', "``", "''", "\u201c", "'", "`"})


def _quoted_title(span: Span) -> bool:
    """A programme or a book named in quotes: ``ABC's "This Week"``, ``CBS's "60 Minutes"``
    (a word that is lower case in running text written in title case, right after an opening
    quote mark)."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].text not in _OPENING_QUOTES:
        return False
    return any(t.is_title and t.lower_ not in WEEKDAYS and not re.match(MONTH_RE, t.lower_)
               for t in span[1:] if t.is_alpha)


def _heads_name(doc: Doc, i: int) -> bool:
    """Whether a proper name begins at token ``i`` and is a noun phrase's head, not a modifier
    of a common noun after it (``La Prensa said``, not ``U.S. air strikes``)."""
    j = i
    while j < len(doc) and j < i + 6 and (doc[j].pos_ == "PROPN" or (
            doc[j].text == "-" and j > i)):
        j += 1
    return j > i and (j == len(doc) or doc[j].pos_ not in ("NOUN", "PROPN"))

