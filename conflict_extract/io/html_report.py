"""The HTML report (``--html FILE``): one self-contained page for people who would rather look.

Per article: the text with every extracted value's evidence highlighted by category (hover for what
was read from it), the figures table, the quotes with their speakers, and a small map of the places
that have coordinates. No network, no scripts, no external fonts: the page opens anywhere, offline.

Highlights are drawn here rather than with displaCy because extractions overlap (a casualty figure
inside a quote, a place inside the figure): the text is cut at every start and end, and each piece is
one ``<mark>`` naming all the items it belongs to (``data-items``), so an item's pieces, joined, are
exactly its evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import IO

from conflict_extract.io.json_writer import RecordWriter
from conflict_extract.io.svg_map import MapPoint, map_svg, outline, world_defs
from conflict_extract.io.tables import (
    by_label,
    date_labels,
    figure,
    mention_label,
    value_label,
    where_label,
)
from conflict_extract.models import ArticleRecord, to_dict
from conflict_extract.text.timex_labels import timex_label

CATEGORIES = ("quote", "speaker", "group", "place", "date", "casualty")
"""Highlight categories, in drawing order: a later one's colour wins where they overlap."""

STYLE = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
main{max-width:1000px;margin:auto;padding:1em 1.5em}
article{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1em 1.5em;margin:1.5em 0}
h1{font-size:1.5em}h2{font-size:1.25em;margin:.2em 0}h3{font-size:1em;margin:1.2em 0 .4em}
.meta,.legend,.nomap,.note{color:#666;font-size:.9em}
.text{white-space:pre-wrap;line-height:1.7;max-height:24em;overflow:auto;border-left:3px solid #eee;padding-left:1em}
mark{background:none;color:inherit;border-radius:2px}
mark.quote{text-decoration:underline dotted #777}
mark.speaker{border-bottom:2px solid #8a6;background:#eef6e4}
mark.group{background:#dbe7ff}
mark.place{background:#d4f2d4}
mark.date{background:#fff1b8}
mark.casualty{background:#ffd0cc;font-weight:600}
.legend mark{padding:0 .3em}
table{border-collapse:collapse;font-size:.9em;width:100%}
th,td{padding:.2em .5em;text-align:left;vertical-align:top}
th{border-bottom:1px solid #ccc}tr.fig td{padding-top:.5em}td.ev{border-bottom:1px solid #eee}
td.num{text-align:right;white-space:nowrap}
td.ev{color:#666;font-size:.95em}
blockquote{margin:.4em 0;padding-left:.8em;border-left:3px solid #ccc}
.who{font-weight:600}
svg.map{max-width:100%;height:auto;border:1px solid #ddd;border-radius:4px}
.sea{fill:#eaf2f8}#world{fill:#f4f1ea;stroke:#b8b2a6;stroke-width:.7px}
.shaded{fill:#e8dcc2;stroke:#a09580;stroke-width:.8;vector-effect:non-scaling-stroke}
circle.pt{fill:#c0392b;stroke:#fff;stroke-width:1;vector-effect:non-scaling-stroke}
circle.reporting{fill:#7f8c8d}
svg.map text{fill:#222;paint-order:stroke;stroke:#fff;stroke-width:2px;vector-effect:non-scaling-stroke}
"""


@dataclass(frozen=True)
class Highlight:
    """One extracted value's evidence: an id unique in the article, its category, span and note."""

    id: str
    category: str
    start: int
    end: int
    note: str


def highlights(data: dict) -> list[Highlight]:
    """Every evidence span of one record (a dict from ``to_dict``), one per place or group mention."""
    labels = date_labels(data["dates"])
    found = [
        Highlight(f"c{i}", "casualty", c["start"], c["end"],
                  f"{c['outcome']} {figure(c)} {c['victims']}"
                  + (f", {value_label(c['date'], labels)}" if c["date"] else ""))
        for i, c in enumerate(data["casualties"])
    ]
    for i, p in enumerate(data["places"]):
        found += [Highlight(f"p{i}.{k}", "place", s, e, f"place: {p['name']}")
                  for k, (s, e) in enumerate(p["spans"])]
    for i, g in enumerate(data["groups"]):
        found += [Highlight(f"g{i}.{k}", "group", s, e, f"group: {g['name']} ({g['type']})")
                  for k, (s, e) in enumerate(g["spans"])]
    for i, q in enumerate(data["quotes"]):
        found.append(Highlight(f"q{i}", "quote", q["start"], q["end"],
                               f"{q['kind']} quote: {q['speaker'] or 'unknown speaker'}"))
        if q["speaker_span"]:
            s, e = q["speaker_span"]
            found.append(Highlight(f"s{i}", "speaker", s, e, f"speaker of quote {i}"))
    found += [Highlight(f"d{i}", "date", d["start"], d["end"], f"date: {mention_label(d)}")
              for i, d in enumerate(data["dates"])]
    return found


def highlight_text(text: str, items: list[Highlight]) -> str:
    """``text`` as HTML with every item's span marked; pieces of overlapping items nest nothing:
    each piece is one ``<mark>`` listing its items, and each item's first piece carries its anchor."""
    items = [h for h in items if 0 <= h.start < h.end <= len(text)]
    cuts = sorted({0, len(text), *(h.start for h in items), *(h.end for h in items)})
    order = {category: rank for rank, category in enumerate(CATEGORIES)}
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        piece = escape(text[start:end], quote=False)
        active = sorted((h for h in items if h.start <= start and end <= h.end),
                        key=lambda h: order[h.category])
        if not active:
            out.append(piece)
            continue
        anchors = "".join(f'<a id="{h.id}"></a>' for h in active if h.start == start)
        classes = " ".join(dict.fromkeys(h.category for h in active))
        ids = " ".join(h.id for h in active)
        note = escape("; ".join(dict.fromkeys(h.note for h in active)))
        out.append(f'{anchors}<mark class="{classes}" data-items="{ids}" title="{note}">{piece}</mark>')
    return "".join(out)


def _figures_table(data: dict, anchor: str) -> str:
    labels = date_labels(data["dates"])
    rows = []
    for i, c in enumerate(data["casualties"]):
        cells = [
            f'<td class="num"><a href="#{anchor}-c{i}">{i}</a>'
            + (f" ⊂{c['part_of']}" if c["part_of"] is not None else "") + "</td>",
            f"<td>{escape(c['outcome'])}</td>", f'<td class="num">{escape(figure(c))}</td>',
            f"<td>{escape(c['victims'])}</td>", f"<td>{escape(where_label(c))}</td>",
            f"<td>{escape(value_label(c['date'], labels))}</td>",
            *(f"<td>{escape(c[k] or '–')}</td>" for k in ("attributed_to", "cause")),
            f"<td>{escape(by_label(c))}</td>",
        ]
        rows.append(f'<tr class="fig">{"".join(cells)}</tr>'
                    f'<tr><td></td><td colspan="8" class="ev">“{escape(c["text"])}”</td></tr>')
    head = "".join(f"<th>{h}</th>" for h in (
        "#", "outcome", "figure", "victims", "where", "when", "source", "cause", "perpetrator"))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _quotes(data: dict) -> str:
    items = []
    for q in data["quotes"]:
        who = escape(q["speaker"] or "unknown speaker")
        about = ", ".join(escape(x) for x in dict.fromkeys((q["speaker_title"], q["speaker_group"]))
                          if x and x != q["speaker"])
        said = escape(" · ".join(x for x in (q["kind"], q["cue"], q["outlet"] and f"to {q['outlet']}") if x))
        items.append(
            f'<li><span class="who">{who}</span>{f" ({about})" if about else ""} '
            f'<span class="note">{said}</span><blockquote>{escape(q["text"].strip().rstrip(","))}</blockquote></li>'
        )
    return f"<ul>{''.join(items)}</ul>"


def _map(data: dict) -> str:
    points = [MapPoint(p["name"], p["lon"], p["lat"], p["role"])
              for p in data["places"] if p["lat"] is not None and p["lon"] is not None]
    countries = {p["country"] for p in data["places"]
                 if p["country"] and p["lat"] is not None and p["role"] == "event"}
    return map_svg(points, countries, title=f"Places in {data['title'] or data['id']}")


def article_html(record: ArticleRecord, text: str | None, number: int) -> str:
    """One article's section: heading, highlighted text, figures, quotes and map."""
    data = to_dict(record)
    anchor = f"a{number}"
    published = f"published {timex_label(data['published'][:10])}" if data["published"] else (
        "no publication date (relative dates unresolved: pass --published)")
    parts = [
        f'<article id="{anchor}"><h2>{escape(data["title"] or data["id"])}</h2>',
        f'<p class="meta">{escape(published)} · {escape(data["id"])} · {escape(data["source"])}</p>',
    ]
    if data["totals"]:
        totals = " · ".join(f"{k} {figure({**t, 'qualifier': 'exact'})}" for k, t in data["totals"].items())
        parts.append(f"<p><b>Totals:</b> {escape(totals)}</p>")
    if text is not None:
        marked = highlight_text(text, [
            Highlight(f"{anchor}-{h.id}", h.category, h.start, h.end, h.note)
            for h in highlights(data)
        ])
        parts.append(f'<h3>Text</h3><div class="text">{marked}</div>')
    parts.append(f"<h3>Casualty figures ({len(data['casualties'])})</h3>")
    parts.append(_figures_table(data, anchor) if data["casualties"] else '<p class="note">none found</p>')
    parts.append("<h3>Map</h3>" + _map(data))
    parts.append(f"<h3>Quotes ({len(data['quotes'])})</h3>")
    parts.append(_quotes(data) if data["quotes"] else '<p class="note">none found</p>')
    return "\n".join(parts) + "</article>\n"


def _legend() -> str:
    names = {"casualty": "casualty figure", "place": "place", "group": "group", "date": "date",
             "quote": "quote", "speaker": "speaker"}
    marks = " ".join(f'<mark class="{c}">{names[c]}</mark>' for c in reversed(CATEGORIES))
    return f'<p class="legend">Highlights: {marks}. Hover a highlight for what was read from it.</p>'


class HtmlReportWriter(RecordWriter):
    """The HTML report: the page head when created, one section per article, the end on close."""

    def __init__(self, stream: IO[str], title: str = "conflict-extract report") -> None:
        super().__init__(stream)
        self.count = 0
        self.stream.write(
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>\n"
            f"{world_defs()}\n<main><h1>{escape(title)}</h1>{_legend()}\n"
        )

    def write(self, record: ArticleRecord, text: str | None = None) -> None:  # type: ignore[override]
        """Add one article; without its ``text`` the section has no highlighted text."""
        self.stream.write(article_html(record, text, self.count))
        self.count += 1

    def close(self) -> None:
        """Finish the page (a note when there were no articles) and flush."""
        if not self.count:
            self.stream.write('<p class="note">No articles.</p>\n')
        source = escape(outline().get("source", "Natural Earth (public domain)"))
        self.stream.write(f'<p class="note">Map outline: {source}.</p></main></body></html>\n')
        super().close()
