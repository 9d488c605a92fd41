"""Building the gazetteer index: one builder per level, then the writer.

Order matters only for row ids: populated places, admin1 (linked to the places they are named
after and to GeoNames divisions), admin2, regions (unless already an admin1), countries, airports and air bases. Every level
gets a point: places their own, divisions the middle of their places, regions and countries a
curated one.
"""

from __future__ import annotations

from pathlib import Path

from conflict_extract.gazetteer import sources
from conflict_extract.gazetteer.build.admin1 import (
    DivisionLinks,
    add_admin1,
    name_admin1_of_places,
    seat_keys,
)
from conflict_extract.gazetteer.build.admin2 import add_admin2
from conflict_extract.gazetteer.build.centres import division_points
from conflict_extract.gazetteer.build.countries import add_countries
from conflict_extract.gazetteer.build.features import add_features
from conflict_extract.gazetteer.build.populated import add_populated_places
from conflict_extract.gazetteer.build.regions import add_regions
from conflict_extract.gazetteer.build.rows import Tables
from conflict_extract.gazetteer.build.writer import write_index
from conflict_extract.lexicon import load_json


def build_index(path: Path) -> Path:
    """Build the SQLite index at ``path`` and return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    cities = sources.cities()
    subdivisions = sources.subdivisions()
    top_level = [sub for sub in subdivisions if sub.parent_code is None]
    aliases = load_json("places/admin1_aliases.json")
    divisions = sources.divisions()
    place_divisions = sources.place_divisions()
    links = DivisionLinks(
        by_iso={d.iso: d for d in divisions if d.iso},
        points=division_points(cities, place_divisions),
    )
    tables = Tables()
    seats = add_populated_places(tables, cities, seat_keys(top_level, aliases))
    admin1_names = add_admin1(tables, cities, top_level, aliases, seats, links)
    add_admin2(tables, divisions, subdivisions, aliases, links)
    name_admin1_of_places(tables, admin1_names, links, place_divisions)
    add_regions(tables)
    add_countries(tables)
    add_features(tables)
    write_index(tables, path)
    return path
