"""Cross-article merge: events of different articles that describe the same thing become one.

:func:`merge_events` takes events in date order; each joins the best-scoring group whose every
member it can be one with (:func:`~conflict_extract.events.compare.check_pair`), or starts its own.
Within a group, dates must overlap or be adjacent with one member, never two incidents dated to
different stated days, all reports within :data:`MAX_REPORT_SPAN_DAYS`, and no later undated report
of an incident with a clearly lower toll (a running toll rises; daily incidents in one town do not
line up). Among several possible groups the best scoring one wins (same place, same area, close
figures, same victims breakdown, cause, perpetrator and source).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from conflict_extract.events.acled import time_precision
from conflict_extract.events.actors import merge_actors
from conflict_extract.events.compare import (
    Item,
    check_pair,
    date_score,
    dates_compatible,
    stated_perpetrator,
)
from conflict_extract.events.intervals import Interval, interval_text
from conflict_extract.models import Event

MAX_REPORT_SPAN_DAYS = 7
"""The reports of one merged event span at most this many days; later ones are a new snapshot."""

SHRINK_TOLERANCE = 0.8
"""A later, undated report of an incident may give at least this share of the latest toll
(a revision); a lower figure is another incident."""

MERGE_WINDOW_DAYS = 60
"""Groups whose last date is this far behind the current event are no longer merge candidates."""


def _reported(item: Item) -> dt.date | None:
    return item.published or (item.interval[1] if item.interval else None)


def _group_dates(item: Item, group: _Group) -> str | None:
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
        note = dates_compatible(item, member)
        if note is not None:
            notes.append(note)
    if not notes:
        return None
    return next((n for n in notes if not n.startswith("adjacent")), notes[0])


@dataclass(eq=False)
class _Group:
    items: list[Item]
    last: dt.date | None
    explanations: list[dict[str, Any]] = field(default_factory=list)


def _sort_key(item: Item) -> tuple:
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
    items = [Item.of(event, n) for n, event in enumerate(events)]
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
                result = check_pair(item, member, with_dates=False)
                if isinstance(result, str):
                    break
                notes.append(result[0])
                total += result[1]
            else:
                notes[-1] = {**notes[-1], "date": date_note}
                score = total / len(group.items) + date_score(date_note)
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
        agreed = _combine_notes(notes)
        group.explanations.append({
            "event": item.event.id,
            "joined": [m.event.id for m in group.items],
            "score": round(score, 2),
            "agreed": agreed,
            "merged_because": merged_because(agreed),
        })
        group.items.append(item)
        if now is not None and (group.last is None or now > group.last):
            group.last = now
    groups.sort(key=lambda g: min(i.order for i in g.items))
    return [_merged_event(g) for g in groups]


_NOTE_ORDER = (
    "place", "date", "outcome", "figures", "nature", "perpetrator", "kind", "victims", "cause",
    "attributed_to",
)


_NOT_STATED = "not stated on both sides"


def merged_because(agreed: dict[str, str]) -> str:
    """Why a merge holds, in one line: the place, the dates, the figures, and the perpetrator and
    kind of attack where both reports state them (``same place: Saraqib / Saraqib; overlap: ...``)."""
    reasons = [agreed[key] for key in ("place", "date") if agreed.get(key)]
    reasons.append(f"{agreed['nature']} figures that can be one toll: {agreed['figures']}")
    stated = [p for p in agreed.get("perpetrator", "").split("; ") if p and p != _NOT_STATED]
    if stated:
        reasons.append(f"same perpetrator: {'; '.join(stated)}")
    if agreed.get("kind"):
        reasons.append(f"same kind of attack: {agreed['kind']}")
    return "; ".join(reasons)


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
        date_text = interval_text(interval) if len(set(intervals)) > 1 else events[-1].date
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
    # a report naming who did it outranks one saying only that someone did ("warplanes bombed")
    perpetrator = next((p for e in events if (p := stated_perpetrator(e))), None) or next(
        (e.perpetrator for e in events if e.perpetrator), None)
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
        perpetrator=perpetrator,
        actors=_without_unidentified(merge_actors(*(e.actors for e in events)), perpetrator),
        attack_kinds=_merged_kinds(events),
        cause=next((e.cause for e in reversed(events) if e.cause), None),
        attributed_to=attributed,
        cumulative=events[0].cumulative,
        article_ids=list(dict.fromkeys(a for e in events for a in e.article_ids)),
        reports=reports,
        evidence=[ev for e in events for ev in e.evidence],
        merged=[m for e in events for m in e.merged] + group.explanations,
    )


def _without_unidentified(actors: list[dict[str, Any]], perpetrator: str | None) -> list[dict[str, Any]]:
    """The actors without an unidentified perpetrator once another report names the perpetrator."""
    named = any(a["role"] == "perpetrator" and a["name"] == perpetrator
                and a.get("actor_class") != "unidentified" for a in actors)
    return [a for a in actors if not (named and a["role"] == "perpetrator"
                                      and a.get("actor_class") == "unidentified")]


def _merged_kinds(events: list[Event]) -> list[str]:
    """The kinds of attack every member that names one allows (all they name, if none in common)."""
    named = [set(e.attack_kinds) for e in events if e.attack_kinds]
    if not named:
        return []
    return sorted(set.intersection(*named) or set.union(*named))


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
