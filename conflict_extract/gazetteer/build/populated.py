"""Populated places: every GeoNames place of 500+ inhabitants, with its alternate names."""

from __future__ import annotations

from collections import defaultdict

from conflict_extract.gazetteer.build.rows import CITY_POPULATION, Row, Tables, latin_names
from conflict_extract.text import translit

SeatIndex = dict[tuple[str, str], list[dict]]
"""``(country, key)`` -> places that could be the seat an admin1 is named after."""


def add_populated_places(tables: Tables, cities: dict[str, dict], stems: set[str]) -> SeatIndex:
    """Add every populated place; return the places whose names could name an admin1 (keys in
    ``stems``, the exact and ``skel:`` keys of subdivision names)."""
    by_country_key: SeatIndex = defaultdict(list)
    for city in cities.values():
        entry_id = tables.next_id()
        population = int(city.get("population") or 0)
        tables.rows.append(Row(
            entry_id, city["name"], "city" if population >= CITY_POPULATION else "town",
            city["countrycode"], city.get("admin1code"), city["latitude"], city["longitude"],
            city["geonameid"], population, len(city.get("alternatenames") or ()),
        ))
        names = latin_names(city.get("alternatenames") or [])
        city_keys = tables.add_names(entry_id, city["countrycode"], [city["name"]], names)
        # Skeletons only of the place's own name: alternate names stray too far for this.
        skel = "skel:" + translit.skeleton(city["name"])
        linkable = (city_keys & stems) | ({skel} & stems)
        for key in linkable:
            by_country_key[(city["countrycode"], key)].append(city)
    return by_country_key
