"""Events: casualty figures linked to where, when, who and who says so, merged across articles.

Two plain functions:

* :func:`article_events` turns one article record into :class:`~conflict_extract.models.Event`
  objects: one per top-level casualty figure (``part_of`` is null), its sub-counts becoming the
  victims breakdown, a killed and an injured figure of the same sentence becoming one event with two
  outcomes, and a figure the article repeats (headline and body) folded into one event.
* :func:`merge_events` merges events of different articles that describe the same thing, keeping
  every figure in ``reports`` and explaining each merge in ``merged``.

Precision codes follow ACLED's codebook. ``time_precision``: 1 the day is known, 2 only the week
(or a few days) is, 3 only the month or something coarser. ``geo_precision``: 1 the town or city
itself, 2 near it or a part of it (a neighbourhood, ``east Aleppo``) or a district, 3 only the
province, a large region or the country.

Merge rules (all must hold, against every event already in the group):

* different articles (two figures of one article are two things, or were folded already);
* the same nature: both running tolls (``cumulative``) or both incidents;
* a shared outcome, with figures that can be the same toll (within a factor of
  :data:`MAX_FIGURE_RATIO`, or overlapping ranges);
* a compatible place: the same (by name, transliteration key, GeoNames id or coordinates within
  :data:`SAME_PLACE_KM`), or one inside the other (parent, admin1, country), never two different
  parts of one place (``east`` against ``west``), never different countries; a place must be known
  on both sides;
* a compatible perpetrator (the same, or unknown on one side);
* dates that overlap or are adjacent (a toll updated the next day) with one event of the group,
  never two incidents dated to different stated days, all reports within
  :data:`MAX_REPORT_SPAN_DAYS`, and no later undated report of an incident with a clearly lower
  toll (a running toll rises; daily incidents in one town do not line up); running tolls must
  start alike and be reported within :data:`CUMULATIVE_REPORT_GAP_DAYS` of each other.

Among several possible groups the best scoring one wins (same place, same area, close figures,
same victims breakdown, cause, perpetrator and source).
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from conflict_extract.gazetteer.index import distance_km
from conflict_extract.models import (
    ArticleRecord,
    Casualty,
    DateMention,
    Event,
    Place,
    parse_iso_date,
)
from conflict_extract.text.translit import fold, skeleton

MAX_FIGURE_RATIO = 10.0
"""Two reports of one toll differ by at most this factor (tolls rise fast after an attack)."""

SMALL_FIGURE = 20
"""Figures both at or under this are always consistent (``3 killed`` then ``12 killed``)."""

SAME_PLACE_KM = 3.0
"""Two differently named places this close are taken as the same place."""

REPEAT_MIN_COUNT = 3
"""An article repeating a figure this large (same outcome and victims) means one event even with no
place or date to compare; smaller ones (``a man was killed``) are too often separate incidents."""

GENERIC_VICTIMS = frozenset({"people", "persons", "individuals"})
"""Victim groups a more specific figure sharing their evidence can be a part of."""

ADJACENT_DAYS = 1
"""Date intervals this many days apart still count as adjacent (a toll updated the next day)."""

CUMULATIVE_REPORT_GAP_DAYS = 7
"""Running tolls reported further apart than this are separate snapshots, not one event."""

MAX_REPORT_SPAN_DAYS = 7
"""The reports of one merged event span at most this many days; later ones are a new snapshot."""

SHRINK_TOLERANCE = 0.8
"""A later, undated report of an incident may give at least this share of the latest toll
(a revision); a lower figure is another incident."""

MERGE_WINDOW_DAYS = 60
"""Groups whose last date is this far behind the current event are no longer merge candidates."""

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
_SENTENCE_END = re.compile(
    r"[.!?][\"”’)\]]*\s+(?=[\"“‘(]?[A-Z0-9])|\n"
    # text whose line breaks were lost: "...online reported.Major General..."
    r"|(?<=[a-z0-9)][.!?])[\"”’]?(?=[\"“]?[A-Z])"
)
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_PAST_PERIOD = re.compile(
    r"\b(?:(?:over|in|during|for)\s+(?:the\s+)?(?:past|last|previous|recent)|so far|to date|"
    r"thus far|recent)\b",
    re.IGNORECASE,
)
_SAME_PERIOD = re.compile(
    r"\b(?:in|over|during|for)\s+the\s+same\s+(?:period|time|time\s?frame|days|weeks|months)\b",
    re.IGNORECASE,
)
_DURATION = re.compile(r"^P(\d+|X)([DWMY])$")
_DAYS_PER_UNIT = {"D": 1, "W": 7, "M": 30, "Y": 365}
_VAGUE_DURATION_UNITS = 3
"""``the past few days`` (``PXD``) is taken as this many units."""

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-(\d|WE))?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_COARSE_TYPES = frozenset({"admin1", "country", "region"})
_TOWN_TYPES = frozenset({"city", "town"})

Interval = tuple[dt.date | None, dt.date | None]

_STATED = {"stated", "sentence"}
"""Date bases read from the article's words (the figure's own date, or the one date of its sentence)."""


# --- dates ------------------------------------------------------------------------------------


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def value_interval(value: str | None) -> Interval | None:
    """The first and last day a TIMEX3 date value (or ISO range ``a/b``, ``..`` open) covers.

    ``None`` for durations, underspecified values (``XXXX-WXX-1``) and anything unreadable.

    >>> value_interval("2016-W49")
    (datetime.date(2016, 12, 5), datetime.date(2016, 12, 11))
    """
    if not value:
        return None
    if "/" in value:
        left, right = value.split("/", 1)
        a = value_interval(left) if left not in ("", "..") else None
        b = value_interval(right) if right not in ("", "..") else None
        if a is None and b is None:
            return None
        return (a[0] if a else None, b[1] if b else None)
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3] == "WE":
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            if m[3]:
                day = monday + dt.timedelta(days=int(m[3]) - 1)
                return day, day
            return monday, monday + dt.timedelta(days=6)
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            return dt.date(year, month, 1), _month_end(year, month)
        if m := _SEASON.match(value):
            year = int(m[1])
            first, last = _SEASON_MONTHS[m[2]]
            end_year = year + 1 if last < first else year
            return dt.date(year, first, 1), _month_end(end_year, last)
        if m := _YEAR.match(value):
            year = int(m[1])
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None
    return None


def _duration_days(value: str | None) -> int | None:
    m = _DURATION.match(value or "")
    if not m:
        return None
    n = _VAGUE_DURATION_UNITS if m[1] == "X" else int(m[1])
    return n * _DAYS_PER_UNIT[m[2]]


def time_precision(interval: Interval | None, value: str | None = None) -> int | None:
    """ACLED time precision of a date: 1 a day, 2 a week or a few days, 3 anything coarser."""
    if interval is None:
        return None
    start, end = interval
    if start is None or end is None:
        return 3
    days = (end - start).days
    if days == 0 and not (value and "/" in value):
        return 1
    return 2 if days <= 7 else 3


def _interval_text(interval: Interval) -> str:
    start, end = interval
    if start is not None and start == end:
        return start.isoformat()
    return f"{start.isoformat() if start else '..'}/{end.isoformat() if end else '..'}"


def _gap_days(a: Interval, b: Interval) -> int:
    """Days between two intervals (0 when they overlap); open ends reach everything."""
    a_start, a_end = a
    b_start, b_end = b
    if a_end is not None and b_start is not None and a_end < b_start:
        return (b_start - a_end).days
    if b_end is not None and a_start is not None and b_end < a_start:
        return (a_start - b_end).days
    return 0


# --- sentences and places ------------------------------------------------------------------------


def sentence_bounds(text: str) -> list[int]:
    """Start offsets of the sentences of ``text`` (a light split: enough to pair figures)."""
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text)]


def _sentence_of(bounds: list[int], offset: int) -> int:
    return bisect.bisect_right(bounds, offset) - 1


def _name_key(name: str | None) -> str:
    return fold(name) if name else ""


def _direction(word: str) -> str:
    return word.lower().replace("-", "").removesuffix("ern")


class _PlaceIndex:
    """The record's places by canonical name and by surface form, with their containing places."""

    def __init__(self, places: Sequence[Place]) -> None:
        self.by_name: dict[str, Place] = {}
        self.by_mention: dict[str, Place] = {}
        self.country_names: dict[str, str] = {}
        for place in places:
            self.by_name.setdefault(_name_key(place.name), place)
            for mention in place.mentions:
                self.by_mention.setdefault(_name_key(mention), place)
            if place.type == "country" and place.country:
                self.country_names.setdefault(place.country, place.name)

    def find(self, name: str) -> Place | None:
        """The place named ``name`` (canonical name or surface form; ``west Aleppo`` finds Aleppo)."""
        key = _name_key(name)
        found = self.by_name.get(key) or self.by_mention.get(key)
        if found is None:
            first, _, rest = name.partition(" ")
            if rest and _DIRECTION_WORD.match(first):
                key = _name_key(rest)
                found = self.by_name.get(key) or self.by_mention.get(key)
        return found

    def ancestors(self, place: Place) -> list[Place | str]:
        """Containing places, innermost first: the parent chain, then admin1 (as a name when the
        article does not mention it)."""
        chain: list[Place | str] = []
        seen = {_name_key(place.name)}
        current = place
        while current.parent and _name_key(current.parent) not in seen:
            seen.add(_name_key(current.parent))
            parent = self.find(current.parent)
            chain.append(parent if parent is not None else current.parent)
            if parent is None:
                break
            current = parent
        admin1 = place.admin1 or next(
            (p.admin1 for p in chain if isinstance(p, Place) and p.admin1), None
        )
        if admin1 and _name_key(admin1) not in seen:
            found = self.find(admin1)
            chain.append(found if found is not None and found.type == "admin1" else admin1)
        return chain


def _area(casualty: Casualty, place: Place) -> str | None:
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


def _geo_precision(place: Place, area: str | None) -> int:
    if place.type in _COARSE_TYPES:
        return 3 if area != "near" else 2
    if place.type in _TOWN_TYPES and area is None:
        return 1
    return 2


def _place_info(casualty: Casualty, index: _PlaceIndex) -> tuple[dict[str, Any] | None, int | None]:
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
    area = _area(casualty, place)
    chain = index.ancestors(place)
    lat, lon = place.lat, place.lon
    precision = _geo_precision(place, area)
    admin1 = place.name if place.type == "admin1" else place.admin1
    country = place.country
    for outer in chain:
        if not isinstance(outer, Place):
            continue
        if lat is None and outer.lat is not None and outer.type != "country":
            # ACLED's practice: a place without coordinates takes its town's point, or failing
            # that its province's, and then says only the province is known
            lat, lon = outer.lat, outer.lon
            if outer.type in _COARSE_TYPES:
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


# --- per-article events ----------------------------------------------------------------------


def _figure(c: Casualty) -> dict[str, Any]:
    best = c.count
    return {
        "best": best,
        "low": c.low if c.low is not None else best,
        "high": c.high if c.high is not None else (best if c.qualifier == "exact" else None),
        "conservative": best if best is not None else c.low,
        "qualifier": c.qualifier,
        "victims": c.victims,
    }


@dataclass
class _Draft:
    """An event of one article while it is being built."""

    tops: list[int]
    sentence: int | None
    interval: Interval | None
    date_value: str | None
    date_basis: str | None
    stated_day: bool
    place: dict[str, Any] | None
    geo_precision: int | None
    subs: list[tuple[int, int]] = field(default_factory=list)
    """``(sub-count, the top-level figure it is part of)`` pairs."""
    summed: set[int] = field(default_factory=set)
    """Top-level figures of one outcome that are added up (``4 workers and 2 soldiers killed``)."""


class _DateContext:
    """Resolves the date interval of a casualty figure from its value and its sentence."""

    def __init__(self, record: ArticleRecord, text: str | None, bounds: list[int] | None) -> None:
        self.published = parse_iso_date(record.published)
        self.text = text
        self.bounds = bounds
        self.dates: list[DateMention] = sorted(record.dates, key=lambda d: d.start)
        self.starts = [d.start for d in self.dates]

    def _sentence_span(self, c: Casualty) -> tuple[int, int]:
        if self.text is None or self.bounds is None:
            return c.start, c.end
        i = _sentence_of(self.bounds, c.start)
        j = _sentence_of(self.bounds, max(c.start, c.end - 1))
        end = self.bounds[j + 1] if j + 1 < len(self.bounds) else len(self.text)
        return self.bounds[i], end

    def resolve(
        self, c: Casualty, previous: Interval | None
    ) -> tuple[Interval | None, str | None, str | None, bool]:
        """``(interval, value, basis, stated_day)`` for casualty ``c``; basis is ``stated``,
        ``period`` (since / over the past), ``same period`` or ``published``."""
        lo, hi = self._sentence_span(c)
        sentence = self.text[lo:hi] if self.text is not None else c.text
        mentions = self.dates[bisect.bisect_left(self.starts, lo): bisect.bisect_left(self.starts, hi)]
        pub = self.published
        since = _SINCE.search(sentence)
        if since and (c.date is None or c.cumulative or any(
            m.value == c.date and m.start - lo >= since.start() for m in mentions
        )):
            after = [m for m in mentions if m.start - lo >= since.start() and m.type == "date"]
            start = value_interval(after[0].value) if after else None
            begin = start[0] if start else None
            if pub is not None or begin is not None:
                return (begin, pub), None, "period", False
        if c.date is None or _duration_days(c.date) is not None:
            for m in mentions:
                days = _duration_days(m.value)
                if days is not None and pub is not None and _PAST_PERIOD.search(sentence):
                    return (pub - dt.timedelta(days=days), pub), None, "period", False
        if c.date is None and previous is not None and _SAME_PERIOD.search(sentence):
            return previous, None, "same period", False
        if c.date is None:
            values = {m.value for m in mentions if m.type == "date" and value_interval(m.value)}
            if len(values) == 1:
                value = values.pop()
                interval = value_interval(value)
                return interval, value, "sentence", False
        interval = value_interval(c.date)
        if interval is not None:
            return interval, c.date, "stated", interval[0] == interval[1] and "/" not in c.date
        if c.date:  # underspecified (no publication date): kept as written, not placed in time
            return None, c.date, "stated", False
        if pub is not None:
            return (pub - dt.timedelta(days=ADJACENT_DAYS), pub), None, "published", False
        return None, None, None, False


def _places_agree(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Within one article: the same place (or one side unknown)."""
    if a is None or b is None:
        return True
    return _name_key(a["name"]) == _name_key(b["name"]) and (
        a["area"] is None or b["area"] is None or a["area"] == b["area"]
    )


def _dates_agree(a: _Draft, b: _Draft) -> bool:
    if a.interval is None or b.interval is None:
        return a.date_value == b.date_value or a.date_basis is None or b.date_basis is None
    if a.stated_day and b.stated_day:
        return a.interval == b.interval
    return _gap_days(a.interval, b.interval) == 0


def _root(casualties: Sequence[Casualty], i: int) -> int:
    seen = {i}
    while casualties[i].part_of is not None:
        parent = casualties[i].part_of
        if not 0 <= parent < len(casualties) or parent in seen:
            break
        seen.add(parent)
        i = parent
    return i


def article_events(record: ArticleRecord, text: str | None = None) -> list[Event]:
    """The events of one article record, from its casualty figures and their links.

    ``text`` (the article text the offsets index) lets figures be paired by sentence and dates
    such as ``since the offensive began three weeks ago`` be read as periods; without it only
    the evidence spans are used. Pure: the record is not changed.
    """
    casualties = record.casualties
    if not casualties:
        return []
    index = _PlaceIndex(record.places)
    bounds = sentence_bounds(text) if text is not None else None
    dates = _DateContext(record, text, bounds)
    drafts: list[_Draft] = []
    draft_of: dict[int, _Draft] = {}
    order = sorted(range(len(casualties)), key=lambda i: casualties[i].start)
    previous: Interval | None = None
    part_map: dict[int, int] = {}
    for i in order:
        c = casualties[i]
        if c.part_of is not None and _root(casualties, i) != i:
            continue
        interval, value, basis, stated_day = dates.resolve(c, previous)
        previous = interval
        place, precision = _place_info(c, index)
        draft = _Draft(
            tops=[i], sentence=_sentence_of(bounds, c.start) if bounds else None,
            interval=interval, date_value=value, date_basis=basis, stated_day=stated_day,
            place=place, geo_precision=precision,
        )
        host, relation, other = _host_for(draft, drafts, casualties)
        if host is None:
            drafts.append(draft)
            draft_of[i] = draft
        elif relation == "part":
            host.subs.append((i, other))  # type: ignore[arg-type]
            draft_of[i] = host
            part_map[i] = other  # type: ignore[assignment]
        else:
            host.tops.append(i)
            draft_of[i] = host
            if relation == "sum":
                host.summed.update((i, other))  # type: ignore[arg-type]
            if host.place is None and place is not None:
                host.place, host.geo_precision = place, precision
            if host.interval is None or (host.date_basis == "published" and basis != "published"):
                host.interval, host.date_value, host.date_basis = interval, value, basis
                host.stated_day = stated_day
    for i in order:
        if casualties[i].part_of is not None:
            root = _root(casualties, i)
            if root != i and root in draft_of:
                draft_of[root].subs.append((i, part_map.get(root, root)))
    return [
        _event_from_draft(record, casualties, draft, n)
        for n, draft in enumerate(sorted(drafts, key=lambda d: casualties[d.tops[0]].start), 1)
    ]


def _host_for(
    draft: _Draft, drafts: list[_Draft], casualties: Sequence[Casualty]
) -> tuple[_Draft | None, str | None, int | None]:
    """An earlier event of the same article this figure belongs to, how, and the figure it relates
    to: ``outcome``, the other outcome of the same sentence (``24 killed and 85 injured``);
    ``part``, an unlinked part of a figure whose evidence it shares (``arrested 12 people, seven
    women and five men``); ``sum``, another victim group of the same evidence (``four workers and
    two soldiers were killed``); ``repeat``, the same figure again (headline and body)."""
    c = casualties[draft.tops[0]]
    for other in reversed(drafts):
        first = casualties[other.tops[0]]
        outcomes = {casualties[t].outcome for t in other.tops}
        if not (_places_agree(draft.place, other.place) and _dates_agree(draft, other)):
            continue
        if first.cumulative != c.cumulative or not _perpetrators_agree(first.perpetrator, c.perpetrator):
            continue
        same_sentence = draft.sentence is not None and draft.sentence == other.sentence
        overlapping = any(
            casualties[t].start < c.end and c.start < casualties[t].end for t in other.tops
        )
        if c.outcome not in outcomes and (same_sentence or overlapping):
            return other, "outcome", None
        if overlapping and c.count is not None:
            sharing = [
                t for t in other.tops
                if casualties[t].outcome == c.outcome and casualties[t].count is not None
                and casualties[t].start < c.end and c.start < casualties[t].end
            ]
            whole = next((t for t in sharing if casualties[t].victims in GENERIC_VICTIMS
                          and casualties[t].count > c.count), None)  # type: ignore[operator]
            if whole is not None:
                return other, "part", whole
            peer = next((t for t in sharing if casualties[t].victims != c.victims
                         and casualties[t].victims not in GENERIC_VICTIMS
                         and c.victims not in GENERIC_VICTIMS), None)
            if peer is not None:
                return other, "sum", peer
        repeat = any(
            casualties[t].outcome == c.outcome and casualties[t].count is not None
            and casualties[t].count == c.count and casualties[t].victims == c.victims
            for t in other.tops
        )
        if repeat and not same_sentence and (
            (draft.place is not None and other.place is not None)
            or (draft.date_basis in _STATED and other.date_basis in _STATED)
            or (c.count or 0) >= REPEAT_MIN_COUNT
        ):
            return other, "repeat", None
    return None, None, None


def _sum_figures(parts: Sequence[Casualty]) -> dict[str, Any]:
    """The figure of several victim groups of one outcome added up (victims ``people``)."""
    figures = [_figure(c) for c in parts]
    qualifiers = {c.qualifier for c in parts}

    def total(key: str) -> int | None:
        values = [f[key] for f in figures]
        return None if any(v is None for v in values) else sum(values)

    if qualifiers == {"exact"}:
        qualifier = "exact"
    elif qualifiers <= {"exact", "at_least", "more_than"}:
        qualifier = "at_least"
    else:
        qualifier = "vague" if "vague" in qualifiers else "about"
    best = total("best")
    return {"best": best, "low": total("low"), "high": total("high"),
            "conservative": best if best is not None else total("low"),
            "qualifier": qualifier, "victims": "people"}


def _perpetrators_agree(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    ka, kb = _name_key(a), _name_key(b)
    return ka == kb or f" {ka} " in f" {kb} " or f" {kb} " in f" {ka} "


def _event_from_draft(
    record: ArticleRecord, casualties: Sequence[Casualty], draft: _Draft, n: int
) -> Event:
    outcomes: dict[str, dict[str, Any]] = {}
    reports = []
    evidence = []
    victims = []
    date_text = draft.date_value if draft.date_value else (
        _interval_text(draft.interval) if draft.interval else None
    )
    for t in draft.tops:
        c = casualties[t]
        breakdown = [
            {"outcome": casualties[s].outcome, "victims": casualties[s].victims,
             **{k: v for k, v in _figure(casualties[s]).items() if k in ("best", "low", "high")}}
            for s, top in draft.subs if top == t
        ]
        figure = _figure(c)
        groups = breakdown
        if t in draft.summed:
            groups = [{"outcome": c.outcome, "victims": c.victims,
                       **{k: figure[k] for k in ("best", "low", "high")}}, *breakdown]
        if c.outcome not in outcomes:
            parts = [casualties[x] for x in draft.tops if x in draft.summed
                     and casualties[x].outcome == c.outcome]
            outcomes[c.outcome] = _sum_figures(parts) if t in draft.summed else figure
        for item in groups:  # a repeated figure brings the same groups again: kept once
            if not any(v["outcome"] == item["outcome"] and v["victims"] == item["victims"]
                       for v in victims):
                victims.append({**item, "conservative": item["best"]})
        reports.append({
            "article_id": record.id,
            "source": record.source,
            "published": record.published,
            "outcome": c.outcome,
            "best": figure["best"],
            "low": figure["low"],
            "high": figure["high"],
            "qualifier": c.qualifier,
            "victims": c.victims,
            "breakdown": breakdown,
            "date": date_text,
            "place": c.place,
            "attributed_to": c.attributed_to,
            "text": c.text,
            "start": c.start,
            "end": c.end,
        })
        evidence.append({"article_id": record.id, "start": c.start, "end": c.end, "text": c.text})
    for s, _ in draft.subs:
        c = casualties[s]
        if not any(e["start"] <= c.start and c.end <= e["end"] for e in evidence):
            evidence.append({"article_id": record.id, "start": c.start, "end": c.end, "text": c.text})
    tops = [casualties[t] for t in draft.tops]
    attributed = []
    for c in tops:
        if c.attributed_to and c.attributed_to not in attributed:
            attributed.append(c.attributed_to)
    return Event(
        id=f"{record.id}#e{n}",
        outcomes=outcomes,
        victims=victims,
        date=date_text,
        time_precision=time_precision(draft.interval, draft.date_value),
        date_basis=draft.date_basis,
        place=draft.place,
        geo_precision=draft.geo_precision,
        perpetrator=next((c.perpetrator for c in tops if c.perpetrator), None),
        cause=next((c.cause for c in tops if c.cause), None),
        attributed_to=attributed,
        cumulative=tops[0].cumulative,
        article_ids=[record.id],
        reports=reports,
        evidence=evidence,
        merged=[],
    )


# --- merging across articles -------------------------------------------------------------------


@dataclass
class _Item:
    """An event with the keys merging compares, computed once."""

    event: Event
    order: int
    interval: Interval | None
    stated_day: bool
    published: dt.date | None
    place_keys: set[str]
    within_keys: set[str]
    articles: frozenset[str]
    index_keys: set[str]
    """Keys this event is filed under for candidate lookup (names, containing places, country,
    coordinate cell)."""
    lookup_keys: set[str]
    """Keys under which the groups it may join are filed."""

    @classmethod
    def of(cls, event: Event, order: int) -> _Item:
        interval = None if event.date_basis is None else value_interval(event.date)
        published = max(
            (d for d in (parse_iso_date(r.get("published")) for r in event.reports) if d), default=None
        )
        place_keys: set[str] = set()
        within_keys: set[str] = set()
        index_keys: set[str] = set()
        lookup_keys: set[str] = set()
        place = event.place
        if place:
            place_keys = _keys(place["name"])
            for outer in place.get("within") or ():
                within_keys |= _keys(outer)
            names = {f"name:{k}" for k in place_keys | within_keys}
            index_keys |= names
            lookup_keys |= names
            country = place.get("country")
            if country:
                index_keys.add(f"in:{country}")
                lookup_keys.add(f"country:{country}")
                if place.get("type") == "country":
                    index_keys.add(f"country:{country}")
                    lookup_keys.add(f"in:{country}")
            if place.get("lat") is not None and place.get("lon") is not None:
                x, y = round(place["lat"] * 10), round(place["lon"] * 10)
                index_keys.add(f"cell:{x}:{y}")
                lookup_keys |= {f"cell:{x + i}:{y + j}" for i in (-1, 0, 1) for j in (-1, 0, 1)}
        return cls(
            event=event, order=order, interval=interval,
            # a date only found in the figure's sentence may be the day it was reported: it
            # does not forbid merging with a neighbouring stated day
            stated_day=event.date_basis == "stated" and event.time_precision == 1,
            published=published, place_keys=place_keys, within_keys=within_keys,
            articles=frozenset(event.article_ids), index_keys=index_keys, lookup_keys=lookup_keys,
        )


def _keys(name: str | None) -> set[str]:
    if not name:
        return set()
    return {k for k in (fold(name), skeleton(name)) if k}


def _close(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a.get("lat") is None or b.get("lat") is None:
        return False
    return distance_km(a["lat"], a["lon"], b["lat"], b["lon"]) <= SAME_PLACE_KM


def _place_relation(a: _Item, b: _Item) -> str | None:
    """``same``, ``inside`` (one within the other) or ``None`` when the places do not fit."""
    pa, pb = a.event.place, b.event.place
    if not pa or not pb:
        return None
    if pa.get("country") and pb.get("country") and pa["country"] != pb["country"]:
        return None
    same = (
        bool(a.place_keys & b.place_keys)
        or (pa.get("geonameid") is not None and pa.get("geonameid") == pb.get("geonameid"))
        or (pa.get("type") == pb.get("type") and _close(pa, pb))
    )
    if same:
        if pa.get("area") and pb.get("area") and pa["area"] != pb["area"] and "near" not in (
            pa["area"], pb["area"]
        ):
            return None
        return "same"
    if a.place_keys & b.within_keys or b.place_keys & a.within_keys:
        return "inside"
    for inner, outer in ((pa, pb), (pb, pa)):
        if outer.get("type") == "country" and outer.get("country") and inner.get("country") == outer[
            "country"
        ]:
            return "inside"
    return None


def _figure_range(figure: dict[str, Any]) -> tuple[float, float] | None:
    low = figure.get("low") if figure.get("low") is not None else figure.get("best")
    high = figure.get("high") if figure.get("high") is not None else figure.get("best")
    if low is None and high is None:
        return None
    low = low if low is not None else high
    high = high if high is not None else low
    return float(low), float(high)


def _figures_consistent(a: dict[str, Any], b: dict[str, Any]) -> bool:
    ra, rb = _figure_range(a), _figure_range(b)
    if ra is None or rb is None:
        return True
    if ra[0] <= rb[1] and rb[0] <= ra[1]:
        return True
    lo, hi = (ra, rb) if ra[1] < rb[0] else (rb, ra)
    if hi[0] <= SMALL_FIGURE:
        return True
    return hi[0] <= MAX_FIGURE_RATIO * max(lo[1], 1.0)


def _figure_closeness(a: dict[str, Any], b: dict[str, Any]) -> float:
    ra, rb = _figure_range(a), _figure_range(b)
    if ra is None or rb is None:
        return 0.0
    x, y = max(ra[0], 1.0), max(rb[0], 1.0)
    return max(0.0, 1.0 - abs(math.log(x / y)) / math.log(MAX_FIGURE_RATIO))


def _check_pair(
    a: _Item, b: _Item, *, with_dates: bool = True
) -> tuple[dict[str, str], float] | str:
    """Why two events cannot be one (a string), or what agreed and a score. ``with_dates=False``
    leaves the dates to the caller (a group is compared in time as a whole)."""
    ea, eb = a.event, b.event
    if a.articles & b.articles:
        return "same article"
    if ea.cumulative != eb.cumulative:
        return "running toll against incident"
    shared = [o for o in ea.outcomes if o in eb.outcomes]
    if not shared:
        return "different outcomes"
    date_note = _dates_compatible(a, b) if with_dates else ""
    if date_note is None:
        return "dates apart"
    relation = _place_relation(a, b)
    if relation is None:
        return "place unknown or incompatible"
    for o in shared:
        if not _figures_consistent(ea.outcomes[o], eb.outcomes[o]):
            return f"{o} figures too far apart"
    if not _perpetrators_agree(ea.perpetrator, eb.perpetrator):
        return "different perpetrators"
    agreed: dict[str, str] = {}
    score = 0.0
    pa, pb = ea.place or {}, eb.place or {}
    if relation == "same":
        score += 2.0
        agreed["place"] = f"same place: {pa['location']} / {pb['location']}"
        if pa.get("area") and pa.get("area") == pb.get("area"):
            score += 1.0
    else:
        score += 1.0
        agreed["place"] = f"one inside the other: {pa['location']} / {pb['location']}"
    if date_note:
        agreed["date"] = date_note
        score += _date_score(date_note)
    agreed["outcome"] = ", ".join(shared)
    agreed["figures"] = "; ".join(
        f"{o} {_fig_text(ea.outcomes[o])} and {_fig_text(eb.outcomes[o])}" for o in shared
    )
    score += sum(_figure_closeness(ea.outcomes[o], eb.outcomes[o]) for o in shared)
    agreed["nature"] = "running toll" if ea.cumulative else "incident"
    if ea.perpetrator and eb.perpetrator:
        agreed["perpetrator"] = ea.perpetrator
        score += 1.0
    else:
        agreed["perpetrator"] = "not stated on both sides"
    groups_a = {(v["outcome"], v["victims"]): v for v in ea.victims}
    common = [k for k in groups_a if any((v["outcome"], v["victims"]) == k for v in eb.victims)]
    if common:
        agreed["victims"] = ", ".join(f"{o} {v}" for o, v in common)
        score += 0.5 * len(common)
        for key in common:
            other = next(v for v in eb.victims if (v["outcome"], v["victims"]) == key)
            score += 0.5 * _figure_closeness(groups_a[key], other)
    if ea.cause and eb.cause and _word_overlap(ea.cause, eb.cause):
        agreed["cause"] = f"{ea.cause} / {eb.cause}"
        score += 1.0
    if set(ea.attributed_to) & set(eb.attributed_to):
        agreed["attributed_to"] = ", ".join(sorted(set(ea.attributed_to) & set(eb.attributed_to)))
        score += 0.5
    return agreed, score


def _word_overlap(a: str, b: str) -> bool:
    return bool(set(fold(a).split()) & set(fold(b).split()))


def _fig_text(figure: dict[str, Any]) -> str:
    prefix = {"at_least": "at least ", "more_than": "more than ", "about": "about ",
              "at_most": "at most ", "less_than": "less than "}.get(figure.get("qualifier") or "", "")
    if figure.get("best") is not None:
        return f"{prefix}{figure['best']}"
    return f"{figure.get('low')}-{figure.get('high') if figure.get('high') is not None else ''}"


def _date_score(note: str) -> float:
    return 0.5 if note.startswith("adjacent") else 1.0


def _reported(item: _Item) -> dt.date | None:
    return item.published or (item.interval[1] if item.interval else None)


def _group_dates(item: _Item, group: _Group) -> str | None:
    """How ``item`` fits the group in time: never two incidents stated on different days, never
    reports more than :data:`MAX_REPORT_SPAN_DAYS` apart, never a later undated report of an
    incident with a clearly lower toll (a running toll does not shrink; daily incidents in one town
    do); else fitting one member is enough, so a toll updated day after day chains into one event."""
    days = [d for d in (_reported(m) for m in (*group.items, item)) if d is not None]
    if days and (max(days) - min(days)).days > MAX_REPORT_SPAN_DAYS:
        return None
    latest = max(group.items, key=lambda m: (_reported(m) or dt.date.min, m.order))
    if (not item.event.cumulative and item.event.date_basis == "published"
            and item.published and latest.published and item.published > latest.published):
        for outcome, figure in item.event.outcomes.items():
            before = latest.event.outcomes.get(outcome, {}).get("best")
            if before and figure.get("best") is not None and figure["best"] < SHRINK_TOLERANCE * before:
                return None
    notes = []
    for member in group.items:
        if item.stated_day and member.stated_day and item.interval != member.interval:
            return None
        note = _dates_compatible(item, member)
        if note is not None:
            notes.append(note)
    if not notes:
        return None
    return next((n for n in notes if not n.startswith("adjacent")), notes[0])


def _dates_compatible(a: _Item, b: _Item) -> str | None:
    """A note on how the dates fit, or ``None`` when they do not."""
    ea, eb = a.event, b.event
    if a.interval is None or b.interval is None:
        if a.interval is None and b.interval is None and ea.date and ea.date == eb.date:
            return f"same unresolved date {ea.date}"
        return None
    if ea.cumulative:
        sa, sb = a.interval[0], b.interval[0]
        if sa is not None and sb is not None and abs((sa - sb).days) > 31:
            return None
        ra, rb = a.interval[1], b.interval[1]
        if ra is None or rb is None or abs((ra - rb).days) > CUMULATIVE_REPORT_GAP_DAYS:
            return None
        return f"running tolls from the same start, reported {ea.date} and {eb.date}"
    if a.stated_day and b.stated_day and a.interval != b.interval:
        return None
    gap = _gap_days(a.interval, b.interval)
    if gap == 0:
        return f"overlap: {ea.date} and {eb.date}"
    if gap <= ADJACENT_DAYS:
        return f"adjacent: {ea.date} and {eb.date}"
    return None


@dataclass(eq=False)
class _Group:
    items: list[_Item]
    last: dt.date | None
    explanations: list[dict[str, Any]] = field(default_factory=list)


def _sort_key(item: _Item) -> tuple:
    end = item.interval[1] if item.interval and item.interval[1] else None
    return (end or item.published or dt.date.max, item.published or dt.date.max, item.order)


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Merge events from different articles that describe the same thing.

    Events are taken in date order; each joins the best-scoring group it is compatible with (see
    the module docstring for the rules) or starts its own. A group of one is returned unchanged; a
    merged event keeps every report of its members, takes the latest report's figure as ``best``
    and the lowest as ``conservative`` (ACLED's fatality figure), and lists in ``merged`` what agreed
    at each merge. Input events are not modified.
    """
    items = [_Item.of(event, n) for n, event in enumerate(events)]
    groups: list[_Group] = []
    # Groups filed by (nature, key): an event only meets groups sharing a place name, a containing
    # place, its country (for country-level places) or a nearby coordinate cell.
    index: dict[tuple[bool, str], list[_Group]] = {}
    for item in sorted(items, key=_sort_key):
        nature = item.event.cumulative
        now = item.interval[1] if item.interval and item.interval[1] else item.published
        horizon = now - dt.timedelta(days=MERGE_WINDOW_DAYS) if now is not None else None
        pool: dict[int, _Group] = {}
        for key in item.lookup_keys:
            filed = index.get((nature, key))
            if not filed:
                continue
            if horizon is not None:
                filed[:] = [g for g in filed if g.last is None or g.last >= horizon]
            pool.update((id(g), g) for g in filed)
        best: tuple[float, _Group, list[dict[str, str]]] | None = None
        for group in sorted(pool.values(), key=lambda g: g.items[0].order):
            date_note = _group_dates(item, group)
            if date_note is None:
                continue
            notes = []
            total = 0.0
            for member in group.items:
                result = _check_pair(item, member, with_dates=False)
                if isinstance(result, str):
                    break
                notes.append(result[0])
                total += result[1]
            else:
                notes[-1] = {**notes[-1], "date": date_note}
                score = total / len(group.items) + _date_score(date_note)
                if best is None or score > best[0]:
                    best = (score, group, notes)
        if best is None:
            group = _Group(items=[item], last=now)
            groups.append(group)
            for key in item.index_keys:
                index.setdefault((nature, key), []).append(group)
            continue
        score, group, notes = best
        for key in item.index_keys:
            filed = index.setdefault((nature, key), [])
            if group not in filed:
                filed.append(group)
        group.explanations.append({
            "event": item.event.id,
            "joined": [m.event.id for m in group.items],
            "score": round(score, 2),
            "agreed": _combine_notes(notes),
        })
        group.items.append(item)
        if now is not None and (group.last is None or now > group.last):
            group.last = now
    groups.sort(key=lambda g: min(i.order for i in g.items))
    return [_merged_event(g) for g in groups]


_NOTE_ORDER = (
    "place", "date", "outcome", "figures", "nature", "perpetrator", "victims", "cause",
    "attributed_to",
)


def _combine_notes(notes: list[dict[str, str]]) -> dict[str, str]:
    """What agreed with each member of the group, one entry per field, in a fixed order."""
    combined: dict[str, str] = {}
    for note in notes:
        for key, value in note.items():
            if key not in combined:
                combined[key] = value
            elif value not in combined[key]:
                combined[key] = f"{combined[key]}; {value}"
    return {key: combined[key] for key in _NOTE_ORDER if key in combined}


def _report_key(report: dict[str, Any]) -> tuple:
    return (report.get("published") or "", report.get("date") or "")


def _merged_event(group: _Group) -> Event:
    if len(group.items) == 1:
        return group.items[0].event
    members = sorted(group.items, key=lambda i: (_sort_key(i), i.order))
    events = [m.event for m in members]
    reports = sorted((r for e in events for r in e.reports), key=_report_key)
    outcomes: dict[str, dict[str, Any]] = {}
    for outcome in dict.fromkeys(o for e in events for o in e.outcomes):
        figures = [e.outcomes[outcome] for e in events if outcome in e.outcomes]
        outcomes[outcome] = _merge_figures(figures)
    victims = []
    for key in dict.fromkeys((v["outcome"], v["victims"]) for e in events for v in e.victims):
        figures = [v for e in events for v in e.victims if (v["outcome"], v["victims"]) == key]
        victims.append({"outcome": key[0], "victims": key[1], **_merge_figures(figures)})
        victims[-1].pop("qualifier", None)
    intervals = [m.interval for m in members if m.interval is not None]
    if intervals:
        starts = [i[0] for i in intervals]
        start = None if any(s is None for s in starts) else min(starts)  # type: ignore[type-var]
        end = max((i[1] for i in intervals if i[1] is not None), default=None)
        interval: Interval | None = (start, end)
        date_text = _interval_text(interval) if len(set(intervals)) > 1 else events[-1].date
        precision = time_precision(interval, date_text)
        if len(set(intervals)) == 1:
            precision = max((e.time_precision or 0) for e in events) or None
    else:
        date_text, precision = events[-1].date, events[-1].time_precision
    bases = {e.date_basis for e in events}
    basis = bases.pop() if len(bases) == 1 else "merged"
    stated = [m for m in members if m.stated_day and m.interval]
    if stated and not events[0].cumulative:  # an incident's stated day outranks later reports' ranges
        day = min(m.interval[0] for m in stated)  # type: ignore[index,type-var]
        date_text, precision, basis = day.isoformat(), 1, "stated"
    located = [e for e in events if e.place]
    # The innermost place (al-Shaar over Aleppo), then a named part (east Aleppo), then precision.
    place_event = min(located, key=lambda e: (
        -len(e.place["within"] or []), 0 if e.place["area"] not in (None, "near") else 1,
        e.geo_precision or 9,
    ))
    attributed: list[str] = []
    for e in events:
        attributed.extend(a for a in e.attributed_to if a not in attributed)
    ids = sorted(e.id for e in events)
    digest = hashlib.sha1("\n".join(ids).encode()).hexdigest()[:12]
    return Event(
        id=f"merged-{digest}",
        outcomes=outcomes,
        victims=victims,
        date=date_text,
        time_precision=precision,
        date_basis=basis,
        place=place_event.place,
        geo_precision=place_event.geo_precision,
        perpetrator=next((e.perpetrator for e in events if e.perpetrator), None),
        cause=next((e.cause for e in reversed(events) if e.cause), None),
        attributed_to=attributed,
        cumulative=events[0].cumulative,
        article_ids=list(dict.fromkeys(a for e in events for a in e.article_ids)),
        reports=reports,
        evidence=[ev for e in events for ev in e.evidence],
        merged=[m for e in events for m in e.merged] + group.explanations,
    )


def _merge_figures(figures: list[dict[str, Any]]) -> dict[str, Any]:
    """One figure from several reports (oldest first): the latest as best, the lowest as
    conservative, the widest range."""
    latest = next((f for f in reversed(figures) if f.get("best") is not None), figures[-1])
    lows = [f["low"] for f in figures if f.get("low") is not None]
    highs = [f.get("high") for f in figures]
    conservative = [f["best"] for f in figures if f.get("best") is not None] or [
        f["conservative"] for f in figures if f.get("conservative") is not None
    ]
    return {
        "best": latest.get("best"),
        "low": min(lows) if lows else None,
        "high": None if any(h is None for h in highs) else max(highs),  # type: ignore[type-var]
        "conservative": min(conservative) if conservative else None,
        "qualifier": latest.get("qualifier"),
        "victims": latest.get("victims"),
    }
