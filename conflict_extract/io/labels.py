"""Dates in words for people: ``XXXX-WXX-1`` becomes ``Monday (date unknown)``, ``P3W`` ``3 weeks``.

The writers prefer a :class:`~conflict_extract.models.DateMention`'s own ``label``; :func:`label_for`
is the fallback when a mention carries none, and the one way a casualty's or event's bare TIMEX3
``date`` value is put into words. JSON output keeps the TIMEX3 ``value`` unchanged.
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
_PARTS_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night"}
_UNITS = {
    "Y": ("year", "years"), "M": ("month", "months"), "W": ("week", "weeks"), "D": ("day", "days"),
    "H": ("hour", "hours"), "MIN": ("minute", "minutes"), "S": ("second", "seconds"),
    "DE": ("decade", "decades"), "CE": ("century", "centuries"), "Q": ("quarter", "quarters"),
}
_REFS = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}
UNKNOWN = "(date unknown)"
"""What a label says when the value needs a publication date the article did not give."""

_DURATION = re.compile(r"^P(T?)(?P<n>\d+(?:\.\d+)?|X)(?P<unit>MIN|DE|CE|[YMWDHSQ])$")
_DAY = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<t>.+))?$")
_WEEK = re.compile(r"^(?P<y>\d{4}|XXXX)-W(?P<w>\d{2}|XX)(?:-(?P<d>[1-7]))?(?:T(?P<t>.+))?$")
_MONTH = re.compile(r"^(?P<y>\d{4}|XXXX)-(?P<m>\d{2})$")
_SEASON = re.compile(r"^(?P<y>\d{4}|XXXX)-(?P<s>SP|SU|FA|AU|WI)$")
_QUARTER = re.compile(r"^(?P<y>\d{4})-Q(?P<q>[1-4])$")
_YEAR = re.compile(r"^(?P<y>\d{4})$")
_DECADE = re.compile(r"^(?P<d>\d{3})X$")


def day_label(day: dt.date, weekday: bool = True) -> str:
    """``Monday 5 Dec 2016`` (``5 Dec 2016`` without the weekday)."""
    text = f"{day.day} {_MONTHS[day.month - 1][:3]} {day.year}"
    return f"{_WEEKDAYS[day.weekday()]} {text}" if weekday else text


def label_for(value: str | None, type_: str = "date", text: str | None = None) -> str:
    """The value in words: a day, week, month, season, year, duration, range or set.

    ``text`` (the words as written) stands in when the value is unknown or unreadable, so a label
    is never empty: ``this week`` without a publication date gives ``this week (date unknown)``.
    """
    if not value:
        return f"{text} {UNKNOWN}" if text else "date unknown"
    if "/" in value:
        return _range_label(value, text)
    if type_ == "set" and value.startswith("P"):
        words = _duration_label(value)
        return f"every {words.removeprefix('1 ')}" if words else (text or value)
    label = _duration_label(value) if value.startswith("P") else _point_label(value)
    if label is None:
        return text or value
    return label


def _duration_label(value: str) -> str | None:
    match = _DURATION.match(value)
    if match is None:
        return None
    unit = "MIN" if match["unit"] == "M" and match.group(1) else match["unit"]
    singular, plural = _UNITS[unit]
    if match["n"] == "X":
        return f"several {plural}"
    number = match["n"].removesuffix(".0")
    return f"{number} {singular if number == '1' else plural}"


def _point_label(value: str) -> str | None:
    if value in _REFS:
        return _REFS[value]
    if match := _DAY.match(value):
        try:
            day = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            return None
        return _with_time(day_label(day), match["t"])
    if match := _WEEK.match(value):
        return _week_label(match)
    if match := _MONTH.match(value):
        month = _MONTHS[int(match["m"]) - 1] if 1 <= int(match["m"]) <= 12 else None
        if month is None:
            return None
        return f"{month} (year unknown)" if match["y"] == "XXXX" else f"{month} {match['y']}"
    if match := _SEASON.match(value):
        season = _SEASONS[match["s"]]
        return f"{season} (year unknown)" if match["y"] == "XXXX" else f"{season} {match['y']}"
    if match := _QUARTER.match(value):
        return f"Q{match['q']} {match['y']}"
    if match := _YEAR.match(value):
        return match["y"]
    if match := _DECADE.match(value):
        return f"the {match['d']}0s"
    return None


def _week_label(match: re.Match) -> str | None:
    weekday = _WEEKDAYS[int(match["d"]) - 1] if match["d"] else None
    if match["y"] == "XXXX" or match["w"] == "XX":
        label = f"{weekday} {UNKNOWN}" if weekday else f"a week {UNKNOWN}"
        return _with_time(label, match["t"])
    try:
        monday = dt.date.fromisocalendar(int(match["y"]), int(match["w"]), 1)
    except ValueError:
        return None
    if weekday:
        day = monday + dt.timedelta(days=int(match["d"]) - 1)
        return _with_time(day_label(day), match["t"])
    return f"week of {day_label(monday, weekday=False)}"


def _with_time(label: str, time: str | None) -> str:
    if not time:
        return label
    if time in _PARTS_OF_DAY:
        return f"{label}, {_PARTS_OF_DAY[time]}"
    return f"{label} {time}"


def _range_label(value: str, text: str | None) -> str:
    start, _, end = value.partition("/")
    if start in ("", "..") and end:
        return f"until {label_for(end)}"
    if end in ("", "..") and start:
        return f"from {label_for(start)}"
    first, last = _DAY.match(start), _DAY.match(end)
    if first and last and not first["t"] and not last["t"]:
        return _day_range(dt.date.fromisoformat(start), dt.date.fromisoformat(end))
    return f"{label_for(start)} – {label_for(end)}" if start and end else (text or value)


def _day_range(first: dt.date, last: dt.date) -> str:
    if first == last:
        return day_label(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {_MONTHS[last.month - 1][:3]} {last.year}"
    if first.year == last.year:
        return f"{first.day} {_MONTHS[first.month - 1][:3]} – {day_label(last, weekday=False)}"
    return f"{day_label(first, weekday=False)} – {day_label(last, weekday=False)}"


def missing_published_note(missing: int, total: int) -> str | None:
    """The one stderr line when articles had no publication date; ``None`` when all had one."""
    if not missing:
        return None
    which = "The article has" if total == 1 else f"{missing} of {total} articles have"
    return (
        f"{which} no publication date, so relative dates (Monday, last week) stay unresolved: "
        'pass --published YYYY-MM-DD, or a "published" field on each JSONL line.'
    )
