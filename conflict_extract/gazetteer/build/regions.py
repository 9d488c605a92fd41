"""Well-known named regions (``Gaza Strip``, ``Donbas``, ``Darfur``) from ``data/places/regions.json``."""

from __future__ import annotations

from conflict_extract.gazetteer.build.rows import Row, Tables
from conflict_extract.gazetteer.keys import name_keys
from conflict_extract.lexicon import load_json


def add_regions(tables: Tables) -> None:
    """Add each curated region with its representative point, unless it is already an admin1 of
    the same country."""
    admin1_keys = {(k[2], k[0]) for k in tables.keys if tables.rows[k[1] - 1].type == "admin1"}
    for name, info in load_json("places/regions.json").items():
        cc = info.get("country")
        if cc and any((cc, key) in admin1_keys for key in name_keys(name)):
            continue
        entry_id = tables.next_id()
        lat, lon = info.get("point") or (None, None)
        tables.rows.append(Row(entry_id, name, "region", cc, None, lat, lon, None, 0, 0))
        tables.add_names(entry_id, cc, [name], list(info.get("aliases", [])))
