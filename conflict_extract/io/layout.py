"""Plain-text table layout for a terminal of any width, designed for 80 columns first.

Words are never broken: paragraphs wrap at spaces, a cell that must be shortened is cut after a whole
word and ends with ``…``, and a column is never narrower than its longest word. When the columns do
not fit, the least important ones are *folded*: their values move, labelled, to the dimmed paragraph
under each row, so nothing is lost at 80 columns and wider terminals show more side by side.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rich.cells import cell_len

GAP = 2
"""Spaces between two columns."""
INDENT = 2
"""Spaces before the first column."""
ELLIPSIS = "…"


@dataclass(frozen=True)
class Column:
    """One table column.

    ``fold`` is the order in which columns leave the row when the width is short (0: never; 1 folds
    before 2 ...); ``label`` names a folded value in the paragraph under the row. ``clip`` lets cells be
    cut after a whole word to ``min_width`` instead of folding the column. A ``hide`` column that does
    not fit is left out rather than folded (its values are in every other output format).
    """

    key: str
    header: str
    fold: int = 0
    justify: str = "left"
    label: str = ""
    clip: bool = False
    min_width: int = 0
    hide: bool = False


@dataclass
class Row:
    """One row: cells by column key, and the paragraph shown dimmed under it (may be empty)."""

    cells: dict[str, str]
    note: str = ""


@dataclass
class Layout:
    """The columns kept in the row, their widths, and the folded ones."""

    shown: list[Column]
    widths: dict[str, int]
    folded: list[Column] = field(default_factory=list)

    def total(self) -> int:
        """Characters taken by the shown columns, indent and gaps included."""
        return INDENT + sum(self.widths[c.key] for c in self.shown) + GAP * (len(self.shown) - 1)


def longest_word(text: str) -> int:
    """The width of the longest space-separated word of ``text``."""
    return max((cell_len(word) for word in text.split()), default=0)


def wrap(text: str, width: int) -> list[str]:
    """``text`` wrapped at spaces to ``width`` cells; a word longer than the width keeps its own line."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and cell_len(line) + 1 + cell_len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


def clip(text: str, width: int) -> str:
    """``text`` cut after a whole word so that it and a trailing ``…`` fit in ``width`` cells."""
    if cell_len(text) <= width:
        return text
    words = text.split()
    kept = ""
    for word in words:
        candidate = f"{kept} {word}" if kept else word
        if cell_len(candidate) + 1 > width:
            break
        kept = candidate
    return f"{(kept or words[0]).rstrip(',;')}{ELLIPSIS}"


def fit(columns: Sequence[Column], rows: Sequence[Row], width: int) -> Layout:
    """Choose the columns that fit ``width``: empty columns go, then cells that may be clipped are
    clipped (least important first), and only when that is not enough are columns folded by
    priority."""
    columns = [c for c in columns if not c.fold or any(_filled(r.cells.get(c.key)) for r in rows)]
    natural = {
        c.key: max([cell_len(c.header), *(cell_len(r.cells.get(c.key, "")) for r in rows)])
        for c in columns
    }
    floor = {
        c.key: min(natural[c.key], max(
            cell_len(c.header), c.min_width,
            *(longest_word(r.cells.get(c.key, "")) for r in rows),
        )) if c.clip else natural[c.key]
        for c in columns
    }
    layout = Layout(shown=list(columns), widths=dict(natural))
    while True:
        excess = layout.total() - width
        if excess <= 0:
            return layout
        foldable = [c for c in layout.shown if c.fold]
        # Cells of a column that may fold are cut first (least important first); a column that never
        # folds is cut only when nothing is left to fold.
        clippable = sorted((c for c in layout.shown if c.clip and (c.fold or not foldable)),
                           key=lambda c: (c.fold == 0, c.fold, -natural[c.key]))
        if sum(natural[c.key] - floor[c.key] for c in clippable) >= excess or not foldable:
            for column in clippable:
                cut = min(natural[column.key] - floor[column.key], excess)
                layout.widths[column.key] -= cut
                excess -= cut
            return layout
        drop = min(foldable, key=lambda c: c.fold)
        layout.shown.remove(drop)
        layout.folded.append(drop)
        layout.folded.sort(key=columns.index)


def _filled(value: str | None) -> bool:
    return bool(value) and value != "–"


def render_row(layout: Layout, row: Row, width: int) -> tuple[str, list[str]]:
    """The row's line and the lines of its paragraph (note, then folded values), both fitted."""
    cells = []
    for column in layout.shown:
        size = layout.widths[column.key]
        text = clip(row.cells.get(column.key, ""), size)
        pad = " " * (size - cell_len(text))
        cells.append(pad + text if column.justify == "right" else text + pad)
    line = (" " * INDENT + (" " * GAP).join(cells)).rstrip()
    extras = [
        f"{c.label or c.header}: {row.cells[c.key]}"
        for c in layout.folded
        if not c.hide and _filled(row.cells.get(c.key))
    ]
    paragraph = " · ".join(part for part in (row.note, *extras) if part)
    indent = _paragraph_indent(layout)
    return line, [" " * indent + part for part in wrap(paragraph, width - indent)]


def _paragraph_indent(layout: Layout) -> int:
    """Paragraphs start under the second column (past a narrow ``#`` column), or at the indent."""
    first = layout.shown[0]
    if first.justify == "right" and len(layout.shown) > 1:
        return INDENT + layout.widths[first.key] + GAP
    return INDENT + GAP


def header_lines(layout: Layout) -> tuple[str, str]:
    """The header line and the rule under it."""
    cells = []
    for column in layout.shown:
        size = layout.widths[column.key]
        pad = " " * (size - cell_len(column.header))
        cells.append(pad + column.header if column.justify == "right" else column.header + pad)
    head = (" " * INDENT + (" " * GAP).join(cells)).rstrip()
    return head, " " * INDENT + "─" * (layout.total() - INDENT)
