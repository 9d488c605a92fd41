"""Dates in words for people (``Monday 5 Dec 2016``, ``Monday (date unknown)``, ``3 weeks``):
the readable form every table and CSV shows instead of a raw TIMEX3 value."""

from __future__ import annotations

import datetime as dt
import re

from conflict_extract.components.dates.vocabulary import WEEKDAYS

_WEEKDAY_NAMES = {n: w.capitalize() for w, n in WEEKDAYS.items()}
_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
_PART_NAMES = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_UNIT_NAMES = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "S": "second",
               "Q": "quarter", "DE": "decade", "CE": "century", "L": "millennium", "WE": "weekend"}
_REFS = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}
_DATE = re.compile(r"^(?P<y>\d{4}|XXXX)-(?P<m>\d\d|XX)-(?P<d>\d\d|XX)(?:T(?P<t>[\w:]+))?$")
_DURATION = re.compile(r"^P(?P<t>T)?(?P<n>[\dX.]+)(?P<u>[A-Z]{1,2})$")
_COMPOUND = re.compile(r"^P(?:\d+(?:Y|M|W|D))*(?:T(?:\d+(?:H|M|S))*)?$")
_PART = re.compile(r"(?P<t>T)?(?P<n>\d+)(?P<u>[YMWDHS])")
_WEEK = re.compile(r"^(?P<y>\d{4})-W(?P<w>\d\d)(?P<we>-WE)?$")
_WEEKDAY_ONLY = re.compile(r"^XXXX-WXX-(?P<n>[1-7])(?:T(?P<t>[\w:]+))?$")


def date_label(value: str | None, type: str, text: str) -> str:
    """The value of a date mention in words (``type`` is ``date``, ``time``, ``duration`` or
    ``set``; ``text`` the words it was read from):

    >>> date_label("2016-12-05", "date", "Monday")
    'Monday 5 Dec 2016'
    >>> date_label("XXXX-WXX-1", "date", "Monday")
    'Monday (date unknown)'
    >>> date_label(None, "date", "this week")
    'this week (date unknown)'
    >>> date_label("P3W", "duration", "three weeks")
    '3 weeks'
    >>> date_label("2016-W46", "date", "last week")
    'week of 14 Nov 2016'
    """
    if not value:
        return f"{text} (date unknown)"
    if value in _REFS:
        return _REFS[value]
    if type == "set":
        return _set_label(value) or text
    if m := _DURATION.match(value):
        return _duration_label(m)
    if _COMPOUND.match(value):
        return _compound_label(value)
    return _calendar_label(value) or f"{text} (date unknown)"


def _short(day: dt.date) -> str:
    return f"{day.day} {_MONTH_NAMES[day.month - 1][:3]} {day.year}"


def _day_label(day: dt.date) -> str:
    return f"{_WEEKDAY_NAMES[day.isoweekday()]} {_short(day)}"


def _time_label(code: str | None) -> str:
    return "" if not code else f", {_PART_NAMES.get(code, code)}"


def _calendar_label(value: str) -> str | None:
    """Calendar values: days, weeks, months, quarters, seasons, years, decades, centuries."""
    if m := _DATE.match(value):
        if m["y"] == "XXXX" or m["m"] == "XX" or m["d"] == "XX":
            known = f"{int(m['d'])} {_MONTH_NAMES[int(m['m']) - 1][:3]}" \
                if m["m"] != "XX" and m["d"] != "XX" else "day"
            return f"{known}{_time_label(m['t'])} (year unknown)" if m["m"] != "XX" \
                else f"{_time_label(m['t'])[2:] or known} (date unknown)"
        return _day_label(dt.date(int(m["y"]), int(m["m"]), int(m["d"]))) + _time_label(m["t"])
    if m := _WEEKDAY_ONLY.match(value):
        return f"{_WEEKDAY_NAMES[int(m['n'])]}{_time_label(m['t'])} (date unknown)"
    if m := _WEEK.match(value):
        monday = dt.date.fromisocalendar(int(m["y"]), int(m["w"]), 1)
        if m["we"]:
            return f"weekend of {_short(monday + dt.timedelta(days=5))}"
        return f"week of {_short(monday)}"
    if m := re.fullmatch(r"(\d{4}|XXXX)-(\d\d)", value):
        year = "(year unknown)" if m[1] == "XXXX" else m[1]
        return f"{_MONTH_NAMES[int(m[2]) - 1]} {year}"
    if m := re.fullmatch(r"(\d{4}|XXXX)-(Q|H)([1-4X])", value):
        part = f"Q{m[3]}" if m[2] == "Q" else f"{'first' if m[3] == '1' else 'second'} half of"
        return f"{part} {'(year unknown)' if m[1] == 'XXXX' else m[1]}"
    if m := re.fullmatch(r"(\d{4}|XXXX)-(SP|SU|FA|WI)", value):
        return f"{_SEASON_NAMES[m[2]]} {'(year unknown)' if m[1] == 'XXXX' else m[1]}"
    if re.fullmatch(r"\d{4}", value):
        return value
    if re.fullmatch(r"\d{3}", value):
        return f"the {value}0s"
    if re.fullmatch(r"\d{2}", value):
        return f"the {value}00s"
    return None


def _duration_label(m: re.Match) -> str:
    unit = _UNIT_NAMES.get("M" if m["t"] and m["u"] == "M" else m["u"], m["u"].lower())
    if m["t"] and m["u"] == "M":
        unit = "minute"
    if m["n"] == "X":
        return f"several {_plural(unit)}"
    n = m["n"]
    return f"{n} {unit if n == '1' else _plural(unit)}"


def _compound_label(value: str) -> str:
    """``P2Y6M`` -> ``2 years 6 months``, ``PT5H30M`` -> ``5 hours 30 minutes``."""
    words, in_time = [], False
    for m in _PART.finditer(value):
        in_time = in_time or bool(m["t"]) or value.startswith("PT")
        unit = "minute" if in_time and m["u"] == "M" else _UNIT_NAMES[m["u"]]
        words.append(f"{m['n']} {unit if m['n'] == '1' else _plural(unit)}")
    return " ".join(words)


def _plural(unit: str) -> str:
    return {"century": "centuries", "millennium": "millennia"}.get(unit, unit + "s")


def _set_label(value: str) -> str | None:
    if m := _DURATION.match(value):
        unit = "minute" if m["t"] and m["u"] == "M" else _UNIT_NAMES.get(m["u"], m["u"].lower())
        return f"every {unit}" if m["n"] == "1" else f"every {m['n']} {_plural(unit)}"
    if m := _WEEKDAY_ONLY.match(value):
        return f"every {_WEEKDAY_NAMES[int(m['n'])]}"
    if m := re.fullmatch(r"XXXX-XX-XXT(\w\w)", value):
        return f"every {_PART_NAMES.get(m[1], m[1])}"
    return None
