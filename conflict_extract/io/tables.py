"""Tables for a person at a terminal (``--table``): one block per article, fitted to its width.

Designed for 80 columns first: each casualty row keeps outcome, figure, victims, where and when; its
evidence follows on a dimmed line, with the source, cause and perpetrator beside it when they do not
fit as columns (120 columns and more show them as columns). Dates are shown in words, never as raw
TIMEX3 values. Layout rules (no broken words, folding) are in :mod:`conflict_extract.io.layout`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import IO

from rich.console import Console
from rich.text import Text

from conflict_extract.io.json_writer import RecordWriter
from conflict_extract.io.layout import (
    INDENT,
    Column,
    Row,
    clip,
    fit,
    header_lines,
    render_row,
    wrap,
)
from conflict_extract.models import ArticleRecord, to_dict
from conflict_extract.text.timex_labels import timex_label

Line = tuple[str, str]
"""One output line and its rich style (``""`` for none)."""

QUOTE_MAX_LINES = 2
"""A quote longer than this many lines is cut after a whole word (JSON, CSV and HTML keep it all)."""

_QUALIFIER_SIGNS = {"at_least": "≥", "more_than": ">", "at_most": "≤", "less_than": "<", "about": "~"}

CASUALTY_COLUMNS = (
    Column("n", "#", justify="right"),
    Column("outcome", "outcome"),
    Column("figure", "figure", justify="right"),
    Column("victims", "victims", clip=True, min_width=8),
    Column("where", "where", fold=5, clip=True, min_width=10),
    Column("when", "when", fold=4, clip=True, min_width=21),
    Column("source", "source", fold=3),
    Column("cause", "cause", fold=2),
    Column("by", "perpetrator", fold=1, label="by"),
)
PLACE_COLUMNS = (
    Column("name", "name", clip=True, min_width=12),
    Column("type", "type", fold=3, hide=True),
    Column("cc", "cc", fold=4, hide=True),
    Column("coords", "lat, lon"),
    Column("role", "role", fold=5, hide=True),
    Column("admin1", "admin1", fold=1, hide=True),
    Column("mentions", "mentions", fold=2, hide=True, clip=True, min_width=16),
)
GROUP_COLUMNS = (
    Column("name", "name", clip=True, min_width=16),
    Column("type", "type", fold=3, hide=True),
    Column("cc", "cc", fold=4, hide=True),
    Column("class", "actor class", fold=1, hide=True),
    Column("aliases", "also called", fold=2, hide=True, clip=True, min_width=14),
)
DATE_COLUMNS = (
    Column("text", "as written", clip=True, min_width=12),
    Column("label", "date", clip=True, min_width=21),
    Column("type", "type", fold=2, hide=True),
    Column("anchor", "resolved against", fold=1, hide=True),
    Column("times", "times", fold=3, hide=True, justify="right"),
)


def figure(casualty: dict) -> str:
    """A casualty figure as a person writes it: ``≥319``, ``10,000–99,999``, ``342+``, ``?``."""
    if casualty["count"] is not None:
        return f"{_QUALIFIER_SIGNS.get(casualty['qualifier'], '')}{casualty['count']:,}"
    low, high = casualty["low"], casualty["high"]
    if low is None and high is None:
        return "?"
    return f"{low:,}–{high:,}" if high is not None else f"{low:,}+"


def date_labels(dates: list[dict]) -> dict[str, str]:
    """TIMEX3 value → words, from the article's date mentions (their own ``label`` first)."""
    labels: dict[str, str] = {}
    for d in dates:
        if d["value"] and d["value"] not in labels:
            labels[d["value"]] = d.get("label") or timex_label(d["value"], d["type"], d["text"])
    return labels


def mention_label(date: dict) -> str:
    """The words for one date mention: its ``label``, or the fallback formatter's."""
    return date.get("label") or timex_label(date["value"], date["type"], date["text"])


def value_label(value: str | None, labels: dict[str, str]) -> str:
    """The words for a bare date value (a casualty's ``date``); ``–`` when there is none."""
    if not value:
        return "–"
    return labels.get(value) or timex_label(value)


def _table(title: str, columns, rows: list[Row], width: int) -> list[Line]:
    layout = fit(columns, rows, width)
    head, rule = header_lines(layout)
    lines: list[Line] = [(f"{title} ({len(rows)})", "bold"), (head, "bold"), (rule, "dim")]
    for row in rows:
        line, paragraph = render_row(layout, row, width)
        lines.append((line, ""))
        lines.extend((text, "dim") for text in paragraph)
    return lines


def where_label(casualty: dict) -> str:
    """Where a figure happened, for people: its site inside its place (``Deerpark Road, Old
    Park``), its place, or a dash."""
    parts = [p for p in (casualty.get("site"), casualty["place"]) if p]
    return ", ".join(parts) or "–"


def by_label(casualty: dict) -> str:
    """Who did it, for people: the perpetrator, else the sides of the fight (``government forces
    vs terrorists``), or a dash."""
    return casualty["perpetrator"] or " vs ".join(casualty.get("parties") or ()) or "–"


def casualty_lines(data: dict, width: int) -> list[Line]:
    """The casualty table: one row per figure, its evidence (and folded columns) dimmed below."""
    labels = date_labels(data["dates"])
    rows = [
        Row(
            cells={
                "n": f"{i}" + (f"⊂{c['part_of']}" if c["part_of"] is not None else ""),
                "outcome": c["outcome"],
                "figure": figure(c),
                "victims": c["victims"],
                "where": where_label(c),
                "when": value_label(c["date"], labels),
                "source": c["attributed_to"] or "–",
                "cause": c["cause"] or "–",
                "by": by_label(c),
            },
            note=f"“{c['text']}”",
        )
        for i, c in enumerate(data["casualties"])
    ]
    return _table("Casualties", CASUALTY_COLUMNS, rows, width)


def coords_label(place: dict) -> str:
    """A place's point for people: ``14.350, -3.610``; a point borrowed from the unit the text
    sets the place in says so (``≈ Bandiagara 14.350, -3.610``); a dash when there is none."""
    if place["lat"] is None:
        return "–"
    point = f"{place['lat']:.3f}, {place['lon']:.3f}"
    return f"≈ {place['point_of']} {point}" if place.get("point_of") else point


def place_lines(data: dict, width: int) -> list[Line]:
    """The place table: one line per place, coordinates always shown."""
    rows = [
        Row(cells={
            "name": p["name"],
            "type": p["type"],
            "cc": p["country"] or "",
            "coords": coords_label(p),
            "role": p["role"],
            "admin1": p["admin1"] or "",
            "mentions": ", ".join(m for m in p["mentions"] if m != p["name"]),
        })
        for p in data["places"]
    ]
    return _table("Places", PLACE_COLUMNS, rows, width)


def group_lines(data: dict, width: int) -> list[Line]:
    """The group table: one line per actor."""
    rows = [
        Row(cells={
            "name": g["name"],
            "type": g["type"],
            "cc": g["country"] or "",
            "class": g["actor_class"] or "",
            "aliases": ", ".join(a for a in g["aliases"] if a != g["name"]),
        })
        for g in data["groups"]
    ]
    return _table("Groups", GROUP_COLUMNS, rows, width)


def date_lines(data: dict, width: int) -> list[Line]:
    """The date table: each distinct expression once, in words, with how often it occurs."""
    seen = Counter((d["text"], mention_label(d)) for d in data["dates"])
    first = {}
    for d in data["dates"]:
        first.setdefault((d["text"], mention_label(d)), d)
    rows = [
        Row(cells={
            "text": text,
            "label": label,
            "type": first[(text, label)]["type"],
            "anchor": first[(text, label)]["anchor"] or "",
            "times": f"×{seen[(text, label)]}" if seen[(text, label)] > 1 else "",
        })
        for text, label in first
    ]
    return _table("Dates", DATE_COLUMNS, rows, width)


def quote_text(quote: dict) -> str:
    """One quote as a line of prose: ``Speaker (group): “words”``, the speaker under the article's
    full name for them; reported speech without quotation marks, after its reporting verb
    (``Speaker said: words``)."""
    who = quote.get("speaker_name") or quote["speaker"] or "unknown speaker"
    if quote["speaker_group"] and quote["speaker_group"] != who:
        who += f" ({quote['speaker_group']})"
    words = quote["text"].strip().rstrip(",")
    if quote["kind"] == "indirect":
        return f"{who} {quote['cue'] or 'said'}: {words}"
    return f"{who}: “{words}”"


def quote_lines(data: dict, width: int) -> list[Line]:
    """Quotes as short paragraphs, at most :data:`QUOTE_MAX_LINES` lines each."""
    lines: list[Line] = [(f"Quotes ({len(data['quotes'])})", "bold")]
    hang = INDENT + 2
    for quote in data["quotes"]:
        wrapped = wrap(quote_text(quote), width - hang)
        if len(wrapped) > QUOTE_MAX_LINES:
            cut = " ".join(wrapped[QUOTE_MAX_LINES - 1:])
            wrapped = [*wrapped[:QUOTE_MAX_LINES - 1], clip(cut, width - hang)]
        lines.append((" " * INDENT + wrapped[0], ""))
        lines.extend((" " * hang + line, "") for line in wrapped[1:])
    return lines


_SECTIONS = {
    "casualties": casualty_lines, "places": place_lines, "groups": group_lines,
    "quotes": quote_lines, "dates": date_lines,
}


def heading_lines(record: ArticleRecord, width: int) -> list[Line]:
    """Title, then publication date, id and source, then the article totals."""
    published = record.published
    date = f"published {timex_label(published[:10])}" if published else "no publication date"
    lines: list[Line] = [(line, "bold") for line in wrap(record.title or record.id, width)]
    meta = " · ".join((date, record.id, record.source))
    lines.extend((line, "dim") for line in wrap(meta, width))
    if record.totals:
        totals = " · ".join(
            f"{outcome} {figure({**to_dict(t), 'qualifier': 'exact'})}"
            for outcome, t in record.totals.items()
        )
        lines.extend((line, "") for line in wrap(f"totals: {totals}", width))
    return lines


def record_lines(record: ArticleRecord, categories: tuple[str, ...], width: int) -> Iterator[Line]:
    """Every line of one article's block: heading, then one table per non-empty category."""
    data = to_dict(record)
    yield "─" * width, "dim"
    yield from heading_lines(record, width)
    found = [c for c in categories if data[c]]
    if not found:
        yield "nothing found", "dim italic"
    for category in found:
        yield "", ""
        yield from _SECTIONS[category](data, width)


class TableWriter(RecordWriter):
    """Tables per article, for a person at a terminal (fits the terminal's width, 80 and up)."""

    def __init__(
        self, stream: IO[str], categories: tuple[str, ...], width: int | None = None
    ) -> None:
        super().__init__(stream)
        self.categories = categories
        self.console = Console(file=stream, width=width, soft_wrap=True, highlight=False)

    def write(self, record: ArticleRecord) -> None:
        """Print the article's block."""
        for line, style in record_lines(record, self.categories, self.console.width):
            self.console.print(Text(line, style=style))
        self.stream.flush()


EVENT_COLUMNS = (
    Column("when", "when", clip=True, min_width=14),
    Column("where", "where", clip=True, min_width=12),
    Column("figures", "figures"),
    Column("reports", "reports", justify="right", fold=4, hide=True),
    Column("by", "perpetrator", fold=1, label="by"),
    Column("cause", "cause", fold=2),
    Column("sources", "sources", fold=3, label="source"),
)


def event_row(event: dict) -> Row:
    """One ``--events --table`` row: when, where, figures; the latest evidence dimmed below."""
    place = event["place"] or {}
    figures = ", ".join(
        f"{outcome} {figure({**f, 'count': f['best'], 'qualifier': f['qualifier'] or 'exact'})}"
        for outcome, f in event["outcomes"].items()
    )
    if event["cumulative"]:
        figures += " (running toll)"
    latest = [e for e in event["evidence"] if e["article_id"] == event["evidence"][-1]["article_id"]]
    evidence = max((e["text"] for e in latest), key=len) if latest else ""
    return Row(
        cells={
            "when": timex_label(event["date"]) if event["date"] else "–",
            "where": place.get("location") or place.get("name") or "–",
            "figures": figures,
            "reports": str(len(event["reports"])),
            "by": event["perpetrator"] or "–",
            "cause": event["cause"] or "–",
            "sources": "; ".join(event["attributed_to"]) or "–",
        },
        note=f"“{evidence}”" if evidence else "",
    )


class EventTableWriter(RecordWriter):
    """``--events --table``: one table, one row per event, printed when all events are known."""

    def __init__(self, stream: IO[str], width: int | None = None) -> None:
        super().__init__(stream)
        self.console = Console(file=stream, width=width, soft_wrap=True, highlight=False)
        self.rows: list[Row] = []

    def write(self, event) -> None:  # type: ignore[override]
        """Add one event's row."""
        self.rows.append(event_row(to_dict(event)))

    def close(self) -> None:
        """Print the table (or a note that there are no events)."""
        if self.rows:
            lines = _table("Events", EVENT_COLUMNS, self.rows, self.console.width)
        else:
            lines = [("no events", "dim italic")]
        for line, style in lines:
            self.console.print(Text(line, style=style))
        super().close()
