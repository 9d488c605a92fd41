"""Token patterns for temporal expressions spaCy's small model misses, and the matcher that
runs them only in windows around trigger tokens."""

from __future__ import annotations

from functools import cache

import numpy
from spacy.attrs import LOWER, SHAPE
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from conflict_extract.components.dates.holidays import holiday_names
from conflict_extract.components.dates.references import reference_phrases, reference_triggers
from conflict_extract.components.dates.vocabulary import (
    ANCHOR_WORDS,
    CLOCK_PREPOSITIONS,
    DAY_TOKEN,
    DECADE_WORDS,
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
    WEEKDAY_PLURALS,
    WEEKDAYS,
    YEAR_SET,
    YEAR_TOKEN,
    YEARS,
)
from conflict_extract.nlp.hashes import member_mask, sorted_hashes


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
            [NUM, {"LOWER": {"IN": ["more", "additional", "extra", "further"]}}, unit],
            [{"LOWER": {"IN": ["a", "an", "one"]}}, unit, {"LOWER": "and"}, {"LOWER": "a"},
             {"LOWER": "half"}, {"LOWER": {"IN": ["ago", "later", "earlier"]}, "OP": "?"}],
            [VAGUE, {"LOWER": "of", "OP": "?"}, unit, {"LOWER": {"IN": ["ago", "later",
                                                                      "earlier"]}}],
            [{"LOWER": "for"}, {"LOWER": {"IN": PLURAL_UNITS}}],
        ],
        "SET": [
            [{"LOWER": {"IN": ["every", "each"]}}, {"LOWER": "other", "OP": "?"},
             {"LOWER": {"IN": [*UNITS, *WEEKDAYS, *PARTS_OF_DAY, *MONTH_FULL, "quarter"]}}],
            [{"LOWER": {"IN": list(WEEKDAY_PLURALS)}}],
            [weekday, {"LOWER": {"IN": [f"{part}s" for part in PARTS_OF_DAY]}}],
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
            [{"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": _DECADE_COMPOUNDS}}],
            [{"LOWER": "the"}, {"ORTH": {"IN": ["'", "\u2019"]}},
             {"LOWER": {"IN": [f"{d}0s" for d in range(10)]}}],
            [{"LOWER": "the"}, {"LOWER": {"IN": list(DECADE_WORDS)}}],
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


_DECADE_COMPOUNDS = [f"{m}-{d}0s" for m in ("mid", "early", "late") for d in range(150, 210)]
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


def _spellings(phrase: str) -> list[list[str]]:
    """The token sequences of a lexicon phrase; a space may also be written as a hyphen
    (``eid al fitr``, ``eid-al-fitr``)."""
    spellings: list[list[str]] = [[]]
    for word in _words(phrase):
        if word == "-":
            spellings = [[*s, "-"] for s in spellings]
            continue
        if spellings[0] and spellings[0][-1] != "-":
            spellings = [extended for s in spellings for extended in (s, [*s, "-"])]
        spellings = [[*s, word] for s in spellings]
    return spellings


def _phrases() -> dict[str, list[str]]:
    """Lexicon phrases matched as whole token sequences: vague references (``recently``,
    ``in the past``) and holiday names (``Eid al-Fitr``; a year may follow)."""
    return {
        "REFERENCE": [p for p in reference_phrases() if "'" not in p],
        "HOLIDAY": list(holiday_names().values()),
    }


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
        [{"LOWER": "the", "OP": "?"}, {"LOWER": "day"}, {"LOWER": {"IN": ["before", "after"]}},
         {"LOWER": {"IN": ["last", "next", "this"]}, "OP": "?"},
         {"LOWER": {"IN": list(WEEKDAYS)}}],
    ]


def _named_patterns() -> dict[str, list[list[dict]]]:
    """Vague references (``now``, ``recently``), quarters (``the third quarter``), holidays
    (``Eid al-Fitr``) and spelled-out years (``nineteen ninety-six``)."""
    ordinal = {"LOWER": {"IN": ["first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"]}}
    modifiers = {"LOWER": {"IN": _QUARTER_MODIFIERS}, "OP": "*"}
    determiner = {"LOWER": {"IN": ["the", "this", "that", "its", "their"]}}
    return {
        "QUARTER": [
            [{"LOWER": "the", "OP": "?"},
             {"LOWER": {"IN": ["past", "last", "next", "previous", "first", "coming"]}, "OP": "?"},
             {"LOWER": {"IN": ["two", "three", "several", "few", "2", "3"]}},
             {"LOWER": "quarters"}],
            [{"LOWER": "the", "OP": "?"}, modifiers, ordinal, {"ORTH": "-", "OP": "?"},
             {"LOWER": {"IN": ["quarter", "half"]}}],
            [determiner, modifiers, {"LOWER": "quarter"}],
            [determiner, {**modifiers, "OP": "+"}, {"LOWER": "period"}],
            [determiner, modifiers, {"LOWER": {"IN": ["quarter", "period"]}}, {"LOWER": "last"},
             {"LOWER": "year"}],
            [{"LOWER": "fiscal"}, {"LOWER": "year", "OP": "?"}, YEAR_TOKEN],
        ],
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
        "tuesday", "wednesday", "thursday", "friday", "saturday", "feast", "prophet", "and", "eve",
        "election"}
    reference_words = {w for p in reference_phrases() for w in _words(p)} - {
        "the", "in", "at", "for", "by", "to", "of", "as", "so", "this", "these", "time", "point",
        "date", "up", "until", "down", "due", "one", "some", "a", "days", "weeks", "months",
        "years", "decades", "quarters", "times", "just", "right", "most", "more", "not", "long"}
    return frozenset({*reference_triggers(), *reference_words, "quarter", "period", "eighteen",
                      "nineteen", "quarters", *DECADE_WORDS, *_DECADE_COMPOUNDS,
                      *(f"{d}0s" for d in range(10)),
                      *holiday_words})


_GLUED_CLOCKS = [f"{h}{m}{ap}" for h in range(1, 13) for m in ("", ":00", ":15", ":30", ":45")
                 for ap in ("am", "pm")]
_TRIGGER_WORDS = frozenset({
    *ANCHOR_WORDS, *MONTH_ANY, *YEARS, *_GLUED_CLOCKS, "a.m", "p.m", "dawn", "dusk",
    "daybreak", "nightfall", *(f"{m}-{y}" for m in ("mid", "early", "late") for y in YEARS),
    "quarter", "half", "period", "year", "fiscal",
    *(f"{d}0s" for d in range(150, 210)), *HHMM_TOKENS,
})
_TRIGGER_SHAPES = frozenset({"d:dd", "dd:dd", "dddd-dd-dd"})
_WINDOW_BEFORE, _WINDOW_AFTER = 5, 5
"""Every pattern holds a trigger token and reaches at most this far either side of it."""


class _DateMatcher:
    """The compiled patterns, grouped by the trigger words one of their tokens must be, plus the
    hashed trigger sets that let them run only near triggers, and a PhraseMatcher for the lexicon
    phrases (a hash lookup per token, where the same phrases as token patterns would cost the
    Matcher a state per phrase at every token)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        strings = vocab.strings
        triggers = _TRIGGER_WORDS | named_anchor_words()
        groups: dict[frozenset[str] | None, Matcher] = {}
        for key, patterns in _patterns().items():
            for pattern in patterns:
                anchor = _anchor_of(pattern, triggers)
                groups.setdefault(anchor, Matcher(vocab)).add(key, [pattern])
        # A window runs only the groups one of its trigger tokens anchors: matching costs a
        # pattern state per token, so most patterns are never tried where they cannot match.
        self.always = groups.pop(None, None)
        self.groups = list(groups.values())
        self.groups_of: dict[int, list[int]] = {}
        for number, anchor in enumerate(groups):
            for word in anchor:
                self.groups_of.setdefault(strings.add(word), []).append(number)
        self.phrase_matcher = PhraseMatcher(vocab, attr="LOWER")
        for key, phrases in _phrases().items():
            self.phrase_matcher.add(key, [Doc(vocab, words=words) for phrase in phrases
                                          for words in _spellings(phrase)])
        self.holiday_key = strings.add("HOLIDAY")
        # The phrases need no trigger: the PhraseMatcher reads the whole Doc at the cost of a hash
        # lookup per token, so windows open only around the token patterns' own anchor words.
        self.lower_ids = sorted_hashes(triggers)
        self.shape_ids = sorted_hashes(_TRIGGER_SHAPES)

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        """``(pattern name, start, end)`` of the token ranges matched by the patterns, searched
        only in windows around triggers."""
        if not len(doc):
            return []
        attrs = doc.to_array([LOWER, SHAPE]).astype(numpy.uint64, copy=False)
        hits = numpy.flatnonzero(member_mask(attrs[:, 0], self.lower_ids)
                                 | member_mask(attrs[:, 1], self.shape_ids)).tolist()
        strings = self.vocab.strings
        found = self._phrase_matches(doc)
        hit_index = 0
        for window_start, window_end in _windows(hits, len(doc)):
            wanted: set[int] = set()
            while hit_index < len(hits) and hits[hit_index] < window_end:
                i = hits[hit_index]
                for value in (int(attrs[i, 0]), int(attrs[i, 1])):
                    wanted.update(self.groups_of.get(value, ()))
                hit_index += 1
            matchers = [self.groups[number] for number in sorted(wanted)]
            if self.always is not None:
                matchers.append(self.always)
            window = doc[window_start:window_end]
            for matcher in matchers:
                for key, start, end in matcher(window):
                    found.append((strings[key], window_start + start, window_start + end))
        return found

    def _phrase_matches(self, doc: Doc) -> list[tuple[str, int, int]]:
        """Matches of the lexicon phrases; a holiday also with the year that follows it."""
        found: list[tuple[str, int, int]] = []
        strings = self.vocab.strings
        for key, start, end in self.phrase_matcher(doc):
            found.append((strings[key], start, end))
            if key == self.holiday_key and end < len(doc) and doc[end].text in YEAR_SET:
                found.append((strings[key], start, end + 1))
        return found


def _anchor_of(pattern: list[dict], triggers: frozenset[str]) -> frozenset[str] | None:
    """The smallest set of trigger words or shapes that one required token of ``pattern`` must
    be (every match then holds a trigger of that set), or None when no token is so bound."""
    best: frozenset[str] | None = None
    for token in pattern:
        if token.get("OP") in ("?", "*", "!"):
            continue
        for attr in ("LOWER", "ORTH", "SHAPE"):
            value = token.get(attr)
            values = [value] if isinstance(value, str) else (
                value.get("IN") if isinstance(value, dict) else None)
            if not values:
                continue
            allowed = _TRIGGER_SHAPES if attr == "SHAPE" else triggers
            words = frozenset(values if attr == "SHAPE" else (v.lower() for v in values))
            if words <= allowed and (best is None or len(words) < len(best)):
                best = words
    return best


def _windows(hits: list[int], length: int) -> list[tuple[int, int]]:
    """Token ranges reaching :data:`_WINDOW_BEFORE` / :data:`_WINDOW_AFTER` tokens around the
    trigger positions ``hits`` (sorted), overlapping ones united."""
    windows: list[tuple[int, int]] = []
    for i in hits:
        start, end = max(i - _WINDOW_BEFORE, 0), min(i + _WINDOW_AFTER + 1, length)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


_MATCHERS: dict[int, _DateMatcher] = {}


def date_matcher(vocab: Vocab) -> _DateMatcher:
    """The compiled date matcher for ``vocab`` (built once per vocabulary)."""
    cached = _MATCHERS.get(id(vocab))
    if cached is None or cached.vocab is not vocab:
        cached = _DateMatcher(vocab)
        _MATCHERS[id(vocab)] = cached
    return cached

