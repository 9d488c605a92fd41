"""Writing article records: JSON array, JSON Lines, CSV, tables; :func:`make_writer` picks one.

The writers live in :mod:`~conflict_extract.io.json_writer`, :mod:`~conflict_extract.io.csv_writer`
and :mod:`~conflict_extract.io.tables`; this module chooses between them.
"""

from __future__ import annotations

import csv
from typing import IO, Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from conflict_extract.events.acled import country_name, event_day
from conflict_extract.io.csv_writer import CSV_COLUMNS, CsvWriter
from conflict_extract.io.csv_writer import cell as _cell
from conflict_extract.io.geojson import GeoJsonWriter
from conflict_extract.io.html_report import HtmlReportWriter
from conflict_extract.io.json_writer import JsonArrayWriter, JsonLinesWriter, RecordWriter, dumps
from conflict_extract.io.tables import EventTableWriter as EventLayoutWriter
from conflict_extract.io.tables import TableWriter
from conflict_extract.io.tables import figure as _figure
from conflict_extract.models import to_dict

__all__ = [
    "CSV_COLUMNS", "FORMATS", "CsvWriter", "JsonArrayWriter", "JsonLinesWriter", "RecordWriter",
    "TableWriter", "dumps", "event_writer", "make_writer",
]

FORMATS: tuple[str, ...] = ("json", "jsonl", "csv", "table", "html", "geojson")


def make_writer(
    fmt: str, stream: IO[str], categories: tuple[str, ...], width: int | None = None
) -> RecordWriter:
    """The writer for output format ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "json":
        return JsonArrayWriter(stream)
    if fmt == "jsonl":
        return JsonLinesWriter(stream)
    if fmt == "csv":
        return CsvWriter(stream, categories[0])
    if fmt == "table":
        return TableWriter(stream, categories, width=width)
    if fmt == "html":
        return HtmlReportWriter(stream)
    if fmt == "geojson":
        return GeoJsonWriter(stream)
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def event_writer(fmt: str, stream: IO[str], width: int | None = None) -> RecordWriter:
    """The writer of merged events: tables and GeoJSON here, the others by :func:`make_event_writer`."""
    if fmt == "table":
        return EventLayoutWriter(stream, width=width)
    if fmt == "geojson":
        return GeoJsonWriter(stream, events=True)
    return make_event_writer(fmt, stream, width=width)


# --- events (``--events``): one event per JSON element / line / CSV row / table row ---------------

EVENT_CSV_COLUMNS: tuple[str, ...] = (
    "event_id", "event_date", "year", "time_precision", "actor1", "country", "admin1", "location",
    "latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "fatalities_best",
    "injured", "outcomes", "victims", "cause", "cumulative", "date_range", "area", "article_ids",
    "reports",
)
"""CSV columns of ``--events --csv``: ACLED's names first (``fatalities`` is the conservative, lowest
reported death toll, as ACLED codes it), then what ACLED has no column for."""


def _outcomes_cell(event: dict) -> str:
    return "; ".join(
        f"{outcome} {_figure({'count': f['best'], 'low': f['low'], 'high': f['high'], 'qualifier': f['qualifier']})}"
        for outcome, f in event["outcomes"].items()
    )


def _victims_cell(event: dict) -> str:
    return "; ".join(
        f"{v['outcome']} {v['victims']} {v['best'] if v['best'] is not None else '?'}"
        for v in event["victims"]
    )


def _distinct_reports(event: dict) -> list[dict]:
    """The reports whose evidence is not inside another report's evidence of the same article
    (``85 injured`` within ``24 people were killed and 85 injured``)."""
    reports = event["reports"]
    return [
        r for r in reports
        if not any(
            o is not r and o["article_id"] == r["article_id"] and o["start"] <= r["start"]
            and r["end"] <= o["end"] and (o["end"] - o["start"]) > (r["end"] - r["start"])
            for o in reports
        )
    ]


def event_row(event: dict) -> dict[str, Any]:
    """The ``--events --csv`` row of one event (a dict from ``to_dict(event)``)."""
    place = event["place"] or {}
    killed = event["outcomes"].get("killed") or {}
    injured = event["outcomes"].get("injured") or {}
    day = event_day(event)
    return {
        "event_id": event["id"],
        "event_date": day,
        "year": day[:4],
        "time_precision": event["time_precision"],
        "actor1": event["perpetrator"],
        "country": place.get("country_name") or country_name(place.get("country"))
        or place.get("country"),
        "admin1": place.get("admin1"),
        "location": place.get("name"),
        "latitude": place.get("lat"),
        "longitude": place.get("lon"),
        "geo_precision": event["geo_precision"],
        "source": "; ".join(event["attributed_to"]),
        "notes": " | ".join(
            f"{r['published'] or '?'} {r['article_id']}: {r['text']}" for r in _distinct_reports(event)
        ),
        "fatalities": killed.get("conservative"),
        "fatalities_best": killed.get("best"),
        "injured": injured.get("best"),
        "outcomes": _outcomes_cell(event),
        "victims": _victims_cell(event),
        "cause": event["cause"],
        "cumulative": event["cumulative"],
        "date_range": event["date"],
        "area": place.get("area"),
        "article_ids": event["article_ids"],
        "reports": len(event["reports"]),
    }


class EventCsvWriter(RecordWriter):
    """``--events --csv``: one row per event, ACLED column names first."""

    def __init__(self, stream: IO[str]) -> None:
        super().__init__(stream)
        self.writer = csv.writer(stream, lineterminator="\n")
        self.writer.writerow(EVENT_CSV_COLUMNS)

    def write(self, event) -> None:  # type: ignore[override]
        """Write one event's row."""
        row = event_row(to_dict(event))
        self.writer.writerow(tuple(_cell(row[c]) for c in EVENT_CSV_COLUMNS))


class EventTableWriter(RecordWriter):
    """``--events --table``: one table, one row per event, printed at the end."""

    def __init__(self, stream: IO[str], width: int | None = None) -> None:
        super().__init__(stream)
        self.console = Console(file=stream, width=width, soft_wrap=False, highlight=False)
        self.table = Table(title="Events", title_justify="left", box=box.SIMPLE_HEAD, expand=False)
        for name, options in (
            ("date", {"overflow": "fold", "min_width": 10}), ("place", {"overflow": "fold"}), ("figures", {"overflow": "fold"}),
            ("reports", {"justify": "right"}), ("evidence", {"ratio": 1, "overflow": "fold"}),
        ):
            self.table.add_column(name, **options)
        self.count = 0

    def write(self, event) -> None:  # type: ignore[override]
        """Add one event's row."""
        data = to_dict(event)
        place = data["place"] or {}
        figures = _outcomes_cell(data)
        if data["victims"]:
            figures += f" ({_victims_cell(data)})"
        if data["cumulative"]:
            figures += " running toll"
        shown = _distinct_reports(data)
        latest = shown[-1] if shown else {}
        self.table.add_row(
            data["date"] or "–", place.get("location") or "–", figures,
            str(len(data["article_ids"])), latest.get("text", ""),
        )
        self.count += 1

    def close(self) -> None:
        """Print the table (or a note that there are no events)."""
        if self.count:
            self.console.print(self.table)
        else:
            self.console.print(Text("no events", style="dim italic"))
        super().close()


def make_event_writer(fmt: str, stream: IO[str], width: int | None = None) -> RecordWriter:
    """The writer of merged events for output format ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "json":
        return JsonArrayWriter(stream)
    if fmt == "jsonl":
        return JsonLinesWriter(stream)
    if fmt == "csv":
        return EventCsvWriter(stream)
    if fmt == "table":
        return EventTableWriter(stream, width=width)
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
