"""Names a place shares with something else the article writes of: a person (``Welch said``),
a shop (``at Culver's,``), a church or school (``St. Michael's Catholic School``, ``Hawk Ridge
and Deer Hollow elementary schools``) or a vehicle (``a 2005 Honda Odyssey``). Such a name is
marked ``surname`` at every bare mention: only strong place evidence makes one a place."""

from __future__ import annotations

import re

from conflict_extract.components.places.cues import vehicle_makes
from conflict_extract.components.places.mention import Mention, list_ending
from conflict_extract.gazetteer.index import load_gazetteer
from conflict_extract.text.patterns import ending_pattern


def mark_other_uses(text: str, mentions: list[Mention]) -> None:
    """Mark the names the article uses for people, shops, churches, schools and vehicles."""
    _mark_people(text, mentions)
    _mark_institutions(text, mentions)
    _mark_vehicles(text, mentions)


def major_place(name: str) -> bool:
    """A country, a first-level division or a city of 100,000 by that name."""
    return any(e.type in ("country", "admin1") or e.population >= 100_000
               for e, _ in load_gazetteer().lookup(name))


_PERSON_BEFORE = ending_pattern(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Officer|Sgt|Sergeant|Cpl|Lt|Capt|Det|Deputy|Judge|Justice|Rep|Sen|"
    r"Gov|President|Coach|Pastor|Rev|Father|Sister|Prof|Professor|Attorney|Trooper)\.?\s+$"
    r"|\b[A-Z][a-z]+[ ][A-Z]\.[ ]$"  # a middle initial: "Tyrise M. Bell"
)
_PERSON_AFTER = re.compile(
    r"^(?:,\s*\d{1,3},|\s+&\s+[A-Z]|\s+(?:said|says|told|added|testified|pleaded|admitted|explained|"
    r"recalled|wrote|asked)\b|[’']s\s+(?:wife|husband|mother|father|son|daughter|family|"
    r"attorney|lawyer|death|body|arrest|car|party|government|cabinet)\b|\s+and\s+(?:his|her)\s)"
)
_SPOKEN_TO = re.compile(
    r"\b(?:talk(?:ed|ing|s)?|spo(?:ke|ken)|speak(?:s|ing)?|wr(?:ote|ites?|iting)|"
    r"listen(?:ed|ing|s)?|repl(?:ied|ies|y)|explain(?:ed|s|ing)?|complain(?:ed|s|ing)?|"
    r"apologi[sz]ed|married|engaged)\s+to\s+$"
)
_KIN_BEFORE = re.compile(
    r"\b(?:wife|husband|son|daughter|mother|father|brother|sister|girlfriend|boyfriend|fianc[eé]e?|"
    r"widow|widower|grandson|granddaughter|nephew|niece|cousin),\s+$"
)
_KIN_OF_BEFORE = ending_pattern(
    r"\b(?:wife|husband|widow|widower|son|daughter|mother|father|brother|sister)[ ]of[ ]$"
)
_SHOP_AFTER = re.compile(r"[’']s(?:[,.;:!?\"”)]|\s+(?:in|on|at|and|or|restaurant)\b|$)")
_VICTIM_BEFORE = re.compile(
    r"\b(?:kill(?:ed|ing)|stabb(?:ed|ing)|shot|shooting|murder(?:ed|ing)|strangl(?:ed|ing)|"
    r"struggling\s+with|fighting\s+with|married)\s+$"
)


_SAINT = re.compile(r"(?:St\.?|Saint|Ste\.?)[ ]")
_DEDICATED_AFTER = re.compile(
    r"[’']s\s+(?:[A-Z][a-z]+\s+)?(?:School|Church|Hospital|College|Cathedral|Academy|Parish|Chapel|"
    r"Basilica|Catholic|Anglican|Episcopal|Orthodox|Lutheran|Methodist|Elementary|Primary|High|"
    r"Cemetery|Medical|Health|pupils|students|parishioners|congregation|church|school|hospital)\b"
)


def _mark_people(text: str, mentions: list[Mention]) -> None:
    """A name the article uses for a person somewhere (``Welch said``, ``Mr. Bell``, ``Gravely,
    24,``, ``talked to Roy``, ``his wife, Amelia,``, ``the husband of Tamar Kordzaia``), for a
    shop (``at Culver's,``) or for a church or school (``St. Agatha's Catholic School``) is a
    surname at every bare mention: only strong place evidence makes one a place."""
    people = {
        m.core for m in mentions
        if _dedicated(text, m) or (_person_cue(text, m) if " " not in m.core else (
            _full_name_cue(text, m)))
        and not major_place(m.core)  # "Damascus said": the government, left to metonymy
    }
    for m in mentions:
        if m.core in people:
            m.evidence.add("surname")


def _person_cue(text: str, m: Mention) -> bool:
    """Words around a one-word name that make it a person's or a shop's."""
    return bool(
        _PERSON_BEFORE.search(text[max(0, m.core_start - 12):m.core_start])
        or (m.label == "PERSON" or text.startswith(" &", m.end))
        and _PERSON_AFTER.match(text[m.end:m.end + 30])
        # "shot Marlow", "fighting with Marlow": a person the verb acts on
        or m.label == "PERSON" and _VICTIM_BEFORE.search(text[max(0, m.core_start - 24):m.core_start])
        # "I talked to Roy today", "she spoke to Perry, an anesthesiologist"
        or m.label == "PERSON" and _SPOKEN_TO.search(text[max(0, m.core_start - 24):m.core_start])
        or _KIN_BEFORE.search(text[max(0, m.core_start - 16):m.core_start])  # "his wife, Amelia,"
        # "lunch at McDonald's," "at Culver's, 1200 Main St.": a shop or a home, not the town
        or m.label in ("ORG", "PERSON") and _SHOP_AFTER.match(text, m.end)
    )


def _dedicated(text: str, m: Mention) -> bool:
    """A saint's name in the possessive before a church's or school's words (``St. Agatha's
    Catholic School``, ``St. Mary's pupils``): the church or school, whatever parish or city
    abroad bears the saint's name."""
    return bool(_SAINT.match(m.core) and _DEDICATED_AFTER.match(text, m.end))


def _full_name_cue(text: str, m: Mention) -> bool:
    """Words around a name of several words that make it a person's (``the husband of Tamar
    Kordzaia``, ``Tamar Kordzaia's party`` where the model says PERSON); a saint's name is a
    church's or school's only by :func:`_dedicated`."""
    return not _SAINT.match(m.core) and bool(
        _KIN_OF_BEFORE.search(text[max(0, m.core_start - 24):m.core_start])
        or m.label == "PERSON" and _PERSON_AFTER.match(text[m.end:m.end + 30])
    )


_INSTITUTIONS_AFTER = re.compile(
    r"\s+(?:(?:elementary|middle|high|primary|secondary|junior|senior|public|private|catholic)\s+)?"
    r"(?:schools|churches|hospitals|colleges|academies|congregations|parishes)\b"
)


def _mark_institutions(text: str, mentions: list[Mention]) -> None:
    """Names no gazetteer has, listed before a plural word for schools or churches (``at Hawk
    Ridge and Deer Hollow elementary schools``), are the names of those at every bare mention: only
    strong place evidence makes one a place."""
    ordered = sorted(mentions, key=lambda m: m.start)
    names = set()
    for i, last in enumerate(ordered):
        if not _INSTITUTIONS_AFTER.match(text, last.end):
            continue
        listed = list_ending(text, ordered, i)
        # Only names no gazetteer has: a town's name on its schools is still the town's.
        names |= {m.core for m in listed if not load_gazetteer().lookup(m.core)}
    for m in mentions:
        if m.core in names:
            m.evidence.add("surname")


_MODEL_YEAR = re.compile(r"\b(?:19|20)\d\d[ ]$")


def _mark_vehicles(text: str, mentions: list[Mention]) -> None:
    """A make after a model year (``a 2005 Honda Odyssey``) or a model after its make (``a red
    Dodge Durango``, ``the Ford Bronco``) is a vehicle, and so is every bare mention of that
    make or model (``in the Honda``, ``the Durango pulled up``): marked as names the article uses
    for something else, which only strong place evidence makes places."""
    makes = vehicle_makes()
    vehicles: set[str] = set()
    for m in mentions:
        words = m.core.split(" ")
        if words[0] not in makes or load_gazetteer().lookup(m.core):
            continue  # not "Dodge City", "Lincoln Park"
        if len(words) > 1:
            vehicles.add(words[1])  # the model
        if _MODEL_YEAR.search(text, max(0, m.core_start - 5), m.core_start):
            vehicles.add(words[0])
    if not vehicles:
        return
    for m in mentions:
        words = m.core.split(" ")
        if m.core in vehicles or words[0] in makes and len(words) > 1 and words[1] in vehicles and (
            not load_gazetteer().lookup(m.core)
        ):
            m.evidence.add("surname")
