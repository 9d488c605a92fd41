"""Words and patterns around a name that say it is a place, and of what kind.

Curated data (feature words, demonyms) comes from ``data/places/``; the patterns are the cues the
candidate finder and the caseless finder read (``shelled X``, ``the province of X``, ``X-based``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from conflict_extract.lexicon import load_json
from conflict_extract.lexicon.countries import country_table
from conflict_extract.text.patterns import ending_pattern, first_letter_guard


@lru_cache(maxsize=1)
def feature_words() -> dict[str, str]:
    """Lower-case feature word -> hint kind (``neighbourhood``, ``admin1``, ``landmark``...)."""
    return {word: kind for kind, words in load_json("places/features.json").items() for word in words}


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Demonym or country adjective (``Syrian``) -> ISO alpha-2 code."""
    return country_table().demonym_codes()


@lru_cache(maxsize=1)
def institution_words() -> frozenset[str]:
    """First words of public bodies' names after a place (``Police``, ``Department``, ``Senate``)."""
    return frozenset(load_json("places/institution_words.json")["public"])


@lru_cache(maxsize=1)
def building_words() -> frozenset[str]:
    """First words of other institutions' names after a place (``High School``, ``Times``)."""
    return frozenset(load_json("places/institution_words.json")["other"])


@lru_cache(maxsize=1)
def eponymous_words() -> frozenset[str]:
    """Head words of institutions often named after a person or a town they need not lie in
    (``Columbia University``, ``Lee Academy``): a town opening them is no mention of it."""
    return frozenset(load_json("places/institution_words.json")["eponymous"])


@lru_cache(maxsize=1)
def national_site_words() -> frozenset[str]:
    """Words after ``National`` in the names of parks, forests and laboratories named after a
    river, a mountain or a person (``Ottawa National Forest``): no town's body."""
    return frozenset(load_json("places/institution_words.json")["national_sites"])


@lru_cache(maxsize=1)
def office_words() -> frozenset[str]:
    """Titles and party labels after a place (``Ohio Gov.``, ``Lamar County Commissioners``,
    ``a Manhattan Democrat``): the place's officials, so the name before them is the place."""
    return frozenset(load_json("places/institution_words.json")["offices"])


@lru_cache(maxsize=1)
def vehicle_makes() -> frozenset[str]:
    """Makes of cars and trucks (``Honda``, ``Dodge``): after a model year, or before a model,
    a vehicle (``a 2005 Honda Odyssey``, ``a Dodge Durango``)."""
    return frozenset(load_json("places/vehicle_makes.json")["makes"])


@lru_cache(maxsize=1)
def resident_words() -> frozenset[str]:
    """Lower-case nouns for a place's people and homes (``a Gainesville man``, ``Athens
    residents``): a known name before them is the place."""
    return frozenset(load_json("places/institution_words.json")["residents"])


@lru_cache(maxsize=1)
def not_places() -> frozenset[str]:
    """Lower-case names that are common nouns in prose (``highway``, ``section``, ``north``)."""
    return frozenset(load_json("places/not_places.json")["names"])


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, tuple[str, str | None]]:
    """Dotted abbreviation (``W.Va.``, ``U.S.``) -> (country code, full name or None for the
    country itself)."""
    return {k: (v[0], v[1]) for k, v in load_json("places/abbreviations.json").items()}


@lru_cache(maxsize=1)
def abbreviation_re() -> re.Pattern:
    """The abbreviations as written, a space allowed after an inner period (``W. Va.``)."""
    forms = sorted(abbreviations(), key=len, reverse=True)
    alts = [re.escape(f).replace(r"\.", r"\.[ ]?").removesuffix("[ ]?") for f in forms]
    return re.compile(r"(?<![\w.])" + first_letter_guard(forms) + r"(?:" + "|".join(alts)
                      + r")(?![\w])")


DIRECTIONS = frozenset(
    """north south east west northern southern eastern western northeast northwest southeast
    southwest northeastern northwestern southeastern southwestern north-east north-west south-east
    south-west north-eastern north-western south-eastern south-western central""".split()
)
"""Direction words that make ``east Aleppo`` a mention of Aleppo."""

LOCATIVE_PREPS = frozenset(
    "in near outside from at into across around towards toward within throughout inside "
    "to between through besieged".split()
)
"""Words before a name that make a resolving name a place (``clashes in Kidal``)."""
OPENING_PREPOSITIONS = LOCATIVE_PREPS | {"amid", "amidst", "beneath", "despite", "opposite"}
"""Prepositions a sentence opens with before a name (``Near Bakhmut, ...``): capitalised there,
but no part of the name."""

VERB_BEFORE = ending_pattern(
    r"\b(?:shell(?:ed|ing|s)?|struck|strikes?|hit|hitting|bomb(?:ed|ing|s)?|captur(?:ed|es|e|ing)|"
    r"seiz(?:ed|es|e|ing)|retook|retake|retaking|recaptur(?:ed|e|ing)|overran|overrun|storm(?:ed|s|ing)?|"
    r"attack(?:ed|s|ing)?|raid(?:ed|s|ing)?|besieg(?:ed|e|ing)|encircl(?:ed|e|ing)|fled|flee(?:ing)?|"
    r"evacuat(?:ed|e|ing)|enter(?:ed|ing)?|reach(?:ed|ing)?|liberat(?:ed|e|ing)|target(?:ed|ing|s)?|"
    r"pound(?:ed|ing)?|invad(?:ed|e|ing)|occupi(?:ed|es)|visit(?:ed|ing)?|left|surround(?:ed|ing)?)"
    r"(?:\s+(?:the\s+)?(?:city|town|village|port|capital)\s+of)?\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A military or movement verb right before a name: ``shelled Kharkiv``, ``captured Goma``."""

ON_BEFORE = ending_pattern(
    r"\b(?:strikes?|attacks?|assault|offensive|raids?|shelling|bombardment|bombing|march(?:ed)?|"
    r"advanced?|advancing|closing in|push(?:ed)?|fire|rockets?|missiles?|drones?|converg(?:ed|ing))"
    r"\s+on\s+(?:the\s+)?$",
    re.IGNORECASE,
)
OF_BEFORE = ending_pattern(
    r"\b(?:residents?|people|inhabitants|citizens|outskirts|centre|center|heart|north|south|east|"
    r"west|parts?|edge|suburbs|countryside|streets|governor|mayor|frontlines?|battle|siege|fall|"
    r"shelling|bombardment|bombing|blockade|encirclement|invasion|occupation|evacuation|storming|"
    r"capture|recapture|control|liberation|outside|city|town|village|capital|province|region|vicinity|"
    r"districts?|neighbourhoods?|neighborhoods?|areas?)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
AREA_OF = ending_pattern(
    r"\b(?:outskirts|suburbs|countryside|vicinity|environs|hinterland|coast|coastline|shores?|"
    r"(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A part or surroundings of a place, or a bearing from it, which only a place has: ``the
outskirts of X``, ``off the coast of X``, ``south of X`` (not ``residents of X``, ``control of
X``, which an organisation may take)."""
PERSON_OF = ending_pattern(
    r"(?:\b[A-Z][\w'’-]+[ ][A-Z][\w'’-]+(?:,?[ ](?:Jr|Sr|II|III)\.?)?(?:,[ ]\d{1,3})?,?"
    r"|\b(?:both|all|formerly|originally|each|natives?|resident)),?[ ]of[ ]$"
)
"""Where a person is from: ``Jeremy Watson, 30, of Ten Mile``, ``both of Annville``. Not after a
kin word: ``the wife of X`` names a person (see ``candidates._KIN_OF_BEFORE``)."""
ADDRESS_BEFORE = ending_pattern(
    r"\b\d+[ ](?:[A-Z][\w.]*[ ]){1,3}(?:St|Street|Rd|Road|Ave|Avenue|Dr|Drive|Lane|Ln|Blvd|"
    r"Boulevard|Hwy|Highway|Pike|Way|Court|Ct|Place|Pl)\.?,[ ]$"
)
"""A street address before the town it is in: ``of 1935 Orchard St., Alexandria``."""
AIRFIELD_NAME = re.compile(r"(?:airport|air ?base|airfield)$", re.IGNORECASE)
"""The name of an airport or air base (``Kuweires Air Base``, ``Kunduz airport``)."""
STREET_WORDS = frozenset("street streets road avenue square market hotel mall station".split())
STREET_TYPES = frozenset("street road avenue lane drive boulevard highway bypass parkway ave rd blvd".split())
"""The last word of a street's name (``Darby Street``, ``Old Lexington Highway``, ``DeKalb Ave.``)."""


def street_name(core: str) -> bool:
    """Whether a name is a street's (``Darby Street``, ``Old Lexington Highway``, ``DeKalb Ave.``)."""
    return core.rsplit(" ", 1)[-1].lower().rstrip(".") in STREET_TYPES
LANDMARK_LEAD = ending_pattern(r"\b(?:the|at|in|on|near|outside)\s+$", re.I)
BORDER_WITH = ending_pattern(r"\b(?:border|borders|frontier)\s+(?:with|of)\s+(?:the\s+)?$", re.I)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NUMERIC_LABELS = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"})
NON_PLACE_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})

# Hint kinds -> the schema type an unresolved place of that kind gets.
HINT_TYPES = {
    "neighbourhood": "neighbourhood",
    "camp": "other",
    "town": "town",
    "city": "city",
    "admin1": "admin1",
    "admin2": "admin2",
    "region": "region",
    "landmark": "landmark",
    "district": "admin2",
}
LEVELS = {
    "country": "country",
    "admin1": "admin1",
    "admin2": "admin2",
    "city": "populated_place",
    "town": "populated_place",
    "neighbourhood": "neighbourhood",
    "landmark": "feature",
    "camp": "feature",
    "region": "region",
}
"""A place's type (or, unresolved, its hint) -> the schema's ``level``."""

WELL_KNOWN_NAMES = 10
"""A place outside the article's countries must have at least this many GeoNames alternate names
(Geneva has 60, Miraflores in Lima 2): translations are a fair proxy for international fame."""

WATER_HEADS = frozenset(
    "strait straits gulf bay sea channel sound lake lakes isthmus cape gulfs".split()
)
"""Heads of ``X of Y`` names that are the water or land feature, never the place ``Y``."""

GEO_PREFIXES = {
    "badia": "region", "badiya": "region", "badiyat": "region", "sahl": "region",
    "wadi": "landmark", "jabal": "landmark", "jebel": "landmark", "jabel": "landmark",
}
"""Arabic words opening a name for the land around a place (``Badia al-Sukhnah``, the desert of
Sukhnah; ``Jabal Sinjar``), with the hint such a name gets."""

NO_GAZETTEER_HINTS = frozenset({"neighbourhood", "camp", "landmark"})
"""Hints under which a name never takes a gazetteer populated place's point (a neighbourhood of
Aleppo named like a village elsewhere in Syria is not that village)."""

# --- name runs ------------------------------------------------------------------------------------

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽḤṢṬẒ"
_ART = r"(?:[Aa][lnrstdz]|[Aa]sh|[Aa]th|[Aa]dh|[Ee][lnrstdz]|[Ee]sh)"
_WORD = rf"(?:{_ART}[-‑]|(?:St|Ste|Mt|Ft|Pt|ST|STE|MT|FT)\.[ ])?[{_UP}][\w’'‘ʿʾ]*"
_PARTICLE = r"(?:al|el|an|ar|ash|ad|az|ez|es|bin|ibn|de|del|della|di|du|des|la|las|los|le|da|do|dos|das|of|wa)"
NAME_RE = re.compile(
    rf"(?<![\w’'‘-]){_WORD}(?:(?:[ ]|[-‑]){_WORD}|(?:[ ]{_PARTICLE}){{1,2}}[ ](?={_WORD}){_WORD}"
    rf"|[-‑](?:i|e|ul|ud|ur|al|el|o|au|aux|en|de|du|la|le|les|sur|sous)[-‑]{_WORD}){{0,4}}"
)
"""A run of capitalised words, with Arabic articles (``al-``), particles (``de``, ``bin``) and
hyphens inside (``Karm al-Jabal``, ``San José del Guaviare``, ``Ivano-Frankivsk``)."""

POSSESSIVE = re.compile(r"[’'‘]s?$")
DIR_PREFIX = ending_pattern(
    r"(?:(?:the\s+)?(?:" + "|".join(sorted((re.escape(d) for d in DIRECTIONS), key=len, reverse=True))
    + r")(?:\s+(?:part|parts|outskirts|suburbs|districts|countryside)\s+of)?\s+)$",
    re.IGNORECASE,
)
FEATURE_OF = ending_pattern(
    r"(?P<feat>[a-z][a-z-]*(?: camp| crossing| base)?)\)?(?:\s+of)\s+$"
)
DETERMINER_BEFORE = ending_pattern(r"\b(the|a|an|one|another|every|each)\s+(?:[\w-]+\s+){0,3}$", re.I)
AFTER_FEATURE = re.compile(r"^\s+(?P<feat>[a-z][a-z-]*(?: camp| crossing| base| plant)?)\b")
REPORTING_BEFORE = ending_pattern(
    r"(?:(?:reporting|speaking|writing|broadcasting|based|calling|talking)\s+(?:from|in)"
    r"|said\s+from|told\s+\w+(?:\s+\w+)?\s+(?:by\s+(?:phone|telephone)\s+)?from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
APPOSITIVE_AFTER = re.compile(
    r"^,\s+(?:the|a|an)\s+(?:(?!(?:for|of|to|with|from|by|at)\b)[\w-]+\s+){0,3}?"
    r"(?P<feat>city|town|village|capital|port|province|"
    r"governorate|region|district|neighbourhood|neighborhood|camp)\b"
    # Not the place's people or offices: "Diane Harris, the city's planner", "Al Lee, a city
    # spokesman", "Sam Roe, a lobbyist for the city", "the village trustees".
    r"(?![’']s\b|\s+(?!(?:of|in|on|near|and|or|that|which|where|with|some|about|just|close|"
    r"along|outside|home|north|south|east|west|a|an|the|is|was|whose|[a-z]+ed|[a-z]+ing|[a-z]+ly)"
    r"\b)[a-z]+\b)"
)
CITY_DISTRICT = re.compile(r"^\s+district\s+of\s+(?:the\s+)?(?:city|capital|town)\b")
BASED_AFTER = re.compile(r"^[-‑]based\b")
BORDER_AFTER = re.compile(r"^\s+border\b|^[-‑]\S+\s+border\b")

