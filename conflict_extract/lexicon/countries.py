"""The one table of country names, demonyms and seats of power (``data/countries.json``).

Canonical names and capitals come from the gazetteer's GeoNames country table; this table adds what
GeoNames and pycountry lack: short and former names (``UK``, ``DRC``, ``Burma``), demonyms and
adjectives (``Syrian``, ``Emirati``) and the buildings that stand for a government (``Kremlin``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from conflict_extract.lexicon import load_json


@dataclass(frozen=True)
class CountryTable:
    """Per ISO 3166-1 alpha-2 code: extra names, demonyms, seats of power."""

    entries: dict[str, dict[str, list[str]]]

    def codes(self) -> list[str]:
        """Every code the table has an entry for."""
        return list(self.entries)

    def names(self, code: str) -> list[str]:
        """Extra names of a country (the first, where given, is its common name)."""
        return list(self.entries.get(code, {}).get("names", ()))

    def common_name(self, code: str) -> str | None:
        """The name a country is usually written with (``Syria``, ``Russia``), if the table has it."""
        names = self.names(code)
        return names[0] if names else None

    def demonyms(self, code: str) -> list[str]:
        """Demonyms and adjectives of a country (``Syrian``, ``Syrians``)."""
        return list(self.entries.get(code, {}).get("demonyms", ()))

    def seats_of_power(self, code: str) -> list[str]:
        """Buildings that stand for the country's government (``Kremlin``, ``White House``)."""
        return list(self.entries.get(code, {}).get("seats_of_power", ()))

    def demonym_codes(self) -> dict[str, str]:
        """Demonym or adjective as written -> country code."""
        return {word: code for code in self.entries for word in self.demonyms(code)}

    def name_codes(self) -> dict[str, str]:
        """Lower-case extra name -> country code."""
        return {name.lower(): code for code in self.entries for name in self.names(code)}


@lru_cache(maxsize=1)
def country_table() -> CountryTable:
    """The packaged country table, read once per process."""
    return CountryTable(load_json("countries.json"))
