"""TIMEX3 date values as day intervals, and the arithmetic events need on them.

An :data:`Interval` is ``(first day, last day)``; either end may be ``None`` (open). Durations
(``P3W``, ``PXD``) are not intervals but a number of days (:func:`duration_days`).
"""

from __future__ import annotations

import datetime as dt
import re

ADJACENT_DAYS = 1
"""Date intervals this many days apart still count as adjacent (a toll updated the next day)."""

_DURATION = re.compile(r"^P(\d+|X)([DWMY])$")
_DAYS_PER_UNIT = {"D": 1, "W": 7, "M": 30, "Y": 365}
_VAGUE_DURATION_UNITS = 3
"""``the past few days`` (``PXD``) is taken as this many units."""

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-(\d|WE))?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

Interval = tuple[dt.date | None, dt.date | None]


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def value_interval(value: str | None) -> Interval | None:
    """The first and last day a TIMEX3 date value (or ISO range ``a/b``, ``..`` open) covers.

    ``None`` for durations, underspecified values (``XXXX-WXX-1``) and anything unreadable.

    >>> value_interval("2016-W49")
    (datetime.date(2016, 12, 5), datetime.date(2016, 12, 11))
    """
    if not value:
        return None
    if "/" in value:
        left, right = value.split("/", 1)
        a = value_interval(left) if left not in ("", "..") else None
        b = value_interval(right) if right not in ("", "..") else None
        if a is None and b is None:
            return None
        return (a[0] if a else None, b[1] if b else None)
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3] == "WE":
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            if m[3]:
                day = monday + dt.timedelta(days=int(m[3]) - 1)
                return day, day
            return monday, monday + dt.timedelta(days=6)
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            return dt.date(year, month, 1), _month_end(year, month)
        if m := _SEASON.match(value):
            year = int(m[1])
            first, last = _SEASON_MONTHS[m[2]]
            end_year = year + 1 if last < first else year
            return dt.date(year, first, 1), _month_end(end_year, last)
        if m := _YEAR.match(value):
            year = int(m[1])
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None
    return None


def duration_days(value: str | None) -> int | None:
    """Days a TIMEX3 duration (``P3W``; ``PXD`` a few days) spans; ``None`` for anything else."""
    m = _DURATION.match(value or "")
    if not m:
        return None
    n = _VAGUE_DURATION_UNITS if m[1] == "X" else int(m[1])
    return n * _DAYS_PER_UNIT[m[2]]


def interval_text(interval: Interval) -> str:
    """An interval as a TIMEX3 day or an ISO range ``start/end`` (``..`` for an open end)."""
    start, end = interval
    if start is not None and start == end:
        return start.isoformat()
    return f"{start.isoformat() if start else '..'}/{end.isoformat() if end else '..'}"


def gap_days(a: Interval, b: Interval) -> int:
    """Days between two intervals (0 when they overlap); open ends reach everything."""
    a_start, a_end = a
    b_start, b_end = b
    if a_end is not None and b_start is not None and a_end < b_start:
        return (b_start - a_end).days
    if b_end is not None and a_start is not None and b_end < a_start:
        return (a_start - b_end).days
    return 0
