"""Places found or settled through another place: the town a landmark is named after (``the
Harir Air Base`` -> Harir), a name written inside a known place (``near Tanf in rural
Damascus``), and a name left open settled by the place beside it (``Madison County`` beside
``Richmond``, Kentucky)."""

from __future__ import annotations

import re
from collections import defaultdict

from conflict_extract.components.places.cues import (
    NON_PLACE_LABELS,
    STREET_WORDS,
    eponymous_words,
    feature_words,
    not_places,
    street_name,
)
from conflict_extract.components.places.evidence import (
    COUNTY_KM,
    UNIT_WORDS,
    building_name,
    group_name,
    landmark_head,
    well_known,
)
from conflict_extract.components.places.mention import Mention, name_key
from conflict_extract.components.places.resolve import NEIGHBOUR_KM, Resolver
from conflict_extract.gazetteer.index import Gazetteer, distance_km
from conflict_extract.text import translit

_INSIDE = re.compile(
    r"\s+(?:in|near|inside|within)\s+(?:the\s+)?(?:(?:rural|countryside\s+of|outskirts\s+of|"
    r"(?:north|south|east|west)(?:ern|[-\w]*)?(?:\s+countryside\s+of)?)\s+)?"
)
_CONTAINERS = frozenset({"country", "admin1", "admin2", "region", "city"})
_UNIT_HINTS = frozenset({"admin1", "admin2", "district", "region"})
_KIND_OR_NOTE = re.compile(r"(?:[ ](?P<kind>[a-z]+))?(?:[ ]\([^()]{1,30}\))?")
"""What may follow a name before ``in`` its container: its kind of place and a note in brackets
(``Gire Sorke hill in``, ``Sehit Baran (Kurdish name) in``)."""


def towns_of_landmarks(accepted: list[Mention], resolver: Resolver) -> list[Mention]:
    """A mention of the town each accepted landmark is named after, where that town resolves in
    the article's countries (``the Kunduz airport``: Kunduz)."""
    found = []
    named_alone = {
        name_key(m.core) for m in accepted if m.entry is not None and m.hint != "landmark"
    }
    for m in accepted:
        if m.hint != "landmark" or m.entry is not None:
            continue
        head = landmark_head(m.core)
        if head == m.core or head.lower() in not_places() or (
            m.core.rsplit(" ", 1)[-1].lower() in STREET_WORDS
        ):
            continue  # Oxford Street in Belfast is not in Oxford
        kind = m.core[len(head):].split()[-1].lower()
        if kind in eponymous_words() and name_key(head) not in named_alone:
            continue  # Columbia University, the Pinecrest Motel: unless the text names the town
        entry, _ = resolver.resolve(head, "town", True)
        # A report naming no country at all ("a drone targeted Kunduz airport") still names a
        # big, widely known town.
        if entry is not None and (resolver.in_context(entry) or (
            not resolver.context and well_known(resolver.gaz, head)
        )):
            found.append(Mention(start=m.core_start, end=m.core_start + len(head), core=head,
                                 core_start=m.core_start, entry=entry, evidence={"named"}))
    return found


def inside_known(text: str, mentions: list[Mention], accepted: list[Mention]) -> list[Mention]:
    """Rejected names after a locative word, or with a feature word or an area cue, written
    inside an accepted country, division or city (``near Tanf in rural Damascus``, ``in
    Al-Malikeyyeh in the countryside of Hasakah``, ``on Gire Sorke hill in Sidakan region``)."""
    taken = {(m.start, m.end) for m in accepted}
    by_start = {m.start: m for m in accepted}
    found = []
    for m in mentions:
        if (m.start, m.end) in taken or not m.evidence & {"prep", "feature", "area"} or (
            m.label in NON_PLACE_LABELS - {"ORG"} and "area" not in m.evidence
        ) or m.label in ("NORP", "LANGUAGE") or "title" in m.evidence:
            continue
        gap = _INSIDE.match(text, _after_kind(text, m))
        if gap is None:
            continue
        outer = by_start.get(gap.end())
        if outer is None or not (
            outer.entry is not None and outer.entry.type in _CONTAINERS
            or outer.hint in _UNIT_HINTS and "feature" in outer.evidence  # "in Sidakan region"
        ):
            continue
        if m.core.lower() in not_places() or group_name(m.core) or m.core.isupper() or (
            building_name(m.core)
        ):
            continue
        m.evidence.add("inside")
        found.append(m)
    return found


def _after_kind(text: str, m: Mention) -> int:
    """Where a mention's name ends past its kind of place and a bracketed note, if any."""
    after = _KIND_OR_NOTE.match(text, m.end)
    kind = after.group("kind")
    if kind is not None and kind not in feature_words():
        return m.end  # "Tanf in rural Damascus": no kind, the gap starts at once
    return after.end()


_LEADS = frozenset("north south east west northern southern eastern western northeast northwest "
                   "southeast southwest central upper lower greater metropolitan downtown".split())


_ROAD_OWNERS = frozenset({"admin1", "admin2"})
"""Divisions whose roads carry their name (``Wabasha County Road 3``, ``the Ohio Turnpike``)."""


def prefixes_of_accepted(mentions: list[Mention], accepted: list[Mention]) -> list[Mention]:
    """An accepted place opening another name run (``Gainesville`` in ``Gainesville VFW Post``,
    ``Walker County`` in ``the Walker County Fairgrounds``, ``Georgia`` in ``Northeast Georgia
    Medical Center``): a mention of that place, as its bare repeats are."""
    known = {name_key(m.core): m for m in accepted if "surname" not in m.evidence}
    taken = {(m.start, m.end) for m in accepted}
    found = []
    for m in mentions:
        if (m.start, m.end) in taken or " " not in m.core or m.label == "PERSON" or (
            "surname" in m.evidence
        ):
            continue
        words = m.core.split(" ")
        offset = 0
        if words[0].lower() in _LEADS:
            offset, words = len(words[0]) + 1, words[1:]
        for n in range(min(3, len(words) - 1), 0, -1):
            head = " ".join(words[:n])
            ref = known.get(name_key(head))
            if ref is None:
                continue
            if street_name(m.core) and (ref.entry is None or ref.entry.type not in _ROAD_OWNERS):
                break  # "Lancaster Avenue" is no mention of Lancaster; "Wabasha County Road 8" is
            start = m.core_start + offset
            found.append(Mention(start=start, end=start + len(head), core=head, core_start=start,
                                 entry=ref.entry, hint=ref.hint, evidence={"named"}))
            break
    return found


def short_forms(accepted: list[Mention], gaz: Gazetteer) -> None:
    """A name written as the opening words of another place of the article is that place's
    namesake (``Lake Forest`` after ``Lake Forest Park``, ``Cobb`` beside ``Cobb County``,
    ``Burlington`` beside ``Burlington International Airport``) where its own reading lies in a
    division no other place of the article is in: the town of the name near the longer place,
    or else the longer place itself when it is a county or town."""
    openings: dict[str, Mention] = {}  # every opening run of words of a longer place's name
    for m in accepted:
        if " " in m.core and m.entry is not None and m.entry.lat is not None and (
            m.entry.type in _SHORTENED_KINDS
        ):
            words = m.core.split(" ")
            for n in range(1, len(words)):
                openings.setdefault(" ".join(words[:n]), m)
    if not openings:
        return
    names_in: dict[tuple[str | None, str | None], set[str]] = defaultdict(set)
    for m in accepted:
        if m.entry is not None and m.entry.admin1:
            names_in[(m.entry.country, m.entry.admin1)].add(name_key(m.core))
    for m in accepted:
        e = m.entry
        if m.within or m.hint not in (None, "town", "city") or (
            e is not None and e.type not in ("city", "town")
        ):
            continue
        full = openings.get(m.core)
        if full is None:
            continue
        place = full.entry
        if e is not None and (e.lat is None or names_in[(e.country, e.admin1)] - {name_key(m.core)}
                              or distance_km(e.lat, e.lon, place.lat, place.lon) <= NEIGHBOUR_KM):
            continue
        near = [x for x, rank in gaz.lookup(m.core) if rank and x.type in ("city", "town")
                and x.lat is not None
                and distance_km(x.lat, x.lon, place.lat, place.lon) <= NEIGHBOUR_KM]
        if near:
            m.entry = max(near, key=lambda x: x.population)
        elif place.type != "landmark":
            m.entry = place


_SHORTENED_KINDS = frozenset({"admin2", "city", "town", "landmark"})


def counties_by_name(mentions: list[Mention], accepted: list[Mention]) -> list[Mention]:
    """A name (``Bexar officials``, ``Cobb and Fulton``) that an accepted county or parish of the
    article is named by without its generic word: a mention of that county, where the name is no
    place of its own there. A longer run it opens (``Polk Central Tigers``, ``Travis Memorial
    Hospital``) is a school's or firm's name, not the county."""
    counties: dict[str, Mention] = {}
    for m in accepted:
        head, _, word = m.core.rpartition(" ")
        if head and word in UNIT_WORDS and m.entry is not None and m.entry.type == "admin2":
            counties.setdefault(name_key(head), m)
    if not counties:
        return []
    known = {name_key(m.core) for m in accepted}
    spans = [(m.start, m.end) for m in accepted]
    found: list[Mention] = []
    for m in mentions:
        ref = counties.get(name_key(m.core))
        start, end = m.core_start, m.core_start + len(m.core)
        if ref is None or m.label == "PERSON" or "surname" in m.evidence or (
            name_key(m.core) in known or any(a < end and b > start for a, b in spans)
        ):
            continue
        found.append(Mention(start=start, end=end, core=m.core, core_start=start,
                             entry=ref.entry, hint="admin2", evidence={"named"}))
        spans.append((start, end))
    return found


def units_also_abbreviated(accepted: list[Mention]) -> None:
    """A name the article also writes as a first-level unit's abbreviation (``California``
    beside ``Fresno, Calif.``) is that unit, not a town of the name (California, Pennsylvania),
    unless the text calls it a town or pins it."""
    units = {translit.fold(m.entry.name): m.entry for m in accepted
             if "abbreviation" in m.evidence and m.entry is not None and m.entry.type == "admin1"}
    if not units:
        return
    for m in accepted:
        unit = units.get(translit.fold(m.core))
        if unit is not None and m.entry is not None and m.entry.type in ("city", "town") and (
            not m.within and m.hint not in ("town", "city")
        ):
            m.entry = unit


_OPEN_HINTS = frozenset({"town", "city", "admin2"})
"""Kinds of name a neighbour may settle: a town or county, not a street, camp or landmark."""

SETTLING_POPULATION = 10_000
"""A town settles its neighbours' names from this size: a hamlet read from a weak cue must not
pull a world city's name to the namesake hamlet next door."""


def beside_settled(accepted: list[Mention], gaz: Gazetteer) -> None:
    """A town or county the article leaves without a point (``Madison County``: a score of
    states have one) is its one namesake lying beside a place the article does settle
    (``Richmond``, Kentucky: the county's seat): within COUNTY_KM of a county or of a town of
    SETTLING_POPULATION or more, by its own names; two namesakes there leave it open."""
    settled = [(name_key(m.core), m.entry) for m in accepted if m.entry is not None
               and m.entry.lat is not None and (m.entry.type == "admin2" or m.entry.type in (
                   "city", "town") and m.entry.population >= SETTLING_POPULATION)]
    if not settled:
        return
    for m in accepted:
        e = m.entry
        if m.within or (e is not None and (e.lat is not None or e.geonameid is not None)) or (
            m.hint is not None and m.hint not in _OPEN_HINTS
        ) or m.label == "PERSON" or "surname" in m.evidence:
            continue
        key = name_key(m.core)
        beside = {x.geonameid: x for x, rank in gaz.lookup(m.core)
                  if rank and x.lat is not None and x.type in ("admin2", "city", "town")
                  and any(other != key and distance_km(x.lat, x.lon, s.lat, s.lon) <= COUNTY_KM
                          for other, s in settled)}
        if len(beside) == 1:
            m.entry = next(iter(beside.values()))
