"""Canonical names and actor classes in the style conflict datasets code actors (ACLED).

Generic actors get deterministic names, so the same actor gets the same name across articles:
``Military Forces of Kenya``, ``Police Forces of Kenya``, ``Unidentified Armed Group (Syria)``,
``Unidentified Military Forces`` (aerial attacks by an unknown party carry no country, as in
ACLED), ``Protesters (Nigeria)``, ``Rioters (India)``. Without a country the name stands alone
(``Unidentified Armed Group``, ``Protesters``).

``actor_class`` follows the ACLED codebook's actor types (see ``docs/schema.md``).
"""

from __future__ import annotations

UNIDENTIFIED_ARMED_GROUP = "Unidentified Armed Group"
UNIDENTIFIED_GANG = "Unidentified Gang"
UNIDENTIFIED_MILITARY = "Unidentified Military Forces"
UNIDENTIFIED_NAMES = (UNIDENTIFIED_ARMED_GROUP, UNIDENTIFIED_GANG, UNIDENTIFIED_MILITARY)

# Group type -> actor class where the dictionary gives no class of its own.
_TYPE_CLASSES = {
    "state_forces": "state_forces",
    "state": "state_forces",
    "armed_group": "rebel_group",
    "militia": "political_militia",
    "igo": "external",
    "ngo": "civilians",
    "monitor": "civilians",
    "media": "civilians",
    "political": "civilians",
    "other": "civilians",
}


# Country names said with "the" (ACLED: "Military Forces of the Philippines").
_WITH_ARTICLE = ("United ", "Republic", "Democratic ", "Central African", "Czech", "Dominican")
_WITH_ARTICLE_NAMES = frozenset({
    "Philippines", "Netherlands", "Gambia", "Bahamas", "Comoros", "Maldives", "Marshall Islands",
    "Solomon Islands", "Seychelles", "Vatican",
})


def _of(country: str) -> str:
    """``of Kenya``, ``of the Philippines``."""
    if country.startswith(_WITH_ARTICLE) or country in _WITH_ARTICLE_NAMES:
        return f"of the {country}"
    return f"of {country}"


def military_forces(country: str) -> str:
    """``Military Forces of Kenya``: a country's armed forces with no dictionary entry."""
    return f"Military Forces {_of(country)}"


def police_forces(country: str | None) -> str:
    """``Police Forces of Kenya``, ``Police Forces of the United States``, or ``Police Forces``
    with no country."""
    return f"Police Forces {_of(country)}" if country else "Police Forces"


def with_country(name: str, country: str | None) -> str:
    """``Unidentified Armed Group (Syria)``, ``Protesters (Nigeria)``; the bare name without one."""
    return f"{name} ({country})" if country else name


def actor_class(kind: str, name: str, *, foreign: bool, override: str | None = None) -> str:
    """The ACLED actor class of a group of type ``kind``.

    ``override`` is the class the dictionary or a finder states (``identity_militia`` for a
    communal militia, ``protesters``); unidentified actors are ``unidentified``; a state or its
    forces acting outside its own country (``foreign``) is ``external``, as ACLED codes foreign
    forces.
    """
    if override:
        return override
    if name.startswith(UNIDENTIFIED_NAMES):
        return "unidentified"
    if kind in {"state", "state_forces"} and foreign:
        return "external"
    return _TYPE_CLASSES.get(kind, "civilians")
