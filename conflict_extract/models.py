"""Typed result objects for schema ``conflict-extract/1``.

Every extractor returns these dataclasses; :func:`to_dict` is the one place they become the JSON
shape described in ``docs/schema.md`` (field order kept, unknowns ``None`` or ``[]``, never missing).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_ID = "conflict-extract/1"

CATEGORIES: tuple[str, ...] = ("casualties", "places", "groups", "quotes", "dates")
"""The extraction categories, in output order; ``--only`` takes a subset of these."""

Outcome = Literal["killed", "injured", "casualties", "missing", "kidnapped", "arrested", "displaced"]
Qualifier = Literal["exact", "at_least", "more_than", "at_most", "less_than", "about", "vague"]
PlaceType = Literal[
    "country", "admin1", "admin2", "city", "town", "neighbourhood", "landmark", "region", "other"
]
GroupType = Literal[
    "state", "state_forces", "armed_group", "militia", "igo", "ngo", "monitor", "media", "political",
    "other",
]
QuoteKind = Literal["direct", "partial", "indirect"]
DateType = Literal["date", "time", "duration", "set"]
PlaceLevel = Literal[
    "country", "admin1", "admin2", "populated_place", "neighbourhood", "feature", "region"
]
ActorClass = Literal[
    "state_forces", "rebel_group", "political_militia", "identity_militia", "rioters", "protesters",
    "civilians", "external", "unidentified",
]
DateAnchor = Literal["absolute", "published", "narrative"]

OUTCOMES: tuple[str, ...] = Outcome.__args__  # type: ignore[attr-defined]
QUALIFIERS: tuple[str, ...] = Qualifier.__args__  # type: ignore[attr-defined]
PLACE_TYPES: tuple[str, ...] = PlaceType.__args__  # type: ignore[attr-defined]
GROUP_TYPES: tuple[str, ...] = GroupType.__args__  # type: ignore[attr-defined]
QUOTE_KINDS: tuple[str, ...] = QuoteKind.__args__  # type: ignore[attr-defined]
DATE_TYPES: tuple[str, ...] = DateType.__args__  # type: ignore[attr-defined]
PLACE_LEVELS: tuple[str, ...] = PlaceLevel.__args__  # type: ignore[attr-defined]
ACTOR_CLASSES: tuple[str, ...] = ActorClass.__args__  # type: ignore[attr-defined]
DATE_ANCHORS: tuple[str, ...] = DateAnchor.__args__  # type: ignore[attr-defined]


@dataclass
class Total:
    """The article-level figure for one outcome: what a user puts in a ``fatalities`` column.

    Disjoint figures are added, restated or updated ones counted once (the latest or highest),
    sub-counts never added to their parent; ``evidence`` lists the ``[start, end]`` spans used.
    """

    count: int | None
    low: int | None
    high: int | None
    evidence: list[list[int]] = field(default_factory=list)


@dataclass
class Casualty:
    """One casualty figure and the sentence evidence it was read from."""

    outcome: str
    count: int | None
    low: int | None
    high: int | None
    qualifier: str
    victims: str
    text: str
    start: int
    end: int
    part_of: int | None = None
    place: str | None = None
    place_index: int | None = None
    date: str | None = None
    cause: str | None = None
    perpetrator: str | None = None
    attributed_to: str | None = None
    cumulative: bool = False
    target: str | None = None
    """What was attacked, as written (``apartment building``, ``military base``)."""
    site: str | None = None
    """The exact spot inside ``place``, as written, when the clause names one the map has no
    point for (``Deerpark Road``, ``busy Oxford Street bus station``, ``checkpoint``)."""
    site_span: list[int] | None = None
    """``[start, end]`` of ``site`` in the article text."""
    parties: list[str] = field(default_factory=list)
    """The sides of the fight the figure's clause tells of (``in a battle between troops and
    terrorists``): group names from ``groups``, else the phrases as written, in text order."""
    links: dict[str, str] = field(default_factory=dict)
    """How the figure and each link were read, for debugging and for the article totals:
    ``figure`` (``verb``, ``state``, ``toll``, ``nominal``, ``update`` ...), ``place``, ``date``,
    ``attributed_to``, ``perpetrator``, ``cause`` (the rule that decided each: ``clause``,
    ``sentence``, ``paragraph``, ``article``, ``quote`` ...) and ``incidents`` (how many incidents a
    figure told for several counts, as digits)."""


@dataclass
class Place:
    """A place mentioned in the article, merged over all its mentions."""

    name: str
    type: str = "other"
    mentions: list[str] = field(default_factory=list)
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    level: str | None = None
    parent: str | None = None
    role: str = "event"
    spans: list[list[int]] = field(default_factory=list)
    point_of: str | None = None
    """When the gazetteer lacks the place but the text pins it inside a unit it has (``Gani
    (Bandiagara, Mopti)``), or a camp is named after a town (``the Jenin refugee camp``),
    ``lat``/``lon`` are that unit's or town's point and this names it; null when the point is the
    place's own."""


@dataclass
class Group:
    """An actor (armed group, state, force, organisation, outlet) merged over all its names."""

    name: str
    type: str = "other"
    aliases: list[str] = field(default_factory=list)
    actor_class: str | None = None
    country: str | None = None
    spans: list[list[int]] = field(default_factory=list)


@dataclass
class Quote:
    """A statement: direct, partial or indirect, with its resolved speaker."""

    text: str
    kind: str
    start: int
    end: int
    speaker: str | None = None
    speaker_name: str | None = None
    speaker_title: str | None = None
    speaker_span: list[int] | None = None
    speaker_group: str | None = None
    cue: str | None = None
    outlet: str | None = None


@dataclass
class DateMention:
    """A temporal expression and its TIMEX3-style value."""

    text: str
    value: str | None
    type: str
    start: int
    end: int
    label: str | None = None
    anchor: str | None = None


@dataclass
class Event:
    """One violent event built from an article's casualty figures, possibly merged across articles.

    ``outcomes`` maps an outcome (``killed``, ``injured`` ...) to its figure ``{best, low, high,
    conservative, qualifier, victims}``; ``victims`` is the breakdown from sub-counts (``{outcome,
    victims, best, low, high, conservative}``). ``date`` is a TIMEX3 value or an ISO range
    ``start/end`` (``..`` for an open start) with ACLED's ``time_precision`` (1 day, 2 week, 3 month
    or coarser); ``place`` carries name, area, type, country, admin1, coordinates and the containing
    places (``within``), with ACLED's ``geo_precision`` (1 the town itself, 2 near it or part of it,
    3 only the province or country). ``reports`` keeps every figure with its article, source and date;
    ``merged`` explains each merge (which fields agreed, and ``merged_because``). See
    ``conflict_extract.events``.
    """

    id: str
    outcomes: dict[str, dict[str, Any]] = field(default_factory=dict)
    victims: list[dict[str, Any]] = field(default_factory=list)
    date: str | None = None
    time_precision: int | None = None
    date_basis: str | None = None
    place: dict[str, Any] | None = None
    geo_precision: int | None = None
    perpetrator: str | None = None
    actors: list[dict[str, Any]] = field(default_factory=list)
    """``{name, role, actor_class}``: who acted (``perpetrator``) and who was targeted (``target``)."""
    attack_kinds: list[str] = field(default_factory=list)
    """Kinds of attack its sentences name (``air_strike``, ``suicide_bombing`` ...; empty: unsaid)."""
    cause: str | None = None
    attributed_to: list[str] = field(default_factory=list)
    cumulative: bool = False
    article_ids: list[str] = field(default_factory=list)
    reports: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    merged: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Article:
    """One input article as read, before any analysis.

    ``skip_spans`` are character ranges of ``text`` that are not article prose (cross-link lines such
    as ``READ MORE: ...``, the trailing ``Source:`` line); extractors yield nothing inside them.
    """

    id: str
    text: str
    source: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    skip_spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class ArticleRecord:
    """The output record for one article (schema ``conflict-extract/1``)."""

    id: str
    source: str
    title: str | None
    published: str | None
    casualties: list[Casualty] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    totals: dict[str, Total] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    schema: str = SCHEMA_ID
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    """Why the record may be incomplete (``article-timeout: ...``); the record is still valid."""


def parse_iso_date(value: object) -> dt.date | None:
    """An article's ``published`` value (``YYYY-MM-DD`` or a longer ISO timestamp) as a date;
    ``None`` when absent or unreadable."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


_RECORD_KEY_ORDER = (
    "schema", "id", "source", "title", "published", "casualties", "places", "groups", "quotes",
    "dates", "totals", "events",
)


_PLAIN_TYPES = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
"""Field names of each result dataclass in output order, worked out once per class."""


def _field_names(kind: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = tuple(f.name for f in dataclasses.fields(kind))
        if kind is ArticleRecord:
            names = (*_RECORD_KEY_ORDER, *(n for n in names if n not in _RECORD_KEY_ORDER))
        _FIELD_NAMES[kind] = names
    return names


def to_dict(obj: Any) -> Any:
    """Convert a result object (or list of them) to plain JSON-ready data in schema field order."""
    kind = type(obj)
    if kind in _PLAIN_TYPES:
        return obj
    if isinstance(obj, (list, tuple)):
        return [to_dict(item) for item in obj]
    if isinstance(obj, dict):
        return {key: to_dict(value) for key, value in obj.items()}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {name: to_dict(getattr(obj, name)) for name in _field_names(kind)}
    return obj
