"""Temporal expressions normalised against the publication date.

Two layers, as elsewhere in the package:

* :func:`normalise_date` is a plain string function: a temporal phrase (``"nearly three weeks
  ago"``, ``"Monday"``, ``"mid-July"``) plus the publication date gives a TIMEX3-style value and
  type (``("2016-W46", "date")``). Other components reuse it.
* :func:`extract_dates` finds the temporal spans of a ``Doc`` -- spaCy ``DATE``/``TIME`` entities
  united with token patterns for what the small model misses -- decides from the syntax whether a
  weekday or month points back (past-tense reporting) or forward (``will``, ``next``, ``talks ...
  for Tuesday``), and normalises each span.

Only spans already known to be temporal are normalised, so numbers such as ``100M``, coordinates or
vote counts never become dates. Date-like words that do not refer to a time are dropped: names
(``the 19 April Movement``, ``Bloody Friday``), model years (``a 1977 Mercury``), newspapers
(``the daily La Prensa``), clip lengths (``video 04:27``), ``a last-minute report``; the word lists
are in ``data/dates/not_dates.json``. 24-hour clock times are read with their context (``at 0030
today``, ``2100 (0300 gmt) on 1 may``).

Without a publication date (from the caller, or from a dateline such as ``BEIRUT, Dec 5 (Reuters)
-``) relative expressions stay underspecified (``XXXX-WXX-1``) or ``None``; they are never resolved
against today's date. A long article split into several docs passes its dateline to every piece
on ``doc._.dateline`` (set by ``pipeline.make_docs``). Vague references keep the TIMEX3 tokens
``PAST_REF``/``PRESENT_REF``/``FUTURE_REF``; :func:`is_calendar_value` tells them apart for
components that need a point in time (a casualty's ``date``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

import numpy
from spacy.attrs import LOWER, ORTH, SHAPE
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from conflict_extract.lexicon import load_json
from conflict_extract.models import DateMention
from conflict_extract.nlp.extensions import in_skipped, register_extensions, run_extractor

register_extensions()
if not Doc.has_extension("dateline"):
    # The dateline of the article a doc belongs to (``"2016-12-05"`` or ``"XXXX-12-05"``), set by
    # ``pipeline.make_docs`` on every piece of a long article: only the first piece shows it.
    Doc.set_extension("dateline", default=None)

# ---------------------------------------------------------------------------------------------
# Closed-class vocabulary of temporal expressions (grammar words, not a gazetteer).

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
"""Month names and abbreviations (lower case, without the abbreviation dot)."""

WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7,
}
"""Weekday names to ISO weekday numbers."""

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "dawn": "MO",
    "daybreak": "MO", "dusk": "EV", "nightfall": "NI",
}
"""Parts of the day and their TIMEX3 codes."""

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}
"""Seasons and their TIMEX3 codes."""

UNITS: dict[str, str] = {
    "second": "S", "sec": "S", "minute": "M", "min": "M", "hour": "H", "hr": "H", "day": "D",
    "night": "D", "week": "W", "fortnight": "W", "weekend": "WE", "month": "M", "year": "Y",
    "yr": "Y", "decade": "DE", "century": "CE", "centurie": "CE",
}
"""Time units (singular) and their ISO 8601 / TIMEX3 duration designators."""

_TIME_UNITS = frozenset({"second", "sec", "minute", "min", "hour", "hr"})
_UNIT_FORMS = {**{u: u for u in UNITS}, **{u + "s": u for u in UNITS}, "centuries": "century"}
_UNIT_GRANULARITY = {"D": "day", "W": "week", "M": "month", "Y": "year", "DE": "decade",
                     "CE": "century", "WE": "week"}

_NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12, "single": 1,
}
_VAGUE_NUMBERS = frozenset({
    "several", "few", "couple", "some", "many", "dozens", "hundreds", "numerous", "multiple",
    "number", "coming", "past", "recent",
})
_DEICTIC_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "overnight": 0}
_SET_ADVERBS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
                "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H", "fortnightly": "P2W"}
_REPORTING_VERBS = frozenset({
    "say", "tell", "report", "claim", "state", "add", "note", "write", "announce", "confirm",
    "accuse", "insist", "warn", "deny", "show", "indicate", "believe", "think", "estimate",
})
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "ll"})
_SCHEDULE_WORDS = frozenset({
    "schedule", "scheduled", "due", "plan", "planned", "expect", "expected", "set", "slate",
    "slated", "upcoming", "forthcoming", "postpone", "postponed", "delay", "delayed",
})
_HEDGES = (
    "shortly", "soon", "these", "nearly", "almost", "some", "about", "around", "approximately",
    "roughly", "just", "only", "barely", "at least", "at most", "more than", "less than",
    "fewer than", "under", "up to", "well over", "close to", "exactly", "precisely",
    "a little over", "a little more than", "so far",
)
_PREPOSITIONS = (
    "since", "until", "till", "on", "in", "at", "by", "from", "during", "for", "of", "over",
    "within", "throughout", "as of", "as early as", "as late as", "before", "after", "between",
    "through",
)
_MODIFIERS = (
    "the early", "the late", "the mid", "earlier", "later", "early", "late", "mid", "middle of",
    "the middle of", "end of", "the end of", "the beginning of", "beginning of", "the start of",
    "start of", "the turn of", "the early hours of", "early hours of", "the first days of",
    "the last days of",
)
_STRIP_PREFIXES = sorted(
    {w + " " for w in _HEDGES + _PREPOSITIONS + _MODIFIERS}, key=len, reverse=True
)

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(WEEKDAYS)
_UNIT_RE = "|".join(sorted(_UNIT_FORMS, key=len, reverse=True))
_PART_RE = "|".join(PARTS_OF_DAY)

_ABSOLUTE = re.compile(
    rf"^(?:(?:{_WEEKDAY_RE}) )?(?:the )?(?:(?P<d1>\d{{1,2}}) )?(?:of )?(?P<mon>{_MONTH_RE})"
    rf"(?: (?P<d2>\d{{1,2}}))?(?: (?:of )?(?P<y>\d{{4}}|'\d\d|\d\d))?$"
)
_YEAR = re.compile(r"^(?:the year )?(?P<y>1[7-9]\d\d|20\d\d)$")
_CENTURY = re.compile(r"^(?:the )?(?P<n>\d{1,2}) century$")
_MILITARY = re.compile(
    r"^(?:(?:at|around|about|shortly after|shortly before) (?P<h1>[01]\d|2[0-3])(?P<m1>[0-5]\d)"
    r"|(?P<h2>0\d)(?P<m2>[0-5]\d)"
    r"|(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)(?= (?:hours|hrs|gmt|utc|local time)\b))"
    r"(?: hours| hrs| gmt| utc| local time)?(?: (?P<rest>.+))?$"
)
_TZ_AFTER = re.compile(r"\d (?:hours|hrs|gmt|utc|local time)\b")
# "2100 (0300 gmt)": the conversion to GMT restates the local time given before it
_TIME_CONVERSION = re.compile(
    r"\(\s*(?:[01]?\d|2[0-3])[:.]?[0-5]\d\s*(?:gmt|utc|z|local(?: time)?)\s*\)", re.IGNORECASE
)
_OF_THIS_YEAR = re.compile(r"(?:of )?(?P<rel>this|last|next) year$")
_DECADE = re.compile(r"^(?:the )?(?P<d>1[5-9]\d|20\d)0s$")
_SEASON_YEAR = re.compile(rf"^(?:the )?(?P<s>{'|'.join(SEASONS)})(?: of)? (?P<y>\d{{4}})$")
_HALF = re.compile(
    r"^(?:the )?(?P<n>first|second|third|fourth|1st|2nd|3rd|4th) (?P<u>half|quarter)"
    r"(?: of)?(?: (?P<y>\d{4}))?$"
)
_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d\d)(?:-(?P<d>\d\d))?$")
_NUMERIC_DATE = re.compile(r"^(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4}|\d\d)$")
_CLOCK = re.compile(
    r"(?:^|\s)(?:(?:at|around|about) (?P<mh>[01]\d|2[0-3])(?P<mm>[0-5]\d)"
    r"|(?:at |around |about |by |before |after )?"
    r"(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))? ?(?P<ap>am|pm)?)"
    r"(?: (?:local time|gmt|utc|hours|hrs))?(?=\s|$)"
)
_CLOCK_WORDS = {"noon": "12:00", "midday": "12:00", "midnight": "00:00"}
_DAYPART = re.compile(
    rf"(?:^|\s)(?:at |around |before |after |by |in the |the )?"
    rf"(?P<w>{'|'.join([*_CLOCK_WORDS, *PARTS_OF_DAY])})(?: hours)?(?: of)?(?=\s|$)"
)
_AGO = re.compile(rf"^(?P<n>.*?) ?(?P<u>{_UNIT_RE}) (?P<rel>ago|from now|hence|before now)$")
_ANAPHORIC_SHIFT = re.compile(
    rf"^(?P<n>.*?) ?(?P<u>{_UNIT_RE}) (?:long )?"
    rf"(?P<rel>into|after|later|earlier|before|on|since|in|of|running|old)$"
)
_PERIOD = re.compile(
    rf"^(?P<the>the )?(?P<rel>past|last|previous|coming|next|following|preceding|first|final|"
    rf"latest)(?P<n> .+?)? (?P<u>{_UNIT_RE})$"
)
_THIS = re.compile(rf"^(?P<rel>this|last|next|coming|past|that)"
                   rf" (?P<what>week|month|year|weekend|{_WEEKDAY_RE}|{_MONTH_RE}|"
                   rf"{'|'.join(SEASONS)})$")
_RECENT = re.compile(rf"^(?:the )?(?:recent|coming|next few|past few|last few) (?P<u>{_UNIT_RE})$")
_SET = re.compile(
    rf"^(?:(?:once|twice|thrice|\S+ times) (?:a|an|per|every|each)|every|each|per)"
    rf"(?P<other> other)?(?: single)? (?P<what>{_UNIT_RE}|{_WEEKDAY_RE}|{_PART_RE})$"
)
_DURATION = re.compile(rf"^(?P<n>.*?) ?(?P<u>{_UNIT_RE})(?: long| old)?$")
_RATE = re.compile(
    rf"^(?P<n>\d[\d,.]*|{'|'.join(w for w in _NUMBER_WORDS if w not in ('a', 'an', 'single'))}"
    rf"|dozens|hundreds|thousands) (?:a|an|per) (?P<u>{_UNIT_RE})$"
)


def _clean(text: str) -> str:
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


def _strip_prefixes(s: str) -> str:
    """Remove leading prepositions, hedges and modifiers that do not change the value."""
    changed = True
    while changed:
        changed = False
        for prefix in _STRIP_PREFIXES:
            if s.startswith(prefix) and len(s) > len(prefix):
                s = s[len(prefix):]
                changed = True
                break
    return s


def _number(words: str) -> int | str | None:
    """``"three"`` -> 3, ``"24"`` -> 24, ``"twenty four"`` -> 24, ``"several"`` -> ``"X"``;
    ``""`` -> 1 (a bare singular unit); ``None`` when not a number."""
    words = words.strip()
    if words in ("", "a", "an", "one", "a single", "a whole", "the whole", "the entire",
                 "an entire", "a full", "all", "one full", "one whole"):
        return 1
    parts = [w for w in words.split() if w not in ("of", "and", "a", "an", "whole", "full",
                                                     "entire", "single")]
    if not parts or parts[0] in ("the", "this", "that", "these", "those"):
        return None
    if all(p in _VAGUE_NUMBERS for p in parts):
        return "X"
    total, half = 0, False
    for part in parts:
        if part.isdigit():
            total += int(part)
        elif re.fullmatch(r"\d+\.\d+", part):
            return part.rstrip("0").rstrip(".")
        elif part == "hundred":
            total = max(total, 1) * 100
        elif part in ("half", "1/2", "\u00bd") and not half:
            half = True  # "two and a half", "2 and 1/2", "half a"
        elif part in _NUMBER_WORDS:
            total += _NUMBER_WORDS[part]
        else:
            return None
    if half:
        return f"{total}.5"
    return total or None


def _duration(n: int | str, unit: str, plural: bool) -> str:
    """ISO 8601 / TIMEX3 duration for ``n`` units (``"X"`` when vague)."""
    if n == 1 and plural:
        n = "X"
    if unit == "fortnight":
        return f"P{'X' if n == 'X' else 2 * int(n)}W"
    code = UNITS[unit]
    prefix = "PT" if unit in _TIME_UNITS else "P"
    return f"{prefix}{n}{code}"


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _at_granularity(day: dt.date, granularity: str) -> str:
    if granularity == "day":
        return day.isoformat()
    if granularity == "week":
        return _iso_week(day)
    if granularity == "month":
        return _month_value(day.year, day.month)
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "decade":
        return f"{day.year // 10:03d}"
    return f"{day.year // 100:02d}"


def _shift(pub: dt.date, n: int, unit: str) -> str | None:
    """The date ``n`` units from ``pub`` (negative: back), at the unit's granularity."""
    code = UNITS[unit]
    if unit in _TIME_UNITS:
        return pub.isoformat()
    if unit == "fortnight":
        n, code = 2 * n, "W"
    if code == "D":
        return (pub + dt.timedelta(days=n)).isoformat()
    if code in ("W", "WE"):
        return _iso_week(pub + dt.timedelta(weeks=n))
    if code == "M":
        return _month_value(*_shift_months(pub, n))
    years = {"Y": 1, "DE": 10, "CE": 100}[code] * n
    try:
        shifted = pub.replace(year=pub.year + years)
    except ValueError:  # 29 February
        shifted = pub.replace(year=pub.year + years, day=28)
    return _at_granularity(shifted, _UNIT_GRANULARITY[code])


def _weekday(pub: dt.date | None, weekday: int, how: str) -> str:
    """Resolve a weekday: ``past`` (on/before ``pub``), ``future`` (on/after), ``last`` (strictly
    before), ``next`` (strictly after), ``this`` (in the same ISO week)."""
    if pub is None:
        return f"XXXX-WXX-{weekday}"
    today = pub.isoweekday()
    if how == "this":
        day = pub + dt.timedelta(days=weekday - today)
    elif how in ("past", "last"):
        back = (today - weekday) % 7
        if how == "last" and back == 0:
            back = 7
        day = pub - dt.timedelta(days=back)
    else:
        ahead = (weekday - today) % 7
        if how == "next" and ahead == 0:
            ahead = 7
        day = pub + dt.timedelta(days=ahead)
    return day.isoformat()


def _month_year(pub: dt.date, month: int, how: str) -> int:
    """The year of a year-less month: ``past`` (most recent, this month included), ``future``
    (next, this month included), ``last``/``next`` (strictly), ``this`` (the same year)."""
    if how == "this":
        return pub.year
    if how in ("past", "last"):
        return pub.year if month < pub.month or (month == pub.month and how == "past") \
            else pub.year - 1
    return pub.year if month > pub.month or (month == pub.month and how == "future") \
        else pub.year + 1


def _day_month_year(pub: dt.date, month: int, day: int, future: bool) -> int | None:
    """The year of a year-less day and month, the most recent on/before ``pub`` (or the next
    on/after it in future context)."""
    for year in ((pub.year, pub.year + 1) if future else (pub.year, pub.year - 1)):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if (candidate >= pub) if future else (candidate <= pub):
            return year
    return None


def _season(pub: dt.date | None, season: str, how: str) -> str:
    code = SEASONS[season]
    if pub is None:
        return f"XXXX-{code}"
    start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    if how == "this":
        return f"{pub.year}-{code}"
    year = _month_year(pub, start, how)
    return f"{year}-{code}"


def _anchor_value(s: str, pub: dt.date | None, future: bool) -> tuple[str | None, str] | None:
    """Normalise a cleaned phrase with no clock time or part of day; ``None`` when unknown."""
    how_default = "future" if future else "past"

    if m := _ISO.match(s):
        value = f"{m['y']}-{m['m']}" + (f"-{m['d']}" if m["d"] else "")
        return value, "date"
    if m := _NUMERIC_DATE.match(s):
        a, b = int(m["a"]), int(m["b"])
        year = int(m["y"]) if len(m["y"]) == 4 else _two_digit_year(int(m["y"]))
        if a > 12 >= b:
            a, b = b, a
        elif not (b > 12 >= a):
            return None, "date"
        try:
            return dt.date(year, a, b).isoformat(), "date"
        except ValueError:
            return None, "date"

    if s in _SET_ADVERBS:
        return _SET_ADVERBS[s], "set"
    if m := _SET.match(s):
        what = m["what"]
        if what in WEEKDAYS:
            return f"XXXX-WXX-{WEEKDAYS[what]}", "set"
        if what in PARTS_OF_DAY:
            return f"XXXX-XX-XXT{PARTS_OF_DAY[what]}", "set"
        unit = _UNIT_FORMS[what]
        return _duration(2 if m["other"] else 1, unit, False), "set"

    if m := _RATE.match(s):  # "one a minute", "500 a day": a rate
        return _duration(1, _UNIT_FORMS[m["u"]], False), "set"

    if m := _AGO.match(s):
        n = _number(m["n"])
        unit = _UNIT_FORMS[m["u"]]
        if n is None:
            return None
        sign = -1 if m["rel"] in ("ago", "before now") else 1
        if n == "X" or (n == 1 and m["u"] != unit and not m["n"]):
            return ("PAST_REF" if sign < 0 else "FUTURE_REF"), "date"
        if pub is None or isinstance(n, str):
            return None, "date"
        return _shift(pub, sign * n, unit), "date"

    if m := _ANAPHORIC_SHIFT.match(s):
        n = _number(m["n"])
        if n is not None and m["rel"] != "old":
            return _duration(n, _UNIT_FORMS[m["u"]], m["u"] != _UNIT_FORMS[m["u"]]), "duration"
    if m := _RECENT.match(s):
        unit = _UNIT_FORMS[m["u"]]
        return _duration("X", unit, True), "duration"

    if s in _DEICTIC_DAYS:
        if pub is None:
            return None, "date"
        return (pub + dt.timedelta(days=_DEICTIC_DAYS[s])).isoformat(), "date"
    if s in ("the day before yesterday", "day before yesterday"):
        return (None if pub is None else (pub - dt.timedelta(days=2)).isoformat()), "date"
    if s in ("the day after tomorrow", "day after tomorrow"):
        return (None if pub is None else (pub + dt.timedelta(days=2)).isoformat()), "date"
    if s in ("now", "the moment", "currently", "present", "the present"):
        return "PRESENT_REF", "date"

    if m := _THIS.match(s):
        rel, what = m["rel"], m["what"]
        how = {"this": "this", "last": "last", "past": "last", "next": "next", "coming": "next",
               "that": how_default}[rel]
        if what in WEEKDAYS:
            return _weekday(pub, WEEKDAYS[what], how), "date"
        if what in SEASONS:
            return _season(pub, what, how), "date"
        if pub is None or rel == "that":
            if what in MONTHS:
                return f"XXXX-{MONTHS[what]:02d}", "date"
            return None, "date"
        if what in MONTHS:
            return _month_value(_month_year(pub, MONTHS[what], how), MONTHS[what]), "date"
        step = {"this": 0, "last": -1, "next": 1}[how]
        if what == "weekend":
            return _weekend(pub, how), "date"
        return _shift(pub, step, what), "date"

    if m := _PERIOD.match(s):
        unit = _UNIT_FORMS[m["u"]]
        plural = m["u"] != unit
        rel = m["rel"]
        n = _number(m["n"] or "")
        if n is None:
            return None
        if m["n"] is None and not plural:
            if not m["the"] and unit in ("minute", "hour", "day", "night", "second"):
                return None, "date"  # "last-minute", "past day"
            if rel in ("next", "following", "previous", "preceding", "first", "final", "latest") \
                    and m["the"]:
                return None, "date"  # "the next day": anaphoric, relative to a narrated event
        if rel in ("first", "final", "latest"):
            return None, "date"
        return _duration(n, unit, plural), "duration"

    if m := _ABSOLUTE.match(s):
        return _absolute(m, pub, future)
    if m := _YEAR.match(s):
        return m["y"], "date"
    if m := _DECADE.match(s):
        return m["d"], "date"
    if (m := _CENTURY.match(s)) and 1 <= int(m["n"]) <= 21:
        return f"{int(m['n']) - 1:02d}", "date"
    if m := _SEASON_YEAR.match(s):
        return f"{m['y']}-{SEASONS[m['s']]}", "date"
    if s in SEASONS:
        return _season(pub, s, how_default), "date"
    if m := _HALF.match(s):
        index = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
                 "4th": 4}[m["n"]]
        code = "H" if m["u"] == "half" else "Q"
        if code == "H" and index > 2:
            return None
        year = m["y"] or (str(pub.year) if pub else "XXXX")
        return f"{year}-{code}{index}", "date"
    if s in WEEKDAYS:
        return _weekday(pub, WEEKDAYS[s], how_default), "date"
    if s in ("the weekend", "weekend"):
        return (_weekend(pub, how_default) if pub else None), "date"

    if m := _DURATION.match(s):
        n = _number(m["n"])
        if not m["n"] and m["u"] == _UNIT_FORMS[m["u"]]:
            return None, "duration"  # a bare "day", "the night": no length stated
        if n is not None:
            unit = _UNIT_FORMS[m["u"]]
            return _duration(n, unit, m["u"] != unit), "duration"
    return None


_CALENDAR_VALUE = re.compile(r"^(?:\d{4}|XXXX)(?:$|-)|^\d{2,3}$")


def is_calendar_value(value: str | None) -> bool:
    """Whether a date/time ``value`` names a place on the calendar (``2016-12-05``, ``2016-W49``,
    ``XXXX-WXX-1``, ``2011``, ``199`` for the 1990s), as opposed to the vague TIMEX3 tokens
    ``PAST_REF``, ``PRESENT_REF`` and ``FUTURE_REF`` (``several weeks ago``, ``now``), which are
    right for a date mention but say nothing about when an event happened."""
    return bool(value) and _CALENDAR_VALUE.match(value) is not None


def _weekend(pub: dt.date, how: str) -> str:
    """ISO week of the weekend meant: ``past`` the latest begun on/before ``pub``."""
    if how == "this":
        return f"{_iso_week(pub)}-WE"
    saturday = pub + dt.timedelta(days=6 - pub.isoweekday())
    if how in ("past", "last") and saturday > pub:
        saturday -= dt.timedelta(weeks=1)
    elif how == "next" and saturday <= pub:
        saturday += dt.timedelta(weeks=1)
    return f"{_iso_week(saturday)}-WE"


def _two_digit_year(yy: int) -> int:
    return 1900 + yy if yy >= 30 else 2000 + yy


def _absolute(m: re.Match, pub: dt.date | None, future: bool) -> tuple[str | None, str]:
    month = MONTHS[m["mon"]]
    day_text, year_text = m["d1"] or m["d2"], m["y"]
    if m["d1"] and m["d2"] and not year_text:
        year_text = m["d2"]  # "3 jan 90"
    if day_text and not year_text and int(day_text) > 31:
        day_text, year_text = None, day_text
    day = int(day_text) if day_text else None
    if year_text:
        yy = year_text.lstrip("'")
        year: int | None = int(yy) if len(yy) == 4 else _two_digit_year(int(yy))
    elif pub is not None:
        year = (_day_month_year(pub, month, day, future) if day
                else _month_year(pub, month, "future" if future else "past"))
    else:
        year = None
    if day is None:
        return (f"XXXX-{month:02d}" if year is None else _month_value(year, month)), "date"
    if not 1 <= day <= 31:
        return None, "date"
    if year is None:
        return f"XXXX-{month:02d}-{day:02d}", "date"
    try:
        return dt.date(year, month, day).isoformat(), "date"
    except ValueError:
        return None, "date"


def normalise_date(
    text: str, published: dt.date | None, future: bool = False
) -> tuple[str | None, str]:
    """Normalise one temporal expression to a TIMEX3-style ``(value, type)``.

    ``published`` is the anchor for relative expressions; without it they stay underspecified
    (``"XXXX-WXX-1"`` for ``Monday``, ``"XXXX-07"`` for ``July``) or ``None``. ``future`` says the
    expression points forward (``talks ... for Wednesday``): weekdays and months then resolve to
    the next one on or after the publication date instead of the latest one on or before it.
    ``type`` is one of ``date``, ``time``, ``duration``, ``set``; ``value`` is ``None`` when the
    phrase is not understood.

    >>> normalise_date("nearly three weeks ago", dt.date(2016, 12, 5))
    ('2016-W46', 'date')
    >>> normalise_date("Wednesday", dt.date(2016, 12, 6), future=True)
    ('2016-12-07', 'date')
    """
    try:
        return _normalise(text, published, future)
    except (ValueError, OverflowError):  # "3000 years ago", "100000 days ago": out of range
        return None, "date"


def _normalise(text: str, published: dt.date | None, future: bool) -> tuple[str | None, str]:
    s = _clean(_TIME_CONVERSION.sub(" ", text))
    if (m := _MILITARY.match(s)) and m["h1"] and not s.startswith("at ") and not m["rest"] \
            and f"{m['h1']}{m['m1']}" in _YEAR_SET and not _TZ_AFTER.search(s):
        m = None  # "around 2015": a year
    if m:
        hour, minute = m["h1"] or m["h2"] or m["h3"], m["m1"] or m["m2"] or m["m3"]
        day = normalise_date(m["rest"], published, future)[0] if m["rest"] else None
        if day is None or not re.fullmatch(r"(?:\d{4}|XXXX)-(?:\d\d-\d\d|WXX-\d)(?:T\w+)?", day):
            day = published.isoformat() if published and not m["rest"] else "XXXX-XX-XX"
        return f"{day[:10]}T{hour}:{minute}", "time"
    s = re.sub(r"^(?:earlier|later) in the (week|month|year)$", r"this \1", s)
    s = re.sub(r"^(?:earlier|later) in the day$", "today", s)
    s = re.sub(r"^this past ", "last ", s)
    s = _strip_prefixes(s)
    if not s:
        return None, "date"
    if (m := _OF_THIS_YEAR.search(s)) and m.start() > 0:
        head = s[: m.start()].strip()
        if published is None:
            year = "XXXX"
        else:
            year = str(published.year + {"this": 0, "last": -1, "next": 1}[m["rel"]])
        value, kind = normalise_date(head, None)
        if value and value.startswith("XXXX-") and kind == "date":
            return year + value[4:], kind
    if s == "overnight" or s.endswith(" overnight"):
        rest = s[: -len("overnight")].strip()
        base = _anchor_value(rest, published, future) if rest else None
        if base and base[0] and base[1] == "date":
            return base[0], "date"
        return (published.isoformat() if published else None), "date"
    if s in ("tonight", "last night", "this morning", "this afternoon", "this evening"):
        if published is None:
            return None, "time"
        day = published - dt.timedelta(days=1) if s == "last night" else published
        code = "NI" if s.endswith("night") else PARTS_OF_DAY[s.split()[1]]
        return f"{day.isoformat()}T{code}", "time"
    if re.fullmatch(rf"all (?:the )?(?:day|night|{_PART_RE}) ?(?:long)?", s):
        return ("P1D" if "day" in s else None), "duration"

    full = _anchor_value(s, published, future)
    if full is not None and full[0] is not None:
        return full
    time_code = None
    clock = next((c for c in _CLOCK.finditer(s)
                  if c["mh"] or ((c["ap"] or c["m"]) and int(c["h"]) <= 24)), None)
    if clock and clock["mh"]:
        time_code = f"{clock['mh']}:{clock['mm']}"
    elif clock:
        hour = int(clock["h"]) % 12 + (12 if clock["ap"] == "pm" else 0) if clock["ap"] \
            else int(clock["h"])
        time_code = f"{hour:02d}:{clock['m'] or '00'}"
    elif daypart := _DAYPART.search(s):
        word = daypart["w"]
        time_code = _CLOCK_WORDS.get(word) or PARTS_OF_DAY[word]
        clock = daypart
    if clock:
        s = (s[: clock.start()] + " " + s[clock.end():]).strip()
    if time_code is not None:
        s = _strip_prefixes(" ".join(s.split()))
        s = re.sub(r"^(?:on|at|in|of) |(?: on| at| of)$", "", s).strip()
        if not s:
            day = published.isoformat() if published else "XXXX-XX-XX"
            return f"{day}T{time_code}", "time"
        base, _ = normalise_date(s, published, future)
        if base and re.fullmatch(r"(?:\d{4}|XXXX)-(?:\d\d-\d\d|WXX-\d)(?:T[\w:]+)?", base):
            return f"{base.split('T')[0]}T{time_code}", "time"
        if published is None and s in _DEICTIC_DAYS and ":" in time_code:
            return f"XXXX-XX-XXT{time_code}", "time"  # "tonight at 2115": the clock time is known
        return None, "time"

    return full if full is not None else (None, "date")


# ---------------------------------------------------------------------------------------------
# Finding temporal spans in a Doc.

_TEMPORAL_LABELS = frozenset({"DATE", "TIME"})
_BLOCKING_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "FAC", "EVENT", "PRODUCT", "LAW",
                              "NORP", "GPE", "LOC"})
_ANCHOR_WORDS = frozenset(
    {*MONTHS, *WEEKDAYS, *PARTS_OF_DAY, *SEASONS, *_UNIT_FORMS, *_DEICTIC_DAYS, *_SET_ADVERBS,
     "ago", "noon", "midnight", "midday", "tonight", "overnight", "weekend", "weekends", "am",
     "pm", "a.m.", "p.m.", "gmt", "utc"}
)
_ANCHOR_TOKEN = re.compile(
    r"^(?:1[7-9]\d\d|20\d\d|(?:mid|early|late)-(?:1[0-9]|20)\d\d|1[5-9]\d0s|20\d0s|"
    r"\d{1,2}:\d\d|\d{4}-\d\d(?:-\d\d)?|\d{1,2}(?:am|pm))$"
)
_TRIM_LEFT = frozenset({"on", "in", "at", "during", "by", "from", "of", "over", "within",
                        "until", "till", "for", "throughout", "before", "after", ",", "-", "and",
                        "or", "to", "as", "between"})
_TRIM_RIGHT = frozenset({",", ".", "-", "'s", "\u2019s", "'", "\u2019", "and", "or", "of", "to",
                         "the", ";", ":"})
_EXTEND_LEFT = frozenset({"since", "nearly", "almost", "some", "about", "around", "roughly",
                          "approximately", "barely", "just"})
_SPLIT_WORDS = frozenset({"and", "or", "to", "through", "until", "till", "-", "\u2013", "/", "(",
                          ")", "--", ";", "\u2014"})
_FUTURE_WORDS = frozenset({"next", "coming", "upcoming", "forthcoming"})
_PAST_WORDS = frozenset({"last", "past", "previous", "preceding", "earlier", "since", "ago"})
_INTENT_WORDS = frozenset({
    "schedule", "scheduled", "due", "plan", "planned", "expect", "expected", "set", "slate",
    "slated", "want", "hope", "intend", "aim", "promise", "vow", "threaten", "pledge", "prepare",
    "ready", "likely", "poised", "going", "agree",
})
_STATIVE_VERBS = frozenset({"be", "have", "remain", "seem", "appear", "stay", "continue", "mark"})

_MONTH_FULL = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_MONTH_ANY = [*MONTHS, *(m + "." for m in MONTHS if len(m) <= 4)]
_UNIT_WORDS = sorted(_UNIT_FORMS)
_PLURAL_UNITS = [u for u in _UNIT_WORDS if u.endswith("s") and u not in ("secs", "mins", "hrs")]
# Token predicates are hash-set lookups (IN, SHAPE), never REGEX: the Matcher runs on every token.
_YEARS = [str(y) for y in range(1800, 2100)]
_YEAR_TOKEN = {"ORTH": {"IN": _YEARS}}
_DAYS = [f"{d}{suffix}" for d in range(1, 32) for suffix in ("", "st", "nd", "rd", "th")]
_DAY_TOKEN = {"LOWER": {"IN": _DAYS + [f"0{d}" for d in range(1, 10)]}}
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
             "tenth", "eleventh", "twelfth", "twentieth", "hundredth", "thousandth"]
_NUM = {"LIKE_NUM": True, "LOWER": {"NOT_IN": _ORDINALS}, "OP": "+"}
_VAGUE = {"LOWER": {"IN": ["several", "few", "couple", "dozens", "many", "a", "the"]}, "OP": "+"}
_HHMM_TOKENS = [f"{h:02d}{m:02d}" for h in range(24) for m in range(60)]
_HHMM_SET = frozenset(_HHMM_TOKENS)
_YEAR_SET = frozenset(_YEARS)
_TZ_WORDS = ["hours", "hrs", "gmt", "utc", "local"]
_CLOCK_PREPOSITIONS = frozenset({"at", "around", "about"})
_TIME_PREPOSITIONS = frozenset({"at", "around", "about", "after", "before", "by", "until", "till",
                                "from", "since"})
_DEICTIC_WORDS = ["today", "tonight", "yesterday", "tomorrow"]


def _patterns() -> dict[str, list[list[dict]]]:
    """Token patterns for temporal expressions spaCy's small model tends to miss (built fresh
    on each call, so callers may mutate them)."""
    unit = {"LOWER": {"IN": _UNIT_WORDS}}
    weekday = {"LOWER": {"IN": list(WEEKDAYS)}}
    part = {"LOWER": {"IN": list(PARTS_OF_DAY)}, "OP": "?"}
    month_full = {"LOWER": {"IN": _MONTH_FULL}}
    month_any = {"LOWER": {"IN": _MONTH_ANY}}
    rel = {"LOWER": {"IN": ["last", "next", "this", "coming", "past", "previous"]}}
    mod = {"LOWER": {"IN": ["early", "late", "mid", "earlier", "later"]}}
    hyphen_opt = {"ORTH": "-", "OP": "?"}
    month_prep = {"LOWER": {"IN": ["in", "since", "until", "till", "during", "early", "late", "mid",
                                   "last", "next", "throughout"]}}
    month_safe = {"LOWER": {"IN": [m for m in _MONTH_FULL if m not in ("may", "march")]}}
    safe_prep = {"LOWER": {"IN": ["this", "by", "before", "after", "of", "from"]}}
    clock = {"LOWER": {"IN": ["am", "pm", "a.m.", "p.m.", "a.m", "p.m"]}}
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
                                                        *SEASONS]}}],
            [{"LOWER": "the"}, {"LOWER": "weekend"}],
        ],
        "PERIOD": [
            [{"LOWER": "the", "OP": "?"}, rel, _NUM, {"LOWER": "of", "OP": "?"}, unit],
            [{"LOWER": "the", "OP": "?"}, rel, _VAGUE, {"LOWER": "of", "OP": "?"}, unit],
            [{"LOWER": "the"}, {"LOWER": {"IN": ["past", "last", "coming"]}},
             {"LOWER": {"IN": ["day", "week", "month", "year", "decade", *_PLURAL_UNITS]}}],
            [{"LOWER": "recent"}, {"LOWER": {"IN": _PLURAL_UNITS}}],
        ],
        "SPAN": [
            [_NUM, hyphen_opt, unit, {"LOWER": {"IN": ["ago", "later", "earlier"]}, "OP": "?"}],
            [_VAGUE, {"LOWER": "of", "OP": "?"}, unit, {"LOWER": {"IN": ["ago", "later",
                                                                      "earlier"]}}],
            [{"LOWER": "for"}, {"LOWER": {"IN": _PLURAL_UNITS}}],
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
            [_DAY_TOKEN, {"LOWER": "of", "OP": "?"}, month_any, {"SHAPE": "dd", "OP": "?"}],
            [_DAY_TOKEN, month_any, _YEAR_TOKEN],
            [month_any, _DAY_TOKEN, {"ORTH": ",", "OP": "?"}, _YEAR_TOKEN],
            [month_any, _DAY_TOKEN],
            [month_any, _YEAR_TOKEN],
            [month_prep, hyphen_opt, month_full],
            [safe_prep, month_safe],
            [{"LOWER": {"IN": ["since", "in", "until", "till", "by", "during", "early", "late",
                               "mid", "throughout", "of", "from", "before", "after"]}},
             hyphen_opt, _YEAR_TOKEN],
            [{"LOWER": {"IN": [f"{m}-{y}" for m in ("mid", "early", "late") for y in _YEARS]}}],
            [{"LOWER": "the", "OP": "?"},
             {"LOWER": {"IN": [f"{d}0s" for d in range(150, 210)]}}],
            [{"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": list(SEASONS)}},
             {"LOWER": "of", "OP": "?"}, _YEAR_TOKEN],
            [{"SHAPE": "dddd-dd-dd"}],
        ],
        "TIME": [
            [{"SHAPE": {"IN": ["d", "dd", "d:dd", "dd:dd", "d.dd", "dd.dd"]}}, clock],
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
            [{"LOWER": {"IN": sorted(_TIME_PREPOSITIONS)}},
             {"ORTH": {"IN": [t for t in _HHMM_TOKENS if t not in _YEAR_SET]}},
             {"LOWER": {"IN": _TZ_WORDS}, "OP": "?"}, {"LOWER": "time", "OP": "?"},
             {"LOWER": {"IN": _DEICTIC_WORDS}, "OP": "?"}],
            [{"ORTH": {"IN": _HHMM_TOKENS}}, {"LOWER": {"IN": _TZ_WORDS}},
             {"LOWER": "time", "OP": "?"}, {"LOWER": {"IN": _DEICTIC_WORDS}, "OP": "?"}],
            [{"LOWER": {"IN": sorted(_CLOCK_PREPOSITIONS)}}, {"ORTH": {"IN": _HHMM_TOKENS}},
             {"LOWER": {"IN": _DEICTIC_WORDS}}],
            [{"ORTH": {"IN": _HHMM_TOKENS}}, {"LOWER": {"IN": _TZ_WORDS}, "OP": "?"},
             {"LOWER": "time", "OP": "?"}, {"ORTH": "("}, {"ORTH": {"IN": _HHMM_TOKENS}},
             {"LOWER": {"IN": _TZ_WORDS}}, {"ORTH": ")"}],
        ],
    }


_GLUED_CLOCKS = [f"{h}{m}{ap}" for h in range(1, 13) for m in ("", ":00", ":15", ":30", ":45")
                 for ap in ("am", "pm")]
_TRIGGER_WORDS = frozenset({
    *_ANCHOR_WORDS, *_MONTH_ANY, *_YEARS, *_GLUED_CLOCKS, "a.m", "p.m", "dawn", "dusk",
    "daybreak", "nightfall", *(f"{m}-{y}" for m in ("mid", "early", "late") for y in _YEARS),
    *(f"{d}0s" for d in range(150, 210)), *_HHMM_TOKENS,
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
        self.lower_ids = numpy.array(sorted(strings.add(w) for w in _TRIGGER_WORDS),
                                     dtype=numpy.uint64)
        self.shape_ids = numpy.array(sorted(strings.add(w) for w in _TRIGGER_SHAPES),
                                     dtype=numpy.uint64)

    def __call__(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges matched by the patterns, searched only in windows around triggers."""
        if not len(doc):
            return []
        attrs = doc.to_array([LOWER, SHAPE]).astype(numpy.uint64, copy=False)
        hits = numpy.flatnonzero(_member(attrs[:, 0], self.lower_ids)
                                 | _member(attrs[:, 1], self.shape_ids))
        found: list[tuple[int, int]] = []
        window_start, window_end = -1, -_WINDOW_BEFORE - 1
        for i in [*hits.tolist(), None]:
            if i is not None and i - _WINDOW_BEFORE <= window_end:
                window_end = min(i + _WINDOW_AFTER + 1, len(doc))
                continue
            if window_end > window_start >= 0:
                for _, start, end in self.matcher(doc[window_start:window_end]):
                    found.append((window_start + start, window_start + end))
            if i is not None:
                window_start = max(i - _WINDOW_BEFORE, 0)
                window_end = min(i + _WINDOW_AFTER + 1, len(doc))
        return found


def _member(values: numpy.ndarray, sorted_ids: numpy.ndarray) -> numpy.ndarray:
    """Boolean mask of ``values`` found in the sorted array ``sorted_ids`` (binary search)."""
    index = numpy.minimum(numpy.searchsorted(sorted_ids, values), len(sorted_ids) - 1)
    return sorted_ids[index] == values


_MATCHERS: dict[int, _DateMatcher] = {}


def _matcher(vocab: Vocab) -> _DateMatcher:
    """The compiled date matcher for ``vocab`` (built once per vocabulary)."""
    cached = _MATCHERS.get(id(vocab))
    if cached is None or cached.vocab is not vocab:
        cached = _DateMatcher(vocab)
        _MATCHERS[id(vocab)] = cached
    return cached


_DATELINE = re.compile(
    rf"^[ \t]*[A-Za-z][A-Za-z .'\-]{{1,40}}(?:,[ \t]*[A-Za-z][A-Za-z .'\-]{{1,30}})?,[ \t]*"
    rf"(?:(?:{_WEEKDAY_RE})[ \t]*,?[ \t]*)?"
    rf"(?P<date>(?:{_MONTH_RE})\.?[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?"
    rf"|\d{{1,2}}[ \t]+(?:{_MONTH_RE})\.?(?:[ \t]+\d{{4}}|[ \t]+\d\d)?)"
    rf"[ \t]*(?:\(|/|-|\u2014|\u2013)",
    re.IGNORECASE | re.MULTILINE,
)


def dateline_value(text: str) -> str | None:
    """The date of a dateline near the top of ``text``: ``"2016-12-05"`` for ``BEIRUT, Dec 5,
    2016 (Reuters) -`` or ``san salvador, 3 jan 90 (acan-efe) --``; ``"XXXX-12-05"`` for a
    dateline without a year (``BEIRUT, Dec 5 (Reuters) -``); ``None`` without a dated dateline."""
    m = _DATELINE.search(text[:600])
    if not m:
        return None
    value, _ = normalise_date(m["date"], None)
    if value and re.fullmatch(r"(?:\d{4}|XXXX)-\d\d-\d\d", value):
        return value
    return None


def dateline_date(text: str) -> dt.date | None:
    """The publication date stated in a dateline near the top of ``text``, when it names the
    year (a year is never guessed; see :func:`dateline_value`)."""
    value = dateline_value(text)
    if value and not value.startswith("XXXX"):
        return dt.date.fromisoformat(value)
    return None


_PROXY_YEAR = 2001  # not a leap year; stands in for the unknown year of a year-less dateline
_PROXY_VALUE = re.compile(rf"^{_PROXY_YEAR}(-\d\d(?:-\d\d)?(?:T\w+(?::\d\d)?)?)$")
_WEEKDAY_WORD = re.compile(rf"\b(?:{_WEEKDAY_RE}|weekend|week)\b", re.IGNORECASE)


def normalise_date_yearless(
    text: str, month: int, day: int, future: bool = False
) -> tuple[str | None, str]:
    """:func:`normalise_date` against a publication date whose year is unknown (a dateline such
    as ``BEIRUT, Dec 5 (Reuters) -``): day- and month-level values keep ``XXXX`` for the year
    (``yesterday`` -> ``XXXX-12-04``); whatever needs the year (weekdays, weeks, years) is
    resolved as if there were no publication date."""
    try:
        proxy = dt.date(_PROXY_YEAR, month, day)
    except ValueError:
        return normalise_date(text, None, future)
    if not _WEEKDAY_WORD.search(text) and str(_PROXY_YEAR) not in text:
        value, kind = normalise_date(text, proxy, future)
        if value and (m := _PROXY_VALUE.match(value)):
            return "XXXX" + m[1], kind
    return normalise_date(text, None, future)


_TIME_WORDS = frozenset({*PARTS_OF_DAY, "gmt", "utc", "noon", "midday", "midnight", "am", "pm",
                         "a.m.", "p.m.", "tonight"})
_JOINERS = frozenset({"on", "at", "of"})


def _has_time(doc: Doc, start: int, end: int) -> bool:
    return any(t.lower_ in _TIME_WORDS or ":" in t.text or _is_military(t) for t in doc[start:end])


def _candidate_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of temporal candidates: DATE/TIME entities united with pattern matches; a
    time of day and its day (``midnight on Friday``, ``Monday at 3 pm``) make one range."""
    ranges = [(e.start, e.end) for e in doc.ents if e.label_ in _TEMPORAL_LABELS]
    for start, end in _matcher(doc.vocab)(doc):
        if any(doc[i].ent_type_ in _BLOCKING_LABELS and doc[i].lower_ not in _TZ_WORDS
               for i in range(start, end)):  # "GMT" is often tagged ORG
            continue
        ranges.append((start, end))
    ranges.sort()
    merged: list[list[int]] = []
    for start, end in ranges:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        elif (merged and ((start == merged[-1][1] + 1 and doc[start - 1].lower_ in _JOINERS)
                          or (start == merged[-1][1] and doc[start].lower_ in _JOINERS))
              and (_has_time(doc, *merged[-1]) or _has_time(doc, start, end))):
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def _is_anchor(token: Token) -> bool:
    lower = token.lower_
    return lower in _ANCHOR_WORDS or (
        _ANCHOR_TOKEN.match(lower) is not None and not lower.isalpha()
    ) or lower.rstrip(".") in MONTHS


def _tidy(doc: Doc, start: int, end: int) -> Iterable[tuple[int, int]]:
    """Trim a candidate range, extend it over ``since`` and hedges, and split coordinations
    (``Tuesday or Wednesday``) into their parts."""
    while start < end and (
        doc[start].lower_ in _TRIM_LEFT or doc[start].is_punct
        # "the April 15, 2013 bombing": the article belongs to the noun phrase
        or (doc[start].lower_ == "the" and start + 1 < end
            and doc[start + 1].lower_.rstrip(".") in MONTHS)
    ):
        start += 1
    while end > start and (doc[end - 1].lower_ in _TRIM_RIGHT or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return
    if end - 3 > start and end < len(doc) and doc[end].text == ")" \
            and doc[end - 3].text == "(" and doc[end - 1].lower_ in _TZ_WORDS:
        end += 1  # keep the bracket closing "2100 (0300 gmt)"
    while start > 0 and doc[start - 1].lower_ in _EXTEND_LEFT and (
        doc[start - 1].lower_ == "since" or doc[start].like_num
    ):
        start -= 1
    parts, part_start = [], start
    conversion_end = -1
    for i in range(start, end):
        if doc[i].text == "(" and i + 3 < end and doc[i + 3].text == ")" \
                and doc[i + 2].lower_ in _TZ_WORDS:
            conversion_end = i + 3  # "2100 (0300 gmt)": one time, restated in GMT
        if doc[i].lower_ in _SPLIT_WORDS and i > part_start and i > conversion_end:
            parts.append((part_start, i))
            part_start = i + 1
    parts.append((part_start, end))
    if len(parts) > 1 and not all(any(_is_anchor(doc[j]) or _is_military(doc[j])
                                      for j in range(a, b)) for a, b in parts):
        parts = [(start, end)]
    for a, b in parts:
        if a < b:
            yield a, b


def _is_age(span: Span) -> bool:
    """``22-year-old``, ``aged 15``, ``ten years old``: ages are not temporal references."""
    doc = span.doc
    nxt = [t.lower_ for t in doc[span.end: span.end + 2]]
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    lower = span.text.lower()
    return (
        lower.endswith("old") or nxt[:1] == ["old"] or nxt == ["-", "old"]
        or prev in ("aged", "age") or "year-old" in lower
    )


_NAMED_DAY_PREFIXES = frozenset({"bloody", "good", "black", "palm", "easter", "holy", "ash",
                                 "maundy", "super", "cyber"})


def _is_name(span: Span) -> bool:
    """A weekday used as part of a name: ``Sunday Times``, ``Bloody Sunday``, ``Good Friday``
    (also after a quote mark glued to the name: ``"Bloody Friday``)."""
    doc = span.doc
    if span[-1].lower_ in WEEKDAYS and span.end < len(doc):
        nxt = doc[span.end]
        if nxt.is_title and nxt.is_alpha and not _is_anchor(nxt) and nxt.pos_ == "PROPN":
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
_DAY_MONTH = re.compile(rf"^(?:the )?(?:\d{{1,2}} (?:of )?(?:{_MONTH_RE})|(?:{_MONTH_RE}) \d{{1,2}})$")
_NAME_MODIFIER_POS = frozenset({"PROPN", "NOUN", "ADJ"})
_BARE_CLOCK = re.compile(r"^\d{1,2}:\d\d$")
_NEWSPAPER_WORDS = frozenset({"daily", "weekly", "monthly", "fortnightly"})
_IDIOMS = re.compile(r"^(?:a |the )?(?:last|eleventh) (?:minute|second)$")


def _not_temporal(span: Span, cleaned: str) -> bool:
    """Date-like words that do not refer to a time: part of a group's or a place's name
    (``the 19 April Movement``, ``the 6 October Bridge``), a car's model year (``a 1977 Mercury
    Marquis``), a newspaper (``the opposition daily La Prensa``), a clip's length (``Watch video
    04:27``), ``a last-minute report``."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    if _IDIOMS.match(cleaned):
        return True
    if prev is not None and prev.lower_ in _DATE_PREPOSITIONS:
        return False  # "on 19 April militiamen ...": the date of an event
    if nxt is None:
        return False
    if _DAY_MONTH.match(cleaned):
        for tok in doc[span.end: span.end + 3]:
            lower = tok.lower_
            if lower in _NOT_DATES["group_nouns"]:
                after = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
                return after not in ("line", "lines", "-", "\u2013")  # "front line"
            if lower in _NOT_DATES["place_nouns"] and tok.is_title:
                return True
            if not tok.is_alpha or tok.pos_ not in _NAME_MODIFIER_POS or _is_anchor(tok):
                return False
        return False
    if _YEAR.match(cleaned):
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


def _heads_name(doc: Doc, i: int) -> bool:
    """Whether a proper name begins at token ``i`` and is a noun phrase's head, not a modifier
    of a common noun after it (``La Prensa said``, not ``U.S. air strikes``)."""
    j = i
    while j < len(doc) and j < i + 6 and (doc[j].pos_ == "PROPN" or (
            doc[j].text == "-" and j > i)):
        j += 1
    return j > i and (j == len(doc) or doc[j].pos_ not in ("NOUN", "PROPN"))


def _is_military(token: Token) -> bool:
    """A 24-hour clock reading such as ``0030`` in ``at 0030 today`` or ``2100 (0300 gmt)``."""
    if token.text not in _HHMM_SET:
        return False
    doc = token.doc
    prev = doc[token.i - 1].lower_ if token.i > 0 else ""
    nxt = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    if nxt in _TZ_WORDS or nxt == "(" or nxt in _DEICTIC_WORDS:
        return True
    return prev in _TIME_PREPOSITIONS and token.text not in _YEAR_SET


def _governing_verb(token: Token) -> Token | None:
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _verb_is_future(verb: Token, direct: bool = True) -> bool | None:
    """``True``/``False`` when the verb's form says future/past; ``None`` when it does not.

    ``direct``: the date modifies ``verb`` itself (``opens on Monday``), not a noun under it
    (``is angry about Monday's attack``); only then does a present tense mean a scheduled event.
    """
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_lowers = {a.lower_ for a in auxes}
    if aux_lowers & _FUTURE_AUX or "would" in aux_lowers or "'d" in aux_lowers:
        return True
    if "had" in aux_lowers:
        return False
    if any(a.lower_ in ("going", "due", "set", "expected", "scheduled") for a in auxes):
        return True
    if verb.lemma_ in _SCHEDULE_WORDS or verb.lower_ in _SCHEDULE_WORDS:
        return True
    if aux_lowers & {"has", "have", "had", "was", "were", "did"} or verb.tag_ in ("VBD", "VBN"):
        return False
    if verb.tag_ == "VBG":
        if aux_lowers & {"is", "are", "am", "'s", "'re", "'m"}:
            return True
        return None
    if verb.tag_ in ("VBZ", "VBP"):
        if not direct or verb.lemma_ in _REPORTING_VERBS or verb.lemma_ in _STATIVE_VERBS:
            return None
        return True
    if verb.tag_ == "VB":
        if aux_lowers & {"to"} and verb.head.i != verb.i:
            if verb.head.lemma_ in _INTENT_WORDS or verb.head.lower_ in _INTENT_WORDS:
                return True  # "due to arrive", "plans to hold", "vowed to retake"
            head = _governing_verb(verb.head)
            if head is not None and head.i != verb.i:
                if head.lemma_ in _INTENT_WORDS:
                    return True
                return _verb_is_future(head, direct=False)
        return None
    return None


def _points_forward(span: Span, headline_end: int = 0) -> bool:
    """Whether a weekday or month in ``span`` refers forward from the publication date.

    Before ``headline_end`` (the title line) a present tense is the headline's past
    (``Bomb kills 12 in Kabul on Tuesday``), not a schedule.
    """
    doc = span.doc
    words = {t.lower_ for t in span}
    if words & _FUTURE_WORDS:
        return True
    if words & _PAST_WORDS:
        return False
    root = span.root
    while root.dep_ in ("conj", "appos") and root.head.i < root.i:
        root = root.head
    first_i = min(root.i, span.start)
    before = [doc[i].lower_ for i in range(max(first_i - 3, 0), first_i)]
    if before[-1:] == ["for"] or set(before[-2:]) & (_FUTURE_WORDS | _SCHEDULE_WORDS):
        return True
    # "said on Monday it will ...": the parser often hangs the date on the reported verb
    reporting = first_i - (2 if before[-1:] == ["on"] else 1)
    if reporting >= 0 and doc[reporting].tag_ == "VBD":
        return False
    verb = _governing_verb(root)
    if verb is None:
        return False
    head = root.head
    direct = head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i)
    if span.start_char < headline_end:
        direct = False
    return bool(_verb_is_future(verb, direct=direct))


_HHMM = re.compile(r"^([01]\d|2[0-3])[0-5]\d\b")
_GLUED_END = re.compile(r"(?<=[0-9a-z])\.?[A-Z][a-z]+$")
_GLUED_START = re.compile(r"^[A-Za-z]*[a-z](?=[A-Z][a-z]*$)")


def _glue_trim(span: Span) -> tuple[int, int]:
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


_DIRECTIONAL = re.compile(rf"\b(?:{_WEEKDAY_RE}|{_MONTH_RE}|{'|'.join(SEASONS)}|weekend)\b")


def extract_dates(doc: Doc) -> list[DateMention]:
    """Return the temporal expressions of ``doc`` with their TIMEX3-style values.

    The anchor is ``doc._.published``; when it is ``None`` a dateline naming a full date supplies
    it (and is stored on ``doc._.published`` for the components that run later): the article's
    dateline given on ``doc._.dateline``, else one at the top of the doc.
    """
    published = doc._.published
    if isinstance(published, dt.datetime):
        published = published.date()
    elif isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published[:10])
        except ValueError:
            published = None
    # Doc.text joins every token on each access: read only the head of the doc, and span texts.
    head = doc[:80].text
    headline_end = head.find("\n", 0, 300)
    yearless: tuple[int, int] | None = None
    if published is None:
        stated = doc._.dateline or dateline_value(doc[:160].text)
        if stated and stated.startswith("XXXX"):
            yearless = (int(stated[5:7]), int(stated[8:10]))
        elif stated:
            published = doc._.published = dt.date.fromisoformat(stated)
    def normalise(span: Span, text: str) -> tuple[str | None, str]:
        future = bool(_DIRECTIONAL.search(text.lower())) and _points_forward(span, headline_end)
        phrase, clock, lead = text, span[0], text
        if clock.lower_ in _TIME_PREPOSITIONS and len(span) > 1:  # "since 1330 (1930 gmt)"
            clock, lead = span[1], text[span[1].idx - span.start_char:]
        # "at 1830", "before 0600", "1613 (2213 gmt)": a 24-hour clock time; "around 2015": a year
        if _HHMM.match(clock.text) and lead.startswith(clock.text) and (
                (clock.i > 0 and doc[clock.i - 1].lower_ == "at") or _is_military(clock)):
            phrase = f"at {lead}"
        if yearless:
            return normalise_date_yearless(phrase, *yearless, future=future)
        return normalise_date(phrase, published, future=future)

    found: list[DateMention] = []
    for start, end in _candidate_spans(doc):
        for a, b in _tidy(doc, start, end):
            span = doc[a:b]
            if not any(_is_anchor(t) or _is_military(t) for t in span) or _is_age(span) \
                    or _is_name(span):
                continue
            if in_skipped(doc, span.start_char, span.end_char):
                continue
            start_char, end_char = _glue_trim(span)
            text = span.text[start_char - span.start_char: end_char - span.start_char]
            cleaned = _clean(text)
            if _not_temporal(span, cleaned):
                continue
            value, kind = normalise(span, text)
            if value is None and kind == "date":
                # "the order of the month on saturday": keep the part that is understood
                inner = next((i for i in range(b - 2, a, -1) if doc[i].lower_ in ("on", "at")
                              and any(_is_anchor(t) for t in doc[i + 1:b])), None)
                if inner is not None:
                    span = doc[inner + 1:b]
                    start_char = span.start_char
                    text = span.text[: end_char - span.start_char]
                    value, kind = normalise(span, text)
            elif kind == "duration" and _ONE_DAY.match(cleaned) and (
                    (a > 0 and doc[a - 1].lower_ == "on")
                    or (b < len(doc) and doc[b].lower_ == "when")):
                value, kind = None, "date"  # "on a day when ...": a day, not a length of time
            found.append(DateMention(text=text, value=value, type=kind,
                                     start=start_char, end=end_char))
    found.extend(_glued_iso_dates(doc, found))
    found.sort(key=lambda m: (m.start, m.end))
    return found


_ONE_DAY = re.compile(r"^(?:a|an|one|a single) (?:day|night)$")
_GLUED_YEAR = re.compile(r"(?:1[89]|20)\d\d$")


def _glued_iso_dates(doc: Doc, found: list[DateMention]) -> list[DateMention]:
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
        extra.append(DateMention(text=text, value=value, type="date", start=start, end=end))
    return extra


class DateExtractor:
    """Pipeline component: stores :func:`extract_dates` results on ``doc._.dates``."""

    def __init__(self, nlp: Language) -> None:
        _matcher(nlp.vocab)  # compile the patterns once, up front

    def __call__(self, doc: Doc) -> Doc:
        doc._.dates = run_extractor(doc, "dates", extract_dates)
        return doc


@Language.factory(
    "conflict_dates",
    assigns=["doc._.dates", "doc._.published"],
    requires=[],
)
def make_date_extractor(nlp: Language, name: str) -> DateExtractor:
    """Factory for the ``conflict_dates`` component."""
    return DateExtractor(nlp)
