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

from .models import ArticleRecord, to_dict

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
