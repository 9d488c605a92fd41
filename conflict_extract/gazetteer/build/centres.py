"""Representative points of administrative divisions, from the populated places inside them.

No installed package gives a division's coordinates, but every populated place knows which
divisions it lies in: the middle of the places' extent (1st to 99th percentile of latitude and
longitude, so one outlying island does not drag the point) lies near the division's centre, where
GeoNames and atlases put it. The point is rounded to four decimals.
"""

from __future__ import annotations

from collections import defaultdict


def division_points(
    cities: dict[str, dict], place_divisions: dict[int, tuple[int, ...]]
) -> dict[int, tuple[float, float]]:
    """Division row -> ``(lat, lon)`` of the middle of its populated places."""
    lats: dict[int, list[float]] = defaultdict(list)
    lons: dict[int, list[float]] = defaultdict(list)
    for city in cities.values():
        for row in place_divisions.get(city["geonameid"], ()):
            lats[row].append(city["latitude"])
            lons[row].append(city["longitude"])
    return {row: (_middle(lats[row]), _middle(lons[row])) for row in lats}


def _middle(values: list[float]) -> float:
    values.sort()
    last = len(values) - 1
    low, high = values[round(0.01 * last)], values[round(0.99 * last)]
    return round((low + high) / 2, 4)
