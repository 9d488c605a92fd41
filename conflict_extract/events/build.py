"""Per-article events: one article record's casualty figures turned into events.

:func:`article_events` makes one :class:`~conflict_extract.models.Event` per top-level casualty
figure (``part_of`` is null), its sub-counts becoming the victims breakdown, a killed and an injured
figure of the same sentence becoming one event with two outcomes, and a figure the article repeats
(headline and body) folded into one event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from conflict_extract.events.acled import country_name, time_precision
from conflict_extract.events.actors import GroupSpans, figure_actors, merge_actors
from conflict_extract.events.compare import perpetrators_agree
from conflict_extract.events.dates import DateContext, sentence_bounds, sentence_of
from conflict_extract.events.intervals import Interval, gap_days, interval_text
from conflict_extract.events.kinds import attack_kinds
from conflict_extract.events.places import (
    PART_HOLDERS,
    PlaceIndex,
    directed_part,
    name_key,
    place_info,
    sentence_place,
)
from conflict_extract.models import ArticleRecord, Casualty, Event

REPEAT_MIN_COUNT = 3
"""An article repeating a figure this large (same outcome and victims) means one event even with no
place or date to compare; smaller ones (``a man was killed``) are too often separate incidents."""

GENERIC_VICTIMS = frozenset({"people", "persons", "individuals"})
"""Victim groups a more specific figure sharing their evidence can be a part of."""

_STATED = {"stated", "sentence"}
"""Date bases read from the article's words (the figure's own date, or the one date of its sentence)."""


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


@dataclass
class _Earlier:
    """The article's events so far, indexed by what lets a figure join one: its sentence, a
    figure of it that the new one overlaps, a figure of the same outcome and count. A figure is
    compared with those events alone, not with every event before it (a long article has
    thousands)."""

    drafts: list[_Draft] = field(default_factory=list)
    number: dict[int, int] = field(default_factory=dict)
    """``id`` of a draft -> its place in ``drafts``."""
    by_sentence: dict[int, set[int]] = field(default_factory=dict)
    by_figure: dict[tuple[str, int], set[int]] = field(default_factory=dict)
    reach: list[tuple[int, int]] = field(default_factory=list)
    """``(end, draft number)`` of the figures so far that a later one may still overlap."""

    def add(self, draft: _Draft, c: Casualty) -> None:
        """A new event, opened by figure ``c``."""
        self.number[id(draft)] = len(self.drafts)
        self.drafts.append(draft)
        if draft.sentence is not None:
            self.by_sentence.setdefault(draft.sentence, set()).add(self.number[id(draft)])
        self.add_figure(draft, c)

    def add_figure(self, draft: _Draft, c: Casualty) -> None:
        """Figure ``c`` joined ``draft`` as one of its own figures."""
        n = self.number[id(draft)]
        if c.count is not None:
            self.by_figure.setdefault((c.outcome, c.count), set()).add(n)
        self.reach.append((c.end, n))

    def candidates(self, draft: _Draft, c: Casualty) -> list[_Draft]:
        """The events figure ``c`` could join, latest first. Figures arrive in order of start,
        so one ending before ``c`` starts can overlap no later figure either."""
        self.reach = [(end, n) for end, n in self.reach if end > c.start]
        found = {n for _, n in self.reach}
        if draft.sentence is not None:
            found |= self.by_sentence.get(draft.sentence, set())
        if c.count is not None:
            found |= self.by_figure.get((c.outcome, c.count), set())
        return [self.drafts[n] for n in sorted(found, reverse=True)]


def _places_agree(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Within one article: the same place, one holding the other (a headline's ``Idlib`` and the
    body's ``Saraqib``), or one side unknown."""
    if a is None or b is None:
        return True
    if _holds(a, b) or _holds(b, a):
        return True
    return name_key(a["name"]) == name_key(b["name"]) and (
        a["area"] is None or b["area"] is None or a["area"] == b["area"]
    )


def _holds(outer: dict[str, Any], inner: dict[str, Any]) -> bool:
    """``inner`` lies within ``outer``: one of its containing places is named like it, or, for a
    region or province, the inner place or its province is a part of it named by a direction
    (``South Darfur`` and ``Nyala``, in South Darfur, lie within ``Darfur``)."""
    key = name_key(outer["name"])
    within = [*(inner.get("within") or ()), inner.get("admin1")]
    if key in {name_key(w) for w in within if w}:
        return True
    if outer.get("type") not in PART_HOLDERS or (
            outer.get("country") and inner.get("country") and outer["country"] != inner["country"]):
        return False
    return any(name_key(part) == key for name in (inner["name"], inner.get("admin1")) if name
               for part in [directed_part(name)] if part)


def _dates_agree(a: _Draft, b: _Draft) -> bool:
    if a.interval is None or b.interval is None:
        return a.date_value == b.date_value or a.date_basis is None or b.date_basis is None
    if a.stated_day and b.stated_day:
        return a.interval == b.interval
    return gap_days(a.interval, b.interval) == 0


def _same_victims(a: str, b: str) -> bool:
    """The same victims, or one side says only ``people`` (a headline's ``12 killed`` and the
    body's ``12 civilians``)."""
    return a == b or a in GENERIC_VICTIMS or b in GENERIC_VICTIMS


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
    index = PlaceIndex(record.places)
    bounds = sentence_bounds(text) if text is not None else None
    dates = DateContext(record, text, bounds)
    earlier = _Earlier()
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
        place, precision = place_info(_with_sentence_place(c, record, index, dates), index)
        draft = _Draft(
            tops=[i], sentence=sentence_of(bounds, c.start) if bounds else None,
            interval=interval, date_value=value, date_basis=basis, stated_day=stated_day,
            place=place, geo_precision=precision,
        )
        host, relation, other = _host_for(draft, earlier.candidates(draft, c), casualties)
        if host is None:
            earlier.add(draft, c)
            draft_of[i] = draft
        elif relation == "part":
            host.subs.append((i, other))  # type: ignore[arg-type]
            draft_of[i] = host
            part_map[i] = other  # type: ignore[assignment]
        else:
            host.tops.append(i)
            earlier.add_figure(host, c)
            draft_of[i] = host
            if relation == "sum":
                host.summed.update((i, other))  # type: ignore[arg-type]
            if place is not None and (host.place is None or _holds(host.place, place)):
                host.place, host.geo_precision = place, precision
            if host.interval is None or (host.date_basis == "published" and basis != "published"):
                host.interval, host.date_value, host.date_basis = interval, value, basis
                host.stated_day = stated_day
    for i in order:
        if casualties[i].part_of is not None:
            root = _root(casualties, i)
            if root != i and root in draft_of:
                draft_of[root].subs.append((i, part_map.get(root, root)))
    spans = GroupSpans.of(record.groups)
    return [
        _event_from_draft(record, casualties, draft, n, dates, spans)
        for n, draft in enumerate(
            sorted(earlier.drafts, key=lambda d: casualties[d.tops[0]].start), 1
        )
    ]


def _with_sentence_place(
    c: Casualty, record: ArticleRecord, index: PlaceIndex, dates: DateContext
) -> Casualty:
    """The figure, given the place its sentence names when the extractor attached none (``killing
    61 people`` after ``A car bomb exploded at a checkpoint in Mogadishu``), or else the article's
    place when all the places it names lie in one another (a short report of one incident)."""
    if c.place or dates.text is None:
        return c
    found = sentence_place(record.places, index, *dates.sentence_span(c)) or sentence_place(
        record.places, index, 0, len(dates.text)
    )
    return c if found is None else replace(c, place=found.name)


def _host_for(
    draft: _Draft, candidates: list[_Draft], casualties: Sequence[Casualty]
) -> tuple[_Draft | None, str | None, int | None]:
    """An earlier event of the same article this figure belongs to (of ``candidates``, latest
    first: :meth:`_Earlier.candidates`), how, and the figure it relates to: ``outcome``, the
    other outcome of the same sentence (``24 killed and 85 injured``); ``part``, an unlinked part
    of a figure whose evidence it shares (``arrested 12 people, seven women and five men``);
    ``sum``, another victim group of the same evidence (``four workers and two soldiers were
    killed``); ``repeat``, the same figure again (headline and body)."""
    c = casualties[draft.tops[0]]
    for other in candidates:
        first = casualties[other.tops[0]]
        outcomes = {casualties[t].outcome for t in other.tops}
        if not (_places_agree(draft.place, other.place) and _dates_agree(draft, other)):
            continue
        if first.cumulative != c.cumulative or not perpetrators_agree(first.perpetrator, c.perpetrator):
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
            and casualties[t].count == c.count and _same_victims(casualties[t].victims, c.victims)
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


def _report(
    record: ArticleRecord, c: Casualty, figure: dict[str, Any], breakdown: list[dict[str, Any]],
    date_text: str | None,
) -> dict[str, Any]:
    """One figure as an event report: its article, figure, breakdown, date, place and evidence."""
    return {
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
    }


def _event_from_draft(
    record: ArticleRecord, casualties: Sequence[Casualty], draft: _Draft, n: int, dates: DateContext,
    spans: GroupSpans,
) -> Event:
    outcomes: dict[str, dict[str, Any]] = {}
    reports = []
    evidence = []
    victims = []
    date_text = draft.date_value if draft.date_value else (
        interval_text(draft.interval) if draft.interval else None
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
        reports.append(_report(record, c, figure, breakdown, date_text))
        evidence.append({"article_id": record.id, "start": c.start, "end": c.end, "text": c.text})
    for s, _ in draft.subs:
        c = casualties[s]
        if not any(e["start"] <= c.start and c.end <= e["end"] for e in evidence):
            evidence.append({"article_id": record.id, "start": c.start, "end": c.end, "text": c.text})
    tops = [casualties[t] for t in draft.tops]
    place = draft.place or {}
    country = place.get("country_name") or country_name(place.get("country"))
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
        actors=merge_actors(*(figure_actors(record, c, dates.text, country, spans) for c in tops)),
        attack_kinds=sorted(attack_kinds([*(c.cause for c in tops), *map(dates.sentence, tops)])),
        cause=next((c.cause for c in tops if c.cause), None),
        attributed_to=attributed,
        cumulative=tops[0].cumulative,
        article_ids=[record.id],
        reports=reports,
        evidence=evidence,
        merged=[],
    )
