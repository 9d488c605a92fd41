"""Token patterns for temporal expressions spaCy's small model misses, and the matcher that
runs them only in windows around trigger tokens."""

from __future__ import annotations

from functools import cache

import numpy
from spacy.attrs import LOWER, SHAPE
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from conflict_extract.components.dates.holidays import holiday_names
from conflict_extract.components.dates.references import reference_phrases, reference_triggers
from conflict_extract.components.dates.vocabulary import (
    ANCHOR_WORDS,
    CLOCK_PREPOSITIONS,
    DAY_TOKEN,
    DEICTIC_WORDS,
    HHMM_TOKENS,
    MONTH_ANY,
    MONTH_FULL,
    NUM,
    PARTS_OF_DAY,
    PLURAL_UNITS,
    SEASONS,
    SET_ADVERBS,
    TIME_PREPOSITIONS,
    TIME_ZONES,
    TZ_WORDS,
    UNIT_WORDS,
    UNITS,
    VAGUE,
    WEEKDAYS,
    YEAR_SET,
    YEAR_TOKEN,
    YEARS,
)


def _patterns() -> dict[str, list[list[dict]]]:
    """Token patterns for temporal expressions spaCy's small model tends to miss (built fresh
    on each call, so callers may mutate them)."""
    unit = {"LOWER": {"IN": UNIT_WORDS}}
    weekday = {"LOWER": {"IN": list(WEEKDAYS)}}
    part = {"LOWER": {"IN": list(PARTS_OF_DAY)}, "OP": "?"}
    month_full = {"LOWER": {"IN": MONTH_FULL}}
    month_any = {"LOWER": {"IN": MONTH_ANY}}
    rel = {"LOWER": {"IN": ["last", "next", "this", "coming", "past", "previous"]}}
    mod = {"LOWER": {"IN": ["early", "late", "mid", "earlier", "later"]}}
    hyphen_opt = {"ORTH": "-", "OP": "?"}
    month_prep = {"LOWER": {"IN": ["in", "since", "until", "till", "during", "early", "late", "mid",
                                   "last", "next", "throughout"]}}
    month_safe = {"LOWER": {"IN": [m for m in MONTH_FULL if m not in ("may", "march")]}}
    safe_prep = {"LOWER": {"IN": ["this", "by", "before", "after", "of", "from"]}}
    return {
        "WEEKDAY": [
            [{**rel, "OP": "?"}, weekday, part],
        ],
        "DEICTIC": [
            [{**mod, "OP": "?"}, {"LOWER": {"IN": ["today", "tonight", "yesterday", "tomorrow",
                                                   "overnight"]}}, part],
            [{"LOWER": "last"}, {"LOWER": "night"}],
            [{**mod, "OP": "?"}, {"LOWER": "this"}, {"LOWER": {"IN": list(PARTS_OF_DAY)}}],
            [{**mod, "OP": "?"}, rel, {"LOWER": {"IN": ["week", "month", "year", "weekend",
                                                        "decade", "century", *SEASONS]}}],
            [{"LOWER": "the"}, {"LOWER": "weekend"}],
        ],
        "PERIOD": [
            [{"LOWER": "the", "OP": "?"}, rel, NUM, {"LOWER": "of", "OP": "?"}, unit],
            [{"LOWER": "the", "OP": "?"}, rel, VAGUE, {"LOWER": "of", "OP": "?"}, unit],
            [{"LOWER": "the"}, {"LOWER": {"IN": ["past", "last", "coming"]}},
             {"LOWER": {"IN": ["day", "week", "month", "year", "decade", *PLURAL_UNITS]}}],
            [{"LOWER": "recent"}, {"LOWER": {"IN": PLURAL_UNITS}}],
        ],
        "SPAN": [
            [NUM, hyphen_opt, unit, {"LOWER": {"IN": ["ago", "later", "earlier"]}, "OP": "?"}],
            [VAGUE, {"LOWER": "of", "OP": "?"}, unit, {"LOWER": {"IN": ["ago", "later",
                                                                      "earlier"]}}],
            [{"LOWER": "for"}, {"LOWER": {"IN": PLURAL_UNITS}}],
        ],
        "SET": [
            [{"LOWER": {"IN": ["every", "each"]}}, {"LOWER": "other", "OP": "?"},
             {"LOWER": {"IN": [*UNITS, *WEEKDAYS, *PARTS_OF_DAY]}}],
            [{"LOWER": {"IN": ["once", "twice", "thrice"]}}, {"LOWER": {"IN": ["a", "per"]}},
             {"LOWER": {"IN": list(UNITS)}}],
            [{"LIKE_NUM": True}, {"LOWER": "times"}, {"LOWER": {"IN": ["a", "per"]}},
             {"LOWER": {"IN": list(UNITS)}}],
        ],
        "ABSOLUTE": [
            [DAY_TOKEN, {"LOWER": "of", "OP": "?"}, month_any, {"SHAPE": "dd", "OP": "?"}],
            [DAY_TOKEN, month_any, YEAR_TOKEN],
            [month_any, DAY_TOKEN, {"ORTH": ",", "OP": "?"}, YEAR_TOKEN],
            [month_any, DAY_TOKEN],
            [month_any, YEAR_TOKEN],
            [month_prep, hyphen_opt, month_full],
            [safe_prep, month_safe],
            [{"LOWER": {"IN": ["since", "in", "until", "till", "by", "during", "early", "late",
                               "mid", "throughout", "of", "from", "before", "after"]}},
             hyphen_opt, YEAR_TOKEN],
            [{"LOWER": {"IN": [f"{m}-{y}" for m in ("mid", "early", "late") for y in YEARS]}}],
            [{"LOWER": "the", "OP": "?"},
             {"LOWER": {"IN": [f"{d}0s" for d in range(150, 210)]}}],
            [{"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": list(SEASONS)}},
             {"LOWER": "of", "OP": "?"}, YEAR_TOKEN],
            [{"SHAPE": "dddd-dd-dd"}],
        ],
        "TIME": _time_patterns(),
        "NARRATIVE": _narrative_patterns(),
        **_named_patterns(),
    }


def _time_patterns() -> list[list[dict]]:
    """Clock times: ``3 pm``, ``10:35``, ``at noon``, 24-hour readings (``at 0030 today``)."""
    clock = {"LOWER": {"IN": ["am", "pm", "a.m.", "p.m.", "a.m", "p.m"]}}
    return [
        [{"SHAPE": {"IN": ["d", "dd", "d:dd", "dd:dd", "d.dd", "dd.dd"]}}, clock,
         {"LOWER": {"IN": list(TIME_ZONES)}, "OP": "?"}],
        [{"SHAPE": {"IN": ["dxx", "ddxx", "d:ddxx", "dd:ddxx"]},
          "LOWER": {"IN": [f"{h}{m}{ap}" for h in range(1, 13) for m in ("", ":00", ":15",
                                                                          ":30", ":45")
                           for ap in ("am", "pm")]}}],
        [{"SHAPE": {"IN": ["d:dd", "dd:dd"]}}],
        [{"LOWER": {"IN": ["at", "around", "before", "after", "by"]}},
         {"LOWER": {"IN": ["noon", "midday", "midnight", "dawn", "dusk", "daybreak",
                           "nightfall"]}}],
        # 24-hour clock times: "at 0030 today", "2100 hours", "2100 (0300 gmt)"; a
        # year-like "at 2015" needs a time word after it
        [{"LOWER": {"IN": sorted(TIME_PREPOSITIONS)}},
         {"ORTH": {"IN": [t for t in HHMM_TOKENS if t not in YEAR_SET]}},
         {"LOWER": {"IN": TZ_WORDS}, "OP": "?"}, {"LOWER": "time", "OP": "?"},
         {"LOWER": {"IN": DEICTIC_WORDS}, "OP": "?"}],
        [{"ORTH": {"IN": HHMM_TOKENS}}, {"LOWER": {"IN": TZ_WORDS}},
         {"LOWER": "time", "OP": "?"}, {"LOWER": {"IN": DEICTIC_WORDS}, "OP": "?"}],
        [{"LOWER": {"IN": sorted(CLOCK_PREPOSITIONS)}}, {"ORTH": {"IN": HHMM_TOKENS}},
         {"LOWER": {"IN": DEICTIC_WORDS}}],
        [{"ORTH": {"IN": HHMM_TOKENS}}, {"LOWER": {"IN": TZ_WORDS}, "OP": "?"},
         {"LOWER": "time", "OP": "?"}, {"ORTH": "("}, {"ORTH": {"IN": HHMM_TOKENS}},
         {"LOWER": {"IN": TZ_WORDS}}, {"ORTH": ")"}],
    ]


_QUARTER_MODIFIERS = ["latest", "current", "this", "that", "same", "comparable", "corresponding",
                      "previous", "prior", "next", "coming", "most", "recent", "year", "earlier",
                      "ago", "-", "fiscal", "'s", "\u2019s", "last", "final", "its", *YEARS]
_SPELLED_TENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                 "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
                 "seventy", "eighty", "ninety", "oh"]
_SPELLED_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _words(phrase: str) -> list[str]:
    """The tokens of a lexicon phrase as the tokenizer splits them (``eid al-fitr`` -> ``eid``
    ``al`` ``-`` ``fitr``; ``new year's day`` -> ``new`` ``year`` ``'s`` ``day``)."""
    return phrase.replace("'s", " 's").replace("-", " - ").split()


def _phrase_pattern(phrase: str) -> list[dict]:
    """A token pattern for a lexicon phrase; a space may also be written as a hyphen."""
    pattern: list[dict] = []
    for word in _words(phrase):
        if pattern and word != "-" and pattern[-1].get("ORTH") != "-":
            pattern.append({"ORTH": "-", "OP": "?"})
        pattern.append({"ORTH": "-"} if word == "-" else {"LOWER": word})
    return pattern


def _narrative_patterns() -> list[list[dict]]:
    """Anaphora resolved against the story's time: ``that same day``, ``earlier that week``,
    ``the next morning``, ``the day before``."""
    unit = {"LOWER": {"IN": ["day", "week", "month", "year", *PARTS_OF_DAY]}}
    return [
        [{"LOWER": {"IN": ["earlier", "later", "early", "late"]}, "OP": "?"},
         {"LOWER": "that"}, {"LOWER": {"IN": ["same", "very"]}, "OP": "?"}, unit],
        [{"LOWER": "the"}, {"LOWER": "same"}, unit],
        [{"LOWER": "the", "OP": "?"},
         {"LOWER": {"IN": ["next", "following", "previous", "preceding", "prior"]}}, unit],
        [{"LOWER": "the"}, {"LOWER": {"IN": ["day", "week", "month", "year", "night"]}},
         {"LOWER": {"IN": ["before", "after"]}}],
    ]


def _named_patterns() -> dict[str, list[list[dict]]]:
    """Vague references (``now``, ``recently``), quarters (``the third quarter``), holidays
    (``Eid al-Fitr``) and spelled-out years (``nineteen ninety-six``)."""
    ordinal = {"LOWER": {"IN": ["first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"]}}
    modifiers = {"LOWER": {"IN": _QUARTER_MODIFIERS}, "OP": "*"}
    determiner = {"LOWER": {"IN": ["the", "this", "that", "its", "their"]}}
    return {
        "REFERENCE": [_phrase_pattern(p) for p in reference_phrases() if "'" not in p],
        "QUARTER": [
            [{"LOWER": "the", "OP": "?"}, modifiers, ordinal, {"ORTH": "-", "OP": "?"},
             {"LOWER": {"IN": ["quarter", "half"]}}],
            [determiner, modifiers, {"LOWER": "quarter"}],
            [determiner, {**modifiers, "OP": "+"}, {"LOWER": "period"}],
            [{"LOWER": "fiscal"}, {"LOWER": "year", "OP": "?"}, YEAR_TOKEN],
        ],
        "HOLIDAY": [[*_phrase_pattern(name), {**YEAR_TOKEN, "OP": "?"}]
                    for name in holiday_names().values()],
        "SET_ADVERB": [[{"LOWER": {"IN": list(SET_ADVERBS)}}]],
        "SPELLED_YEAR": [
            [{"LOWER": {"IN": ["eighteen", "nineteen"]}}, {"LOWER": {"IN": _SPELLED_TENS}},
             {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": _SPELLED_UNITS}, "OP": "?"}],
            [{"LOWER": "year"}, {"LOWER": "two"}, {"LOWER": "thousand"}],
        ],
    }


@cache
def named_anchor_words() -> frozenset[str]:
    """Words that make a span temporal besides calendar words: vague references (``now``),
    ``quarter``, holiday names (``christmas``, ``ramadan``), spelled-out centuries."""
    holiday_words = {w for name in holiday_names().values() for w in _words(name)} - {
        "the", "of", "'s", "-", "new", "al", "el", "ul", "id", "st", "saint", "international",
        "national", "holy", "day", "united", "nations", "human", "rights", "peace", "workers",
        "women", "men", "mother", "father", "good", "palm", "ash", "black", "sunday", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "feast", "prophet", "and", "eve"}
    reference_words = {w for p in reference_phrases() for w in _words(p)} - {
        "the", "in", "at", "for", "by", "to", "of", "as", "so", "this", "these", "time", "point",
        "date", "up", "until", "down", "due", "one", "some", "a", "days", "weeks", "months",
        "years", "decades", "quarters", "times", "just", "right", "most", "more", "not", "long"}
    return frozenset({*reference_triggers(), *reference_words, "quarter", "period", "eighteen",
                      "nineteen",
                      *holiday_words})


_GLUED_CLOCKS = [f"{h}{m}{ap}" for h in range(1, 13) for m in ("", ":00", ":15", ":30", ":45")
                 for ap in ("am", "pm")]
_TRIGGER_WORDS = frozenset({
    *ANCHOR_WORDS, *MONTH_ANY, *YEARS, *_GLUED_CLOCKS, "a.m", "p.m", "dawn", "dusk",
    "daybreak", "nightfall", *(f"{m}-{y}" for m in ("mid", "early", "late") for y in YEARS),
    "quarter", "period", "year", "fiscal",
    *(f"{d}0s" for d in range(150, 210)), *HHMM_TOKENS,
})
_TRIGGER_SHAPES = frozenset({"d:dd", "dd:dd", "dddd-dd-dd"})
_WINDOW_BEFORE, _WINDOW_AFTER = 5, 5
"""Every pattern holds a trigger token and reaches at most this far either side of it."""


class _DateMatcher:
    """The compiled Matcher plus the hashed trigger sets that let it run only near triggers."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.matcher = Matcher(vocab)
        for key, patterns in _patterns().items():
            self.matcher.add(key, patterns)
        strings = vocab.strings
        triggers = _TRIGGER_WORDS | named_anchor_words() | {
            w for p in reference_phrases() for w in _words(p)} - {"the", "-", "'s"}
        self.lower_ids = numpy.array(sorted(strings.add(w) for w in triggers),
                                     dtype=numpy.uint64)
        self.shape_ids = numpy.array(sorted(strings.add(w) for w in _TRIGGER_SHAPES),
                                     dtype=numpy.uint64)

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        """``(pattern name, start, end)`` of the token ranges matched by the patterns, searched
        only in windows around triggers."""
        if not len(doc):
            return []
        attrs = doc.to_array([LOWER, SHAPE]).astype(numpy.uint64, copy=False)
        hits = numpy.flatnonzero(_member(attrs[:, 0], self.lower_ids)
                                 | _member(attrs[:, 1], self.shape_ids))
        found: list[tuple[str, int, int]] = []
        strings = self.vocab.strings
        window_start, window_end = -1, -_WINDOW_BEFORE - 1
        for i in [*hits.tolist(), None]:
            if i is not None and i - _WINDOW_BEFORE <= window_end:
                window_end = min(i + _WINDOW_AFTER + 1, len(doc))
                continue
            if window_end > window_start >= 0:
                for key, start, end in self.matcher(doc[window_start:window_end]):
                    found.append((strings[key], window_start + start, window_start + end))
            if i is not None:
                window_start = max(i - _WINDOW_BEFORE, 0)
                window_end = min(i + _WINDOW_AFTER + 1, len(doc))
        return found


def _member(values: numpy.ndarray, sorted_ids: numpy.ndarray) -> numpy.ndarray:
    """Boolean mask of ``values`` found in the sorted array ``sorted_ids`` (binary search)."""
    index = numpy.minimum(numpy.searchsorted(sorted_ids, values), len(sorted_ids) - 1)
    return sorted_ids[index] == values


_MATCHERS: dict[int, _DateMatcher] = {}


def date_matcher(vocab: Vocab) -> _DateMatcher:
    """The compiled date matcher for ``vocab`` (built once per vocabulary)."""
    cached = _MATCHERS.get(id(vocab))
    if cached is None or cached.vocab is not vocab:
        cached = _DateMatcher(vocab)
        _MATCHERS[id(vocab)] = cached
    return cached

