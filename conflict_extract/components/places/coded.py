"""Places written the way event databases and wire summaries code them.

* ``Mosul - Old City``, ``Khartoum - Nasir Extension``: a city and the part of it, joined by a
  spaced hyphen after a locative word. The pair is one mention of the city.
* ``Al Musayniah (As Said, Shabwah)``, ``Zaragoza (Valle del Cauca)``: a place followed by the
  divisions it lies in, in brackets (also after its kind or another spelling: ``Qurac village
  (Qandala, Bari)``). The name and every division named are places; inside the brackets each
  name is pinned by the ones after it.
* ``Marir, Nineveh, Iraq``: a name written with its first-level division after a locative word
  (:func:`conflict_extract.components.places.pins.pin_after` finds the division).
* ``the municipality of Petatlan (coded to La Finca), Guerrero``: the database put the event at a
  place inside the unit named before the brackets; that place lies in the unit
  (:func:`pin_coded_places`).
* ``Kan Thar (Kan Thar Gyi) village``, ``Kan Thar village (coded as Kan Thar (North))``,
  ``Ywar Ma (West) village``: another spelling, the database's name or a qualifier in brackets
  after a place are mentions of that same place (:func:`written_variants`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from conflict_extract.components.places.cues import feature_words
from conflict_extract.components.places.evidence import group_name
from conflict_extract.components.places.mention import Mention, name_key
from conflict_extract.components.places.pins import unit_point
from conflict_extract.gazetteer.index import Gazetteer, load_gazetteer

_DASH = re.compile(r"[ ][-–][ ]")
_BRACKET_LIST = re.compile(
    r"[ ]\((?P<body>[A-Z][\w'’-]*(?:[ -][\w'’-]+){0,4}(?:,[ ][A-Z][\w'’-]*(?:[ -][\w'’-]+){0,4}){0,3})\)"
)
_GAP = re.compile(r"(?:[ ]\((?P<alt>[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2})\))?(?:[ ](?P<kind>[a-z]+))?")
"""What may stand between a name and its divisions: another spelling in brackets and a kind of
place (``Sergele (Sargali) area (Amadiya, Duhok)``, ``Qurac village (Qandala, Bari)``)."""
_LOCATIVE = re.compile(
    r"\b(?:in|near|at|around|outside|toward|towards|into|on|of|targeting|targeted|hit|struck|"
    r"shelled|between|and)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def join_dashed(text: str, mentions: list[Mention]) -> list[Mention]:
    """Join ``City - Part`` pairs after a locative word into one mention of the city (its core
    stays the city's name, its span covers both). Returns the new list of mentions."""
    out: list[Mention] = []
    skip = None
    ordered = sorted(mentions, key=lambda m: m.start)
    for a, b in zip(ordered, [*ordered[1:], None], strict=False):
        if a is skip:
            continue
        if (
            b is not None and _DASH.fullmatch(text[a.end:b.start])
            and _LOCATIVE.search(text[max(0, a.start - 30):a.start])
            and "title" not in a.evidence and len(b.core.split(" ")) <= 4
        ):
            a.end = b.end
            a.evidence.add("coded")
            skip = b
        out.append(a)
    return out


OF_HEADS = frozenset({"Coast", "Port", "Shores", "Outskirts"})
"""Capitalised heads of a place's name built on another place: ``Coast of Hodeidah``."""


def join_of_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``Coast of Hodeidah``, ``Port of Sudan``: one region mention for the head and the place it is
    built on (not Kenya's Coast province); the place keeps its own mention too."""
    ordered = sorted(mentions, key=lambda m: m.start)
    out = []
    for a, b in zip(ordered, [*ordered[1:], None], strict=False):
        if b is not None and a.core in OF_HEADS and text[a.end:b.start] == " of ":
            out.append(Mention(start=a.start, end=b.end, core=text[a.start:b.end],
                               core_start=a.start, hint="region", label=b.label,
                               evidence={"feature"}))
            continue
        out.append(a)
    return out


def mark_bracket_lists(text: str, mentions: list[Mention]) -> None:
    """``X (A, B)``: mark ``X`` and the divisions ``A``, ``B`` as coded places when the gazetteer
    knows at least one of the divisions (not ``Hamas (Islamic Resistance Movement)``)."""
    for m in mentions:
        if not _LOCATIVE.search(text[max(0, m.start - 30):m.start]):
            continue
        parts = _divisions(text, m.end)
        if parts is None:
            continue
        m.evidence.add("coded")
        for start, part in parts:
            for inner in mentions:
                if start <= inner.core_start < start + len(part):
                    inner.evidence.add("coded")


def _divisions(text: str, end: int) -> list[tuple[int, str]] | None:
    """The bracketed divisions written after a name ending at ``end`` (right after it, or after
    its kind or another spelling), as ``(start, name)``; ``None`` if there are none the
    gazetteer knows."""
    gaz = load_gazetteer()
    gap = _GAP.match(text, end)
    starts = [end]
    if gap.end() > end and (gap.group("kind") is None or gap.group("kind") in feature_words()):
        # Not "X leaders (...)": only a kind of place stands between. The list after the gap
        # comes first: in "Sakiri (Sigiri) area (Amadiya, Duhok)" the first brackets hold a
        # spelling the gazetteer may know too.
        starts.insert(0, gap.end())
    for pos in starts:
        found = _BRACKET_LIST.match(text, pos)
        if found is None:
            continue
        parts, at = [], found.start("body")
        for part in found.group("body").split(", "):
            parts.append((at, part))
            at += len(part) + 2
        if not any(p.isupper() for _, p in parts) and any(gaz.lookup(p) for _, p in parts):
            if pos != end and gap.group("alt"):
                parts.append((gap.start("alt"), gap.group("alt")))  # the other spelling too
            return parts
    return None


_NAME = r"[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,5}"
_QUALIFIER = re.compile(r"[ ]\((?:North|South|East|West|Upper|Lower|Central|Old|New|\d{1,2})\)")
"""A qualifier written in brackets as part of a village's name: ``Ywar Ma (West)``."""
_VARIANT = re.compile(
    r"(?:[ ]\([^()]{1,20}\))?(?:[ ](?P<kind>[a-z]+))?[ ]\((?P<coded>coded[ ](?:as|to)[ ])?"
    r"(?P<alt>" + _NAME + r"(?:[ ]\(" + _NAME + r"\))?)\)"
)
"""Another name in brackets after a place, past a qualifier and its kind: ``Kan Thar (Kan Thar
Gyi)``, ``Kan Thar village (coded as Kan Thar (North))``, ``Taw Kyi (Upper) village (coded as Taw
Kyi Ah Htet)``."""
_UNIT_TYPES = frozenset({"country", "admin1", "admin2", "region"})


def written_variants(text: str, accepted: list[Mention]) -> list[Mention]:
    """Mentions of accepted places written another way right after them: a qualified form
    (``Ywar Ma (West)``), another spelling in brackets (``Kan Thar (Kan Thar Gyi)``) and the name an
    event database coded the place as when it extends the place's own (``Kan Thar (North)``).
    Not a division or country in brackets (``Morales (Cauca)`` pins Morales), a group or an
    acronym."""
    gaz = load_gazetteer()
    taken = {(m.start, m.end) for m in accepted}
    found = []
    for m in accepted:
        end = m.core_start + len(m.core)
        key = m.key or name_key(m.core)
        qualified = _QUALIFIER.match(text, end)
        if qualified is not None and (m.core_start, qualified.end()) not in taken:
            found.append(_variant(m, m.core_start, qualified.end(), text, key))
        variant = _VARIANT.match(text, end)
        kind = variant.group("kind") if variant is not None else None
        if variant is None or (kind and kind not in feature_words()):
            continue
        alt, start = variant.group("alt"), variant.start("alt")
        if (start, start + len(alt)) in taken or alt.isupper() or group_name(alt) or any(
            e.type in _UNIT_TYPES for e, _ in gaz.lookup(alt)
        ):
            continue
        if variant.group("coded") and alt.split(" ")[0] != m.core.split(" ")[0]:
            continue  # "north of Khan Younis (coded to Qarara)": a place of its own
        if not variant.group("coded") and m.entry is not None and m.entry.type in _UNIT_TYPES:
            continue  # "Colorado (Front Range)": a region named beside a state, no spelling of it
        found.append(_variant(m, start, start + len(alt), text, key))
    return found


_CODED_TO = re.compile(r"(?:[ ](?:municipality|district|township|county|commune))?[ ]\(coded[ ]to[ ]$")


def pin_coded_places(text: str, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Set each place coded inside a unit (``the municipality of Petatlan (coded to La Finca),
    Guerrero``) firmly in that unit: its pin takes the unit's point, where the unit is a
    second-level division or town inside the first-level division the text names, so a namesake
    elsewhere is no reading of it and a place the gazetteer lacks gets the unit's point."""
    by_end = {m.end: m for m in mentions}
    for m in mentions:
        coded = _CODED_TO.search(text, max(0, m.start - 40), m.start)
        unit = by_end.get(coded.start()) if coded is not None else None
        if unit is None or name_key(unit.core) == name_key(m.core):
            continue
        units = m.within.units or unit.within.units
        point = unit_point(gaz, unit.core, units)
        if point is not None:
            m.within = replace(m.within, units=units, point=point, firm=True, inside_point=True,
                               countries=frozenset(cc for cc, _ in units))


def _variant(m: Mention, start: int, end: int, text: str, key: str) -> Mention:
    return Mention(start=start, end=end, core=text[start:end], core_start=start, entry=m.entry,
                   hint=m.hint, key=key, evidence={"variant"})
