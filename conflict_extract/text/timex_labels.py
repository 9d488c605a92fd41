"""TIMEX3 values in words for people: ``XXXX-WXX-1`` becomes ``Monday (date unknown)``, ``P3W``
``3 weeks``, ``2016-W46`` ``week of 14 Nov 2016``.

The one home of readable dates: the dates component fills ``DateMention.label`` with
:func:`timex_label`, and the writers use it for a casualty's or event's bare ``date`` value (which
may be a range ``start/end``). JSON output keeps the TIMEX3 ``value`` unchanged.
"""

from __future__ import annotations

import datetime as dt
import re

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_PARTS_OF_DAY = {
    "MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night",
    "DT": "daytime",
}
_UNITS = {
    "Y": ("year", "years"), "M": ("month", "months"), "W": ("week", "weeks"), "D": ("day", "days"),
    "H": ("hour", "hours"), "MIN": ("minute", "minutes"), "S": ("second", "seconds"),
    "DE": ("decade", "decades"), "CE": ("century", "centuries"), "Q": ("quarter", "quarters"),
    "L": ("millennium", "millennia"), "WE": ("weekend", "weekends"),
}
_REFS = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}
UNKNOWN = "(date unknown)"
"""What a label says when the value needs a publication date the article did not give."""

_DURATION = re.compile(r"^P(?P<t>T?)(?P<n>\d+(?:\.\d+)?|X)(?P<unit>MIN|DE|CE|WE|[YMWDHSQL])$")
_DURATION_PART = re.compile(r"(?P<t>T)?(?P<n>\d+(?:\.\d+)?)(?P<unit>[YMWDHS])")
_COMPOUND = re.compile(r"^P(?:\d+(?:\.\d+)?[YMWD])*(?:T(?:\d+(?:\.\d+)?[HMS])*)?$")
_DAY = re.compile(r"^(?P<y>\d{4}|XXXX)-(?P<m>\d\d|XX)-(?P<d>\d\d|XX)(?:T(?P<t>.+))?$")
_WEEK = re.compile(
    r"^(?P<y>\d{4}|XXXX)-W(?P<w>\d\d|XX)(?:-(?P<d>[1-7]|WE))?(?:T(?P<t>.+))?$"
)
_MONTH = re.compile(r"^(?P<y>\d{4}|XXXX)-(?P<m>\d\d)$")
_SEASON = re.compile(r"^(?P<y>\d{4}|XXXX)-(?P<s>SP|SU|FA|AU|WI)$")
_QUARTER = re.compile(r"^(?P<y>\d{4}|XXXX)-(?P<p>Q|H)(?P<n>[1-4])$")


def timex_label(value: str | None, type_: str = "date", text: str | None = None) -> str:
    """The value in words: a day, week, month, season, year, duration, range or set.

    ``type_`` is the TIMEX3 type (``date``, ``time``, ``duration``, ``set``); ``text`` (the words
    as written) stands in when the value is unknown or unreadable, so a label is never empty:

    >>> timex_label("2016-12-05", "date", "Monday")
    'Monday 5 Dec 2016'
    >>> timex_label("XXXX-WXX-1", "date", "Monday")
    'Monday (date unknown)'
    >>> timex_label(None, "date", "this week")
    'this week (date unknown)'
    >>> timex_label("PXD", "duration", "recent days")
    'several days'
    >>> timex_label("2016-W46")
    'week of 14 Nov 2016'
    """
    if not value:
        return f"{text} {UNKNOWN}" if text else "date unknown"
    if "/" in value:
        return _range_label(value, text)
    if value in _REFS:
        return _REFS[value]
    if type_ == "set":
        return _set_label(value) or text or value
    label = _duration_label(value) if value.startswith("P") else _calendar_label(value)
    if label:
        return label
    if "X" in value:
        return f"{text} {UNKNOWN}" if text else ("a week " if "-W" in value else "") + UNKNOWN
    return text or value


def _short(day: dt.date) -> str:
    """``5 Dec 2016``."""
    return f"{day.day} {_MONTHS[day.month - 1][:3]} {day.year}"


def _day(day: dt.date) -> str:
    """``Monday 5 Dec 2016``."""
    return f"{_WEEKDAYS[day.weekday()]} {_short(day)}"


def _with_time(label: str, time: str | None) -> str:
    return f"{label}, {_PARTS_OF_DAY.get(time, time)}" if time else label


def _year(year: str) -> str:
    return "(year unknown)" if year == "XXXX" else year


def _calendar_label(value: str) -> str | None:
    """Days, weeks, months, quarters, halves, seasons, years, decades and centuries."""
    if match := _DAY.match(value):
        return _day_label(match)
    if match := _WEEK.match(value):
        return _week_label(match)
    if (match := _MONTH.match(value)) and 1 <= int(match["m"]) <= 12:
        return f"{_MONTHS[int(match['m']) - 1]} {_year(match['y'])}"
    if match := _SEASON.match(value):
        return f"{_SEASONS[match['s']]} {_year(match['y'])}"
    if match := _QUARTER.match(value):
        if match["p"] == "H" and match["n"] in "12":
            half = "first" if match["n"] == "1" else "second"
            return f"{half} half of {_year(match['y'])}"
        return f"Q{match['n']} {_year(match['y'])}" if match["p"] == "Q" else None
    if re.fullmatch(r"\d{4}", value):
        return value
    if decade := re.fullmatch(r"(\d{3})X?", value):
        return f"the {decade[1]}0s"
    if re.fullmatch(r"\d{2}", value):
        return f"the {value}00s"
    return None


def _day_label(match: re.Match) -> str | None:
    if match["m"] == "XX" or match["d"] == "XX":
        return None
    month, day = int(match["m"]), int(match["d"])
    if match["y"] == "XXXX":
        if not 1 <= month <= 12:
            return None
        return f"{_with_time(f'{day} {_MONTHS[month - 1][:3]}', match['t'])} (year unknown)"
    try:
        return _with_time(_day(dt.date(int(match["y"]), month, day)), match["t"])
    except ValueError:
        return None


def _week_label(match: re.Match) -> str | None:
    weekday = _WEEKDAYS[int(match["d"]) - 1] if match["d"] not in (None, "WE") else None
    if match["y"] == "XXXX" or match["w"] == "XX":
        return f"{_with_time(weekday, match['t'])} {UNKNOWN}" if weekday else None
    try:
        monday = dt.date.fromisocalendar(int(match["y"]), int(match["w"]), 1)
    except ValueError:
        return None
    if weekday:
        return _with_time(_day(monday + dt.timedelta(days=int(match["d"]) - 1)), match["t"])
    if match["d"] == "WE":
        return f"weekend of {_short(monday + dt.timedelta(days=5))}"
    return f"week of {_short(monday)}"


def _unit_words(number: str, unit: str, in_time: bool) -> str:
    singular, plural = _UNITS["MIN" if in_time and unit == "M" else unit]
    if number == "X":
        return f"several {plural}"
    number = number.removesuffix(".0")
    return f"{number} {singular if number == '1' else plural}"


def _duration_label(value: str) -> str | None:
    """``P3W`` -> ``3 weeks``, ``PXD`` -> ``several days``, ``P2Y6M`` -> ``2 years 6 months``."""
    if match := _DURATION.match(value):
        return _unit_words(match["n"], match["unit"], bool(match["t"]))
    if value == "P" or not _COMPOUND.match(value):
        return None
    in_time, words = False, []
    for part in _DURATION_PART.finditer(value):
        in_time = in_time or bool(part["t"])
        words.append(_unit_words(part["n"], part["unit"], in_time))
    return " ".join(words) or None


def _set_label(value: str) -> str | None:
    """``P1D`` -> ``every day``, ``XXXX-WXX-5`` -> ``every Friday``."""
    if match := _DURATION.match(value):
        words = _unit_words(match["n"], match["unit"], bool(match["t"]))
        return f"every {words.removeprefix('1 ')}"
    if (match := _WEEK.match(value)) and match["d"] not in (None, "WE"):
        return f"every {_with_time(_WEEKDAYS[int(match['d']) - 1], match['t'])}"
    if match := re.fullmatch(r"XXXX-XX-XXT(\w\w)", value):
        return f"every {_PARTS_OF_DAY.get(match[1], match[1])}"
    return None


def _range_label(value: str, text: str | None) -> str:
    start, _, end = value.partition("/")
    if start in ("", "..") and end:
        return f"until {timex_label(end)}"
    if end in ("", "..") and start:
        return f"from {timex_label(start)}"
    first, last = _DAY.match(start), _DAY.match(end)
    if first and last and "X" not in value and not first["t"] and not last["t"]:
        try:
            return _day_range(dt.date.fromisoformat(start), dt.date.fromisoformat(end))
        except ValueError:
            return text or value
    return f"{timex_label(start)} – {timex_label(end)}" if start and end else (text or value)


def _day_range(first: dt.date, last: dt.date) -> str:
    if first == last:
        return _day(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {_MONTHS[last.month - 1][:3]} {last.year}"
    if first.year == last.year:
        return f"{first.day} {_MONTHS[first.month - 1][:3]} – {_short(last)}"
    return f"{_short(first)} – {_short(last)}"
