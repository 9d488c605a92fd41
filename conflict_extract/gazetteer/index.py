"""Offline gazetteer reader: GeoNames-derived places indexed by transliteration-proof keys.

The index is an SQLite file built once (a few seconds, :mod:`conflict_extract.gazetteer.build`)
in :data:`CACHE_ENV` (default ``~/.cache/conflict-extract``); its name carries the source package
versions and :data:`INDEX_VERSION`, so it is rebuilt when any of them changes. Opening it costs
milliseconds. Sources and what each gives: :mod:`conflict_extract.gazetteer.sources`.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from conflict_extract.gazetteer import sources
from conflict_extract.gazetteer.keys import name_keys
from conflict_extract.lexicon import data_text
from conflict_extract.lexicon.cache import CACHE_ENV, cache_dir
from conflict_extract.text import translit

__all__ = ["CACHE_ENV", "INDEX_VERSION", "Entry", "Gazetteer", "distance_km", "index_path",
           "load_gazetteer", "name_keys"]

INDEX_VERSION = 13
"""Bumped whenever the index layout or the key functions change, forcing a rebuild."""


@dataclass(frozen=True)
class Entry:
    """One gazetteer place: a country, a division, a populated place, a region or a feature
    (``landmark``: an airport or air base)."""

    id: int
    name: str
    type: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int
    n_names: int = 0
    """How many alternate names GeoNames has for it: a proxy for how widely known it is."""


_HEAD_WORDS = {"St": "Saint", "Ste": "Sainte", "Mt": "Mount", "Ft": "Fort"}
_ABBREVIATED_HEAD = re.compile(r"^(St|Ste|Mt|Ft)\.?[ ]")
"""``St. Paris``, ``Mt. Pleasant``, ``Ft. Worth``: the gazetteer's own names spell the first word
out, so the spelled-out form is the place's own name, not an alternate one."""


BUILD_DATA: tuple[str, ...] = (
    "countries.json", "places/admin1_aliases.json", "places/country_points.json",
    "places/regions.json",
)
"""The packaged data files the builders read: editing one must rebuild the index."""


@lru_cache(maxsize=1)
def _data_digest() -> str:
    digest = hashlib.sha1()
    for name in BUILD_DATA:
        digest.update(data_text(name).encode("utf-8"))
    return digest.hexdigest()[:8]


def index_path() -> Path:
    """Path of the index file for the installed source package versions and packaged data."""
    return _index_path(os.environ.get(CACHE_ENV), os.environ.get("HOME"))


@lru_cache(maxsize=8)
def _index_path(_cache_setting: str | None, _home: str | None) -> Path:
    # Keyed on the environment that decides the folder: every place lookup asks for the index,
    # and building the name (package versions, data digest) is not free.
    return cache_dir() / (
        f"gazetteer-{sources.source_versions()}-d{_data_digest()}-v{INDEX_VERSION}.sqlite"
    )


class Gazetteer:
    """Read-only lookups over the built index. Thread-safe; cheap to open."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._entries: dict[int, Entry] = {}
        self._lookups: dict[str, list[tuple[Entry, int]]] = {}
        self._fuzzy: dict[tuple[str, str, float], list[tuple[Entry, float]]] = {}
        self._country_keys: dict[tuple[str, str], tuple[list[str], list[int]]] = {}
        self._country_names: frozenset[str] | None = None
        self._country_firsts: frozenset[str] | None = None
        con = self._con()
        self.countries: dict[str, Entry] = {
            row[3]: self._entry(row)
            for row in con.execute("SELECT * FROM entries WHERE type = 'country'")
        }

    def __getstate__(self) -> dict:
        # Connections and caches stay behind: a pickled pipeline (dask workers) reopens the file.
        return {"path": self.path}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["path"])

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.con = con
        return con

    def _entry(self, row: tuple) -> Entry:
        entry = self._entries.get(row[0])
        if entry is None:
            entry = Entry(*row)
            self._entries[row[0]] = entry
        return entry

    def _fetch(self, sql: str, params: tuple) -> list[tuple[Entry, int]]:
        return [(self._entry(row[:10]), row[10]) for row in self._con().execute(sql, params)]

    def lookup(self, name: str) -> list[tuple[Entry, int]]:
        """Entries one of whose names has the same fold key as ``name``, with a rank (1 for the
        entry's own name, 0 for an alternate name), best rank per entry. Memoised."""
        cached = self._lookups.get(name)
        if cached is None:
            if len(self._lookups) > 200_000:
                self._lookups.clear()
            cached = self._lookups[name] = self._lookup(name)
        return list(cached)

    def _lookup(self, name: str) -> list[tuple[Entry, int]]:
        found: dict[int, tuple[Entry, int]] = {}
        spelled = _ABBREVIATED_HEAD.sub(lambda m: _HEAD_WORDS[m.group(1)] + " ", name, count=1)
        keys = name_keys(name) if spelled == name else [*name_keys(name), *name_keys(spelled)]
        for key in keys:
            for entry, rank in self._fetch(
                "SELECT e.*, k.rank FROM keys k JOIN entries e ON e.id = k.id WHERE k.key = ?",
                (key,),
            ):
                if entry.id not in found or rank > found[entry.id][1]:
                    found[entry.id] = (entry, rank)
        return list(found.values())

    def lookup_skeleton(self, name: str) -> list[Entry]:
        """Entries sharing the consonant skeleton of ``name`` (a weaker key, to be checked)."""
        skel = translit.skeleton(name)
        if len(skel) < 4:
            return []
        return [
            entry
            for entry, _ in self._fetch(
                "SELECT e.*, 0 FROM skels s JOIN entries e ON e.id = s.id WHERE s.key = ?", (skel,)
            )
        ]

    def country_keys(self, country: str, prefix: str = "") -> tuple[list[str], list[int]]:
        """Fold keys (and entry ids) of one country's entries starting with ``prefix``, cached."""
        cached = self._country_keys.get((country, prefix))
        if cached is None:
            rows = self._con().execute(
                "SELECT key, id FROM keys WHERE country = ? AND key >= ? AND key < ?",
                (country, prefix, prefix + "\uffff"),
            ).fetchall()
            cached = ([r[0] for r in rows], [r[1] for r in rows])
            self._country_keys[(country, prefix)] = cached
        return cached

    def landmarks(self, country: str) -> list[Entry]:
        """The airports and air bases of one country (callers keep what they derive from it)."""
        rows = self._con().execute(
            "SELECT * FROM entries WHERE type = 'landmark' AND country = ?", (country,)
        ).fetchall()
        return [self._entry(row) for row in rows]

    def country_names(self) -> frozenset[str]:
        """Lower-case names of countries as written (``costa rica``, ``dr congo``), cached."""
        names = self._country_names
        if names is None:
            rows = self._con().execute(
                "SELECT k.key FROM keys k JOIN entries e ON e.id = k.id WHERE e.type = 'country'"
            ).fetchall()
            keys = {r[0] for r in rows if len(r[0]) >= 4}
            # Not the article-dropped keys: "salvador" alone is not El Salvador.
            names = self._country_names = frozenset(k for k in keys if "al " + k not in keys)
        return names

    def country_first_words(self) -> frozenset[str]:
        """First words of :meth:`country_names`: a cheap gate before any n-gram is built."""
        firsts = self._country_firsts
        if firsts is None:
            firsts = self._country_firsts = frozenset(k.split()[0] for k in self.country_names())
        return firsts

    def get(self, entry_id: int) -> Entry:
        """The entry with this index id."""
        if entry_id in self._entries:
            return self._entries[entry_id]
        row = self._con().execute("SELECT * FROM entries WHERE id = ?", (entry_id,)).fetchone()
        return self._entry(row)

    def fuzzy(self, name: str, country: str, cutoff: float = 90.0) -> list[tuple[Entry, float]]:
        """Entries of ``country`` whose fold key is within ``cutoff`` (rapidfuzz ratio) of
        ``name``. Memoised: the same names come back article after article."""
        key = (name, country, cutoff)
        cached = self._fuzzy.get(key)
        if cached is None:
            if len(self._fuzzy) > 100_000:
                self._fuzzy.clear()
            cached = self._fuzzy[key] = self._fuzzy_search(name, country, cutoff)
        return list(cached)

    def _fuzzy_search(self, name: str, country: str, cutoff: float) -> list[tuple[Entry, float]]:
        from rapidfuzz import fuzz, process

        query = translit.drop_article(translit.fold(name))
        if len(query) < 5:
            return []
        # Blocked on the first letter: spelling variants of one name rarely differ there.
        keys, ids = self.country_keys(country, query[:1])
        if not keys:
            return []
        best: dict[int, float] = {}
        for _key, score, idx in process.extract(
            query, keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=10
        ):
            eid = ids[idx]
            best[eid] = max(score, best.get(eid, 0.0))
        return [(self.get(eid), score) for eid, score in best.items()]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    # min(): rounding can push a hair above 1 for antipodal points, outside asin's domain
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


_LOCK = threading.Lock()


@lru_cache(maxsize=4)
def _load(path: str) -> Gazetteer:
    from conflict_extract.gazetteer.build import build_index

    target = Path(path)
    with _LOCK:
        if not target.exists():
            try:
                build_index(target)
            except OSError:
                # Unwritable cache folder (read-only home): build in the temporary folder instead.
                target = Path(tempfile.gettempdir()) / "conflict-extract" / target.name
                if not target.exists():
                    build_index(target)
    return Gazetteer(target)


def load_gazetteer() -> Gazetteer:
    """The gazetteer for the installed sources, built on first use and cached thereafter."""
    return _load(str(index_path()))
