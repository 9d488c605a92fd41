"""CSV output (``--csv``): one row per extracted item of one category, for spreadsheets.

CSV is read by people, so dates are in words: a casualty's ``date`` column holds the label
(``Monday (date unknown)``, ``week of 14 Nov 2016``) and ``date_value`` the TIMEX3 value; the
dates table gives ``label`` beside ``value``.

The casualties CSV (the default) also has one ``row=article`` line per article, before its
``row=figure`` lines: the article's totals in ACLED's column names
(:mod:`~conflict_extract.io.article_rows`, ``docs/csv.md``).
"""

from __future__ import annotations

import csv
from typing import IO, Any

from conflict_extract.io.article_rows import ARTICLE_COLUMNS, article_row
from conflict_extract.io.json_writer import RecordWriter
from conflict_extract.io.tables import date_labels, mention_label, value_label
from conflict_extract.models import ArticleRecord, to_dict

CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "casualties": (
        "outcome", "count", "low", "high", "qualifier", "victims", "part_of", "place", "site", "date",
        "cause", "perpetrator", "parties", "attributed_to", "cumulative", "text", "start", "end", "date_value",
        "row", *ARTICLE_COLUMNS,
    ),
    "places": (
        "name", "type", "country", "admin1", "lat", "lon", "geonameid", "point_of", "parent", "role",
        "mentions", "spans",
    ),
    "groups": ("name", "type", "country", "aliases", "spans"),
    "quotes": ("speaker", "speaker_name", "speaker_group", "kind", "cue", "outlet", "text", "start", "end"),
    "dates": ("text", "label", "value", "type", "start", "end"),
}
"""CSV columns per category; every row starts with the article ``id`` and ``source``. Casualty
rows say in ``row`` whether they are the ``article`` row (only its totals columns filled) or a
``figure`` row (only the figure's columns filled)."""


def cell(value: Any) -> Any:
    """A JSON value as a CSV cell: lists joined with ``; ``, spans as ``start-end``, booleans
    ``true``/``false``, null empty."""
    if isinstance(value, list):
        return "; ".join(
            "-".join(str(v) for v in item) if isinstance(item, list) else str(item) for item in value
        )
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def category_rows(record: ArticleRecord, category: str) -> list[dict[str, Any]]:
    """The items of one category as CSV-ready dicts, dates put into words."""
    data = to_dict(record)
    items = data[category]
    if category == "casualties":
        labels = date_labels(data["dates"])
        for item in items:
            item["date_value"] = item["date"]
            item["date"] = value_label(item["date"], labels) if item["date"] else None
    if category == "dates":
        for item in items:
            item["label"] = mention_label(item)
    return items


class CsvWriter(RecordWriter):
    """One row per extracted item of one category, prefixed by the article id and source."""

    def __init__(self, stream: IO[str], category: str = "casualties") -> None:
        super().__init__(stream)
        self.category = category
        self.columns = CSV_COLUMNS[category]
        self.writer = csv.writer(stream, lineterminator="\n")
        self.writer.writerow(("id", "source", *self.columns))

    def write(self, record: ArticleRecord) -> None:
        """Write the rows of one article (for casualties, its article row first)."""
        items = category_rows(record, self.category)
        if self.category == "casualties":
            items = [{"row": "article", **article_row(record)},
                     *({**item, "row": "figure"} for item in items)]
        for item in items:
            self.writer.writerow(
                (record.id, record.source, *(cell(item.get(c)) for c in self.columns))
            )
        self.stream.flush()
