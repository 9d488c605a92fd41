"""The row type of the index and the name table every builder adds to."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from conflict_extract.gazetteer.index import Entry
from conflict_extract.gazetteer.keys import keys_of_folded
from conflict_extract.text import translit

CITY_POPULATION = 100_000
"""Populated places at or above this size are typed ``city``, smaller ones ``town``."""

_LATIN = re.compile(r"^[\x20-\x7e\u00a0-\u024f\u1e00-\u1eff\u02b0-\u02ff\u2018\u2019]+$")
_DIGIT = re.compile(r"\d")


Row = Entry
"""One place of the index as the builders write it: the very record :class:`Gazetteer` reads back."""


@dataclass
class Tables:
    """Everything the builders produce: rows, exact keys and consonant skeletons."""

    rows: list[Row] = field(default_factory=list)
    keys: list[tuple[str, int, str | None, int]] = field(default_factory=list)
    skels: list[tuple[str, int, str | None]] = field(default_factory=list)

    def next_id(self) -> int:
        """The id the next row gets (1-based, in insertion order)."""
        return len(self.rows) + 1

    def add_names(
        self, entry_id: int, country: str | None, primary: list[str], others: list[str]
    ) -> set[str]:
        """Index an entry's names: its own (rank 1) then alternate names (rank 0). Returns the
        exact keys added."""
        seen: set[str] = set()
        seen_skel: set[str] = set()
        folded_seen: set[str] = set()
        for rank, group in ((1, primary), (0, others)):
            for name in group:
                folded = translit.fold(name)
                if folded in folded_seen:  # many alternate names differ only in diacritics
                    continue
                folded_seen.add(folded)
                for key in keys_of_folded(folded):
                    if key not in seen:
                        seen.add(key)
                        self.keys.append((key, entry_id, country, rank))
                skel = translit.skeleton_of_folded(folded)
                if len(skel) >= 4 and skel not in seen_skel:
                    seen_skel.add(skel)
                    self.skels.append((skel, entry_id, country))
        return seen


def latin_names(names: list[str]) -> list[str]:
    """Alternate names worth indexing: Latin script, no digits, no airport or postal codes."""
    out = []
    for name in names:
        if len(name) < 3 or _DIGIT.search(name):
            continue
        if name.isupper() and len(name) <= 4:  # airport and postal codes such as ALP
            continue
        if _LATIN.match(name):
            out.append(name)
    return out


def display(name: str) -> str:
    """A pycountry subdivision name without its bracketed note or comma tail."""
    return re.sub(r"\s*\[.*?\]", "", name).split(",")[0].strip()
