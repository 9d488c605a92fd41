"""The value of a cleaned phrase that holds no clock time: absolute dates, relative references
resolved against the anchor date, durations and sets."""

from __future__ import annotations

import datetime as dt
import re

from conflict_extract.components.dates.arithmetic import (
    day_month_year,
    duration_value,
    expand_year,
    month_value,
    month_year,
    parse_number,
    plausible_year,
    resolve_season,
    resolve_weekday,
    resolve_weekend,
    shift_date,
    weekday_year,
)
from conflict_extract.components.dates.holidays import holiday_value
from conflict_extract.components.dates.phrases import (
    ABSOLUTE,
    AGO,
    ANAPHORIC_SHIFT,
    CENTURY,
    DECADE,
    DURATION,
    HALF,
    ISO,
    NUMERIC_DATE,
    PERIOD,
    RATE,
    RECENT,
    SEASON_YEAR,
    SET,
    SET_OF_DAYS,
    THIS,
    YEAR,
)
from conflict_extract.components.dates.quarters import quarter_length, quarter_value
from conflict_extract.components.dates.vocabulary import (
    DEICTIC_DAYS,
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    SET_ADVERBS,
    UNIT_FORMS,
    WEEKDAYS,
)

Reading = tuple[str | None, str] | None
"""A reader's answer: ``(value, type)``, ``None`` when the phrase is known not to be understood."""
_PASS = object()
"""A reader's answer when the phrase is not of its kind: the next reader tries."""


def anchor_value(s: str, pub: dt.date | None, future: bool | None,
                 reference: str | None = None) -> Reading:
    """Normalise a cleaned phrase with no clock time or part of day; ``None`` when unknown.

    ``pub`` is the anchor date; ``future`` says a weekday, month or season points forward
    (``None``: the tense is unknown); ``reference`` is the story's last resolved value."""
    how_default = _how(future)
    for reading in (
        lambda: _numeric_date(s),
        lambda: _set_value(s),
        lambda: _quarter_or_holiday(s, pub, how_default, reference),
        lambda: _relative_value(s, pub),
        lambda: _this_value(s, pub, how_default),
        lambda: _period_value(s),
        lambda: _calendar_value(s, pub, future, how_default),
        lambda: _duration_of(s),
    ):
        answer = reading()
        if answer is not _PASS:
            return answer
    return None


def _how(future: bool | None) -> str:
    """The direction word for a tense: ``future``, ``past`` or ``nearest`` (unknown)."""
    return "nearest" if future is None else "future" if future else "past"


def _quarter_or_holiday(s: str, pub: dt.date | None, how: str, reference: str | None) -> Reading:
    """``the third quarter``, ``the year-earlier quarter``, ``Christmas``, ``Eid al-Fitr 2016``."""
    if value := quarter_length(s):
        return value, "duration"
    if value := quarter_value(s, pub, reference):
        return value, "date"
    if value := holiday_value(s, pub, how):
        return value, "date"
    return _PASS


def _numeric_date(s: str) -> Reading:
    """``2016-12-05``, ``2016-12``, ``5/12/2016`` (day and month told apart when one is > 12)."""
    if m := ISO.match(s):
        value = f"{m['y']}-{m['m']}" + (f"-{m['d']}" if m["d"] else "")
        return value, "date"
    if m := NUMERIC_DATE.match(s):
        a, b = int(m["a"]), int(m["b"])
        year = int(m["y"]) if len(m["y"]) == 4 else expand_year(int(m["y"]))
        if a > 12 >= b:
            a, b = b, a
        elif not (b > 12 >= a):
            return None, "date"
        try:
            return dt.date(year, a, b).isoformat(), "date"
        except ValueError:
            return None, "date"
    return _PASS


def _set_value(s: str) -> Reading:
    """Sets: ``daily``, ``every Friday``, ``twice a week``, ``500 a day``."""
    if s in SET_ADVERBS:
        return SET_ADVERBS[s], "set"
    if m := SET_OF_DAYS.match(s):  # "each July", "mondays", "tuesday nights"
        if m["month"]:
            return f"XXXX-{MONTHS[m['month']]:02d}", "set"
        day = WEEKDAYS[m["day"] or m["days"][:-1]]
        part = f"T{PARTS_OF_DAY[m['part'][:-1]]}" if m["part"] else ""
        return f"XXXX-WXX-{day}{part}", "set"
    if s in ("every quarter", "each quarter"):
        return "P1Q", "set"
    if m := SET.match(s):
        what = m["what"]
        if what in WEEKDAYS:
            return f"XXXX-WXX-{WEEKDAYS[what]}", "set"
        if what in PARTS_OF_DAY:
            return f"XXXX-XX-XXT{PARTS_OF_DAY[what]}", "set"
        unit = UNIT_FORMS[what]
        return duration_value(2 if m["other"] else 1, unit, False), "set"

    if m := RATE.match(s):  # "one a minute", "500 a day": a rate
        return duration_value(1, UNIT_FORMS[m["u"]], False), "set"
    return _PASS


def _relative_value(s: str, pub: dt.date | None) -> Reading:
    """Shifts from the anchor: ``three weeks ago``, ``days later``, ``yesterday``, ``now``."""
    if m := AGO.match(s):
        n = parse_number(m["n"])
        unit = UNIT_FORMS[m["u"]]
        if n is None:
            return None
        sign = -1 if m["rel"] in ("ago", "before now") else 1
        if n == "X" or (n == 1 and m["u"] != unit and not m["n"]):
            return ("PAST_REF" if sign < 0 else "FUTURE_REF"), "date"
        if pub is None or isinstance(n, str):
            return None, "date"
        return shift_date(pub, sign * n, unit), "date"

    if m := ANAPHORIC_SHIFT.match(s):
        n = parse_number(m["n"])
        if n is not None and m["rel"] != "old":
            return duration_value(n, UNIT_FORMS[m["u"]], m["u"] != UNIT_FORMS[m["u"]]), "duration"
    if m := RECENT.match(s):
        unit = UNIT_FORMS[m["u"] or m["u2"]]
        return duration_value("X", unit, True), "duration"

    if s in DEICTIC_DAYS:
        if pub is None:
            return None, "date"
        return (pub + dt.timedelta(days=DEICTIC_DAYS[s])).isoformat(), "date"
    if s in ("the day before yesterday", "day before yesterday"):
        return (None if pub is None else (pub - dt.timedelta(days=2)).isoformat()), "date"
    if s in ("the day after tomorrow", "day after tomorrow"):
        return (None if pub is None else (pub + dt.timedelta(days=2)).isoformat()), "date"
    if s in ("now", "the moment", "currently", "present", "the present"):
        return "PRESENT_REF", "date"
    return _PASS


_THIS_ERA = re.compile(r"^(?P<rel>this|last|next) (?P<what>decade|century)$")


def _this_value(s: str, pub: dt.date | None, how_default: str) -> Reading:
    """``this week``, ``last Monday``, ``next month``, ``that winter``, ``this century``."""
    if (m := _THIS_ERA.match(s)) and pub is not None:
        step = {"this": 0, "last": -1, "next": 1}[m["rel"]]
        return shift_date(pub, step, m["what"]), "date"
    if m := THIS.match(s):
        rel, what = m["rel"], m["what"]
        how = {"this": "this", "last": "last", "past": "last", "next": "next", "coming": "next",
               "that": how_default}[rel]
        if what in WEEKDAYS:
            return resolve_weekday(pub, WEEKDAYS[what], how), "date"
        if what in SEASONS:
            return resolve_season(pub, what, how), "date"
        if pub is None or rel == "that":
            if what in MONTHS:
                return f"XXXX-{MONTHS[what]:02d}", "date"
            return None, "date"
        if what in MONTHS:
            return month_value(month_year(pub, MONTHS[what], how), MONTHS[what]), "date"
        step = {"this": 0, "last": -1, "next": 1}[how]
        if what == "weekend":
            return resolve_weekend(pub, how), "date"
        return shift_date(pub, step, what), "date"
    return _PASS


def _period_value(s: str) -> Reading:
    """``the past three weeks``, ``the next few days``: a length of time."""
    if m := PERIOD.match(s):
        unit = UNIT_FORMS[m["u"]]
        plural = m["u"] != unit
        rel = m["rel"]
        n = parse_number(m["n"] or "")
        if n is None:
            return None
        if m["n"] is None and not plural:
            if not m["the"] and unit in ("minute", "hour", "day", "night", "second"):
                return None, "date"  # "last-minute", "past day"
            if rel in ("next", "following", "previous", "preceding", "first", "final", "latest") \
                    and m["the"]:
                return None, "date"  # "the next day": anaphoric, relative to a narrated event
        if rel in ("first", "final", "latest") and not m["n"] and not plural:
            return None, "date"  # "the first week": which one depends on what it begins
        return duration_value(n, unit, plural), "duration"
    return _PASS


def _calendar_value(s: str, pub: dt.date | None, future: bool, how_default: str) -> Reading:
    """Named calendar units: ``5 December``, ``2016``, ``the 1990s``, ``the 19th century``,
    ``summer 2015``, ``the second quarter``, ``Monday``, ``the weekend``."""
    if m := ABSOLUTE.match(s):
        return _absolute(m, pub, future)
    if m := YEAR.match(s):
        return m["y"], "date"
    if m := DECADE.match(s):
        return m["d"], "date"
    if (m := CENTURY.match(s)) and 1 <= int(m["n"]) <= 21:
        return f"{int(m['n']) - 1:02d}", "date"
    if m := SEASON_YEAR.match(s):
        return f"{m['y']}-{SEASONS[m['s']]}", "date"
    if (season := s.removeprefix("the ")) in SEASONS:
        return resolve_season(pub, season, how_default), "date"
    if m := HALF.match(s):
        code = "H" if m["u"] == "half" else "Q"
        index = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
                 "4th": 4, "last": 2 if code == "H" else 4}[m["n"]]
        if code == "H" and index > 2:
            return None
        year = m["y"] or (str(pub.year) if pub else "XXXX")
        return f"{year}-{code}{index}", "date"
    if s in WEEKDAYS:
        return resolve_weekday(pub, WEEKDAYS[s], how_default), "date"
    if s in ("the weekend", "weekend"):
        return (resolve_weekend(pub, how_default) if pub else None), "date"
    return _PASS


_THE_NUMBER = re.compile(r"^(?:the|its|their|those|these) (?=\S)")
"""``the nine months``, ``the two day rally``: a determiner before a number of units keeps the
length."""


def _duration_of(s: str) -> Reading:
    """``three weeks``, ``two and a half years``; a bare ``day`` has no length."""
    if m := DURATION.match(s):
        number = m["n"]
        if m["u"] != UNIT_FORMS[m["u"]] or not re.search(r"\d", number):
            number = _THE_NUMBER.sub("", number)  # not "the 20 century" (from "20th")
        n = parse_number(number)
        if not m["n"] and m["u"] == UNIT_FORMS[m["u"]]:
            return None, "duration"  # a bare "day", "the night": no length stated
        if n is not None:
            unit = UNIT_FORMS[m["u"]]
            return duration_value(n, unit, m["u"] != unit), "duration"
    return None


_CALENDAR_VALUE = re.compile(r"^(?:\d{4}|XXXX)(?:$|-)|^\d{2,3}$")


def is_calendar_value(value: str | None) -> bool:
    """Whether a date/time ``value`` names a place on the calendar (``2016-12-05``, ``2016-W49``,
    ``XXXX-WXX-1``, ``2011``, ``199`` for the 1990s), as opposed to the vague TIMEX3 tokens
    ``PAST_REF``, ``PRESENT_REF`` and ``FUTURE_REF`` (``several weeks ago``, ``now``), which are
    right for a date mention but say nothing about when an event happened."""
    return bool(value) and _CALENDAR_VALUE.match(value) is not None



def _absolute(m: re.Match, pub: dt.date | None, future: bool | None) -> tuple[str | None, str]:
    """``5 December``, ``Dec. 5, 2016``, ``March``: a year-less date takes its year from ``pub``
    and the tense (``future`` ``None``: the closest to ``pub``)."""
    month = MONTHS[m["mon"]]
    day_text, year_text = m["d1"] or m["d2"], m["y"]
    if m["d1"] and m["d2"] and not year_text:
        year_text = m["d2"]  # "3 jan 90"
    if day_text and not year_text and int(day_text) > 31:
        day_text, year_text = None, day_text
    day = int(day_text) if day_text else None
    if year_text:
        yy = year_text.lstrip("'")
        year: int | None = int(yy) if len(yy) == 4 else expand_year(int(yy))
    elif pub is not None and day and m["wd"] and (
            named := weekday_year(pub, month, day, WEEKDAYS[m["wd"]])):
        year = named
    elif pub is not None:
        year = (day_month_year(pub, month, day, future) if day
                else month_year(pub, month, _how(future)))
        year = plausible_year(pub, year, month, day or 15, tensed=future is not None)
    else:
        year = None
    if day is None:
        return (f"XXXX-{month:02d}" if year is None else month_value(year, month)), "date"
    if not 1 <= day <= 31:
        return None, "date"
    if year is None:
        return f"XXXX-{month:02d}-{day:02d}", "date"
    try:
        return dt.date(year, month, day).isoformat(), "date"
    except ValueError:
        return None, "date"

