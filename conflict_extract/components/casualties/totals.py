"""Article totals: the one figure per outcome a user puts in a ``fatalities`` column.

The rule, in order (see ``docs/schema.md``, ``Total``):

1. Only main figures count: a sub-count (``including 28 children``) is never added to its parent,
   nor is a figure told as one of an earlier toll (``a commander was among the dead``).
   Running tolls of a war (``since 2011``) count only when the article gives no incident figure;
   a figure told as a motive (``in revenge for a drone strike which killed X``) or counted apart
   (``another civilian died in a similar attack (coded separately)``) never counts, nor does one
   dated more than a week before the article's latest dated figure (an earlier incident told as
   background).
2. An update supersedes what came before: the latest toll (``the death toll rose to 40``,
   ``bringing the toll to 12``, ``the number killed has risen to 34``, ``updated reports confirm
   the killing of 12``, an ACLED note's ``fatalities coded as 3``) is the total.
3. A restated figure is counted once: a figure equal to an earlier one whose victims agree (or
   are named generically, ``people``, ``fatalities``) is the same figure told again (``killing a
   soldier ... 1 fatality``). Coordinated victims of one clause (``killed a district engineer and
   an administrative clerk``) are one figure here, their counts added, so they restate an earlier
   ``two people were killed``; a summary count of the outcome noun (``3 fatalities``) equal to the
   figures before it restates them all, and one above them replaces them (the highest).
4. Other figures are disjoint and added (``two soldiers were killed ... a civilian also died``;
   ``in addition to the bomber, two soldiers were killed`` is 3).
5. A figure told for several incidents at once (``20 soldiers were killed across the attacks`` in
   a report that is ``one of five related attacks``, ``fatalities split across 2 events``) is
   split evenly among them, as ACLED's and GTD's codebooks do (rounded down).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from conflict_extract.models import Casualty, Total

EARLIER_INCIDENT_DAYS = 7
"""A figure dated more than this many days before the article's latest dated figure is an earlier
incident told as background, not part of the article's toll."""

OTHER_INCIDENTS = frozenset({"motive", "other"})
"""``links["incident"]`` values of figures of another incident than the one reported: a motive
(``in revenge for a strike which killed X``), a figure a coder counted apart (``coded
separately``)."""

GENERIC_VICTIMS = frozenset({"people", "victims", "persons", "individuals"})
"""Victim names that say nothing about who died: a figure with one of these can restate any."""

UPDATE_FIGURES = frozenset({"toll", "update"})
"""``links["figure"]`` values of figures that update the article's toll."""

MEMBER_FIGURES = frozenset({"among"})
"""``links["figure"]`` values of figures that name some of a toll told before them (``a
commander was among the dead``): never added to it."""

SUMMARY_FIGURES = frozenset({"summary"})
"""``links["figure"]`` values of figures counting the outcome noun itself (``40 deaths``)."""


@dataclass
class _Sum:
    """A running total: the kept figures and every evidence span used."""

    kept: list[Casualty] = field(default_factory=list)
    evidence: list[list[int]] = field(default_factory=list)

    def add(self, figure: Casualty) -> None:
        """Add a disjoint figure."""
        self.kept.append(figure)
        self.evidence.append([figure.start, figure.end])

    def restate(self, figure: Casualty) -> None:
        """Note a figure that tells an already-counted one again (evidence only)."""
        self.evidence.append([figure.start, figure.end])

    def replace(self, figure: Casualty) -> None:
        """A figure that supersedes every one before it."""
        self.kept = [figure]
        self.evidence.append([figure.start, figure.end])


def article_totals(casualties: list[Casualty]) -> dict[str, Total]:
    """The article-level :class:`~conflict_extract.models.Total` of each outcome that has a figure,
    by the rules of this module's docstring."""
    totals: dict[str, Total] = {}
    outcomes = list(dict.fromkeys(c.outcome for c in casualties))
    for outcome in outcomes:
        mains = [c for c in casualties if c.outcome == outcome and c.part_of is None
                 and c.links.get("incident") not in OTHER_INCIDENTS]
        if not mains:
            continue
        incident = _recent([c for c in mains if not c.cumulative])
        mains = sorted(incident or mains, key=lambda c: c.start)
        totals[outcome] = _total(_reduce(mains))
    return totals


def _day(figure: Casualty) -> dt.date | None:
    """The figure's date when it is one stated day (``2008-01-29``)."""
    value = figure.date or ""
    if len(value) != len("2008-01-29") or value[4] != "-" or value[7] != "-":
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _recent(figures: list[Casualty]) -> list[Casualty]:
    """The figures without those dated more than :data:`EARLIER_INCIDENT_DAYS` before the
    article's latest dated figure: an earlier incident told as background (``when a commander was
    killed in a drone strike on January 29th``)."""
    days = [d for d in map(_day, figures) if d is not None]
    if len(days) < 2:
        return figures
    latest = max(days)
    return [f for f in figures
            if (day := _day(f)) is None or (latest - day).days <= EARLIER_INCIDENT_DAYS]


def _coordinated(figures: list[Casualty]) -> list[Casualty]:
    """The figures with coordinated victims of one clause (``a woman and her three children``,
    marked ``links["coordinated"]`` by the extractor) folded into one figure of their added
    counts; an apposition (``Badi, a senior official``) is one person, not two."""
    out: list[Casualty] = []
    for figure in figures:
        last = out[-1] if out else None
        if last is not None and figure.links.get("coordinated") == "previous" and \
                last.links.get("figure") == figure.links.get("figure"):
            out[-1] = replace(last, count=_add(last.count, figure.count),
                              low=_add(last.low, figure.low), high=_add(last.high, figure.high),
                              victims=last.victims if last.victims == figure.victims else "people")
        else:
            out.append(figure)
    return out


def _add(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b


def _reduce(figures: list[Casualty]) -> _Sum:
    """Apply updates, restatements and summaries to the figures of one outcome, in text order."""
    running = _Sum()
    for figure in _coordinated(figures):
        kind = figure.links.get("figure", "")
        if kind in UPDATE_FIGURES:
            running.replace(figure)
        elif kind in MEMBER_FIGURES and running.kept:
            running.restate(figure)
        elif any(_restates(figure, kept) for kept in running.kept):
            running.restate(figure)
        elif kind in SUMMARY_FIGURES and running.kept and _value(figure) >= _sum_value(running):
            if _value(figure) == _sum_value(running):
                running.restate(figure)
            else:
                running.replace(figure)
        else:
            running.add(figure)
    return running


def _restates(figure: Casualty, earlier: Casualty) -> bool:
    """True when ``figure`` tells ``earlier`` again: the same figure, victims that agree."""
    if "added" in (figure.links.get("figure"), earlier.links.get("figure")):
        return False  # "in addition to the bomber": one more by its very wording
    if figure.count is not None and earlier.count is not None:
        same = figure.count == earlier.count  # "kill 12" restated as "at least 12 were killed"
    else:
        same = (figure.low, figure.high) == (earlier.low, earlier.high)
    if not same:
        return False
    generic = figure.victims in GENERIC_VICTIMS or earlier.victims in GENERIC_VICTIMS
    return generic or figure.victims == earlier.victims


def _shared(value: int | None, figure: Casualty) -> int | None:
    """``value`` split evenly among the incidents the figure was told for."""
    incidents = int(figure.links.get("incidents", "1") or 1)
    return value if value is None or incidents <= 1 else value // incidents


def _value(figure: Casualty) -> int:
    """The figure as one number: its count, else its lower bound."""
    value = figure.count if figure.count is not None else figure.low
    return _shared(value, figure) or 0


def _sum_value(running: _Sum) -> int:
    """The running total as one number."""
    return sum(_value(c) for c in running.kept)


def _total(running: _Sum) -> Total:
    """The :class:`Total` of the kept figures: counts, lows and highs added."""
    counts = [_shared(c.count, c) for c in running.kept]
    lows = [_shared(c.low if c.low is not None else c.count, c) for c in running.kept]
    highs = [_shared(c.high, c) for c in running.kept]
    return Total(
        count=None if None in counts else sum(counts),
        low=None if None in lows else sum(lows),
        high=None if None in highs else sum(highs),
        evidence=sorted(map(list, {tuple(span) for span in running.evidence})),
    )
