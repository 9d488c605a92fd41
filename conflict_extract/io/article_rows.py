"""The article row of ``--csv``: one line per article with its totals, in ACLED's column names.

ACLED users read one number per article (``fatalities``); this row gives it beside the casualty
figures it was built from. The row's place, date and actor are those of the article's leading
killed figure (the first figure the killed total counts), else of its first main figure of any
outcome; the place falls back to the first place of the story (not a reporting place) that is
finer than a country. See ``docs/csv.md`` for every column.
"""

from __future__ import annotations

from typing import Any

from conflict_extract.events.acled import country_name, geo_precision, time_precision
from conflict_extract.events.intervals import value_interval
from conflict_extract.events.places import figure_area
from conflict_extract.models import ArticleRecord, Casualty, Place, Total

ARTICLE_COLUMNS: tuple[str, ...] = (
    "event_date", "time_precision", "country", "admin1", "location", "latitude", "longitude",
    "geo_precision", "actor1", "fatalities", "fatalities_low", "fatalities_high", "injured",
    "injured_low", "injured_high", "totals", "notes",
)
"""Columns only the article row fills (ACLED's names; ``_low``/``_high`` give the range)."""

_DAY_LENGTH = len("2016-12-05")


def leading_figure(record: ArticleRecord) -> Casualty | None:
    """The figure whose place, date and actor stand for the article: the first one the killed
    total counts, else the first main figure (no ``part_of``) of any outcome."""
    for outcome in ("killed", *record.totals):
        total = record.totals.get(outcome)
        if total is None:
            continue
        spans = {tuple(span) for span in total.evidence}
        for figure in record.casualties:
            if figure.outcome == outcome and figure.part_of is None and \
                    (figure.start, figure.end) in spans:
                return figure
    return next((c for c in record.casualties if c.part_of is None), None)


def article_place(record: ArticleRecord, figure: Casualty | None) -> Place | None:
    """The article's place: the leading figure's, else the first event place finer than a
    country, else the first event place."""
    if figure is not None and figure.place_index is not None and \
            figure.place_index < len(record.places):
        return record.places[figure.place_index]
    events = [p for p in record.places if p.role != "reporting"]
    return next((p for p in events if p.type != "country"), events[0] if events else None)


def article_date(record: ArticleRecord, figure: Casualty | None) -> str | None:
    """The leading figure's date value, else the publication day."""
    if figure is not None and figure.date:
        return figure.date
    return record.published[:_DAY_LENGTH] if record.published else None


def _event_day(value: str | None) -> tuple[str, int | None]:
    """ACLED's single day of a date value (the last day of a range) and its time precision."""
    interval = value_interval(value) if value else None
    if interval is None or interval[1] is None:
        return "", None
    return interval[1].isoformat(), time_precision(interval, value)


def _figure(total: Total | None) -> tuple[Any, Any, Any]:
    """``(count, low, high)`` of a total, the count falling back to the low bound."""
    if total is None:
        return None, None, None
    count = total.count if total.count is not None else total.low
    return count, total.low, total.high


def totals_cell(totals: dict[str, Total]) -> str:
    """Every outcome's total in words: ``killed 12; injured 30 (30-50)``."""
    parts = []
    for outcome, total in totals.items():
        count, low, high = _figure(total)
        text = f"{outcome} {count if count is not None else '?'}"
        if (low, high) != (count, count):
            text += f" ({low if low is not None else '?'}-{high if high is not None else ''})"
        parts.append(text)
    return "; ".join(parts)


def notes_cell(record: ArticleRecord) -> str:
    """The evidence of the totals, in text order, each span once: what a coder reads as notes."""
    spans = sorted({tuple(span) for total in record.totals.values() for span in total.evidence})
    full = {(c.start, c.end): c.text for c in record.casualties}
    return " | ".join(full.get(span, "") or "" for span in spans if full.get(span))


def article_row(record: ArticleRecord) -> dict[str, Any]:
    """The article row's own columns (:data:`ARTICLE_COLUMNS`) for one record."""
    figure = leading_figure(record)
    place = article_place(record, figure)
    day, precision = _event_day(article_date(record, figure))
    killed = _figure(record.totals.get("killed"))
    injured = _figure(record.totals.get("injured"))
    return {
        "event_date": day,
        "time_precision": precision,
        "country": country_name(place.country) if place else None,
        "admin1": place.admin1 if place else None,
        "location": place.name if place else None,
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "geo_precision": geo_precision(place, figure_area(figure, place) if figure else None)
        if place and place.lat is not None else None,
        "actor1": figure.perpetrator if figure else None,
        "fatalities": killed[0] if record.totals.get("killed") else 0,
        "fatalities_low": killed[1],
        "fatalities_high": killed[2],
        "injured": injured[0] if record.totals.get("injured") else 0,
        "injured_low": injured[1],
        "injured_high": injured[2],
        "totals": totals_cell(record.totals),
        "notes": notes_cell(record),
    }
