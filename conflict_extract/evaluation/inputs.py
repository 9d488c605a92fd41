"""Reading ``conflict-extract eval`` inputs: gold files, prediction records and article files.

Directories are walked by the reader's :func:`~conflict_extract.io.reader.discover_files` and
articles read by its :func:`~conflict_extract.io.reader.read_file`, as ``extract`` reads them.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from conflict_extract.io.reader import MissingPathError, check_paths, discover_files, read_file
from conflict_extract.models import CATEGORIES, Article


class EvalError(Exception):
    """A usage or input problem reported as ``Error: ...`` with exit code 2."""


def _check_exists(path: str | Path, what: str) -> None:
    """Raise :class:`EvalError` for a missing path, with the reader's "did you mean" hint."""
    try:
        check_paths([str(path)])
    except MissingPathError as exc:
        raise EvalError(f"no such {what}: " + str(exc).split(": ", 1)[-1]) from None


def _load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise EvalError(f"{path}: malformed JSON: {exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"{path}: cannot read: {exc}") from exc


def gold_files(path: str | Path) -> list[Path]:
    """The gold JSON file, or the ``*.json`` files under a directory (recursively), sorted."""
    _check_exists(path, "gold file or directory")
    path = Path(path)
    files = sorted(
        Path(f) for f in discover_files(str(path)) if not path.is_dir() or f.endswith(".json")
    )
    if not files:
        raise EvalError(f"no gold files (*.json) in {str(path)!r}")
    return files


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Gold annotations from a gold JSON file or a directory of them (searched recursively)."""
    golds = []
    for file in gold_files(path):
        data = _load_json(file)
        if not isinstance(data, dict):
            kind = type(data).__name__
            raise EvalError(f"{file}: a gold file must hold one JSON object, got {kind}")
        data = dict(data)
        data["id"] = str(data.get("id") or file.stem)
        golds.append(data)
    return golds


def _is_prediction(item: Any) -> bool:
    return isinstance(item, dict) and (
        "schema" in item or any(isinstance(item.get(c), list) for c in CATEGORIES)
    )


def _read_json_records(path: Path) -> list[Any]:
    """The items of a .json (array or single object) or .jsonl file."""
    raw = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() == ".jsonl":
        try:
            return [json.loads(line) for line in raw.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise EvalError(f"{path}: malformed JSON Lines: {exc}") from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise EvalError(f"{path}: malformed JSON: {exc}") from exc
    return data if isinstance(data, list) else [data]


def _read_articles(path: Path) -> list[Article]:
    """Articles from one file, read as ``extract`` reads them; unreadable parts are warned about."""
    articles = []
    for item in read_file(str(path)):
        if isinstance(item, Article):
            articles.append(item)
        else:
            print(f"Warning: {item}", file=sys.stderr)
    return articles


def collect_inputs(
    paths: Iterable[str | Path], skip: Iterable[Path] = ()
) -> tuple[dict[str, dict[str, Any]], dict[str, Article]]:
    """Split PRED paths into prediction records ``{id: record}`` and articles ``{id: Article}``.

    ``.json``/``.jsonl`` files whose items carry category lists (or ``schema``) are predictions;
    other files (and JSON article inputs ``{"id", "text"}``) are articles to run the pipeline on.
    Files in ``skip`` (the gold files) are passed over when met inside a directory.
    """
    skipped = {p.resolve() for p in skip}
    preds: dict[str, dict[str, Any]] = {}
    articles: dict[str, Article] = {}
    for raw in paths:
        _check_exists(raw, "file or directory")
        path = Path(raw)
        for file in map(Path, discover_files(str(path))):
            if path.is_dir() and file.resolve() in skipped:
                continue
            if file.suffix.lower() in (".json", ".jsonl"):
                try:
                    records = _read_json_records(file)
                except (OSError, UnicodeDecodeError) as exc:
                    raise EvalError(f"{file}: cannot read: {exc}") from exc
                if records and all(_is_prediction(r) for r in records):
                    for index, record in enumerate(records):
                        preds[str(record.get("id") or f"{file.stem}-{index}")] = record
                    continue
                if records and any(_is_prediction(r) for r in records):
                    raise EvalError(f"{file}: mixes prediction records and other JSON")
            for article in _read_articles(file):
                articles.setdefault(article.id, article)
    return preds, articles


def source_text(record: Mapping[str, Any]) -> str | None:
    """The article text a prediction record's offsets index, read again from its ``source`` file
    when that is a plain text file that still exists; else ``None``."""
    source = record.get("source")
    if not isinstance(source, str) or not os.path.isfile(source):
        return None
    if Path(source).suffix.lower() not in (".txt", ".md", ""):
        return None
    articles = _read_articles(Path(source))
    return articles[0].text if len(articles) == 1 else None
