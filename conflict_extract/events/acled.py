"""ACLED's codes for an event: time and geo precision, the country name and the single event day.

Precision codes follow ACLED's codebook. ``time_precision``: 1 the day is known, 2 only the week
(or a few days) is, 3 only the month or something coarser. ``geo_precision``: 1 the town or city
itself, 2 near it or a part of it (a neighbourhood, ``east Aleppo``) or a district, 3 only the
province, a large region or the country.
"""

from __future__ import annotations

from functools import lru_cache

from conflict_extract.events.intervals import Interval, value_interval
from conflict_extract.gazetteer import sources
from conflict_extract.models import Place

COARSE_TYPES = frozenset({"admin1", "country", "region"})
"""Place types that only say the province, a large region or the country."""

_TOWN_TYPES = frozenset({"city", "town"})


def time_precision(interval: Interval | None, value: str | None = None) -> int | None:
    """ACLED time precision of a date: 1 a day, 2 a week or a few days, 3 anything coarser."""
    if interval is None:
        return None
    start, end = interval
    if start is None or end is None:
        return 3
    days = (end - start).days
    if days == 0 and not (value and "/" in value):
        return 1
    return 2 if days <= 7 else 3


def geo_precision(place: Place, area: str | None) -> int:
    """ACLED geo precision of a place, given the part of it (``east``, ``near``) a figure is about;
    a place located by the unit the text sets it in is at best 2, as ACLED codes a village
    placed at its district's point."""
    if place.point_of is not None:
        return 2 if area in (None, "near") else 3
    if place.type in COARSE_TYPES:
        return 3 if area != "near" else 2
    if place.type in _TOWN_TYPES and area is None:
        return 1
    return 2


def country_name(code: str | None) -> str | None:
    """English short name of an ISO alpha-2 country code (``SY`` gives ``Syria``), as GeoNames
    spells it; ``None`` when unknown."""
    if not code:
        return None
    return _country_names().get(code.upper())


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    return {code: c["name"] for code, c in sources.countries().items()}


def event_day(event: dict) -> str:
    """ACLED's single event date of an event (a dict from ``to_dict(event)``): the day, or the last
    day of a range (the toll as of that day), never later than the latest report; ``""`` when
    the date is not placed in time."""
    interval = value_interval(event["date"]) if event["date"] else None
    if interval is None or interval[1] is None:
        return ""
    day = interval[1]
    published = [r["published"] for r in event["reports"] if r.get("published")]
    if published and max(published)[:10] < day.isoformat():
        return max(published)[:10]
    return day.isoformat()
