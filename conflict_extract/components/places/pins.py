"""Units written right after a name pin the name: ``Kunduz, Afghanistan``, ``Radaa, Al Bayda,
Yemen``, ``Mosul in Nineveh province``, ``Vodiane town, Donetsk oblast``, ``Paris, Texas``.

A :class:`Pin` says which first-level divisions (``(country, admin1)``) and which countries the
text puts a name in. A pin is *firm* when a country is written (``..., Iraq``) or the unit is
named with its generic word (``Nineveh province``): the name must then resolve inside it or not
at all, since a namesake elsewhere is a wrong pin. A bare ``X, Y`` (which may be a list of towns)
only prefers the namesake inside ``Y``.

The units themselves are places too: ``Al Bayda`` in ``Radaa, Al Bayda, Yemen`` is the
governorate, not the town of that name, and ``Eastern`` in ``Abqaiq, Eastern, Saudi Arabia`` is
the Eastern Province even though no name finder would take the word for a place.

The tests a namesake must pass inside a pin (:func:`strayed`, :func:`in_pinned_unit`,
:func:`across_border`) and their reaches live here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from conflict_extract.components.places.cues import abbreviation_re, abbreviations
from conflict_extract.gazetteer.index import Entry, Gazetteer, distance_km
from conflict_extract.text.names import place_key

if TYPE_CHECKING:
    from conflict_extract.components.places.mention import Mention

_KIND = (r"town|village|city|district|sub-district|subdistrict|area|camp|region|province|"
         r"governorate|oblast|state|county|tehsil|agency|township|municipality|territory|"
         r"commune|vereda|corregimiento|hamlet")
_LEAD = re.compile(
    rf"^\)?(?P<kind>\s+(?:{_KIND}))?(?P<sep>\)?,[ ]|[ ]\(|[ ]in[ ](?:the[ ])?(?:(?:north|south|east|west)"
    rf"(?:ern|east|west|eastern|western)?[ ])?(?P<rural>rural[ ]|(?:the[ ])?countryside[ ]of[ ]"
    rf"|(?:the[ ])?outskirts[ ]of[ ])?|[ ]of[ ])"
)
_GENERIC_WORDS = ("province", "governorate", "oblast", "region", "state", "district", "department",
                  "territory", "division", "agency", "raion", "county", "parish", "township",
                  "tehsil")
"""Generic words written after a unit's name, in lower case or capitalised (``Nineveh province``,
``Mon State``)."""
_UNIT = re.compile(
    r"(?P<unit>[A-Z][\w’'‘\-]*(?:[ ](?:(?:al|el|as|ash|ad|ar|an|az|de|del|la|of|and)[ ])?"
    r"[A-Z][\w’'‘\-]*){0,4})"
    r"(?P<generic>[ ](?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _GENERIC_WORDS)
    + r"|countryside))?"
)
_NEXT = re.compile(r"^(?:\)\s*)?,[ ]")
_CAPITAL_GENERIC = re.compile(
    r"^(?P<stem>.+)[ ](?P<word>" + "|".join(w.capitalize() for w in _GENERIC_WORDS) + r")$"
)
"""A unit written with its generic word capitalised (``Thaton District``, ``Mon State``), which
the unit pattern reads as part of the name."""
_BRACKET_NEXT = re.compile(r"^[ ]\(")
"""After a second-level unit (``X village of Y township``, ``X village, Y township``), a
parenthesis holding its own divisions: ``(Thaton district, Mon state)``."""
_KIND_LAST = re.compile(rf"\b(?:{_KIND})$", re.IGNORECASE)
_ASIDE = re.compile(
    rf"[ ]\((?:[^()]|\([^()]{{1,30}}\)){{1,60}}\)(?=(?:[ ](?:{_KIND}))?(?:,[ ]|[ ]\(|[ ]in[ ]))"
)
"""A parenthetical aside between a name and its units (``municipality (coded to Tlacotepec),
Guerrero``, ``village (coded as Wet Lu (East)) (Natogyi township, ...)``, another spelling
before the kind: ``Xefta (Wadi Hafta) region (Rawanduz, Erbil)``): the units after it pin the
name."""
_OF_NEXT = re.compile(r"^[ ]of[ ](?:the[ ])?")
"""After a second-level unit, the larger unit it is part of: ``in Al Amadiya district of
Duhok``."""
_GENERIC_FORMS = ("Province", "Governorate", "Region", "District", "State", "Division")
"""Generic words tried after a bare unit in a firm pin: ``Eastern, Saudi Arabia`` is the Eastern
Province, ``Southern, Israel`` the Southern District."""


@dataclass(frozen=True)
class Pin:
    """Where the text puts a name: divisions ``(country, admin1)`` and countries."""

    units: frozenset[tuple[str, str]] = frozenset()
    countries: frozenset[str] = frozenset()
    firm: bool = False
    spans: tuple[tuple[int, int, Entry], ...] = field(default=())
    """First-level divisions written after the name (start, end, entry): places of their own."""
    centres: tuple[tuple[float, float], ...] = field(default=())
    """Points of the pinned divisions."""
    point: tuple[str, float, float] | None = None
    """The finest unit written with a point, ``(name, lat, lon)``: a second-level division or
    a town named in the pin inside its first-level division (``Bandiagara`` in ``Gani
    (Bandiagara, Mopti)``). A place the gazetteer lacks gets this point, marked as its unit's;
    a first-level division, often hundreds of kilometres across, gives none."""
    inside_point: bool = False
    """The text says the name lies inside the unit of ``point`` (``Petatlan (coded to La
    Finca)``), not only in the same first-level division: a namesake must lie near it."""

    def __bool__(self) -> bool:
        return bool(self.units or self.countries)


NO_PIN = Pin()


def pin_after(text: str, end: int, gaz: Gazetteer, listed: bool = False) -> Pin:
    """The pin written after a name ending at ``end``: up to three comma-separated units
    (``, North Waziristan agency, Federally Administered Tribal Areas, Pakistan``) or one unit
    after ``in`` that names its kind or is a country (``in Nineveh province``, ``in rural
    Al Hasakeh``). ``listed``: the name is in a coded list of divisions (``Qurac village
    (Qandala, Bari)``), so the units after it are divisions as surely as named ones."""
    window = text[end:end + 120]
    lead = _LEAD.match(window)
    if lead is None:
        return NO_PIN
    pos = lead.end()
    sep = lead.group("sep").removeprefix(")")  # "(coded to Los Laureles), Guerrero": as after a comma
    if sep in (", ", " (") and (short := abbreviation_re().match(window[pos:])):
        country, full = abbreviations()[short.group().replace(". ", ".")]
        units = frozenset((e.country, e.admin1) for e, _ in gaz.lookup(full or "")
                          if e.type == "admin1" and e.country == country and e.admin1)
        return Pin(units, frozenset({country}), True)
    after_in = sep.startswith(" in ")
    # "Kyun Kone village of Kyaikmaraw township (Mawlamyine district, Mon state)": a kind word,
    # "of" and a unit named with its own second-level word, then that unit's divisions
    of_unit = sep == " of "
    if of_unit and not lead.group("kind"):
        return NO_PIN
    segments: list[_Segment] = []
    part_of = False
    while len(segments) < 3:
        unit = _UNIT.match(window, pos)
        if unit is None:
            break
        name = unit.group("unit").rstrip(".")
        capital = _CAPITAL_GENERIC.match(name)
        generic = (unit.group("generic") or "").strip().lower() or (
            capital.group("word").lower() if capital else "")
        if of_unit and not segments and generic not in _LOCAL_GENERICS:
            break
        rural = not segments and bool(lead.group("rural"))
        # "in rural Al Hasakeh", "in the Idlib countryside": the unit's own land.
        # A parenthesis holds the name's divisions: "Al Musayniah (As Said, Shabwah)".
        kind = bool(generic) or rural or of_unit or part_of or (
            sep == " (") or (listed and not after_in) or (
            not segments and bool(lead.group("kind")) and sep == ", ")
        land = None
        if rural and "outskirts" not in lead.group("rural"):
            land = end + lead.start("rural") + lead.group("rural").startswith("the ") * 4
        segments.append(_Segment(end + unit.start(), end + unit.start() + len(name), name, kind,
                                 land, unit.group("generic") == " countryside", generic,
                                 whole=part_of))
        rest, local = window[unit.end():], generic in _LOCAL_GENERICS
        follow = _OF_NEXT.match(rest) if local else None
        part_of = follow is not None
        if follow is None:
            follow = _NEXT.match(rest) or (_BRACKET_NEXT.match(rest) if local else None)
            if follow is None or after_in:
                break
        pos = unit.end() + follow.end()
    pin = _read(segments, gaz, after_in) if segments else NO_PIN
    if not pin and (aside := _ASIDE.match(window, lead.start("sep"))):
        # "X municipality (coded to Y), Guerrero": the units after the aside, as after the kind
        kinded = bool(lead.group("kind") or _KIND_LAST.search(text, max(0, end - 16), end))
        return pin_after(text, end + aside.end(), gaz, listed or kinded)
    return pin


@dataclass(frozen=True)
class _Segment:
    """One unit written in a pin: its span and name, whether its kind is certain (named, in a
    coded list, or the land of ``rural``), and where ``rural X`` begins (``land``) or whether
    ``countryside`` follows (``X countryside``)."""

    start: int
    stop: int
    name: str
    kind: bool
    land: int | None = None
    countryside: bool = False
    generic: str = ""
    """The generic word written after the unit, lower-case (``district``), or empty."""
    whole: bool = False
    """Written after ``of`` a second-level unit (``the Old City district of Mosul``): what that
    district is part of, a town before a division of its name."""


def _land_unit(gaz: Gazetteer, seg: _Segment, countries: set[str]) -> tuple[int, int, Entry] | None:
    """``rural Damascus``, ``Damascus countryside``: a first-level division of its own named
    for the land around its capital (Rif Dimashq), with the span of the whole phrase."""
    if seg.land is not None:
        span = (seg.land, seg.stop)
    elif seg.countryside:
        span = (seg.start, seg.stop + len(" countryside"))
    else:
        return None
    found = {e for query in (f"Rural {seg.name}", f"{seg.name} countryside")
             for e, _ in gaz.lookup(query) if e.type == "admin1"
             and (not countries or e.country in countries)
             and place_key(e.name) != place_key(seg.name)}
    return (*span, found.pop()) if len(found) == 1 else None


def _districts(
    gaz: Gazetteer, seg: _Segment, countries: set[str], segments: list[_Segment]
) -> list[Entry]:
    """A second-level division written where a first-level one is expected (``Kourpelle
    (Kongoussi, Bam)``: Bam province of Burkina Faso): the one division so named, or the one
    whose first-level division holds a place written before it in the pin."""
    found = [e for e, _ in gaz.lookup(seg.name) if e.type == "admin2" and e.admin1
             and (not countries or e.country in countries)]
    if len({(e.country, e.admin1) for e in found}) > 1:
        held = {(e.country, e.admin1) for earlier in segments[:segments.index(seg)]
                for e, _ in gaz.lookup(earlier.name) if e.type in _LOCAL_TYPES}
        found = [e for e in found if (e.country, e.admin1) in held]
    return found if len({(e.country, e.admin1) for e in found}) == 1 else []


def _seat_unit(gaz: Gazetteer, seats: list[Entry]) -> Entry | None:
    """The division a single seat city shares its name with (the city Al Hasakah: the
    governorate of Al Hasakah), for a unit the gazetteer knows only by its seat's spelling."""
    if len(seats) != 1:
        return None
    seat = seats[0]
    found = [e for e, _ in gaz.lookup(seat.admin1 or "") if e.type == "admin1"
             and e.country == seat.country and e.admin1 == seat.admin1
             and place_key(e.name) == place_key(seat.name)]
    return found[0] if len(found) == 1 else None


def _read(segments: list[_Segment], gaz: Gazetteer, after_in: bool) -> Pin:
    countries: set[str] = set()
    country_names: set[str] = set()
    for seg in segments:
        name = seg.name
        cands = gaz.lookup(name)
        named = {e.country for e, rank in cands if e.type == "country" and e.country}
        if named:
            country_names.add(name)
            # "Athens, Georgia": the country or the US state; the last country written wins.
            countries = named | {e.country for e, rank in cands
                                 if e.type == "admin1" and rank and e.country}
    generic = any(seg.kind for seg in segments)
    if after_in and not (countries or generic):
        return NO_PIN  # "in Beni in March": only a named kind or a country pins after "in"
    units: set[tuple[str, str]] = set()
    spans: list[tuple[int, int, Entry]] = []
    centres: list[tuple[float, float]] = []
    for n, seg in enumerate(segments):
        if seg.generic in _LOCAL_GENERICS:
            continue  # "Bangi district": a second-level unit, which gives the pin's point only
        start, stop, name, named_kind = seg.start, seg.stop, seg.name, seg.kind
        land = _land_unit(gaz, seg, countries)
        if land is not None:
            start, stop = land[0], land[1]
            found = [land[2]]
        else:
            found = _admin1(gaz, name, countries, firm=bool(countries) or named_kind) or (
                _admin1(gaz, _stem(name), countries, firm=True) if _stem(name) != name else [])
        units |= {(e.country, e.admin1) for e in found if e.admin1}
        districts = _districts(gaz, seg, countries, segments) if not found and named_kind else []
        if districts:
            units |= {(e.country, e.admin1) for e in districts}
            centres += [(e.lat, e.lon) for e in districts if e.lat is not None]
        elif not found and named_kind:
            # "in rural Al Hasakeh": the land of a city the gazetteer knows better than its
            # governorate; the city's division pins the name.
            seats = [e for e, _ in gaz.lookup(name) if e.type == "city" and e.admin1
                     and (not countries or e.country in countries)]
            if len({e.country for e in seats}) == 1:
                units |= {(e.country, e.admin1) for e in seats}
                centres += [(e.lat, e.lon) for e in seats if e.lat is not None]
                twin = None if name.isupper() else _seat_unit(gaz, seats)  # not "Team (SRT)"
                found = [twin] if twin else []
        centres += [(e.lat, e.lon) for e in found if e.lat is not None and e.lon is not None]
        if len(found) == 1 and (countries or named_kind) and name not in country_names and not (
                _named_again(segments, n)):
            spans.append((start, stop, found[0]))
    if not countries and units and generic and len({cc for cc, _ in units}) == 1:
        countries = {cc for cc, _ in units}
    return Pin(frozenset(units), frozenset(countries), bool(countries), tuple(spans),
               tuple(centres), _local_point(gaz, segments, units))


_LOCAL_GENERICS = frozenset({"district", "county", "township", "tehsil", "raion", "agency"})
"""Generic words of a second-level unit: ``Sagaing district`` is the district around the city,
not the Sagaing region its city shares a name with."""
_LOCAL_TYPES = ("admin2", "city", "town")
"""What a pin's finer unit can be, best first: its district, else the town it is named after."""
_TOWNS_FIRST = ("city", "town", "admin2")
"""The same for a unit written as what a district is part of (``the Old City district of
Mosul``): the town, else its namesake district."""


def _stem(name: str) -> str:
    """A unit's name without its capitalised generic word (``Mon State`` -> ``Mon``)."""
    capital = _CAPITAL_GENERIC.match(name)
    return capital.group("stem") if capital else name


def _local_point(
    gaz: Gazetteer, segments: list[_Segment], units: set[tuple[str, str]]
) -> tuple[str, float, float] | None:
    """The first unit written in the pin that is a second-level division or a town inside the
    pinned first-level division (and not that division, whose capital may share its name),
    with its point."""
    for n, seg in enumerate(segments):
        found = gaz.lookup(seg.name) or gaz.lookup(_stem(seg.name))
        if seg.generic not in _LOCAL_GENERICS and not _named_again(segments, n) and any(
                e.type == "admin1" and (e.country, e.admin1) in units for e, _ in found):
            continue  # "Tadmur, Daraa, Syria": the division itself, not its capital's point
        if (point := _point_inside(seg.name, found, units, towns_first=seg.whole)) is not None:
            return point
    return None


def _named_again(segments: list[_Segment], n: int) -> bool:
    """Whether a later unit of the pin bears the name of unit ``n``: in ``(Marib, Marib)`` the
    first is the district or town inside the division of its name, as databases write them."""
    key = place_key(segments[n].name)
    return any(place_key(later.name) == key for later in segments[n + 1:])


def unit_point(
    gaz: Gazetteer, name: str, units: frozenset[tuple[str, str]]
) -> tuple[str, float, float] | None:
    """``(name, lat, lon)`` of the second-level division or town called ``name`` inside one of
    the first-level ``units``, or None."""
    return _point_inside(name, gaz.lookup(name), units)


def _point_inside(
    name: str, found: list[tuple[Entry, int]], units: set[tuple[str, str]] | frozenset,
    towns_first: bool = False,
) -> tuple[str, float, float] | None:
    inside = [e for e, _ in found if e.type in _LOCAL_TYPES
              and e.lat is not None and e.lon is not None and (e.country, e.admin1) in units]
    if not inside:
        return None
    order = _TOWNS_FIRST if towns_first else _LOCAL_TYPES
    best = min(inside, key=lambda e: order.index(e.type))
    return name, best.lat, best.lon


_LONG_FORM = re.compile(r"[ ](?:de|del|de la|y)[ ]")
"""The joint of a division's official long name (``Michoacán de Ocampo``, ``Coahuila de
Zaragoza``), which the gazetteer holds as an alternate name and nobody writes for a town."""


_DIVISION_PART = re.compile(
    r"(?P<division>[A-Z][\w’'‘ ]*?)(?:-|[ ]\()(?:North|South|East|West|Central)\)?$"
)
"""A statistical part of a first-level division named with a direction after it (Myanmar's
``Shan-South``, ``Bago-East``, ``Yangon (North)``): it pins a name as the division does."""


def _admin1(gaz: Gazetteer, name: str, countries: set[str], firm: bool) -> list[Entry]:
    """First-level divisions named ``name`` (by their own name or official long form; in a firm
    pin, also by an alternate name or with a generic word added), inside ``countries`` when
    given."""
    def units(query: str, rank_needed: bool) -> list[Entry]:
        return [e for e, rank in gaz.lookup(query) if e.type == "admin1"
                and (rank or not rank_needed) and (not countries or e.country in countries)]

    found = units(name, not firm and not _LONG_FORM.search(name))
    if not found and (part := _DIVISION_PART.match(name)):
        found = units(part.group("division"), True)  # "Shan-South", "Bago-East": parts of one
    if not found and firm and countries:
        for word in _GENERIC_FORMS:
            found = units(f"{name} {word}", False)
            if found:
                break
    return found


def unit_spans(mentions: list[Mention]) -> dict[tuple[int, int], Entry]:
    """``(start, end)`` -> the first-level division written there as another name's pin."""
    return {(start, stop): entry for m in mentions for start, stop, entry in m.within.spans}


def unit_at(
    units: dict[tuple[int, int], Entry], start: int, end: int
) -> tuple[int, int, Entry] | None:
    """The pinning unit a name at ``start:end`` is (``Suwayda`` inside ``As Suwayda``,
    ``Damascus`` inside ``rural Damascus``), with the unit's span."""
    for (a, b), entry in units.items():
        if a <= start and end <= b:
            return a, b, entry
    return None


def unit_mentions(
    text: str, units: dict[tuple[int, int], Entry], accepted: list[Mention]
) -> list[Mention]:
    """Mentions for pinning units no candidate covers (``Eastern`` in ``Abqaiq, Eastern, Saudi
    Arabia``, which reads as an adjective to a name finder)."""
    from conflict_extract.components.places.mention import Mention  # mention.py holds a Pin

    taken = [(m.start, m.end) for m in accepted]
    out = []
    for (start, stop), entry in sorted(units.items()):
        if any(a < stop and start < b for a, b in taken):
            continue
        out.append(Mention(start, stop, text[start:stop], start, hint="admin1",
                           evidence={"unit"}, entry=entry))
        taken.append((start, stop))
    return out


BORDER_REACH_KM = 40.0
"""A town by its own name outside the pinned country still answers for the name within this
distance of the pinned division's point: sources code disputed or border land to either side
(Katzrin, in the occupied Golan, coded to Quneitra, Syria)."""

UNIT_REACH_KM = 150.0
"""Under a firm pin, a namesake outside the pinned division still counts within this distance of
the division's point: sources draw division edges differently (a town GeoNames puts in Nineveh
that a report puts in Saladin), though not for a city (Duma, As Suwayda is not Douma, the city
of Rif Dimashq)."""

LOCAL_REACH_KM = 75.0
"""When the pin also names a finer unit with a point (``Kyaikmaraw township (Mawlamyine
district, Mon state)``), a namesake outside the pinned first-level division must lie within this
distance of that point too: edges may be drawn differently, but a village of the same name in
another division far from the named district is another village. Inside the division this is
asked only when the text puts the name inside that unit (``Pin.inside_point``), since the finer
unit may be a large district named after its town, as Beer Sheva is."""


def strayed(entry: Entry, pin: Pin) -> bool:
    """Whether a namesake is a town of the pinned division's country lying far outside it: a
    bare ``X, Y`` may be a list, but a village named like ``X`` in another part of ``Y``'s
    country is no reading of it (``Los Hoyos, Michoacan``: not the Sonora village)."""
    return entry.type in ("city", "town") and entry.population < 100_000 and bool(pin.units) and (
        entry.country in {cc for cc, _ in pin.units}
    ) and not (near_any(entry, pin.centres, UNIT_REACH_KM) and near_local_unit(entry, pin))


def in_pinned_unit(entry: Entry, pin: Pin) -> bool:
    """Whether a place below the first level lies in the pinned division (and near the unit the
    text puts it in, where it says so)."""
    return (entry.country, entry.admin1) in pin.units and entry.type not in (
        "admin1", "country") and (not pin.inside_point or near_local_unit(entry, pin))


def near_local_unit(entry: Entry, pin: Pin) -> bool:
    """Whether a town lies near the finer unit the pin names with a point, where it names one
    (``Mawlamyine district`` in ``(Mawlamyine district, Mon state)``); divisions and large cities
    are not checked, as their points are only representative."""
    if pin.point is None or entry.type not in ("city", "town") or entry.population >= 100_000:
        return True
    return near_any(entry, (pin.point[1:],), LOCAL_REACH_KM)


def kept_in(found: tuple[Entry | None, str], pin: Pin) -> tuple[Entry | None, str]:
    """A reading found without the pin (a spelling variant: ``El Parotal, Guerrero``), kept only
    where the pin allows it too."""
    entry, _ = found
    return (None, "") if entry is not None and strayed(entry, pin) else found


def across_border(candidates: list[tuple[Entry, int]], pin: Pin) -> Entry | None:
    """The one town by this very name that lies, across a border, near the pinned division."""
    near = [e for e, rank in candidates if rank and e.type in ("city", "town")
            and e.country not in pin.countries and near_any(e, pin.centres, BORDER_REACH_KM)]
    return near[0] if len(near) == 1 else None


def near_any(entry: Entry, points: tuple[tuple[float, float], ...], km: float) -> bool:
    """Whether the entry has a point within ``km`` of any of the points."""
    return entry.lat is not None and entry.lon is not None and any(
        distance_km(entry.lat, entry.lon, lat, lon) <= km for lat, lon in points)
