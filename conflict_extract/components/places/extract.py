"""Places in cased prose: candidates, resolution, acceptance, and the sweep for repeats.

How a place is found. Every capitalised name run in the prose (``Karm al-Jabal``, ``Ma'arrat
an-Nu'man``, ``Turkey-Syria``) is a candidate; it becomes a place mention on evidence:

* the model's entity label (GPE, LOC, FAC) or the gazetteer resolving it,
* a feature word beside it (``the Qadi Askar neighbourhood``, ``the towns of X and Y``,
  ``the northwestern province of Idlib``), which also gives its type,
* a locative preposition before it (``in``, ``near``, ``outside``...) when it resolves,
* reporting cues (``reporting from X``, ``speaking from X``, ``X-based``) which make it a
  ``reporting`` place, and border phrases (``the X border``, ``Turkey-Syria border``).

Directional forms (``east Aleppo``, ``the northwestern province of Idlib``) are mentions of the
containing place. Names used for actors (``Russia vetoed``, ``Damascus said``) are left to groups
(:func:`conflict_extract.components.places.metonymy.gpe_as_actor`). A second sweep adds every
other occurrence of an accepted name, and names coordinated with a known neighbourhood or town
(``Karm al-Jabal and al-Shaar``).

Capitals rule out mistakes the model makes: a big, widely known city (``Marseille``) is a place
even where the model says ORG; ``Badia al-Sukhnah`` (the desert around a town) and ``the Oxford
Street bus station`` (a street of the sentence's city, not of Oxford) keep their own names.
Caseless text is handled in :mod:`conflict_extract.components.places.caseless`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from conflict_extract.components.places.airfields import airfield_spelling
from conflict_extract.components.places.candidates import (
    find_candidates,
    split_feature_suffix,
    spread_list_features,
    suffix_fits,
)
from conflict_extract.components.places.caseless import caseless, caseless_mentions, common_words
from conflict_extract.components.places.coded import (
    join_dashed,
    join_of_names,
    mark_bracket_lists,
    pin_coded_places,
    written_variants,
)
from conflict_extract.components.places.cues import (
    DIRECTIONS,
    GEO_PREFIXES,
    LANDMARK_LEAD,
    NON_PLACE_LABELS,
    building_words,
    demonyms,
    eponymous_words,
    feature_words,
    institution_words,
    national_site_words,
    not_places,
    office_words,
    resident_words,
    street_name,
)
from conflict_extract.components.places.evidence import (
    UNIT_WORDS,
    accept,
    admin1_context,
    building_name,
    country_context,
    drop_actors,
    group_name,
    well_known,
)
from conflict_extract.components.places.mention import Mention, name_key
from conflict_extract.components.places.merge import merge_places
from conflict_extract.components.places.nested import (
    beside_settled,
    counties_by_name,
    inside_known,
    prefixes_of_accepted,
    short_forms,
    towns_of_landmarks,
    units_also_abbreviated,
)
from conflict_extract.components.places.pins import (
    pin_after,
    strayed,
    unit_at,
    unit_mentions,
    unit_spans,
)
from conflict_extract.components.places.resolve import Resolver
from conflict_extract.gazetteer.index import Entry, Gazetteer, load_gazetteer
from conflict_extract.models import Place
from conflict_extract.nlp.extensions import doc_text
from conflict_extract.text import translit


def extract_places(
    doc: Doc, gaz: Gazetteer | None = None, fuzzy_cutoff: float = 90.0
) -> list[Place]:
    """Return the places found in ``doc``, merged per place, in order of first mention."""
    gaz = gaz or load_gazetteer()
    text = doc_text(doc)
    if caseless(text):
        accepted, context = caseless_mentions(doc, text, gaz, fuzzy_cutoff)
        return merge_places(doc, text, drop_actors(doc, accepted), context, Resolver(gaz, context, fuzzy_cutoff))
    mentions = join_of_names(text, join_dashed(text, find_candidates(doc, text)))
    mark_bracket_lists(text, mentions)
    spread_list_features(text, mentions)
    context, own = country_context(doc, text, mentions, gaz)
    resolver = Resolver(gaz, context, fuzzy_cutoff, admin1_context(mentions, gaz, context), own)
    for m in mentions:
        m.within = pin_after(text, m.end, gaz, listed="coded" in m.evidence)
    pin_coded_places(text, mentions, gaz)
    units = unit_spans(mentions)
    streets = {m.core.rsplit(" ", 1)[0] for m in mentions if " " in m.core and street_name(m.core)}
    streets |= {m.core for m in mentions if _STREET_AFTER.match(text, m.core_start + len(m.core))}
    accepted = [m for m in mentions if _resolve_and_accept(doc, text, m, gaz, resolver, units)
                and not _street_by_name(m, streets, gaz)]
    resolver = _second_look(doc, text, mentions, accepted, gaz, resolver)
    _share_points(accepted)
    _state_after_town(text, accepted, gaz)
    accepted += unit_mentions(text, units, accepted)
    _sweep(text, mentions, accepted, gaz, resolver)
    accepted += inside_known(text, mentions, accepted) + towns_of_landmarks(accepted, resolver)
    accepted += prefixes_of_accepted(mentions, accepted)
    accepted += counties_by_name(mentions, accepted)
    accepted += written_variants(text, accepted)
    short_forms(accepted, gaz)
    units_also_abbreviated(accepted)
    beside_settled(accepted, gaz)
    return merge_places(doc, text, drop_actors(doc, accepted), context, resolver)


def _geo_prefixed(m: Mention, resolver: Resolver) -> None:
    """A name opening with an Arabic word for the land (``Badia al-Sukhnah``, ``Wadi X``) is a
    feature: named for a town of the article's country, it is evidence of a place; written as a
    ``region`` it is still no division."""
    hint = GEO_PREFIXES[m.core.split(" ")[0].lower()]
    entry, _ = resolver.resolve(m.core.partition(" ")[2], "town", True)
    if entry is not None and resolver.in_context(entry):
        m.hint = hint
        m.evidence.add("feature")
    elif m.hint in (None, "admin1", "admin2"):
        m.hint = hint


def _resolve_and_accept(
    doc: Doc, text: str, m: Mention, gaz: Gazetteer, resolver: Resolver,
    units: dict[tuple[int, int], Entry],
) -> bool:
    """Resolve one candidate (sharpening its hint and core on the way); whether it is a place."""
    unit = unit_at(units, m.core_start, m.core_start + len(m.core)) if units else None
    if unit is not None:
        # "Radaa, Al Bayda, Yemen": the governorate, not the town; "rural Damascus": Rif Dimashq.
        m.start, m.end, m.entry, m.hint = min(m.start, unit[0]), max(m.end, unit[1]), unit[2], "admin1"
        m.evidence.add("unit")
        return True
    features = feature_words()
    if _street_or_piece(text, m, gaz):
        return False  # "Darby Street", "Wal-Mart", "Korean War", "Poplar and Cedar streets"
    if m.core.isupper() and not m.hint and _attribute(doc, m):
        return False  # "in a US air strike", "US forces": a short form as an attribute
    if "prep" in m.evidence and not m.hint:
        span = doc.char_span(m.core_start, m.core_start + len(m.core), alignment_mode="expand")
        if span is not None and (
            (span.root.dep_ == "poss" and not well_known(gaz, m.core))  # not "Aleppo's"
            or (span.root.dep_ in ("compound", "amod") and span.root.head.is_lower
                and span.root.head.i >= span.end
                and span.root.head.lower_ not in institution_words()
                and span.root.head.lower_ not in resident_words())
        ):
            # "from Post correspondents", "in Western cities": the name modifies a noun.
            m.evidence.discard("prep")
    if m.hint in ("district", "neighbourhood", "camp") and any(
        e.type == "city" and e.population >= 500_000 and resolver.weight.get(e.country or "")
        for e, _ in gaz.lookup(m.core)
    ):
        # "a key Aleppo district": a part of the big city, which is the place named.
        m.hint = None
        m.evidence.discard("feature")
        m.end = min(m.end, m.core_start + len(m.core))
    if m.within:
        m.evidence.add("within")
    strong = bool(m.evidence - {"prep", "appos"}) or (
        "prep" in m.evidence and m.label not in NON_PLACE_LABELS
    )
    m.entry, how = resolver.resolve(_dateline_name(m), m.hint, strong, m.within)
    if m.entry is not None and m.core.isupper() and "dateline" in m.evidence and (
        m.entry.type != "country" and not resolver.in_context(m.entry)
    ):
        m.entry, how = None, ""  # "HUME --" in an Illinois paper: not the Australian shire
    suffix = split_feature_suffix(m, features) if m.entry is None else None
    if suffix is not None:
        head, kind = suffix
        if kind == "landmark":
            m.hint = "landmark"
            m.entry = airfield_spelling(resolver, m.core)
            if LANDMARK_LEAD.search(text[max(0, m.core_start - 8):m.core_start]):
                m.evidence.add("feature")  # "at the Oxford Street bus station"
        else:
            entry, how2 = resolver.resolve(head, kind, True)
            if entry is not None and (not suffix_fits(entry, kind) or how2 == "alt" and kind in (
                    "city", "town")):
                entry = None  # "Justice Department", "Geary Lake"; "Pleasant City" no Pleasantville
            if entry is not None or kind in ("camp", "neighbourhood", "district"):
                m.core, m.entry, how, m.hint = head, entry, how2, kind
                m.evidence.add("feature")
    if m.entry is None and " " in m.core and m.core.split(" ")[0].lower() in GEO_PREFIXES:
        _geo_prefixed(m, resolver)
    if m.entry is None and (" " in m.core or "-" in m.core):
        how = _directional(m, resolver, strong) or how
    if m.entry is None and " " in m.core and _institution_prefix(m, resolver):
        return True
    if m.entry is None and _natural_feature(m.core) and "title" not in m.evidence:
        m.hint = m.hint or "region"
        m.evidence.add("feature")
        return m.label != "PERSON"  # "the Kanawha River", "Lake Lanier", "Puget Sound"
    if m.entry is None and "coded" not in m.evidence and not _named_camp(text, m):
        m.end = min(m.end, m.core_start + len(m.core))  # "the Shaar district": the name alone
    if _common_word(m) or how == "alt" and _foreign_spelling(m, resolver):
        return False  # "the Chamber of Commerce"; a club in a league report named like a foreign town
    return accept(m, how, resolver.in_context(m.entry))


def _named_camp(text: str, m: Mention) -> bool:
    """A camp whose capitalised kind is part of its own name (``Zamzam Camp``)."""
    return m.hint == "camp" and text[m.core_start + len(m.core):m.end][1:2].isupper()


def _dateline_name(m: Mention) -> str:
    """The name to look up: a dateline in capitals is a name, not an acronym (``OMAHA --``,
    ``SANAA, Yemen --``: Omaha, Sanaa), so it is looked up as a name is written."""
    if "dateline" in m.evidence and m.core.isupper() and len(m.core) >= 4:
        return m.core.title()
    return m.core


_COMPASS_PART = re.compile(r"(?P<name>.+)-(?:North|South|East|West)")


def _directional(m: Mention, resolver: Resolver, strong: bool) -> str | None:
    """Resolve a name with a direction word: ``East Aleppo`` is the city named without it
    ("South America" and "West Africa" are regions of their own, not America and Africa);
    ``Bago-East region``, ``Shan-South state`` (a division split in two for administration or
    reporting) are the division named before the hyphen, whose name the mention keeps. Returns
    how the entry was found, or ``None``."""
    head, _, rest = m.core.partition(" ")
    if rest and head.lower() in DIRECTIONS:
        entry, how = resolver.resolve(rest, m.hint, strong, m.within)
        if entry is not None and entry.type in ("city", "town", "admin1"):
            m.core, m.core_start, m.entry = rest, m.core_start + len(head) + 1, entry
            m.evidence.add("direction")
            return how
    part = _COMPASS_PART.fullmatch(m.core)
    if part is not None and m.hint in ("admin1", "admin2", "district"):
        entry, how = resolver.resolve(part.group("name"), m.hint, True, m.within)
        if entry is not None and entry.type in ("admin1", "admin2"):
            m.entry = entry
            m.evidence.add("direction")
            return how
    return None


def _second_look(
    doc: Doc, text: str, mentions: list[Mention], accepted: list[Mention], gaz: Gazetteer,
    resolver: Resolver,
) -> Resolver:
    """Read the article's countries and divisions again once every name is cut to its place
    (``Georgia`` of ``Georgia Bureau of Investigation`` then speaks for ``Albany``, Georgia;
    ``Kentucky`` of ``Kentucky State Police`` for ``London``), choose the towns and counties
    again and try the names left without a point (``Henderson County`` of its commissioners
    court places ``Athens``); the resolver that did it, for the rest of the article."""
    context, own = country_context(doc, text, mentions, gaz)
    divisions = admin1_context(mentions, gaz, context)
    if divisions.units == resolver.divisions.units and context == resolver.context:
        return resolver
    again = Resolver(gaz, context, resolver.fuzzy_cutoff, divisions, own)
    for m in accepted:
        if m.within or (
            m.entry.type not in ("city", "town", "admin2", "country") if m.entry is not None
            else m.hint not in (None, "town", "city")  # "Athens" left unpinned till then
        ):
            continue
        entry, how = again.resolve(m.core, m.hint, True)
        if entry is not None and how in ("primary", "alt") and (
            entry.lat is not None or m.entry is None or m.entry.lat is None
        ):  # a tie the wider context opens keeps the point the name had
            m.entry = entry
    return again


def _share_points(accepted: list[Mention]) -> None:
    """A name left tied at one mention (``Westmoreland County`` opening a shop's name) is the
    namesake of its kind the article settles at another (``Westmoreland County Deputy Coroner``
    beside Jeannette: the Pennsylvania county)."""
    settled: dict[str, Entry] = {}
    for m in accepted:
        if m.entry is not None and m.entry.lat is not None:
            settled.setdefault(name_key(m.core), m.entry)
    for m in accepted:
        e = m.entry
        if e is not None and e.lat is None and e.geonameid is None and e.admin1 is None:
            other = settled.get(name_key(m.core))
            if other is not None and other.type == e.type and other.country == e.country:
                m.entry = other


def _state_after_town(text: str, accepted: list[Mention], gaz: Gazetteer) -> None:
    """``Augusta, Georgia``: a name written after a town the gazetteer puts in a division of
    that name is the division, not the country named like it."""
    ordered = sorted(accepted, key=lambda m: m.core_start)
    for town, unit in zip(ordered, ordered[1:], strict=False):
        e, u = town.entry, unit.entry
        if e is None or u is None or u.type != "country" or e.country == u.country or (
            e.type not in ("city", "town", "admin2") or not e.admin1
            or text[town.core_start + len(town.core):unit.core_start] != ", "
            or translit.fold(e.admin1) != translit.fold(unit.core)
        ):
            continue
        unit.entry = next((x for x, _ in gaz.lookup(unit.core)
                           if x.type == "admin1" and x.country == e.country), u)


def _common_word(m: Mention) -> bool:
    """A one-word name that is an English word (``Commerce``, ``Congress``, ``Area``), with no
    evidence of a place but a preposition, and not called a town or country by the model."""
    if " " in m.core or m.core.isupper() or m.core.lower() not in common_words() or m.within:
        return False
    if m.label == "GPE":
        return False  # "a Reading resident", "the scouts of Mobile"
    if m.evidence - {"prep", "appos", "title", "surname"} or (
        m.entry is not None and m.entry.type in ("country", "admin1", "region")
    ):
        return False  # "Chad", "Jordan": a country whatever the word
    return True


def _street_by_name(m: Mention, streets: set[str], gaz: Gazetteer) -> bool:
    """``east on Kimbrough past the mall`` after ``Kimbrough Street``: a street the article
    names in full elsewhere, called by its name alone; not a town the model calls one (``Selma
    Road in Selma``), nor a well-known city (``Leeds``)."""
    return m.core in streets and not m.hint and not m.within and (
        m.entry is None or m.label != "GPE"
    ) and not well_known(gaz, m.core)


def _foreign_spelling(m: Mention, resolver: Resolver) -> bool:
    """An alternate spelling of a small town outside every country the article points at,
    with nothing but the model's label or a preposition to support it."""
    e = m.entry
    if e is None or " " in m.core or sum(resolver.context.values()) < 3:
        return False  # a short report says too little about its countries
    return not resolver.in_context(e) and (
        e.type not in ("country", "admin1", "region") and e.population < 100_000
        and not m.within and not (m.evidence - {"prep", "appos", "title", "surname"})
    )


_SITE_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:station|market|checkpoint|bridge|junction|crossing|roundabout|mosque|"
    r"church|hospital|school|mall|hotel|bombing|attack|blast)\b"
)


_STREET_AFTER = re.compile(
    r"(?:\s+(?:and|&)(?:\s+[A-Z][\w.'-]*){1,3})?\s+(?:streets|roads|avenues|drives|boulevards|lanes)\b"
    r"|\s+(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.|Court|Drive|Lane|Parkway|Pike)\b"
)
_WAR_AFTER = re.compile(r"[- ][Ww]ars?\b")


def _street_or_piece(text: str, m: Mention, gaz: Gazetteer) -> bool:
    """A street's name (not a site on it: ``the Grand Avenue market``), or a piece of another
    name (:func:`_part_of_other_name`)."""
    return (street_name(m.core) and not _SITE_AFTER.match(text[m.end:m.end + 30])) or (
        _part_of_other_name(text, m, gaz)
    )


def _part_of_other_name(text: str, m: Mention, gaz: Gazetteer) -> bool:
    """Whether the name is only a piece of a longer name that is no place: a street's
    (``Hamlin Boulevard``, ``between Poplar and Cedar streets``), a war's (``Korean War
    veterans``), or a company's joined by a hyphen to a word no gazetteer has (``Wal-Mart``)."""
    if m.hint not in (None, "landmark"):
        return False
    end = m.core_start + len(m.core)
    if m.core.split(" ")[-1] in ("War", "Wars") or _WAR_AFTER.match(text, end):
        return True
    if " " in m.core:
        return False  # "Mount Airy Road": a place the road is named after
    if _STREET_AFTER.match(text, end) and not well_known(gaz, m.core):
        return True  # not "Leeds Road", the road to a city
    start = m.core_start
    if start >= 2 and text[start - 1] == "-" and text[start - 2].islower() and "party" not in m.evidence:
        head = text[max(0, start - 30):start - 1].rsplit(None, 1)[-1].split("-")[-1].lstrip("\"“‘'([")
        return head[:1].isupper() and not any(rank for _, rank in gaz.lookup(head))
    return False


_WATER_LAST = frozenset(
    "river creek lake reservoir bay sound harbor harbour strait gulf canal island islands "
    "mountain mountains peninsula valley canyon".split()
)
_WATER_FIRST = frozenset("lake river mount mt. isle gulf".split())


_MOUNT = frozenset({"mount", "mt."})


def _natural_feature(core: str) -> bool:
    """A river, lake, bay, island or mountain by its full name (``Neches River``, ``Lake
    Lanier``, ``River Lune``, ``Puget Sound``); not a town named like a mountain (``Mount
    Pleasant``), nor a building or body named after one (``Mount Pleasant Civic Center``)."""
    words = core.split(" ")
    if words[0].lower() in _MOUNT and place_name(load_gazetteer(), core):
        return False  # "Mount Pleasant", "Mount Vernon": towns as often as mountains
    return len(words) >= 2 and not building_name(core) and (
        words[-1].lower() in _WATER_LAST or words[0].lower() in _WATER_FIRST
    ) and all(w[:1].isupper() for w in words)


def _attribute(doc: Doc, m: Mention) -> bool:
    """Whether the name modifies a lower-case noun after it (``US forces``)."""
    span = doc.char_span(m.core_start, m.core_start + len(m.core), alignment_mode="expand")
    return span is not None and span.root.dep_ in ("compound", "amod", "nmod") and (
        span.root.head.is_lower and span.root.head.i >= span.end
    )


def _institution_prefix(m: Mention, resolver: Resolver) -> bool:
    """``Texas Department of Health``, ``Douglas County Sheriff``, ``Gainesville Police``,
    ``Ohio Gov. Ted Strickland``: a known place opening the name of an institution that serves
    it, or the title of one of its officials, is a mention of that place. The longest such
    opening wins; it must be a country, division or region, or lie in the article's countries;
    before a public body or an office, a name the gazetteer has as a place (by its own name) will
    do even where it cannot be pinned. ``United Russia`` opens with no place, ``Columbia University`` with no town."""
    words = m.core.split(" ")
    for n in range(min(3, len(words) - 1), 0, -1):
        word = words[n].lower().rstrip(".")
        public = word in institution_words() or word in office_words()
        # "Texas Alcoholic Beverage Commission": a division opening a public body's long name.
        named = words[-1].lower() in institution_words()
        if not public and not named and word not in building_words():
            continue
        head = " ".join(words[:n])
        if head.lower() in common_words():
            continue  # "the state Supreme Court"
        entry, how = resolver.resolve(head, None, True)
        if _eponymous(words[n:]) and (
            entry is None or entry.type not in ("country", "admin1", "admin2")
        ):
            continue
        if not public and word not in building_words() and (
            entry is None or entry.type not in ("country", "admin1", "admin2")
        ):
            continue
        if entry is None or how not in ("primary", "alt"):
            if (public or " " in head) and "surname" not in m.evidence and place_name(
                resolver.gaz, head
            ):  # "Mt. Pleasant News": a town of several states, named in full
                entry = None  # "Athens Police Department" in Texas: a place, if not which
            else:
                continue
        else:
            unit = entry.type in ("country", "admin1", "admin2", "region")
            # "Paris High School", "New York Times"; not "Webb Center" (a person's, in a hamlet).
            if not (unit or public or resolver.in_context(entry) and entry.population >= 20_000):
                continue
        m.end = m.core_start + len(head)
        m.core, m.entry = head, entry
        if m.hint == "landmark":
            m.hint = None  # "Henderson County Jail": the county, no building to name a town
        m.evidence.add("institution")
        return True
    if (county := _county_opening(words, resolver)) is not None:
        m.end = m.core_start + len(county[0])
        m.core, m.entry, m.hint = county[0], county[1], "admin2"
        m.evidence.add("institution")
        return True
    if m.hint == "admin1" and (unit := _division_opening(words, resolver)) is not None:
        # "the Tennessee Senior Olympics state competition": no state of that name, the state
        # opening it.
        m.end = m.core_start + len(unit[0])
        m.core, m.entry = unit
        m.evidence.add("institution")
        return True
    return False


def _division_opening(words: list[str], resolver: Resolver) -> tuple[str, Entry] | None:
    """The first-level division or country, by its own name, opening a longer name."""
    for n in range(min(3, len(words) - 1), 0, -1):
        head = " ".join(words[:n])
        entry, how = resolver.resolve(head, "admin1", True)
        if entry is not None and how == "primary" and entry.type in ("admin1", "country"):
            return head, entry
    return None


def _county_opening(words: list[str], resolver: Resolver) -> tuple[str, Entry] | None:
    """``Boone County Solid Waste District``, ``Cedar Parish Rescue Squad``: a county or parish
    by its full name opening a longer name is a mention of the county, whatever body follows."""
    for n in range(1, min(4, len(words) - 1)):
        if words[n] in UNIT_WORDS:
            head = " ".join(words[:n + 1])
            entry, how = resolver.resolve(head, "admin2", True)
            if entry is not None and entry.type == "admin2" and how in ("primary", "alt"):
                return head, entry
            return None
    return None


def _eponymous(rest: list[str]) -> bool:
    """Whether the words after a name make it a university's or a college's (``Columbia
    University``, ``Wright State University``) or a national park's or laboratory's
    (``Ottawa National Forest``), often named after a person, a river or a town it need not
    lie in; not a body serving the place (``Homs Military Academy``, ``Ohio National Guard``)."""
    if rest and rest[0].lower() == "state":
        rest = rest[1:]
    if len(rest) > 1 and rest[0].lower() == "national":
        return rest[1].lower() in national_site_words()
    return bool(rest) and rest[0].lower() in eponymous_words()


def place_name(gaz: Gazetteer, name: str) -> bool:
    """Whether the gazetteer has a town, division or country by this very name (not only as an
    alternate spelling), and the name is not a common word or a demonym."""
    if name.lower() in not_places() or name.lower() in common_words() or name in demonyms() or (
        name.isupper() and len(name) <= 3
    ):
        return False  # "the state Supreme Court"
    return any(rank and e.type in ("city", "town", "admin1", "admin2", "country")
               for e, rank in gaz.lookup(name))


def _sweep(
    text: str, mentions: list[Mention], accepted: list[Mention], gaz: Gazetteer, resolver: Resolver
) -> None:
    """Add every other occurrence of an accepted name, and names listed with a known
    neighbourhood or town (``Karm al-Jabal and al-Shaar``), to ``accepted``."""
    # A name the text pins once ("Paris, Texas") is that place throughout.
    pinned = {name_key(m.core): m.entry for m in accepted
              if m.within and m.entry is not None and "unit" not in m.evidence}
    # A name the text pins to a division where the gazetteer has no such place keeps no
    # namesake's point from another division at its other mentions.
    unplaced = {name_key(m.core): m.within for m in accepted if m.within and m.entry is None}
    for m in accepted:
        key = name_key(m.core)
        m.entry = pinned.get(key, m.entry)
        pin = unplaced.get(key)
        if pin is not None and m.entry is not None and strayed(m.entry, pin):
            m.entry = None
    known = {}
    for m in accepted:
        m.key = name_key(m.core)
        known.setdefault(m.key, m)
    taken = {(m.start, m.end) for m in accepted}
    for m in mentions:
        if (m.start, m.end) in taken:
            continue
        key = name_key(m.core)
        ref = known.get(key)
        if ref is not None and "surname" not in m.evidence and (
            m.label not in ("PERSON", "ORG") or ref.entry is None or ref.entry.type != "country"
        ):
            m.entry, m.key = ref.entry, key
            m.hint = m.hint or ref.hint
            accepted.append(m)
            taken.add((m.start, m.end))
    ordered = sorted(mentions, key=lambda m: m.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        gap = text[a.end:b.start]
        if not re.fullmatch(r"\s*(?:and|or|,)\s*", gap):
            continue
        for new, ref in ((a, b), (b, a)):
            if (new.start, new.end) in taken or (ref.start, ref.end) not in taken:
                continue
            if ref.hint in ("neighbourhood", "town", "camp") and ref.entry is None:
                new.hint, new.key = ref.hint, name_key(new.core)
                new.evidence.add("list")
                accepted.append(new)
                taken.add((new.start, new.end))
            elif ref.entry is not None and new.label not in ("NORP", "LANGUAGE") and (
                new.hint or not group_name(new.core)
            ):  # "Israel and Hamas": the group, as in accept()
                # "after Paris and Marseille": a resolving name listed with a resolved place.
                entry, how = resolver.resolve(new.core, new.hint, True, new.within)
                # An alternate name only in context: "Israel and Hamas" is not Hamm, Germany.
                # A person's name in the list ("said Brown and Jordan robbed") is no former name
                # of a town (Brown, an old name of Belton) unless the article names its division.
                if entry is not None and (how == "primary" or how == "alt" and (
                    resolver.in_context(entry) and (new.label != "PERSON" or (
                        resolver.unit_shares.get((entry.country, entry.admin1 or ""), 0.0) > 0
                    ))
                )) and (resolver.in_context(entry) or well_known(gaz, new.core)):
                    new.entry, new.key = entry, name_key(new.core)
                    new.evidence.add("list")
                    accepted.append(new)
                    taken.add((new.start, new.end))
