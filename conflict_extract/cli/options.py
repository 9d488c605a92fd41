"""Parsing and checking command-line options, shared by ``run`` and ``eval``.

Every check here runs before any output file is created or truncated.
"""

from __future__ import annotations

import datetime as dt
import os
from enum import Enum

from conflict_extract.cli.common import Reporter, UsageProblem
from conflict_extract.io.reader import MissingPathError, check_paths, discover_files
from conflict_extract.models import CATEGORIES


class Engine(str, Enum):
    """Where the work runs."""

    local = "local"
    dask = "dask"


class OutputFormat(str, Enum):
    """Output formats."""

    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


def parse_only(only: str | None) -> tuple[str, ...] | None:
    """``--only casualties,places`` as a tuple in schema order; ``None`` when not given."""
    if not only:
        return None
    asked = [part.strip() for part in only.split(",") if part.strip()]
    unknown = [a for a in asked if a not in CATEGORIES]
    if unknown or not asked:
        bad = unknown[0] if unknown else only
        raise UsageProblem(f"unknown category {bad!r} in --only; choose from {', '.join(CATEGORIES)}")
    return tuple(c for c in CATEGORIES if c in asked)


def choose_format(json_: bool, jsonl: bool, csv_: bool, table: bool, interactive: bool) -> str:
    """The one output format asked for; with none, tables for a terminal and JSON otherwise."""
    chosen = [name for name, on in
              (("--json", json_), ("--jsonl", jsonl), ("--csv", csv_), ("--table", table)) if on]
    if len(chosen) > 1:
        raise UsageProblem(f"{' and '.join(chosen)} conflict: choose one output format")
    if chosen:
        return chosen[0].lstrip("-")
    return "table" if interactive else "json"


def output_categories(fmt: str, asked: tuple[str, ...] | None, events: bool) -> tuple[str, ...]:
    """The categories to extract: those asked with ``--only``; for CSV the one category it writes
    first (casualties without ``--only``). The casualties CSV keeps every category, since its
    article rows give the place, date and actor of the figures (the components run anyway)."""
    if fmt == "csv" and asked is not None and len(asked) > 1:
        raise UsageProblem("--csv writes one category: give a single one with --only")
    if fmt == "csv" and not events and asked in (None, ("casualties",)):
        return CATEGORIES  # casualties first: the CSV writer writes the first category
    if asked is not None:
        return asked
    return CATEGORIES


def validate_published(value: str | None) -> str | None:
    """``--published`` as an ISO date, or a usage error naming the bad value."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageProblem(f"--published must be a date YYYY-MM-DD, got {value!r}") from None


def check_input_paths(paths: list[str]) -> None:
    """A usage error naming the first path that does not exist, with a suggestion."""
    try:
        check_paths(paths)
    except MissingPathError as exc:
        raise UsageProblem(str(exc)) from None


def warn_empty_folders(paths: list[str], reporter: Reporter) -> None:
    """A warning for each folder given that holds no article file."""
    for path in paths:
        if os.path.isdir(path) and next(discover_files(path), None) is None:
            reporter.warn(f"{path}: no article files in this directory")


def may_hold_several_articles(paths: list[str]) -> bool:
    """True unless the input is one single-article file: a progress bar is worth showing."""
    files = [f for p in paths for f in ([p] if p == "-" else discover_files(p))]
    if len(files) != 1:
        return len(files) > 1
    return files[0] == "-" or os.path.splitext(files[0])[1].lower() in (".jsonl", ".json")
