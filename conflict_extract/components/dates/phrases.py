"""Reading a temporal phrase: :func:`clean` reduces it to plain words; the regexes here name
the phrase shapes the normaliser understands."""

from __future__ import annotations

import re

from conflict_extract.components.dates.vocabulary import (
    DECADE_WORDS,
    MONTH_RE,
    NUMBER_WORDS,
    PART_RE,
    PARTS_OF_DAY,
    SEASONS,
    STRIP_PREFIXES,
    TIME_ZONES,
    UNIT_RE,
    WEEKDAY_RE,
)

ABSOLUTE = re.compile(
    rf"^(?:(?P<wd>{WEEKDAY_RE}) )?(?:the )?(?:(?P<d1>\d{{1,2}}) )?(?:of )?(?P<mon>{MONTH_RE})"
    rf"(?: (?P<d2>\d{{1,2}}))?(?: (?:of )?(?P<y>\d{{4}}|'\d\d|\d\d))?$"
)
YEAR = re.compile(r"^(?:the year )?(?P<y>1[7-9]\d\d|20\d\d)$")
CENTURY = re.compile(r"^(?:the |a |an )?(?P<n>\d{1,2}) century$")
MILITARY = re.compile(
    r"^(?:(?:at|around|about|shortly after|shortly before) (?P<h1>[01]\d|2[0-3])(?P<m1>[0-5]\d)"
    r"|(?P<h2>0\d)(?P<m2>[0-5]\d)"
    r"|(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)(?= (?:hours|hrs|gmt|utc|local time)\b))"
    r"(?: hours| hrs| gmt| utc| local time)?(?: (?P<rest>.+))?$"
)
TZ_AFTER = re.compile(r"\d (?:hours|hrs|gmt|utc|local time)\b")
# "2100 (0300 gmt)": the conversion to GMT restates the local time given before it
TIME_CONVERSION = re.compile(
    r"\(\s*(?:[01]?\d|2[0-3])[:.]?[0-5]\d\s*(?:gmt|utc|z|local(?: time)?)\s*\)", re.IGNORECASE
)
OF_THIS_YEAR = re.compile(r"(?:of )?(?P<rel>this|last|next) year$")
DECADE = re.compile(r"^(?:the )?(?P<d>1[5-9]\d|20\d)0s$")
SEASON_YEAR = re.compile(rf"^(?:the )?(?P<s>{'|'.join(SEASONS)})(?: of)? (?P<y>\d{{4}})$")
HALF = re.compile(
    r"^(?:the )?(?P<n>first|second|third|fourth|1st|2nd|3rd|4th|last) (?P<u>half|quarter)"
    r"(?: of)?(?: (?P<y>\d{4}))?$"
)
ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d\d)(?:-(?P<d>\d\d))?$")
NUMERIC_DATE = re.compile(r"^(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4}|\d\d)$")
CLOCK = re.compile(
    r"(?:^|\s)(?:(?:at|around|about) (?P<mh>[01]\d|2[0-3])(?P<mm>[0-5]\d)"
    r"|(?:at |around |about |by |before |after )?"
    r"(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))? ?(?P<ap>am|pm)?)"
    rf"(?: (?:local time|hours|hrs|{'|'.join(TIME_ZONES)}))?(?=\s|$)"
)
CLOCK_WORDS = {"noon": "12:00", "midday": "12:00", "midnight": "00:00"}
DAYPART = re.compile(
    rf"(?:^|\s)(?:at |around |before |after |by |in the |the )?"
    rf"(?P<w>{'|'.join([*CLOCK_WORDS, *PARTS_OF_DAY])})(?: hours)?(?: of)?(?=\s|$)"
)
AGO = re.compile(rf"^(?P<n>.*?) ?(?P<u>{UNIT_RE}) (?P<rel>ago|from now|hence|before now)$")
ANAPHORIC_SHIFT = re.compile(
    rf"^(?P<n>.*?) ?(?P<u>{UNIT_RE}) (?:long )?"
    rf"(?P<rel>into|after|later|earlier|before|on|since|in|of|running|old)$"
)
PERIOD = re.compile(
    rf"^(?P<the>the )?(?P<rel>past|last|previous|coming|next|following|preceding|first|final|"
    rf"latest)(?P<n> .+?)? (?P<u>{UNIT_RE})$"
)
THIS = re.compile(rf"^(?P<rel>this|last|next|coming|past|that)"
                   rf" (?P<what>week|month|year|weekend|{WEEKDAY_RE}|{MONTH_RE}|"
                   rf"{'|'.join(SEASONS)})$")
RECENT = re.compile(rf"^(?:the )?(?:(?:most )?recent|coming|next few|past few|last few) (?P<u>{UNIT_RE})$"
                    rf"|^(?:the )?(?P<u2>{UNIT_RE}) ahead$")
SET = re.compile(
    rf"^(?:(?:once|twice|thrice|\S+ times) (?:a|an|per|every|each)|every|each|per)"
    rf"(?P<other> other)?(?: single)? (?P<what>{UNIT_RE}|{WEEKDAY_RE}|{PART_RE})$"
)
SET_OF_DAYS = re.compile(
    rf"^(?:(?:every|each) (?P<month>{MONTH_RE})"
    rf"|(?:on )?(?:(?P<days>(?:{WEEKDAY_RE})s)|(?P<day>{WEEKDAY_RE}) (?P<part>(?:{PART_RE})s)))$"
)
DURATION = re.compile(rf"^(?P<n>.*?) ?(?P<u>{UNIT_RE})(?: long| old)?$")
RATE = re.compile(
    rf"^(?P<n>\d[\d,.]*|{'|'.join(w for w in NUMBER_WORDS if w not in ('a', 'an', 'single'))}"
    rf"|dozens|hundreds|thousands) (?:a|an|per) (?P<u>{UNIT_RE})$"
)



def clean_phrase(text: str) -> str:
    """Lower-case ``text`` and reduce it to space-separated words (``Dec.`` -> ``dec``,
    ``seven-day`` -> ``seven day``, ``Monday's`` -> ``monday``)."""
    s = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"[\u2010-\u2015]", "-", s)
    s = re.sub(r"'s\b|\bthe day of\b", "", s)
    s = re.sub(r"\ba\.m\.?", "am", s)
    s = re.sub(r"\bp\.m\.?", "pm", s)
    s = re.sub(r"(\d)(am|pm)\b", r"\1 \2", s)
    s = re.sub(r"(?<=[a-z])\.", "", s)
    s = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", s)
    s = re.sub(r"(?<=\d),(?=\d{3}\b)", "", s)
    s = re.sub(r"(?<=[a-z])-(?=[a-z0-9])|(?<=\d)-(?=[a-z])", " ", s)
    s = re.sub(r"[,;()\"]|\.$|\s'\s|^'|'$", " ", s)
    return " ".join(s.split())


def strip_prefixes(s: str) -> str:
    """Remove leading prepositions, hedges and modifiers that do not change the value."""
    changed = True
    while changed:
        changed = False
        for prefix in STRIP_PREFIXES:
            if s.startswith(prefix) and len(s) > len(prefix):
                s = s[len(prefix):]
                changed = True
                break
    return s



_SPELLED_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "eight": 8, "nine": 9}
_SPELLED_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                  "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_SPELLED_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                 "seventy": 70, "eighty": 80, "ninety": 90}
_UNIT_WORDS_RE = "|".join(_SPELLED_UNITS)
_SPELLED_YEAR = re.compile(
    rf"\b(?P<c>eighteen|nineteen) (?:(?P<t>{'|'.join(_SPELLED_TENS)})(?: (?P<u>{_UNIT_WORDS_RE}))?"
    rf"|(?P<teen>{'|'.join(_SPELLED_TEENS)})|oh (?P<oh>{_UNIT_WORDS_RE}))\b"
    rf"|\btwo thousand(?: and)?(?: (?P<k>{'|'.join([*_SPELLED_TEENS, *_SPELLED_UNITS])}))?$"
)


def spelled_years(s: str) -> str:
    """Spelled-out years as digits in a cleaned phrase: ``nineteen ninety six`` -> ``1996``,
    ``the year two thousand and three`` -> ``2003`` (only at the end of the phrase: ``two
    thousand years`` is a length). ``twenty sixteen`` stays words: it is also a number."""
    def year(m: re.Match) -> str:
        if m["c"]:
            century = {"eighteen": 18, "nineteen": 19}[m["c"]]
            rest = (_SPELLED_TENS.get(m["t"] or "", 0) + _SPELLED_UNITS.get(m["u"] or "", 0)
                    + _SPELLED_TEENS.get(m["teen"] or "", 0) + _SPELLED_UNITS.get(m["oh"] or "", 0))
            return str(century * 100 + rest)
        return str(2000 + {**_SPELLED_TEENS, **_SPELLED_UNITS}.get(m["k"] or "", 0))
    return _SPELLED_YEAR.sub(year, s)


_ORDINAL_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth"]
_ORDINAL_DAYS = {
    **{w: i for i, w in enumerate([*_ORDINAL_UNITS, "tenth", "eleventh", "twelfth", "thirteenth",
                                   "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                                   "eighteenth", "nineteenth", "twentieth"], 1)},
    **{f"twenty {w}": 21 + i for i, w in enumerate(_ORDINAL_UNITS)},
    "thirtieth": 30, "thirty first": 31,
}
_ORDINAL_DAY_RE = "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True))
_SPELLED_DAY = re.compile(
    rf"\b(?P<mon>{MONTH_RE}) (?:the )?(?P<o>{_ORDINAL_DAY_RE})\b"
    rf"|\b(?P<o2>{_ORDINAL_DAY_RE}) of (?P<mon2>{MONTH_RE})\b"
)


def spelled_days(s: str) -> str:
    """Days of the month said as ordinal words, as digits, in a cleaned phrase: ``march
    eighth`` -> ``march 8``, ``the twenty first of june`` -> ``the 21 of june``; an ordinal not
    next to a month (``the second day``) stays a word."""
    def day(m: re.Match) -> str:
        if m["mon"]:
            return f"{m['mon']} {_ORDINAL_DAYS[m['o']]}"
        return f"{_ORDINAL_DAYS[m['o2']]} of {m['mon2']}"
    return _SPELLED_DAY.sub(day, s)


_DECADE_SAID = re.compile(rf"(?:(?<=\s)|^)(?:'(?P<d>\d)0s|(?P<w>{'|'.join(DECADE_WORDS)}))\b")
_DECADE_PART = re.compile(r"^(?:the )?(?:first|second|last|latter|early|late) half of (?=(?:the )?\d{3}0s$)")


def spelled_decades(s: str) -> str:
    """Decades of the 1900s written short or in words as digits: ``the '80s`` -> ``the 1980s``,
    ``the nineties`` -> ``the 1990s``; ``the last half of the '80s`` is that decade (TIMEX3
    values the decade and leaves the part to ``mod``)."""
    s = _DECADE_SAID.sub(lambda m: f"19{m['d']}0s" if m["d"] else f"{DECADE_WORDS[m['w']]}0s", s)
    return _DECADE_PART.sub("", s)
