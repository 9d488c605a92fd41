"""One Place per resolved entry (or per name when unresolved), with type, role and parent."""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict

from spacy.tokens import Doc

from conflict_extract.components.places.coded import OF_HEADS
from conflict_extract.components.places.cues import (
    GEO_PREFIXES,
    HINT_TYPES,
    LEVELS,
    NO_GAZETTEER_HINTS,
    STREET_WORDS,
)
from conflict_extract.components.places.mention import Mention, name_key
from conflict_extract.components.places.pins import Pin
from conflict_extract.components.places.resolve import Resolver
from conflict_extract.gazetteer.index import Entry, load_gazetteer
from conflict_extract.models import Place


def merge_places(
    doc: Doc, text: str, mentions: list[Mention], context: Counter, resolver: Resolver
) -> list[Place]:
    """One Place per resolved entry (or per name key when unresolved), with parents filled."""
    groups: dict[object, list[Mention]] = defaultdict(list)
    key_to_entry: dict[str, Entry] = {}
    for m in mentions:
        m.key = m.key or name_key(m.core)
        if m.entry is not None and (m.key not in key_to_entry or (
                _unsettled(key_to_entry[m.key]) and not _unsettled(m.entry))):
            key_to_entry[m.key] = m.entry
    for m in mentions:
        # "a Cambridge firefighter" beside "Sheetz in Cambridge": where one mention's namesakes
        # tie and another's are settled, the name is the settled place throughout.
        entry = key_to_entry.get(m.key) if m.entry is None or _unsettled(m.entry) else m.entry
        if entry is not None and m.entry is None and m.hint in NO_GAZETTEER_HINTS:
            entry = None
        m.entry = entry
        groups[("e", _merge_id(entry)) if entry else ("k", m.key)].append(m)

    sent_starts = sorted(s.start_char for s in doc.sents) if doc.has_annotation("SENT_START") else [0]
    city_counts: Counter = Counter()
    for ms in groups.values():
        e = ms[0].entry
        if e is not None and e.type in ("city", "town"):
            city_counts[e.name] += len(ms)
    city_entries = {ms[0].entry.name: ms[0].entry for ms in groups.values()
                    if ms[0].entry is not None and ms[0].entry.type in ("city", "town")}

    places = []
    for ms in sorted(groups.values(), key=lambda ms: min(m.start for m in ms)):
        ms.sort(key=lambda m: m.start)
        entry = ms[0].entry
        hints = [m.hint for m in ms if m.hint]
        hint = Counter(hints).most_common(1)[0][0] if hints else None
        if entry is not None and entry.type in ("city", "town") and hint == "admin1":
            entry = _admin1_twin(entry) or entry
        place = Place(name=entry.name if entry else _display_name(ms))
        seen: list[str] = []
        for m in ms:
            surface = text[m.start:m.end]
            if surface not in seen:
                seen.append(surface)
            place.spans.append([m.start, m.end])
        place.mentions = seen
        place.role = "reporting" if all(m.role == "reporting" for m in ms) else "event"
        if entry is not None:
            place.type = entry.type
            place.country = entry.country
            place.admin1 = entry.admin1 if entry.type not in ("country", "region") else None
            place.lat, place.lon, place.geonameid = entry.lat, entry.lon, entry.geonameid
            if hint in ("district", "admin2") and entry.type in ("town", "city"):
                place.type = "admin2"
        else:
            place.type = _unresolved_type(ms, hint)
            parent = _parent(ms, sent_starts, mentions, city_counts)
            head = _landmark_town(ms[0], resolver) if hint in ("landmark", "region") else None
            if head is not None:
                # "the Rafah crossing", "the Adre crossing": the town it is named after.
                parent = head.name
                city_entries.setdefault(head.name, head)
            if parent is not None and (
                hint in ("neighbourhood", "district", "camp", "landmark") or head is not None
            ):
                place.parent = parent
                parent_entry = city_entries.get(parent)
                if parent_entry is not None:
                    place.country = parent_entry.country
                    place.admin1 = parent_entry.admin1
                    if hint == "district" and parent_entry.population >= 1_000_000:
                        place.type = "neighbourhood"  # a district of Aleppo, not of a province
            _borrowed_point(place, ms, hint, head, resolver)
            if place.country is None:
                place.country = _unresolved_country(ms, hint, context)
        place.level = LEVELS.get(place.type) or LEVELS.get(hint or "")
        places.append(place)
    return places


def _unsettled(entry: Entry) -> bool:
    """Whether a reading is a tie between namesakes of one kind, kept without a point."""
    return entry.geonameid is None and entry.lat is None and entry.type in ("admin2", "city", "town")


def _unresolved_type(ms: list[Mention], hint: str | None) -> str:
    """The type of a place the gazetteer lacks, from its kind word: a ``region`` the text sets
    inside a first-level division (``the Ava Sin region (Al Zibar, Erbil)``) is an area of it,
    not a division of its own."""
    kind = HINT_TYPES.get(hint or "", "other")
    if kind == "admin1" and any(m.within.units for m in ms):
        return "region"
    return kind


def _borrowed_point(
    place: Place, ms: list[Mention], hint: str | None, head: Entry | None, resolver: Resolver
) -> None:
    """The point of a place the gazetteer lacks, borrowed from the unit or town it lies in: the
    finest unit a firm pin names, the town a camp is named after, the town a name is built on
    (``off the Coast of Eilat``: the town's point is finer than any unit's)."""
    _place_by_pin(place, next((m.within for m in ms if m.within.firm), None))
    if hint == "camp" and place.lat is None:
        _camp_by_town(place, ms[0], resolver)
    elif head is not None and _built_on(ms[0]) and head.lat is not None:
        place.point_of, place.lat, place.lon = head.name, head.lat, head.lon
        place.country, place.admin1 = head.country, head.admin1


def _place_by_pin(place: Place, pin: Pin | None) -> None:
    """Country and division of a place the gazetteer lacks from where the text puts it (``Imam
    Gharbi, Nineveh, Iraq``), and the point of the finest unit it is set in (a village by its
    district: ``Gani (Bandiagara, Mopti)``)."""
    if pin is None:
        return
    if place.country is None and len(pin.countries) == 1:
        place.country = next(iter(pin.countries))
        if len(pin.units) == 1 and place.admin1 is None:
            place.admin1 = next(iter(pin.units))[1]
    if pin.point is not None and place.country is not None:
        place.point_of, place.lat, place.lon = pin.point


def _camp_by_town(place: Place, m: Mention, resolver: Resolver) -> None:
    """A camp named after a town of the article's countries (``the Jenin refugee camp``) lies at
    it: the town's point, named in ``point_of``."""
    town = _town_in_context(m.core, resolver)
    if town is not None and town.lat is not None:
        place.point_of, place.lat, place.lon = town.name, town.lat, town.lon
        place.country = place.country or town.country


def _landmark_town(m: Mention, resolver: Resolver) -> Entry | None:
    """The town a landmark is named after, when it resolves in the article's countries."""
    first, _, rest = m.core.partition(" ")
    if _built_on(m):
        head = m.core.partition(" of ")[2]
    elif first.lower() in GEO_PREFIXES:
        head = rest
    elif m.core.rsplit(" ", 1)[-1].lower() in STREET_WORDS:
        return None  # Oxford Street in Belfast is not in Oxford
    else:
        head = m.core.rsplit(" ", 1)[0]
    if not head or head == m.core:
        return None
    return _town_in_context(head, resolver)


def _built_on(m: Mention) -> bool:
    """Whether a name is built on the place after its ``of``: ``Coast of Hodeidah``."""
    head, of, _ = m.core.partition(" of ")
    return bool(of) and head in OF_HEADS


def _town_in_context(name: str, resolver: Resolver) -> Entry | None:
    """The town ``name`` resolves to in the article's countries, or None."""
    entry, _ = resolver.resolve(name, "town", False)
    return entry if entry is not None and resolver.in_context(entry) else None


def _unresolved_country(ms: list[Mention], hint: str | None, context: Counter) -> str | None:
    """Country of a place left without coordinates: for a neighbourhood, camp or village the
    article's clearly dominant country; else unknown (a namesake elsewhere proves nothing)."""
    if hint in ("neighbourhood", "camp", "district", "town", "admin2") and context:
        cc, n = context.most_common(1)[0]
        if n >= 0.5 * sum(context.values()):
            return cc
    return None


def _merge_id(entry: Entry) -> object:
    # A city and its eponymous admin1 mentioned in one article are one place.
    if entry.type == "admin1":
        return ("admin1", entry.country, entry.name)
    if entry.type in ("city", "town"):
        return ("admin1", entry.country, entry.name) if entry.admin1 == entry.name else entry.id
    return entry.id


def _admin1_twin(entry: Entry) -> Entry | None:
    for cand, _ in load_gazetteer().lookup(entry.name):
        if cand.type == "admin1" and cand.country == entry.country and cand.name == entry.name:
            return cand
    return None


def _display_name(ms: list[Mention]) -> str:
    # Prefer the fullest spelling (with its article): "al-Shaar" over "Shaar".
    names = Counter(m.core for m in ms)
    return max(names, key=lambda n: (len(n.split("-")) + len(n.split()), names[n], len(n)))


def _parent(
    own: list[Mention], sent_starts: list[int], mentions: list[Mention], city_counts: Counter
) -> str | None:
    """The containing city of an unresolved place: of the resolved cities and towns named in the
    same sentences as its mentions, the one the article names most; else the article's most
    named city (``al-Shaar`` -> ``Aleppo``)."""
    sentences = {bisect.bisect_right(sent_starts, m.start) for m in own}
    # name -> (inside the place's own name, where first named): a town the place is named after
    # (``Harir`` in ``Harir Air Base in Erbil``) gives way to one the text sets it in.
    near: dict[str, tuple[bool, int]] = {}
    for m in mentions:
        if m.entry is not None and m.entry.type in ("city", "town") and m.role == "event" and (
            bisect.bisect_right(sent_starts, m.start) in sentences
        ):
            inside = any(o.start <= m.start and m.end <= o.end for o in own)
            near[m.entry.name] = min(near.get(m.entry.name, (True, m.start)), (inside, m.start))
    if near:
        return max(near, key=lambda name: (city_counts[name], not near[name][0], -near[name][1]))
    return city_counts.most_common(1)[0][0] if city_counts else None
