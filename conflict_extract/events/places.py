"""The place of an event: the figure's place found among the article's places, with the part of it
(``east``, ``near``) the figure is about, its containing places and ACLED's geo precision."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from conflict_extract.events.acled import COARSE_TYPES, geo_precision
from conflict_extract.models import Casualty, Place
from conflict_extract.text.names import place_key

_DIRECTION = r"(?:north|south)?-?(?:east|west)|north|south|central"
_DIRECTION_WORD = re.compile(rf"^(?:{_DIRECTION})(?:ern)?$", re.IGNORECASE)
_PART_WORDS = r"(?:part|parts|side|half|districts?|neighbou?rhoods?|quarters?|sectors?|areas?)"
_GENERIC_PLACE = r"(?:city|town|village|capital|country|region|province|enclave)"
_NEAR = re.compile(
    r"\b(?:near|outside|close to|on the outskirts of|in the outskirts of|just (?:north|south|east|"
    r"west) of|\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:of|from))\s+(?:the\s+)?"
    r"(?:(?:town|city|village)\s+of\s+)?$",
    re.IGNORECASE,
)
_AREA_GENERIC = re.compile(
    rf"\bthe\s+(?:[\w-]+\s+){{0,2}}?({_DIRECTION})(?:ern)?\s+(?:{_PART_WORDS}\s+)?of\s+(?:the\s+)?"
    rf"{_GENERIC_PLACE}\b"
    rf"|\b(?:city|town|capital)['’]s\s+({_DIRECTION})(?:ern)?\b",
    re.IGNORECASE,
)


def name_key(name: str | None) -> str:
    """The key two spellings of one place share (``""`` for no name):
    :func:`conflict_extract.text.names.place_key`."""
    return place_key(name) if name else ""


PART_HOLDERS = frozenset({"region", "admin1"})
"""Place types whose directional parts are named after them (``South Darfur``, ``North Sinai``)."""


def directed_part(name: str) -> str | None:
    """The whole a directional name is a part of: ``South Darfur`` gives ``Darfur``, ``North
    Kivu`` ``Kivu``; None for a name without a leading direction word."""
    first, _, rest = name.partition(" ")
    return rest if rest and _DIRECTION_WORD.match(first) else None


def _direction(word: str) -> str:
    return word.lower().replace("-", "").removesuffix("ern")


class PlaceIndex:
    """The record's places by canonical name and by surface form, with their containing places."""

    def __init__(self, places: Sequence[Place]) -> None:
        self.by_name: dict[str, Place] = {}
        self.by_mention: dict[str, Place] = {}
        self.country_names: dict[str, str] = {}
        for place in places:
            self.by_name.setdefault(name_key(place.name), place)
            for mention in place.mentions:
                self.by_mention.setdefault(name_key(mention), place)
            if place.type == "country" and place.country:
                self.country_names.setdefault(place.country, place.name)

    def find(self, name: str) -> Place | None:
        """The place named ``name`` (canonical name or surface form; ``west Aleppo`` finds Aleppo)."""
        key = name_key(name)
        found = self.by_name.get(key) or self.by_mention.get(key)
        part = directed_part(name) if found is None else None
        if part is not None:
            key = name_key(part)
            found = self.by_name.get(key) or self.by_mention.get(key)
        return found

    def ancestors(self, place: Place) -> list[Place | str]:
        """Containing places, innermost first: the parent chain, then admin1 (as a name when the
        article does not mention it)."""
        chain: list[Place | str] = []
        seen = {name_key(place.name)}
        current = place
        while current.parent and name_key(current.parent) not in seen:
            seen.add(name_key(current.parent))
            parent = self.find(current.parent)
            chain.append(parent if parent is not None else current.parent)
            if parent is None:
                break
            current = parent
        admin1 = place.admin1 or next(
            (p.admin1 for p in chain if isinstance(p, Place) and p.admin1), None
        )
        if admin1 and name_key(admin1) not in seen:
            found = self.find(admin1)
            chain.append(found if found is not None and found.type == "admin1" else admin1)
        return chain


def figure_area(casualty: Casualty, place: Place) -> str | None:
    """``east``/``west``/... when the figure is about a part of the place, ``near`` when about its
    surroundings, from the casualty's place wording and evidence text."""
    words = (casualty.place or "").split()
    if (len(words) > 1 and _DIRECTION_WORD.match(words[0])
            and not _DIRECTION_WORD.match(place.name.split()[0])):  # not "Northern Ireland"
        return _direction(words[0])
    text = casualty.text
    for mention in sorted({place.name, *place.mentions}, key=len, reverse=True):
        if not mention:
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(mention)}(?!\w)", text):
            before = text[: m.start()]
            word = re.search(rf"\b({_DIRECTION})(?:ern)?\s+$", before, re.IGNORECASE)
            if word and not _DIRECTION_WORD.match(mention.split()[0]):
                return _direction(word[1])
            if _NEAR.search(before):
                return "near"
    m = _AREA_GENERIC.search(text)
    if m:
        return _direction(m[1] or m[2])
    return None


def place_info(casualty: Casualty, index: PlaceIndex) -> tuple[dict[str, Any] | None, int | None]:
    """The event place of a casualty figure and its ACLED geo precision."""
    if not casualty.place:
        return None, None
    place = index.find(casualty.place)
    if place is None:
        info = {
            "name": casualty.place, "location": casualty.place, "area": None, "type": None,
            "country": None, "country_name": None, "admin1": None, "lat": None, "lon": None,
            "geonameid": None, "within": [],
        }
        return info, None
    area = figure_area(casualty, place)
    chain = index.ancestors(place)
    lat, lon = place.lat, place.lon
    precision = geo_precision(place, area)
    admin1 = place.name if place.type == "admin1" else place.admin1
    country = place.country
    for outer in chain:
        if not isinstance(outer, Place):
            continue
        if lat is None and outer.lat is not None and outer.type != "country":
            # ACLED's practice: a place without coordinates takes its town's point, or failing
            # that its province's, and then says only the province is known
            lat, lon = outer.lat, outer.lon
            if outer.type in COARSE_TYPES:
                precision = 3
        admin1 = admin1 or (outer.name if outer.type == "admin1" else outer.admin1)
        country = country or outer.country
    location = place.name
    if area == "near":
        location = f"near {place.name}"
    elif area:
        location = f"{area} {place.name}"
    info = {
        "name": place.name,
        "location": location,
        "area": area,
        "type": place.type,
        "country": country,
        "country_name": index.country_names.get(country) if country else None,
        "admin1": admin1,
        "lat": lat,
        "lon": lon,
        "geonameid": place.geonameid,
        "within": [o.name if isinstance(o, Place) else o for o in chain],
    }
    return info, precision


def sentence_place(places: Sequence[Place], index: PlaceIndex, lo: int, hi: int) -> Place | None:
    """The one place of the event the text ``[lo, hi)`` names, for a figure that has none: the only
    event-role place mentioned there, or the innermost when the others hold it (``Saraqib in Idlib
    province``); ``None`` when it names none or several apart."""
    found = [p for p in places if p.role == "event" and any(lo <= s < hi for s, _ in p.spans)]
    held = {
        name_key(outer.name if isinstance(outer, Place) else outer)
        for p in found for outer in index.ancestors(p)
    }
    innermost = [p for p in found if name_key(p.name) not in held]
    return innermost[0] if len(innermost) == 1 else None
