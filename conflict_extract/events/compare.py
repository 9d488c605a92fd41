"""Whether two events (of different articles) can be the same thing, and what agreed.

:func:`check_pair` gives the reason two events cannot be one, or the fields that agreed and a
score; :func:`dates_compatible` says how two events fit in time. The rules:

* different articles (two figures of one article are two things, or were folded already);
* the same nature: both running tolls (``cumulative``) or both incidents;
* a shared outcome, with figures that can be the same toll (within a factor of
  :data:`MAX_FIGURE_RATIO`, or overlapping ranges);
* a compatible place: the same (by name, transliteration key, GeoNames id or coordinates within
  :data:`SAME_PLACE_KM`), or one inside the other (parent, admin1, country) when the outer one is
  of a coarser type, never two different parts of one place (``east`` against ``west``), never
  different countries; a place must be known on both sides;
* incidents never merge on a country- or region-level place alone (:data:`ALONE_TOO_COARSE`):
  ``north Syria`` holds many incidents a day; running tolls may;
* a compatible perpetrator (the same, or unknown or unidentified on one side), and no actor that acts in one and
  is targeted in the other;
* kinds of attack that meet (:mod:`~conflict_extract.events.kinds`: an air strike, a suicide
  bombing and an execution are three incidents);
* tolls of the same victims published the same day that do not contradict (``16 killed`` against
  ``24 executed`` is two incidents; a higher toll the next day is an update);
* dates that overlap or are adjacent (a toll updated the next day); running tolls must start alike
  and be reported within :data:`CUMULATIVE_REPORT_GAP_DAYS` of each other.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from conflict_extract.events.intervals import ADJACENT_DAYS, Interval, gap_days, value_interval
from conflict_extract.events.kinds import kinds_agree, kinds_text
from conflict_extract.events.places import name_key
from conflict_extract.gazetteer.index import distance_km
from conflict_extract.models import Event, parse_iso_date
from conflict_extract.text.translit import fold, skeleton

MAX_FIGURE_RATIO = 10.0
"""Two reports of one toll differ by at most this factor (tolls rise fast after an attack)."""

SMALL_FIGURE = 20
"""Figures both at or under this are always consistent (``3 killed`` then ``12 killed``)."""

SAME_PLACE_KM = 3.0
"""Two differently named places this close are taken as the same place."""

CUMULATIVE_REPORT_GAP_DAYS = 7
"""Running tolls reported further apart than this are separate snapshots, not one event."""

SAME_TIME_RATIO = 1.3
"""Two tolls of one incident published the same day differ by at most this factor (plus
:data:`SAME_TIME_SLACK`); further apart (``16 killed`` / ``24 executed``) they are two incidents."""

SAME_TIME_SLACK = 2
"""Deaths two same-day tolls of one incident may differ by beyond :data:`SAME_TIME_RATIO`."""

GENERIC_VICTIMS = frozenset({"people", "persons", "individuals", "victims"})
"""Victim words that say nothing about who the victims were."""

ALONE_TOO_COARSE = frozenset({"country", "region"})
"""Place types two incidents may not be merged on alone: a whole country or a large region
(``north Syria``) holds many incidents a day."""

_PLACE_RANK = {
    "country": 0, "region": 1, "admin1": 2, "admin2": 3, "city": 4, "town": 4,
    "neighbourhood": 5, "other": 5, "landmark": 6,
}
"""How fine a place type is: only a coarser place can hold a finer one."""


def perpetrators_agree(a: str | None, b: str | None) -> bool:
    """The same perpetrator (one name inside the other), or one side unknown."""
    if not a or not b:
        return True
    ka, kb = name_key(a), name_key(b)
    return ka == kb or f" {ka} " in f" {kb} " or f" {kb} " in f" {ka} "


def stated_perpetrator(event: Event) -> str | None:
    """The event's perpetrator when the reports name who it was: an ``unidentified`` actor
    (``Unidentified Military Forces`` for ``warplanes bombed``, ``Unidentified Armed Group`` for
    ``gunmen``) says only that someone did it, so it agrees with any named one."""
    if not event.perpetrator:
        return None
    key = name_key(event.perpetrator)
    if any(x["role"] == "perpetrator" and x.get("actor_class") == "unidentified"
           and name_key(x["name"]) == key for x in event.actors):
        return None
    return event.perpetrator


@dataclass
class Item:
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
    kinds: frozenset[str] = frozenset()
    """The kinds of attack its evidence and cause can describe (:mod:`~conflict_extract.events.kinds`)."""

    @classmethod
    def of(cls, event: Event, order: int) -> Item:
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
            kinds=frozenset(event.attack_kinds),
        )


def _keys(name: str | None) -> set[str]:
    if not name:
        return set()
    return {k for k in (fold(name), skeleton(name)) if k}


def _close(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a.get("lat") is None or b.get("lat") is None:
        return False
    return distance_km(a["lat"], a["lon"], b["lat"], b["lon"]) <= SAME_PLACE_KM


def _rank(place: dict[str, Any]) -> int:
    return _PLACE_RANK.get(place.get("type") or "other", 5)


def _place_relation(a: Item, b: Item) -> tuple[str, str | None] | None:
    """``("same", type)`` or ``("inside", type of the outer place)``, or ``None`` when the places
    do not fit: different countries, two parts of one place, two places of different GeoNames ids
    neither of which can hold the other."""
    pa, pb = a.event.place, b.event.place
    if not pa or not pb:
        return None
    if pa.get("country") and pb.get("country") and pa["country"] != pb["country"]:
        return None
    ids = (pa.get("geonameid"), pb.get("geonameid"))
    same = (
        (bool(a.place_keys & b.place_keys) and (None in ids or ids[0] == ids[1]))
        or (ids[0] is not None and ids[0] == ids[1])
        or (pa.get("type") == pb.get("type") and _close(pa, pb))
    )
    if same:
        if pa.get("area") and pb.get("area") and pa["area"] != pb["area"] and "near" not in (
            pa["area"], pb["area"]
        ):
            return None
        return "same", pa.get("type") or pb.get("type")
    namesake = bool(a.place_keys & b.place_keys)  # Idlib (city) and Idlib (province)
    for outer, inner, outer_keys, inner_within in (
        (pa, pb, a.place_keys, b.within_keys), (pb, pa, b.place_keys, a.within_keys)
    ):
        holds = namesake or bool(outer_keys & inner_within) or (
            outer.get("type") == "country" and outer.get("country") == inner.get("country")
        )
        if holds and _rank(outer) < _rank(inner):
            return "inside", outer.get("type")
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


def _positive(figure: dict[str, Any]) -> bool:
    """A toll that can identify an incident: not ``no casualties`` (two quiet reports of one
    area on neighbouring days are not one incident)."""
    value = figure.get("best") if figure.get("best") is not None else figure.get("low")
    return value is None or value > 0


def _comparable_victims(a: str | None, b: str | None) -> bool:
    if a in GENERIC_VICTIMS and b in GENERIC_VICTIMS:
        return True
    return bool(a) and bool(b) and fold(a) == fold(b)


def _contradict(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two tolls of the same victims, given the same day, too far apart to be one incident's
    (``16 killed`` / ``24 executed``); bounds (``at least 12``) and vague figures never are."""
    if a.get("best") is None or b.get("best") is None or "vague" in (a.get("qualifier"), b.get("qualifier")):
        return False
    if not _comparable_victims(a.get("victims"), b.get("victims")):
        return False
    lo, hi = sorted((a, b), key=lambda f: f["best"])
    if lo.get("qualifier") in ("at_least", "more_than") or hi.get("qualifier") in ("at_most", "less_than"):
        return False
    return hi["best"] > SAME_TIME_RATIO * lo["best"] + SAME_TIME_SLACK


def _figure_closeness(a: dict[str, Any], b: dict[str, Any]) -> float:
    ra, rb = _figure_range(a), _figure_range(b)
    if ra is None or rb is None:
        return 0.0
    x, y = max(ra[0], 1.0), max(rb[0], 1.0)
    return max(0.0, 1.0 - abs(math.log(x / y)) / math.log(MAX_FIGURE_RATIO))


def _crossed_roles(a: Event, b: Event) -> str | None:
    """An actor that is the perpetrator in ``a`` and the target in ``b``."""
    targets = {name_key(x["name"]) for x in b.actors if x["role"] == "target"}
    return next(
        (x["name"] for x in a.actors if x["role"] == "perpetrator" and name_key(x["name"]) in targets),
        None,
    )


def _conflict(a: Item, b: Item, shared: list[str]) -> str | None:
    """Why two events with a shared outcome and fitting places are not one incident, if they are not:
    figures too far apart or contradicting, different perpetrators or kinds of attack."""
    ea, eb = a.event, b.event
    same_day = a.published is not None and a.published == b.published and not ea.cumulative
    for o in shared:
        if not _figures_consistent(ea.outcomes[o], eb.outcomes[o]):
            return f"{o} figures too far apart"
        if same_day and _contradict(ea.outcomes[o], eb.outcomes[o]):
            return f"{o} figures that contradict on the same day"
    if not perpetrators_agree(stated_perpetrator(ea), stated_perpetrator(eb)):
        return "different perpetrators"
    crossed = _crossed_roles(ea, eb) or _crossed_roles(eb, ea)
    if crossed:
        return f"{crossed} acts in one and is targeted in the other"
    if not kinds_agree(a.kinds, b.kinds):
        return f"different kinds of attack: {kinds_text(a.kinds)} / {kinds_text(b.kinds)}"
    return None


def check_pair(
    a: Item, b: Item, *, with_dates: bool = True
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
    if not any(_positive(ea.outcomes[o]) and _positive(eb.outcomes[o]) for o in shared):
        return "no toll above zero on both sides"
    date_note = dates_compatible(a, b) if with_dates else ""
    if date_note is None:
        return "dates apart"
    relation = _place_relation(a, b)
    if relation is None:
        return "place unknown or incompatible"
    if relation[1] in ALONE_TOO_COARSE and not ea.cumulative:
        return f"only a {relation[1]}-level place in common"
    reason = _conflict(a, b, shared)
    if reason is not None:
        return reason
    return _agreement(a, b, relation[0], shared, date_note)


def _agreement(
    a: Item, b: Item, relation: str, shared: list[str], date_note: str
) -> tuple[dict[str, str], float]:
    """What agreed between two events that can be one, and how strongly (the merge score)."""
    ea, eb = a.event, b.event
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
        score += date_score(date_note)
    agreed["outcome"] = ", ".join(shared)
    agreed["figures"] = "; ".join(
        f"{o} {_fig_text(ea.outcomes[o])} and {_fig_text(eb.outcomes[o])}" for o in shared
    )
    score += sum(_figure_closeness(ea.outcomes[o], eb.outcomes[o]) for o in shared)
    agreed["nature"] = "running toll" if ea.cumulative else "incident"
    if stated_perpetrator(ea) and stated_perpetrator(eb):
        agreed["perpetrator"] = ea.perpetrator
        score += 1.0
    else:
        agreed["perpetrator"] = "not stated on both sides"
    if a.kinds and b.kinds:
        agreed["kind"] = kinds_text(a.kinds & b.kinds)
        score += 1.0
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


def date_score(note: str) -> float:
    """What a date agreement adds to a merge score: less for adjacent days than for overlap."""
    return 0.5 if note.startswith("adjacent") else 1.0


def dates_compatible(a: Item, b: Item) -> str | None:
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
    gap = gap_days(a.interval, b.interval)
    if gap == 0:
        return f"overlap: {ea.date} and {eb.date}"
    if gap <= ADJACENT_DAYS:
        return f"adjacent: {ea.date} and {eb.date}"
    return None
