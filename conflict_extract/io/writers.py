"""Writing article records: JSON array, JSON Lines, CSV and rich tables.

Every writer takes records one at a time and writes as it goes (the JSON array too), so output
streams and memory stays flat; ``close()`` finishes the document. Only data goes to the stream.
"""

from __future__ import annotations

import csv
import json
from typing import IO, Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from conflict_extract.events.acled import country_name, event_day
from conflict_extract.models import ArticleRecord, to_dict

FORMATS: tuple[str, ...] = ("json", "jsonl", "csv", "table")

CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "casualties": (
        "outcome", "count", "low", "high", "qualifier", "victims", "part_of", "place", "date",
        "cause", "perpetrator", "attributed_to", "cumulative", "text", "start", "end",
    ),
    "places": (
        "name", "type", "country", "admin1", "lat", "lon", "geonameid", "parent", "role",
        "mentions", "spans",
    ),
    "groups": ("name", "type", "country", "aliases", "spans"),
    "quotes": ("speaker", "speaker_group", "kind", "cue", "outlet", "text", "start", "end"),
    "dates": ("text", "value", "type", "start", "end"),
}
"""CSV columns per category; every row starts with the article ``id`` and ``source``."""


def dumps(record: ArticleRecord | dict) -> str:
    """One record as compact JSON (non-ASCII kept as is)."""
    data = record if isinstance(record, dict) else to_dict(record)
    return json.dumps(data, ensure_ascii=False)


class RecordWriter:
    """Base writer: ``write(record)`` per article, ``close()`` at the end."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, record: ArticleRecord) -> None:
        """Write one article record."""
        raise NotImplementedError

    def close(self) -> None:
        """Finish the output document and flush."""
        self.stream.flush()


class JsonArrayWriter(RecordWriter):
    """A JSON array of records (``[]`` when there are none), written incrementally."""

    def __init__(self, stream: IO[str]) -> None:
        super().__init__(stream)
        self.count = 0

    def write(self, record: ArticleRecord) -> None:
        """Write one record as the next element of the array."""
        self.stream.write(("[\n" if self.count == 0 else ",\n") + dumps(record))
        self.count += 1

    def close(self) -> None:
        """Close the array."""
        self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        super().close()


class JsonLinesWriter(RecordWriter):
    """One record per line, each line written whole and flushed as soon as its article is done."""

    def write(self, record: ArticleRecord) -> None:
        """Write one record as one complete line."""
        self.stream.write(dumps(record) + "\n")
        self.stream.flush()


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join(
            "-".join(str(v) for v in item) if isinstance(item, list) else str(item) for item in value
        )
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


class CsvWriter(RecordWriter):
    """One row per extracted item of one category, prefixed by the article id and source."""

    def __init__(self, stream: IO[str], category: str = "casualties") -> None:
        super().__init__(stream)
        self.category = category
        self.columns = CSV_COLUMNS[category]
        self.writer = csv.writer(stream, lineterminator="\n")
        self.writer.writerow(("id", "source", *self.columns))

    def write(self, record: ArticleRecord) -> None:
        """Write the rows of one article."""
        for item in to_dict(getattr(record, self.category)):
            self.writer.writerow(
                (record.id, record.source, *(_cell(item.get(c)) for c in self.columns))
            )
        self.stream.flush()


def _figure(casualty: dict) -> str:
    if casualty["count"] is not None:
        prefix = {
            "at_least": "≥", "more_than": ">", "at_most": "≤", "less_than": "<", "about": "~"
        }.get(casualty["qualifier"], "")
        return f"{prefix}{casualty['count']:,}"
    low, high = casualty["low"], casualty["high"]
    if low is None and high is None:
        return "?"
    return f"{low:,}–{high:,}" if high is not None else f"{low:,}+"


def record_tables(record: ArticleRecord, categories: tuple[str, ...]) -> list[Table]:
    """Rich tables for one record: one per non-empty category, evidence included."""
    data = to_dict(record)
    tables = []

    def table(title: str, *columns: tuple[str, dict]) -> Table:
        t = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, expand=False)
        for name, options in columns:
            t.add_column(name, **options)
        return t

    wrap = {"overflow": "fold"}
    if "casualties" in categories and data["casualties"]:
        t = table(
            "Casualties",
            ("#", {"justify": "right"}),
            ("outcome", {}),
            ("figure", {"justify": "right"}),
            ("victims", {}),
            ("where / when", wrap),
            ("evidence", {"ratio": 1, **wrap}),
        )
        for i, c in enumerate(data["casualties"]):
            where = ", ".join(x for x in (c["place"], c["date"]) if x)
            number = f"{i}" + (f"⊂{c['part_of']}" if c["part_of"] is not None else "")
            t.add_row(number, c["outcome"], _figure(c), c["victims"], where, c["text"])
        tables.append(t)
    if "places" in categories and data["places"]:
        t = table(
            "Places",
            ("name", wrap),
            ("type", {}),
            ("cc", {}),
            ("lat, lon", {}),
            ("role", {}),
            ("mentions", {"ratio": 1, **wrap}),
        )
        for p in data["places"]:
            coords = f"{p['lat']:.3f}, {p['lon']:.3f}" if p["lat"] is not None else "–"
            t.add_row(p["name"], p["type"], p["country"] or "", coords, p["role"],
                      ", ".join(p["mentions"]))
        tables.append(t)
    if "groups" in categories and data["groups"]:
        t = table(
            "Groups", ("name", wrap), ("type", {}), ("cc", {}), ("aliases", {"ratio": 1, **wrap})
        )
        for g in data["groups"]:
            t.add_row(g["name"], g["type"], g["country"] or "", ", ".join(g["aliases"]))
        tables.append(t)
    if "quotes" in categories and data["quotes"]:
        t = table("Quotes", ("speaker", wrap), ("kind", {}), ("quote", {"ratio": 1, **wrap}))
        for q in data["quotes"]:
            t.add_row(q["speaker"] or "–", q["kind"], q["text"])
        tables.append(t)
    if "dates" in categories and data["dates"]:
        t = table("Dates", ("text", wrap), ("value", {}), ("type", {}))
        for d in data["dates"]:
            t.add_row(d["text"], d["value"] or "–", d["type"])
        tables.append(t)
    return tables


class TableWriter(RecordWriter):
    """Rich tables per article, for a person at a terminal (fits 80 columns)."""

    def __init__(
        self, stream: IO[str], categories: tuple[str, ...], width: int | None = None
    ) -> None:
        super().__init__(stream)
        self.categories = categories
        self.console = Console(file=stream, width=width, soft_wrap=False, highlight=False)

    def write(self, record: ArticleRecord) -> None:
        """Print the article heading and its tables."""
        heading = Text(record.title or record.id, style="bold")
        meta = f"{record.id}  ·  {record.source}" + (
            f"  ·  published {record.published}" if record.published else ""
        )
        self.console.rule(style="dim")
        self.console.print(heading)
        self.console.print(Text(meta, style="dim"))
        tables = record_tables(record, self.categories)
        if not tables:
            self.console.print(Text("nothing found", style="dim italic"))
        for t in tables:
            self.console.print(t)
        self.stream.flush()


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
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


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
