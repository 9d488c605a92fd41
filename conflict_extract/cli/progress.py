"""Progress on stderr: what one-off work is happening, and a bar with total, rate and time left.

The total is known whenever the inputs are files: one article per text or HTML file, one per
non-blank line of a JSON Lines file (counted when the file is not huge). From stdin it is not, and
the bar shows the count and rate only.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import TypeVar

from rich.console import Console

from conflict_extract.io.reader import STDIN, discover_files

T = TypeVar("T")

MAX_COUNTED_BYTES = 512 * 1024 * 1024
"""JSON Lines files larger than this are not read ahead to count their lines."""


def count_articles(paths: Iterable[str]) -> int | None:
    """How many articles the inputs hold, or ``None`` when that cannot be known cheaply."""
    total = 0
    for path in paths:
        if path == STDIN:
            return None
        for file in discover_files(path):
            suffix = os.path.splitext(file)[1].lower()
            if suffix == ".json":
                return None
            if suffix != ".jsonl":
                total += 1
                continue
            try:
                if os.path.getsize(file) > MAX_COUNTED_BYTES:
                    return None
                with open(file, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1  # the reader reports the problem; the bar just counts it
    return total


def place_index_note() -> str | None:
    """A note when the place index is about to be built (the first run's one-off 15 seconds)."""
    from conflict_extract.gazetteer.index import cache_dir, index_path

    if index_path().exists():
        return None
    return (f"Building the place index (once, about 15 s; kept in {cache_dir()}, "
            "or $CONFLICT_EXTRACT_CACHE)…")


def with_progress(
    items: Iterable[T], console: Console, total: int | None, label: str = "articles"
) -> Iterator[T]:
    """Yield ``items`` while a transient bar on ``console`` shows done/total, rate and time left."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = [SpinnerColumn(), TextColumn(label), BarColumn(), MofNCompleteColumn()]
    if total is not None:
        columns += [TaskProgressColumn(), TextColumn("·"), TimeRemainingColumn(compact=True),
                    TextColumn("left")]
    else:
        columns += [TimeElapsedColumn()]
    columns.append(TextColumn("{task.fields[rate]}"))
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(label, total=total, rate="")
        for item in items:
            yield item
            elapsed = progress.tasks[0].elapsed or 0.0
            done = progress.tasks[0].completed + 1
            rate = f"· {done / elapsed:.1f}/s" if elapsed > 1 else ""
            progress.update(task, advance=1, rate=rate)
