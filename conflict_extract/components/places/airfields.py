"""Airports and air bases by another spelling or a short form of their names (``Ain Assad Air
Base``: Al Asad Air Base; ``Dulles Airport``: Washington Dulles International Airport)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from conflict_extract.components.places.cues import AIRFIELD_NAME
from conflict_extract.gazetteer.index import Entry, Gazetteer
from conflict_extract.text import translit

if TYPE_CHECKING:
    from conflict_extract.components.places.resolve import Resolver


AIRFIELD_CUTOFF = 85.0
"""Least rapidfuzz ratio at which an airport or air base of the article's country is taken for a
spelling of the one named (``Ain Assad Air Base``: Al Asad Air Base), the next at least ten
points behind."""


def airfield_spelling(resolver: Resolver, name: str) -> Entry | None:
    """The airport or air base of one of the article's main countries the name is another
    spelling of, when one alone comes that close; None for other names."""
    if not AIRFIELD_NAME.search(name):
        return None
    countries = [cc for cc in resolver.top if resolver.weight[cc] >= 0.3]
    near = sorted(((e, sc) for cc in countries
                   for e, sc in resolver.gaz.fuzzy(name, cc, AIRFIELD_CUTOFF - 20)
                   if e.type == "landmark"), key=lambda es: -es[1])
    if near and near[0][1] >= AIRFIELD_CUTOFF and (len(near) == 1 or near[0][1] - near[1][1] >= 10):
        return near[0][0]
    return _airfield_by_words(resolver.gaz, name, countries)


_AIRFIELD_WORDS = frozenset(
    "airport airbase air base airfield field international national regional municipal county "
    "military the al el".split()
)
"""Words many airports' names share: a short form (``Dulles Airport``) is read by the others."""


def _airfield_by_words(gaz: Gazetteer, name: str, countries: list[str]) -> Entry | None:
    """The one airport or air base of the article's main countries whose name holds every
    distinctive word of the short form written (``Dulles Airport``: Washington Dulles
    International Airport; ``Hamid Karzai airport``: Hamid Karzai International Airport)."""
    words = _distinctive(name)
    if not words:
        return None
    found = [e for cc in countries for e, has in _landmark_words(gaz, cc) if words <= has]
    return found[0] if len(found) == 1 else None


_LANDMARK_WORDS: dict[tuple[str, str], list[tuple[Entry, frozenset[str]]]] = {}


def _landmark_words(gaz: Gazetteer, country: str) -> list[tuple[Entry, frozenset[str]]]:
    """A country's airports with the words of their names, worked out once per index file."""
    key = (str(gaz.path), country)
    if key not in _LANDMARK_WORDS:
        _LANDMARK_WORDS[key] = [(e, _distinctive(e.name, False)) for e in gaz.landmarks(country)]
    return _LANDMARK_WORDS[key]


def _distinctive(name: str, drop_generic: bool = True) -> frozenset[str]:
    words = set(re.findall(r"[a-z0-9]+", translit.fold(name)))
    return frozenset(words - _AIRFIELD_WORDS if drop_generic else words)
