"""Helpers shared by the place tests: find a place by one of its mentions, check its reading."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from conflict_extract.gazetteer.index import distance_km
from conflict_extract.models import Place


def _place_named(places: Sequence[Place], mention: str) -> Place | None:
    return next((p for p in places if mention in p.mentions or p.name == mention), None)


def _check_place(places: Sequence[Place], mention: str, level: str | None, country: str | None,
                 point: tuple[float, float] | None, km: float) -> None:
    place = _place_named(places, mention)
    if level is None and country is None:
        assert place is None or place.lat is None, f"{mention!r} got a point it has no right to"
        return
    assert place is not None, f"{mention!r} not found"
    assert place.level == level
    if country is not None:
        assert place.country == country
    if point is None:
        assert place.lat is None and place.lon is None, f"{mention!r} pinned without support"
        return
    assert place.lat is not None, f"{mention!r} has no point"
    assert distance_km(place.lat, place.lon, *point) <= km


@pytest.fixture
def place_named() -> Callable[[Sequence[Place], str], Place | None]:
    """``place_named(places, mention)``: the place with that mention or name, else None."""
    return _place_named


@pytest.fixture
def check_place() -> Callable[..., None]:
    """``check_place(places, mention, level, country, point, km)``: assert the place's reading.
    No level and no country: it must not be found or carry no point; no point: it must carry
    none; else its point lies within ``km`` of ``point``."""
    return _check_place
