"""Resolving a name to a gazetteer entry with the article's country context.

Exact fold keys first, then the consonant skeleton and fuzzy keys restricted to the article's
countries; candidates are ranked by country context, feature type and population. An ambiguous
name with no support stays unresolved: a pin in the wrong country is worse than none.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from conflict_extract.components.places.cues import (
    NO_GAZETTEER_HINTS,
    WELL_KNOWN_NAMES,
    abbreviations,
)
from conflict_extract.components.places.evidence import DivisionContext, units_named
from conflict_extract.components.places.mention import name_key
from conflict_extract.components.places.pins import (
    NO_PIN,
    UNIT_REACH_KM,
    Pin,
    across_border,
    in_pinned_unit,
    kept_in,
    near_any,
    near_local_unit,
    strayed,
)
from conflict_extract.gazetteer import sources
from conflict_extract.gazetteer.index import Entry, Gazetteer, distance_km
from conflict_extract.text import translit

ADMIN1_WEIGHT = 3.0
"""Score for a namesake in the first-level division all the article's other names point at."""

NEIGHBOUR_KM = 60.0
NEIGHBOUR_WEIGHT = 1.0
"""Score per other name of the article (two at most) with a namesake within NEIGHBOUR_KM."""

@dataclass
class Resolver:
    """Per-document resolution with the article's country context (country -> weight of its
    mentions, from countries, demonyms and unambiguous cities)."""

    gaz: Gazetteer
    context: Counter
    fuzzy_cutoff: float = 90.0
    divisions: DivisionContext = field(default_factory=DivisionContext)
    """Which divisions and points the article's names could lie in."""
    own: dict[str, Counter] = field(default_factory=dict)
    """What each name (by merge key) contributed to ``context``."""
    weight: dict[str, float] = field(init=False)
    top: list[str] = field(init=False)
    unit_shares: dict[tuple[str, str], float] = field(init=False)
    """Shares of the article's first-level divisions (a name's own support is spread evenly over
    its namesakes' divisions, so it favours none of them, except a town in the division of its
    own name: ``Jazan``)."""

    def __post_init__(self) -> None:
        total = sum(self.context.values()) or 1
        self.weight = {cc: n / total for cc, n in self.context.items()}
        units, total = self.divisions.units, sum(self.divisions.units.values())
        self.unit_shares = {unit: n / total for unit, n in units.items()}
        self.top = [cc for cc, _ in self.context.most_common(2)]

    def in_context(self, entry: Entry | None) -> bool:
        """True if the entry lies in one of the article's countries."""
        return entry is not None and self.weight.get(entry.country or "", 0.0) > 0

    def resolve(
        self, name: str, hint: str | None, strong: bool,
        within: Pin = NO_PIN,
    ) -> tuple[Entry | None, str]:
        """Best gazetteer entry for ``name`` and how it matched (``primary``, ``alt``,
        ``skeleton``, ``fuzzy``), or ``(None, "")`` when the evidence is not strong enough.
        ``within``: where the text pins the name (``Paris, Texas``, ``Karaj, Nineveh, Iraq``)."""
        if hint in NO_GAZETTEER_HINTS:
            return self._feature(name), "primary"
        if name in abbreviations() or name.replace(". ", ".") in abbreviations():
            return _abbreviation(self.gaz, name.replace(". ", ".")), "primary"
        candidates = self.gaz.lookup(name)
        if hint == "admin2":
            # "Walton and Oconee counties": the counties, not towns of the names.
            candidates = [(e, 1) for e in units_named(self.gaz, name)] or candidates
        if name.isupper() and len(name) <= 5:
            # An acronym (SANA, UN, ISIS) is a place only as a country's short form (UK, DRC).
            return next(((e, "primary") for e, _ in candidates if e.type == "country"), (None, ""))
        if within and not any(e.type == "country" and r for e, r in candidates):
            return self._pinned(name, candidates, hint, strong, within)
        if candidates:
            return self._choose(name, candidates, hint)
        if not strong or len(translit.fold(name)) < 4:
            return None, ""
        # Weaker keys only inside the article's own countries.
        allowed = {cc for cc in self.context if self.weight.get(cc, 0) >= 0.15}
        supported = _support_test(self, name)
        skel = [e for e in self.gaz.lookup_skeleton(name) if e.country in allowed]
        skel = [e for e in skel if type_ok(e, hint) and _close(name, e.name) and supported(e)]
        if skel:
            best = max(skel, key=lambda e: (e.type == "admin1" and hint == "admin1", e.population))
            return best, "skeleton"
        for cc in self.top[:1]:
            if self.weight.get(cc, 0) < 0.3:
                break
            fuzzy = [(e, sc) for e, sc in self.gaz.fuzzy(name, cc, cutoff=self.fuzzy_cutoff)
                     if type_ok(e, hint) and _close(name, e.name) and supported(e)]
            if fuzzy:
                return max(fuzzy, key=lambda es: (es[1], es[0].population))[0], "fuzzy"
        return None, ""

    def _pinned(
        self, name: str, candidates: list[tuple[Entry, int]], hint: str | None, strong: bool,
        pin: Pin,
    ) -> tuple[Entry | None, str]:
        """Resolution inside a pin: the namesake in the pinned division; under a firm pin
        (a country written, a unit named with its kind) one in the pinned country, or none."""
        inside = [(e, r) for e, r in candidates if in_pinned_unit(e, pin)]
        if inside:
            unit = hint in ("district", "admin2")
            entry, rank = max(inside, key=lambda er: (
                (er[0].type == "admin2") == unit, er[1], er[0].population))
            return entry, "primary" if rank else "alt"
        if not pin.firm:
            kept = [(e, r) for e, r in candidates if not strayed(e, pin)]
            return self._choose(name, kept, hint) if kept else (
                (None, "") if candidates else kept_in(self.resolve(name, hint, strong), pin))
        local = [(e, r) for e, r in candidates if e.country in pin.countries and (
            not pin.units or e.type == "admin1" or e.population >= 500_000
            or e.type != "city" and near_any(e, pin.centres, UNIT_REACH_KM)
            and near_local_unit(e, pin)
        )]  # "Aleppo, Homs, Syria" may be a list; a division's edge is drawn differently by sources
        if local:
            entry, how = self._choose(name, local, hint, pinned=True)
            if entry is not None:
                return entry, how
        if (across := across_border(candidates, pin)) is not None:
            return across, "primary"
        if len(translit.fold(name)) < 5:
            return None, ""
        # A spelling variant only inside the pinned division (or country, when none is named).
        near = [e for e in self.gaz.lookup_skeleton(name) if type_ok(e, hint) and (
            (e.country, e.admin1) in pin.units if pin.units else e.country in pin.countries)
            and _close(name, e.name) and (not pin.inside_point or near_local_unit(e, pin))]
        if near:
            return max(near, key=lambda e: e.population), "skeleton"
        return None, ""

    def _feature(self, name: str) -> Entry | None:
        """An airport or air base the gazetteer knows by this very name (``Erbil International
        Airport``); other landmarks, camps and neighbourhoods never take a gazetteer point."""
        found = [e for e, rank in self.gaz.lookup(name) if e.type == "landmark"]
        # "Burlington International Airport": the one whose own name holds the written one
        # (Vermont's), not another town's airport indexed as "<city> International Airport".
        holding = [e for e in found if _own_name_holds(name, e)]
        if len(holding) == 1:
            return holding[0]
        if len(found) == 1 or len({e.country for e in found}) == 1 and found:
            return found[0]
        local = [e for e in found if self.weight.get(e.country or "", 0.0) > 0]
        return local[0] if len(local) == 1 else None

    def _weights_for(self, name: str, a_country: bool = False) -> dict[str, float]:
        """Country weights from the article's other names: a famous namesake (``Paris``) must
        not vouch for itself against the article's own country. Where the other names say
        little (less than three mentions' worth), the full weights of the countries they name
        at all; the full weights for a country's own name (``Brazil``), which needs no other
        name to speak for it, or where the other names name no country."""
        own = self.own.get(name_key(name))
        if not own:
            return self.weight
        return _weights_beside(self.weight, self.context - own, a_country)

    def _others_units(self, skeleton: str) -> dict[tuple[str, str], float]:
        """Shares of the first-level divisions from the article's names other than the one
        with this consonant skeleton."""
        rest = self.divisions.others(skeleton)
        total = sum(rest.values())
        return {unit: n / total for unit, n in rest.items()} if total else {}

    def _settled_by_article(
        self, name: str, scored: list[tuple[float, Entry, int]], weight: dict[str, float]
    ) -> Entry | None:
        """The best namesake (by its own name) when the article settles it: with no point, the
        next the map knows in the article's countries or a big city (``Gaza`` beside Israel: the
        city, not a pointless unit); with two other names of the article lying around it
        (``Athens`` beside Tyler and Corsicana: the Texas town), the best itself."""
        best = scored[0][1]
        if best.lat is None:
            pointed = [e for _, e, r in scored[1:] if r and e.lat is not None and (
                weight.get(e.country or "", 0.0) > 0 or e.population >= 100_000)]
            return pointed[0] if pointed else None
        near = self.divisions.neighbours(name_key(name), best.lat, best.lon, NEIGHBOUR_KM)
        return best if near >= 2 else None

    def _score(
        self, entry: Entry, rank: int, hint: str | None, weight: dict[str, float], key: str,
        shares: dict[tuple[str, str], float],
    ) -> float:
        population = entry.population
        if entry.type == "admin1" and entry.population == 0:
            # A province without a linked seat: a first-level unit is no small town ("Ontario"
            # is not to give way to the Californian city on its size alone).
            population = 1_000_000
        elif entry.type == "admin2":
            # As a small town: a sizeable town of the same name in its country is the likelier
            # reading of a bare name; the county wins over villages and on country context.
            population = 10_000
        score = math.log10(population + 10) + 1.5 * rank
        score += 6 * weight.get(entry.country or "", 0.0)
        if entry.type not in ("admin1", "country", "region") and rank:
            # "Alexandria" in an article about Louisiana parishes: the Louisiana town.
            score += ADMIN1_WEIGHT * shares.get((entry.country, entry.admin1), 0.0)
        elif entry.type == "admin1" and rank:
            # "Kansas" with Wichita and Topeka: the state, on the other names' word alone.
            others = self._others_units(translit.skeleton(entry.name))
            score += ADMIN1_WEIGHT * others.get((entry.country, entry.admin1), 0.0)
        if entry.type in ("admin2", "city", "town") and rank and entry.lat is not None:
            near = self.divisions.neighbours(key, entry.lat, entry.lon, NEIGHBOUR_KM)
            score += NEIGHBOUR_WEIGHT * min(near, 2)
        if entry.type == "country":
            score += 8
        elif entry.type == "region":
            score += 4
        elif entry.type in ("admin1", "admin2"):
            if hint == "admin1":
                score += 6
            else:
                score -= 0.5  # bare "Aleppo": the city, not its governorate
        elif hint == "admin1":
            score -= 2
        return score

    def _scored(
        self, name: str, candidates: list[tuple[Entry, int]], hint: str | None,
        weight: dict[str, float],
    ) -> list[tuple[float, Entry, int]]:
        """``(score, entry, rank)`` of the namesakes the hint allows, best first."""
        short = len(translit.fold(name)) <= 3
        if not any(rank for _, rank in candidates):
            # "Marawi" for Marawi City: the place's own name without its generic word; an
            # airport's own name holding the written one.
            candidates = [(e, int(_own_name_holds(name, e))) for e, _ in candidates]
        key = name_key(name)
        skeleton = translit.skeleton(name)
        # A name of towns in several divisions speaks for none of them: the shares of the
        # others' divisions (Manhattan beside Kansas alone is the Kansas town), undiluted by it.
        others = self.unit_shares if len(self.divisions.own.get(skeleton, ())) <= 1 else (
            self._others_units(skeleton))
        # Against a city of millions, a village needs the name's own mentions behind its
        # division too: "Dallas" beside Charlotte, N.C. is the Texas city, not a town of 4,600.
        famous = any(e.population >= 1_000_000 for e, _ in candidates)

        def shares(e: Entry) -> dict[tuple[str, str], float]:
            return self.unit_shares if famous and e.population < 10_000 else others

        return sorted(
            ((self._score(e, rank, hint, weight, key, shares(e)), e, rank)
             for e, rank in candidates
             if type_ok(e, hint) and (rank or not short or e.type in ("country", "region"))),
            key=lambda ser: -ser[0],
        )

    def _choose(
        self, name: str, candidates: list[tuple[Entry, int]], hint: str | None,
        pinned: bool = False,
    ) -> tuple[Entry | None, str]:
        """The namesake the article's context points at; ``pinned``: the text itself firmly
        sets the name somewhere (``Flumeri in southern Italy``), whatever the article's other
        names say."""
        if not any(rank for _, rank in candidates) and name.count(" ") <= 1:
            # A village known by a short name only as another name must lie where the article
            # is (Suttons Bay, once Pleasant City, is no reading of "Pleasant City" in an Ohio
            # story); a town known abroad by its other name (Kiev) need not, nor a long name
            # few places share (Vandenberg Air Force Base).
            supported = _support_test(self, name)
            candidates = [(e, rank) for e, rank in candidates
                          if e.population >= ALT_SUPPORT_POPULATION or supported(e)]
        weight = self._weights_for(
            name, a_country=any(e.type == "country" and rank for e, rank in candidates))
        scored = self._scored(name, candidates, hint, weight)
        if not scored:
            return None, ""
        _, best, rank = scored[0]
        how = "primary" if rank else "alt"
        others_say = self.context - self.own.get(name_key(name), Counter())
        if (clear := _clear_namesake(scored, others_say)) is not None:
            return clear, "primary"
        if (local := _local_namesake(self, name, scored)) is not None:
            return local, "primary"
        if (seat := _town_of_named_county(self, name, scored)) is not None:
            return seat, "primary"
        if _tied(scored):  # "Henderson County", no state named: no division, no point
            return replace(best, admin1=None, lat=None, lon=None, geonameid=None), how
        if best.type == "country" and not weight.get(best.country or ""):
            # "Georgia", "Lebanon", "Jordan" in a story set elsewhere: the state or town there.
            local = [e for _, e, r in scored if r and e.type in ("admin1", "city", "town")
                     and weight.get(e.country or "", 0.0) >= 0.5]
            if local:
                return local[0], "primary"
        if best.type in ("country", "region", "landmark"):
            return best, how
        if best.type == "admin2" and hint not in ("district", "admin2"):
            # "Khamis Mushayt": the city, not the governorate named after it.
            town = [(e, r) for _, e, r in scored if e.type in ("city", "town")
                    and e.country == best.country]
            if town:
                return town[0][0], "primary" if town[0][1] else "alt"
        if rank and (settled := self._settled_by_article(name, scored, weight)) is not None:
            return settled, "primary"
        others = [e for _, e, _ in scored[1:] if e.country != best.country]
        if weight.get(best.country or "", 0.0) > 0:
            if best.type == "town" and best.population < 20_000 and (
                weight.get(best.country or "", 0.0) < 0.25
            ):
                return None, ""  # a village in a country the article only touches on
            if best.type == "town" and best.population < 50_000 and any(
                e.type in ("admin1", "admin2", "region") or e.population >= 10 * best.population
                for e in others
            ) and weight.get(best.country or "", 0.0) < 0.6:
                # "an airbase in Hampshire" with the US in the article: the English county is
                # as likely as the Illinois village.
                return None, ""
            world = _world_city(self, name, best, scored) if best.type == "town" else None
            if world is not None:
                return world, "primary"
            if best.type == "town" and best.population < 20_000 and not pinned and (
                    _far_from_story(self, name, best)):
                return None, ""
            return best, how
        if hint in ("town", "district", "admin2") and self.context:
            return None, ""  # "the Safi sub-district" set in Pakistan: not a Moroccan city
        return (best, how) if _dominant_abroad(name, hint, scored, others, weight) else (None, "")


def _weights_beside(weight: dict[str, float], rest: Counter, a_country: bool) -> dict[str, float]:
    """The country weights a name is read by, from ``rest``, the article's support for each
    country without the name's own (see :meth:`Resolver._weights_for`)."""
    total = sum(rest.values())
    if total >= 3:
        return {cc: n / total for cc, n in rest.items()}
    vouched = {cc: w for cc, w in weight.items() if rest.get(cc)}
    if vouched and not a_country:
        # a short text: no country the name alone speaks for ("the Old City district" of a
        # Mosul story is no district of Sanaa)
        share = sum(vouched.values())
        return {cc: w / share for cc, w in vouched.items()}
    return weight


def _local_namesake(
    resolver: Resolver, name: str, scored: list[tuple[float, Entry, int]]
) -> Entry | None:
    """A famous namesake whose country only the name itself points at gives way to the town
    of that name in the division the article's other names point at (``Paris`` beside Edgar
    County, Illinois is Paris, Illinois; ``Lebanon`` beside Boone County and Zionsville is
    the Indiana town, not the country), that two other names lie around, or that lies in a
    county the article names (``Paris`` beside Henry County: Paris, Tennessee)."""
    key = name_key(name)
    own = resolver.own.get(key)
    rest = resolver.context - own if own else None
    if not own or any(rest.get(cc) for cc in own):
        return None
    units = resolver._others_units(translit.skeleton(name))
    local = [e for _, e, r in scored if r and e.country not in own
             and e.type in ("city", "town") and e.lat is not None and (
                 units.get((e.country, e.admin1), 0.0) >= 0.5
                 or resolver.divisions.neighbours(key, e.lat, e.lon, NEIGHBOUR_KM) >= 2
                 or resolver.divisions.in_named_county(key, e.lat, e.lon))]
    return local[0] if local else None


def _town_of_named_county(
    resolver: Resolver, name: str, scored: list[tuple[float, Entry, int]]
) -> Entry | None:
    """The one namesake town lying in a county the article names, where the best namesake has
    no support of the article's other names (``Marietta`` beside ``Washington County`` alone: the
    Ohio town, seat of one of the many Washington counties, not the Georgia city)."""
    _, best, _ = scored[0]
    key = name_key(name)
    if best.type not in ("city", "town") or best.lat is None or not resolver.divisions.counties:
        return None
    units = resolver._others_units(translit.skeleton(name))
    if units.get((best.country, best.admin1), 0.0) > 0 or resolver.divisions.neighbours(
            key, best.lat, best.lon, NEIGHBOUR_KM) or resolver.divisions.in_named_county(
            key, best.lat, best.lon):
        return None
    seats = [e for _, e, r in scored[1:] if r and e.type in ("city", "town") and e.lat is not None
             and resolver.divisions.in_named_county(key, e.lat, e.lon)]
    return seats[0] if len(seats) == 1 else None


def _world_city(
    resolver: Resolver, name: str, town: Entry, scored: list[tuple[float, Entry, int]]
) -> Entry | None:
    """A city of millions abroad, by its own name, that the article's other names give its
    namesake town no reason to displace: no division of theirs holds the town and none lies
    near it (``London`` in a story of a London-based firm that also names Seattle is not
    London, Kentucky)."""
    world = [e for _, e, rank in scored if rank and e.country != town.country
             and e.type == "city" and e.population >= 1_000_000
             and e.n_names >= 3 * WELL_KNOWN_NAMES]
    if not world or town.lat is None:
        return None
    units = resolver._others_units(translit.skeleton(name))
    if units.get((town.country, town.admin1), 0.0) >= 0.2 or resolver.divisions.neighbours(
            name_key(name), town.lat, town.lon, SUPPORT_KM):
        return None
    return world[0]


def _far_from_story(resolver: Resolver, name: str, entry: Entry) -> bool:
    """Whether a village lies in a division none of the article's other names points at,
    while most of them, two at least and more often than the name is written, point at one
    other division, and near none of them (``Oxford`` in an Ontario story is no Alberta
    hamlet)."""
    skeleton = translit.skeleton(name)
    own = resolver.divisions.own.get(skeleton, Counter())
    rest = resolver.divisions.others(skeleton)
    units = resolver._others_units(skeleton)
    if units.get((entry.country, entry.admin1), 0.0) >= 0.1 or not rest or max(
        units.values()) < 0.5 or max(rest.values()) < max(2, sum(own.values())):
        # One other name is too little to set the story elsewhere, and so are fewer mentions
        # than the name itself has (a local paper's own town, written six times).
        return False
    return entry.lat is None or resolver.divisions.neighbours(
        name_key(name), entry.lat, entry.lon, SUPPORT_KM) == 0


def _same_spot(entry: Entry, town: Entry) -> bool:
    """Whether a namesake is the town's own second-level division, named after it."""
    if entry.type != "admin2" or town.lat is None or town.lon is None:
        return False
    return (entry.country, entry.admin1) == (town.country, town.admin1) and (
        entry.lat is None or distance_km(entry.lat, entry.lon, town.lat, town.lon) <= NEIGHBOUR_KM)


def _dominant_abroad(
    name: str, hint: str | None, scored: list[tuple[float, Entry, int]], others: list[Entry],
    weight: dict[str, float],
) -> bool:
    """Whether the best namesake of a name outside the article's countries is clearly dominant:
    by its own name, and bigger or far better known than every other."""
    _, best, rank = scored[0]
    # Outside the article's countries: only a clearly dominant place, by its own name; a
    # unit outranks a foreign county of its name ("Kentucky": not the Jamaican district).
    if best.type in ("admin1", "admin2") and rank and not any(
        e.type == "admin1" or e.type == best.type for e in others
    ):
        # A first-level division written as it is named outranks foreign towns, save a big
        # city or one in the article's countries: "Ontario" is the province, not the
        # Californian city of 175,000; "Beni" is not Bolivia's El Beni.
        big = 500_000 if best.type == "admin1" and translit.fold(best.name) == translit.fold(
            name) and not any(weight.get(e.country or "", 0.0) > 0 for e in others) else 100_000
        if hint == "admin1" or not any(e.population >= big for e in others):
            return True
    if not others and best.population >= 20_000 and (
        rank or best.n_names >= WELL_KNOWN_NAMES // 2
    ):
        return True  # a sizeable town no other country has a place named like
    if all(_same_spot(e, best) for _, e, _ in scored[1:]) and rank and (
        best.population >= 5_000 or hint == "town") and (" " in name or not weight):
        # "Pigeon Forge": the only place the gazetteer has by this name (or its county named
        # after it: "Tipperary town", a kind word making up for a small size); a one-word name
        # ("Hermantown") where the article names no country to doubt it.
        return True
    if rank and best.population >= 50_000 and not any(
        r and e.country != best.country for _, e, r in scored[1:]
    ) and all(e.population * (3 if r == 0 else 10) <= best.population
              for _, e, r in scored[1:] if e.country != best.country):
        # "Marawi": the only place of that name, others only sound like it; "Homs": a city
        # three times the size of the one that has it as an old alternate name
        return True
    if best.n_names < WELL_KNOWN_NAMES:
        return False  # "Miraflores" (Lima) in an article about Caracas
    rival = max((e.population for e in others), default=0)
    floor = 100_000 if rank else 500_000  # "Kiev", "Kharkov": alternate names of big cities
    fame = max((e.n_names for e in others), default=0)
    # Far bigger, or far better known (Geneva has 60 names, its US namesakes 17 at most).
    return best.population >= floor and (
        best.population >= 10 * max(rival, 1) or best.n_names >= 3 * max(fame, 1)
    )


ALT_SUPPORT_POPULATION = 10_000
"""Below this size, a place matched only by an alternate name needs the article's support."""

SUPPORT_KM = 120.0
"""A spelling variant is taken only in a first-level division the article's other names point
at, or within this distance of a place one of them could be."""


def _support_test(resolver: Resolver, name: str) -> Callable[[Entry], bool]:
    """Whether the article's other names support a town read from a spelling variant or a
    former name of ``name`` (``Braxton`` in a story of Kanawha County, West Virginia is no
    reading of Broxton, Georgia); true where the other names point at no division at all. The
    other names' divisions are counted once per name, not once per candidate."""
    units = resolver._others_units(translit.skeleton(name))
    key = name_key(name)

    def supported(entry: Entry) -> bool:
        if entry.type not in ("city", "town"):
            return True
        if not units or units.get((entry.country, entry.admin1), 0.0) >= 0.2:
            return True
        return entry.lat is not None and entry.lon is not None and resolver.divisions.neighbours(
            key, entry.lat, entry.lon, SUPPORT_KM) >= 1

    return supported


def _abbreviation(gaz: Gazetteer, name: str) -> Entry | None:
    """The division (``W.Va.``) or country (``U.S.``) a dotted abbreviation stands for."""
    country, full = abbreviations()[name]
    if full is None:
        return gaz.countries.get(country)
    units = [e for e, rank in gaz.lookup(full) if e.country == country and e.type == "admin1"]
    return units[0] if units else None


def _clear_namesake(scored: list[tuple[float, Entry, int]], others_say: Counter) -> Entry | None:
    """A namesake that outranks the best-scored town or unit whatever the scores say: a curated
    region spanning countries (``the Middle East``, ``the Gulf``: not the Maryland hamlet or
    the Papua New Guinea province), or the capital of a country the article's other names speak
    of (``Damascus`` beside the Syrians and Washington) over a town of its name; or None."""
    best = scored[0][1]
    if best.type == "country":
        return None
    region = next((e for _, e, r in scored if r and e.type == "region" and e.country is None), None)
    if region is not None:
        return region
    if best.type not in ("city", "town") or best.population >= 100_000:
        return None
    return next((e for _, e, r in scored if r and e.type == "city" and others_say.get(e.country or "")
                 and (e.country, translit.fold(e.name)) in sources.capitals()), None)


def _tied(scored: list[tuple[float, Entry, int]]) -> bool:
    """Whether the best two namesakes are of one kind and score the same: nothing tells them
    apart."""
    return len(scored) > 1 and scored[1][0] >= scored[0][0] and (
        scored[1][1].type == scored[0][1].type in ("admin2", "city", "town"))


def type_ok(entry: Entry, hint: str | None) -> bool:
    if hint in ("town", "city"):
        return entry.type in ("city", "town")
    if hint == "admin1":
        return entry.type in ("admin1", "admin2", "city", "town", "region")
    if hint in ("district", "admin2"):
        return entry.type in ("town", "city", "admin1", "admin2")
    return True


_GENERIC_ENDS = ("city", "town", "ville", "burg", "borough", "field", "port")
"""Endings of English place names that say what kind of place it is, not which."""


def _close(a: str, b: str) -> bool:
    """Whether two spellings are near enough to accept a weak key: same first letter and at
    most one edit in three letters (one for names of up to five) on the folded names without
    articles, spaces or hyphens: ``Kafr Nabal``/``Kafranbel``, ``Amerli``/``Amirli``; not
    ``Imam Gharbi``/``Ali al Gharbi``, nor names with different generic endings."""
    from rapidfuzz.distance import Levenshtein

    fa, fb = (translit.drop_article(translit.fold(x)).removeprefix("al ").replace(" ", "")
              for x in (a, b))
    if not (fa and fb) or fa[0] != fb[0]:
        return False
    if any(fa.endswith(end) != fb.endswith(end) for end in _GENERIC_ENDS):
        return False  # "Pleasant City" is not "Pleasantville": the edits are all in one word
    n = min(len(fa), len(fb))
    return Levenshtein.distance(fa, fb) <= max(1, n // 3)


def _own_name_holds(name: str, entry: Entry) -> bool:
    """Whether the entry's own name is ``name`` followed by ``City`` (``Marawi City``, ``Bago
    City``) or, for an airport, holds ``name`` whole (``Burlington International Airport``:
    Patrick Leahy Burlington International Airport, not another Burlington's indexed by its
    town)."""
    own, written = translit.fold(entry.name), translit.fold(name)
    return own == written + " city" or entry.type == "landmark" and f" {written} " in f" {own} "
