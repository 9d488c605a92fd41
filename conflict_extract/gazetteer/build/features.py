"""Features reports name: airports, airfields and air bases (``airportsdata``), at their own point.

Only the ones a report would name: airports with an IATA code (served by scheduled flights) and
military fields (``Air Base``, ``Airbase``, ``Air Force Base``, ``Airfield``). Each is indexed by
its own name, its name with ``Airbase`` spelt either way and ``International`` dropped, and, for
IATA airports, ``<city> Airport`` / ``<city> International Airport`` (``Kabul airport``). Only
names that end with such a word are indexed, so a feature never answers for a bare town name.
"""

from __future__ import annotations

import re

from conflict_extract.gazetteer import sources
from conflict_extract.gazetteer.build.rows import Row, Tables
from conflict_extract.text import translit

_MILITARY = re.compile(r"\b(?:air ?base|air force base|airfield|air station)\b", re.I)
_ENDS = re.compile(r"(?:airport|air ?base|air force base|airfield|air station|aerodrome)$", re.I)


def add_features(tables: Tables) -> None:
    """Add the airports and air bases as ``landmark`` rows (level ``feature``)."""
    admin1 = {
        (country, key): tables.rows[entry_id - 1].name
        for key, entry_id, country, _rank in tables.keys
        if tables.rows[entry_id - 1].type == "admin1"
    }
    for airport in sources.airports():
        name = airport.get("name") or ""
        if not (airport.get("iata") or _MILITARY.search(name)) or not _ENDS.search(name):
            continue
        cc = airport.get("country") or None
        entry_id = tables.next_id()
        unit = admin1.get((cc, translit.fold(airport.get("subd") or "")))
        tables.rows.append(Row(entry_id, name, "landmark", cc, unit, airport["lat"],
                               airport["lon"], None, 0, 0))
        tables.add_names(entry_id, cc, [name], _variants(name, airport))


def _variants(name: str, airport: dict) -> list[str]:
    """Other ways reports write the feature's name."""
    out = [re.sub(r"(?i)\bair base\b", "Airbase", name), re.sub(r"(?i)\bairbase\b", "Air Base", name),
           re.sub(r"(?i)\binternational\s+", "", name)]
    city = airport.get("city") or ""
    if airport.get("iata") and city and "airport" in name.lower():
        out += [f"{city} Airport", f"{city} International Airport"]
    return [v for v in out if v != name]
