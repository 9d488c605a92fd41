"""Anaphoric expressions resolved against the story's reference time: ``that same day``,
``earlier that day``, ``the following week``, ``the day before``, ``two days later``, ``a year
earlier`` (``the year-earlier quarter`` in a report on a quarter).

The reference is the last calendar value the article resolved (``On Friday, ...`` makes that
Friday the reference of ``that evening``), not the publication date: narrated events move the
story's time away from the day it was written.
"""

from __future__ import annotations

import datetime as dt
import re

from conflict_extract.components.dates.arithmetic import parse_number, resolve_weekday, shift_date
from conflict_extract.components.dates.vocabulary import (
    PARTS_OF_DAY,
    TIME_UNITS,
    UNIT_FORMS,
    UNIT_RE,
    WEEKDAY_RE,
    WEEKDAYS,
)

_PARTS = "|".join(PARTS_OF_DAY)
_SAME = re.compile(
    rf"^(?:(?:earlier|later|early|late) )?(?:on |in |during )?(?:that|the same|that same|that very)"
    rf" (?P<u>day|week|month|year|{_PARTS})$"
)
_NEXT = re.compile(
    rf"^(?:the (?P<rel>next|following|previous|preceding|prior)|(?P<rel3>following|preceding))"
    rf" (?P<u>day|week|month|year|{_PARTS})$"
    rf"|^the (?P<u2>day|week|month|year|night) (?P<rel2>before|after)$"
)
_WEEKDAY_AROUND = re.compile(
    rf"^the (?P<rel>previous|preceding|prior|following|next) (?P<wd>{WEEKDAY_RE})$"
)
_LATER = re.compile(rf"^(?:(?P<n>.+?) )?(?P<u>{UNIT_RE}) (?P<rel>later|earlier|ago)$")
_COMPARISON = re.compile(r"\byears? (?:earlier|ago)\b")
_GRANULARITY = {"day": 3, "week": 2, "month": 2, "quarter": 1, "year": 1}
_REFERENCE = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?|-W(?P<w>\d\d)|-Q(?P<q>[1-4]))?"
                        r"(?:T.*)?$")


def reference_of(value: str | None, text: str = "") -> str | None:
    """The part of a resolved value that can anchor later anaphora (``2016-12-05T10:35`` ->
    ``2016-12-05``), or ``None`` for values that place nothing (``PAST_REF``, ``XXXX-WXX-1``,
    durations) and for year-on-year comparisons (``a year earlier``, ``year-ago``: the story
    stays where it was)."""
    if not value or not _REFERENCE.match(value) or _COMPARISON.search(text.lower().replace("-", " ")):
        return None
    return value.split("T")[0]


def _reference_date(reference: str) -> tuple[dt.date, str]:
    """A reference value as a day and its granularity (``day``, ``week``, ``month``, ``quarter``,
    ``year``)."""
    m = _REFERENCE.match(reference)
    year = int(m["y"])
    if m["d"]:
        return dt.date(year, int(m["m"]), int(m["d"])), "day"
    if m["m"]:
        return dt.date(year, int(m["m"]), 15), "month"
    if m["w"]:
        return dt.date.fromisocalendar(year, int(m["w"]), 1), "week"
    if m["q"]:
        return dt.date(year, int(m["q"]) * 3 - 1, 15), "quarter"
    return dt.date(year, 7, 1), "year"


def narrative_value(s: str, reference: str | None) -> tuple[str | None, str] | None:
    """The ``(value, type)`` of an anaphoric cleaned phrase against ``reference``; ``None`` when
    ``s`` is not anaphoric or the reference is too coarse (``the next day`` after ``1998``)."""
    if reference is None or not _REFERENCE.match(reference):
        return None
    day, granularity = _reference_date(reference)
    if m := _SAME.match(s):
        return _at(day, granularity, m["u"], 0)
    if m := _NEXT.match(s):
        unit, rel = m["u"] or m["u2"], m["rel"] or m["rel2"] or m["rel3"]
        return _at(day, granularity, unit, 1 if rel in ("next", "following", "after") else -1)
    if (m := _WEEKDAY_AROUND.match(s)) and granularity == "day":
        # "down 4.5% from the previous Friday": the one before the story's day, not the week's
        how = "last" if m["rel"] in ("previous", "preceding", "prior") else "next"
        return resolve_weekday(day, WEEKDAYS[m["wd"]], how), "date"
    if (m := _LATER.match(s)) and (m["n"] or m["u"] in UNIT_FORMS.values()) \
            and (n := parse_number(m["n"] or "")) and isinstance(n, int):
        unit = UNIT_FORMS[m["u"]]
        sign = 1 if m["rel"] == "later" else -1
        if granularity == "quarter" and unit == "year":
            return f"{day.year + sign * n}-{reference[5:]}", "date"
        if m["rel"] == "ago" or unit in TIME_UNITS \
                or _GRANULARITY.get(unit, 3) > _GRANULARITY[granularity]:
            return None  # "an hour later": no clock time to count from, a length of time
        return shift_date(day, sign * n, unit), "date"
    return None


def _at(day: dt.date, granularity: str, unit: str, step: int) -> tuple[str | None, str] | None:
    """``day`` moved ``step`` units (a part of the day moves by days), as a value of the unit."""
    if unit in PARTS_OF_DAY:
        if granularity != "day":
            return None
        return f"{(day + dt.timedelta(days=step)).isoformat()}T{PARTS_OF_DAY[unit]}", "time"
    if _GRANULARITY[unit] > _GRANULARITY[granularity]:
        return None
    return shift_date(day, step, unit), "date"
