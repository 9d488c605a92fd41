"""Whether a candidate is a place: country context, fame of a name, and the acceptance rules."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from conflict_extract.components.groups.actors import load_actor_index
from conflict_extract.components.places.cues import (
    AIRFIELD_NAME,
    LOCATIVE_PREPS,
    NON_PLACE_LABELS,
    PLACE_LABELS,
    WELL_KNOWN_NAMES,
    abbreviations,
    building_words,
    demonyms,
    feature_words,
    institution_words,
    street_name,
)
from conflict_extract.components.places.mention import Mention, name_key
from conflict_extract.components.places.metonymy import gpe_as_actor
from conflict_extract.components.places.runs import generic_division
from conflict_extract.gazetteer.index import Entry, Gazetteer, distance_km, load_gazetteer
from conflict_extract.text import translit
from conflict_extract.text.patterns import first_letter_guard


@lru_cache(maxsize=1)
def demonym_re() -> re.Pattern:
    """Any demonym as a whole word, the longest first, also as a plural noun (``the Syrians``,
    ``Iraqis``); the group is the demonym itself. ``Indians`` is left out: in American copy it
    names Native Americans and sports teams as often as the people of India; so is an allegiance
    (``pro-Iranian militias``, ``anti-American protests``), which says nothing of where."""
    words = sorted(demonyms(), key=len, reverse=True)
    allegiance = r"(?<!pro-)(?<!Pro-)(?<!anti-)(?<!Anti-)"
    return re.compile(r"\b" + allegiance + r"(?!Indians\b)" + first_letter_guard(words) + r"(" + "|".join(re.escape(w) for w in words)
                      + r")(?:s\b|\b)")


@lru_cache(maxsize=4)  # asked again by the second look at the same article
def demonyms_in(text: str) -> tuple[str, ...]:
    """The demonyms written in ``text``, in order."""
    return tuple(demonym_re().findall(text))


def country_context(
    doc: Doc, text: str, mentions: list[Mention], gaz: Gazetteer
) -> tuple[Counter, dict[str, Counter]]:
    """How often the article points at each country: demonyms, country names (not as actors),
    and names only one country has a region, province or famous city of; and what each name
    (by :func:`name_key`) contributed, so a name need not be its own evidence."""
    context: Counter = Counter()
    own: dict[str, Counter] = defaultdict(Counter)
    demo = demonyms()
    for word in demonyms_in(text):
        context[demo[word]] += 1
    for m in mentions:
        if "abbreviation" in m.evidence:
            context[abbreviations()[m.core.replace(". ", ".")][0]] += 1
            continue
        cands = gaz.lookup(m.core)
        if not cands or generic_division(m.core):
            continue
        countries = [e for e, _ in cands if e.type == "country"]
        if countries and any(e.type == "admin1" and rank for e, rank in cands):
            continue  # "Georgia": the country or the US state, evidence for neither
        if countries and "compound" in m.evidence:
            continue  # "US-Iran talks": a relation between states, not where things happen
        if countries and m.entry is not None and m.entry.country != countries[0].country:
            continue  # read again once "Lebanon" is settled as the Pennsylvania town
        if countries:
            span = doc.char_span(m.core_start, m.core_start + len(m.core), alignment_mode="expand")
            # "talks with the United States" says nothing about where things happen.
            if span is None or not gpe_as_actor(span):
                context[countries[0].country] += 2
                own[name_key(m.core)][countries[0].country] += 2
            continue
        big = {e.country for e, rank in cands if e.type in ("region", "admin1") or (
            e.type == "admin2" and rank and " " in m.core) or (
            e.population >= 100_000 and e.n_names >= WELL_KNOWN_NAMES)}
        # A city of its own name elsewhere makes the name evidence for neither ("Beni": the
        # Congolese city or the Bolivian department).
        rivals = big | {e.country for e, rank in cands if rank and e.population >= 100_000
                        and e.n_names >= WELL_KNOWN_NAMES // 2}
        if (province := province_as_named(m.core, cands)) is not None:
            big = rivals = {province.country}  # "Ontario": the province reading wins anyway
        if len(big) == 1 and len(rivals) == 1 and says_place(m):
            country = next(iter(big))
            if not any(rank for e, rank in cands if e.country == country) and any(
                rank for _, rank in cands
            ):
                continue  # "Salisbury": Harare's former name, the own name of towns elsewhere
            context[country] += 1
            own[name_key(m.core)][country] += 1
    context.pop(None, None)
    return context, own


def province_as_named(name: str, cands: list[tuple[Entry, int]]) -> Entry | None:
    """The one first-level division written as it is named, when every other namesake is a
    town abroad under half a million (``Ontario``: the province, not the Californian city), else
    None."""
    folded = translit.fold(name)
    units = [e for e, rank in cands
             if e.type == "admin1" and rank and translit.fold(e.name) == folded]
    if len(units) != 1:
        return None
    unit = units[0]
    return unit if all(
        e.type in ("city", "town") and e.country != unit.country and e.population < 500_000
        for e, _ in cands if e is not unit
    ) else None  # not "Tripoli", a province named after its city: the Libyan or Lebanese city


STRONG_CUES = frozenset(
    {"feature", "list", "reporting", "border", "direction", "within", "unit", "coded", "party",
     "area"}
)
"""Cues that make a name a place whatever else the article does with it."""


def says_place(m: Mention) -> bool:
    """Whether a candidate may speak for where the article is: the model calls it a place or a
    cue does, and the article does not use it for a person (``struck Corbin``, ``Welch said``)
    unless a strong cue makes it a place all the same."""
    if "surname" in m.evidence and not m.evidence & STRONG_CUES:
        return False
    return m.label in PLACE_LABELS or bool(m.evidence - {"appos", "title"})


@dataclass
class DivisionContext:
    """Where the article's names could lie, for choosing among namesakes."""

    units: Counter = field(default_factory=Counter)
    """``(country, admin1)`` -> support: a namesake in a well-supported division is likelier."""
    own: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    """What each name contributed to ``units``, by consonant skeleton (``Jizan`` and ``Jazan``
    are one name)."""
    points: dict[str, list[tuple[float, float]]] = field(default_factory=dict)
    """Name key -> points of the towns and counties it could be: a namesake with other names'
    candidates close by (``Huntsville`` and ``Walker County``, both in Texas) is likelier."""

    counties: dict[str, list[tuple[float, float]]] = field(default_factory=dict)
    """Name key -> points of the second-level units a name written as one (``Henry County``)
    could be."""
    counted: dict[tuple[str, float, float, float], int] = field(default_factory=dict, repr=False)
    """:meth:`neighbours` already answered (each mention of a name asks again)."""
    others_of: dict[str, Counter] = field(default_factory=dict, repr=False)
    """:meth:`others` already answered."""

    def others(self, skeleton: str) -> Counter:
        """The support of each division from the article's names other than the one with this
        consonant skeleton (asked once the context is built, so an answer stays true)."""
        if skeleton not in self.others_of:
            self.others_of[skeleton] = self.units - self.own.get(skeleton, Counter())
        return self.others_of[skeleton]

    def neighbours(self, key: str, lat: float, lon: float, km: float) -> int:
        """How many other names have a candidate within ``km`` of the point (asked once the
        context is built, so an answer stays true)."""
        asked = (key, lat, lon, km)
        if asked not in self.counted:
            box = km / 111.0 + 0.05
            self.counted[asked] = sum(
                any(abs(la - lat) <= box and abs(lo - lon) <= 2 * box
                    and distance_km(lat, lon, la, lo) <= km for la, lo in pts)
                for other, pts in self.points.items() if other != key
            )
        return self.counted[asked]

    def in_named_county(self, key: str, lat: float, lon: float) -> bool:
        """Whether the point lies within COUNTY_KM of a second-level unit another name of the
        article could be: the town in the county the article names (``Paris`` beside ``Henry
        County``)."""
        return any(distance_km(lat, lon, la, lo) <= COUNTY_KM
                   for other, pts in self.counties.items() if other != key for la, lo in pts)


def admin1_context(mentions: list[Mention], gaz: Gazetteer, countries: Counter) -> DivisionContext:
    """How strongly the article points at each first-level division, as ``(country, admin1)``,
    and where its names could lie. A name's support is shared among the divisions that have a
    place or unit of that name (``Avondale Estates``: all to Georgia; ``Decatur``: a tenth to
    each of ten states), so names that only make sense together (``Decatur``, ``DeKalb County``,
    ``Avondale Estates``) agree on one division. Only namesakes in the article's countries count,
    when it names any."""
    ctx = DivisionContext()
    for m in mentions:
        if not says_place(m):
            continue
        name = m.core
        if "abbreviation" in m.evidence:  # "Athens, Ga.": Georgia
            country, name = abbreviations()[m.core.replace(". ", ".")]
            if name is None:
                continue
        found = [e for e in namesakes(gaz, name, m.hint)
                 if e.admin1 and (not countries or e.country in countries)]
        # "Michoacan de Ocampo", "Texas": the first-level unit, whatever towns share its name.
        units = {(e.country, e.admin1) for e in found if e.type == "admin1"} or {
            (e.country, e.admin1) for e in found}
        key = name_key(m.core)
        if (m.hint == "admin2" or m.core.rsplit(" ", 1)[-1] in UNIT_WORDS) and (
            key not in ctx.counties
        ):
            # Every county of the name, however many states have one: a town lying in one of
            # them is still told apart from its namesakes (Marietta, seat of a Washington County).
            ctx.counties[key] = [(e.lat, e.lon) for e in found
                                 if e.lat is not None and e.type == "admin2"]
        if not units or len(units) > MAX_UNITS:
            continue
        for unit in units:
            ctx.units[unit] += 1 / len(units)
            ctx.own[translit.skeleton(m.core)][unit] += 1 / len(units)
        if key not in ctx.points:
            ctx.points[key] = [(e.lat, e.lon) for e in found
                               if e.lat is not None and e.type != "admin1"]
    return ctx


def namesakes(gaz: Gazetteer, name: str, hint: str | None) -> list[Entry]:
    """The first-level units (by any of their names), counties, towns and cities (by their own
    names) ``name`` could be; the counties alone where the text calls it one and has them."""
    named = units_named(gaz, name) if hint == "admin2" else []
    return named or [e for e, rank in gaz.lookup(name) if e.type == "admin1" or (
        rank and e.type in ("admin2", "city", "town"))]


def units_named(gaz: Gazetteer, name: str) -> list[Entry]:
    """Second-level units the gazetteer has by ``name`` with a generic word (``Walton`` of
    ``Walton and Oconee counties`` is Walton County): the text's feature word says which."""
    return [e for word in UNIT_WORDS for e, _ in gaz.lookup(f"{name} {word}") if e.type == "admin2"]


UNIT_WORDS = ("County", "Parish")
"""Generic words second-level units are named with in the gazetteer (``Rapides Parish``)."""

COUNTY_KM = 25.0
"""A town this close to a county's point lies in it: a county's point is the middle of its
places, and most counties are smaller than this reach."""

MAX_UNITS = 12
"""A name with places in more divisions than this (``Springfield``) is no evidence of any."""


def _contains_country(name: str) -> bool:
    """Whether a word or word pair of an unresolved name is a country's own name."""
    words = name.split(" ")
    gaz = load_gazetteer()
    return any(
        e.type == "country" and rank
        for n in (1, 2) for i in range(len(words) - n + 1)
        for e, rank in gaz.lookup(" ".join(words[i:i + n]))
    )


_SITE_ADJECTIVES = frozenset("military international air national regional civil army gas oil".split())


def landmark_head(core: str) -> str:
    """The name a landmark is called after: ``Harir`` of ``Harir Air Base``, ``Kunduz`` of
    ``Kunduz International Airport`` (the core itself when nothing is left)."""
    words = core.split(" ")
    features = feature_words()
    if len(words) > 2 and " ".join(words[-2:]).lower() in features:
        words = words[:-2]
    elif len(words) > 1 and words[-1].lower() in features:
        words = words[:-1]
    while len(words) > 1 and words[-1].lower() in _SITE_ADJECTIVES:
        words = words[:-1]
    return " ".join(words)


_BUILDING_LAST = frozenset(
    "park hall garden gardens festival olympics fairgrounds arena plaza theatre theater "
    "restaurant cafe church chapel cemetery library apartments home homes mausoleum laundromat "
    "hangar building room preserve freeway expressway".split()
)


def building_name(core: str) -> bool:
    """A building's or an event's name (``Webb Center``, ``Drayton Hall Elementary School``,
    ``Briarcliff Road``): not a place of the map unless a feature word makes it one."""
    words = core.split(" ")
    last = words[-1].lower().rstrip(".")
    return len(words) > 1 and (
        last in building_words() or last in institution_words() or last in _BUILDING_LAST
        or street_name(core)
    )


def group_name(name: str) -> bool:
    """A name the actor dictionary has for an armed group, party or organisation (``Hamas``,
    ``Fatah``), whatever town shares it; country names (``state`` actors) stay places."""
    return any(a.type != "state" for a in load_actor_index().candidates(name))


def well_known(gaz: Gazetteer, name: str) -> bool:
    """A country or a big, internationally known place (``Aleppo``), not a namesake hamlet
    (``Elliott``)."""
    return any(
        e.type == "country" and rank or e.population >= 100_000 and e.n_names >= WELL_KNOWN_NAMES
        for e, rank in gaz.lookup(name)
    )


def unambiguous(name: str, entry: Entry) -> bool:
    """A sizeable town whose name no other country's place shares (``withdrew from Bakhmut``)."""
    return entry.population >= 20_000 and all(
        e.country == entry.country for e, _ in load_gazetteer().lookup(name)
    )


def big_city(e: Entry, in_context: bool) -> bool:
    """A big, widely known city (``Marseille``): a place even where the model says ORG, unless the
    sentence uses it as an actor (left to the metonymy check)."""
    return e.type == "city" and e.n_names >= 2 * WELL_KNOWN_NAMES and (
        e.population >= 1_000_000 or (in_context and e.population >= 300_000)
    )


def accept(m: Mention, how: str, in_context: bool) -> bool:
    """Whether a candidate, with its resolution, is a place mention."""
    e = m.entry
    if "abbreviation" in m.evidence:
        return e is not None
    if not m.hint and group_name(m.core) or generic_division(m.core) and not in_context:
        return False  # "talks with Hamas": not Hamm; "a Southwest region" outside Cameroon
    strong_ctx = bool(m.evidence & STRONG_CUES)
    prep = "prep" in m.evidence
    if "surname" in m.evidence and not strong_ctx:
        return False
    if e is not None:
        if e.type in ("country", "region"):
            return m.label not in ("PERSON", "ORG") or strong_ctx or prep or (
                e.type == "country" and "appos" in m.evidence
            )
        if e.type == "admin2" and " " not in m.core and not (
            m.evidence & {"unit", "feature", "within", "list"}
        ):
            return prep and in_context and m.label not in NON_PLACE_LABELS  # "Leader", "Lot"
        if m.label == "ORG" and how == "primary" and big_city(e, in_context):
            return True  # "Lyon ... after Paris and Marseille": the model's ORG is wrong
        if m.label in NON_PLACE_LABELS:
            # The model tags many transliterated names PERSON or ORG ("shelled Kharkiv").
            if how == "alt":  # "Hamas" is an alternate name of Hamm, Germany
                return strong_ctx or (prep and in_context)
            if how == "skeleton":  # "struck Maaret al-Numan": a spelling of a place in context
                return strong_ctx or (prep and in_context)
            return strong_ctx or (prep and how == "primary" and (
                in_context or e.population >= 100_000 or unambiguous(m.core, e)))
        if m.label in ("NORP", "LANGUAGE"):
            return how == "primary" and (e.population >= 100_000 or strong_ctx or prep)
        if how == "alt" and e.population < 100_000 and not (prep or strong_ctx):
            return False
        if m.label in PLACE_LABELS:
            return how in ("primary", "alt") or strong_ctx or in_context
        if how == "primary":
            return prep or strong_ctx or e.population >= 100_000 or e.type in ("admin1", "country")
        # Another spelling needs the article's countries, or, as where the model says ORG or
        # PERSON, a cue only a place has.
        return strong_ctx or (prep and in_context)
    if "party" in m.evidence and m.core[:1].isupper() and not m.core.isupper():
        return True  # "Clif Moore, D-McDowell"
    if "coded" in m.evidence and m.label not in ("NORP", "LANGUAGE") and not m.core.isupper():
        return True  # "in Al Musayniah (As Said, Shabwah)", "in Mosul - Old City"
    if "within" in m.evidence and "prep" in m.evidence and m.label != "PERSON":
        return not m.core.isupper()  # "in Marir, Nineveh, Iraq"
    if "area" in m.evidence and len(m.core) >= 4 and not m.core.isupper() and not (
        "title" in m.evidence or building_name(m.core)
    ):
        return True  # "on the outskirts of Tal Hamidiyah": a cue only a place has
    if "dateline" in m.evidence and load_gazetteer().lookup(m.core):
        return True  # "HARWINTON — The town's ...": where the story is filed
    if "title" in m.evidence:
        return False  # unresolved names need prose around them
    if "prep" in m.evidence and m.within.firm and len(m.core) >= 4 and not m.core.isupper():
        return True  # "in Imam Gharbi, Nineveh, Iraq": a place the gazetteer lacks
    if " " in m.core and not m.hint and _contains_country(m.core):
        return False  # "United Russia", "Free Syrian Army": an organisation named after a country
    if m.hint in ("town", "city", "district", "camp") and "feature" in m.evidence:
        return True  # "in Balhaf town": the feature word outweighs the model's label
    if m.hint == "landmark" and AIRFIELD_NAME.search(m.core) and m.label != "PERSON" and (
        " " in m.core
    ):
        return True  # "Kuweires airbase", "the Russian-held Kuweires Air Base": whatever the label
    if m.label in ("NORP", "LANGUAGE"):
        return False
    if m.hint and ("feature" in m.evidence or "list" in m.evidence):
        if m.hint in ("region", "landmark"):
            if m.hint == "region" and ("prep" in m.evidence or m.label == "PERSON") and (
                m.label != "ORG"
            ):
                return True  # "in Qasim Bela area"; "the Hakora area" (no person has an area)
            return m.label in PLACE_LABELS or m.label is None or bool(
                m.hint == "landmark" and load_gazetteer().lookup(landmark_head(m.core))
            )
        return True
    if m.label in PLACE_LABELS and (m.evidence & {"reporting", "border", "direction", "prep"}):
        return len(m.core) >= 4 and not m.core.isupper() and not building_name(m.core)
    return False



def drop_actors(doc: Doc, accepted: list[Mention]) -> list[Mention]:
    """Metonymy: a country or city name acting (``Russia vetoed``) is an actor, not a place."""
    kept = []
    for m in accepted:
        if m.entry is not None and m.entry.type in ("country", "city", "town", "admin1") and not (
            m.evidence & {"direction", "feature", "reporting", "border", "institution"}
        ):
            span = doc.char_span(m.core_start, m.core_start + len(m.core), alignment_mode="expand")
            if span is not None and not _located(span) and gpe_as_actor(span):
                continue
        kept.append(m)
    return kept


_IN_WORDS = LOCATIVE_PREPS - {"from", "to", "toward", "towards", "between", "through", "besieged"}
"""Locative words that say where, not whence, whither or between whom (``in``, ``near``)."""


def _located(span) -> bool:
    """Whether a locative word stands right before the name (``in Tecpan, Guerrero, gunmen
    launched``): a place whatever a misparse makes it the subject of."""
    return span.start > 0 and span.doc[span.start - 1].text.lower() in _IN_WORDS



# --- lower-cased and ALL-CAPS text ----------------------------------------------------------------
