"""Countries: the GeoNames country table with pycountry's names and the curated aliases."""

from __future__ import annotations

from conflict_extract.gazetteer import sources
from conflict_extract.gazetteer.build.rows import Row, Tables
from conflict_extract.lexicon import load_json
from conflict_extract.lexicon.countries import country_table


def add_countries(tables: Tables) -> None:
    """Add one row per country, named by GeoNames, pycountry and :class:`CountryTable` aliases,
    at its point in ``data/places/country_points.json``."""
    table = country_table()
    points = load_json("places/country_points.json")
    for iso, country in sources.countries().items():
        entry_id = tables.next_id()
        lat, lon = points.get(iso) or (None, None)
        tables.rows.append(Row(
            entry_id, country["name"], "country", iso, None, lat, lon, country["geonameid"],
            int(country.get("population") or 0), 0,
        ))
        names = [country["name"], *table.names(iso)]
        pc = sources.pycountry_country(iso)
        if pc is not None:
            names += [getattr(pc, "name", ""), getattr(pc, "official_name", "") or "",
                      getattr(pc, "common_name", "") or ""]
        tables.add_names(entry_id, iso, [country["name"]], [n for n in names if n])
