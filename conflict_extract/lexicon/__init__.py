"""Curated data shipped in ``conflict_extract/data/<component>/``: the one loader every component uses.

Data is data: lexicons, patterns and the actor dictionary are JSON/JSONL files read with
:mod:`importlib.resources`, never Python literals. Keys starting with ``_`` (``_doc``,
``_comment``) document a file and are dropped by :func:`load_json`.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

DATA_PACKAGE = "conflict_extract.data"


def data_text(path: str) -> str:
    """The text of the packaged data file ``path`` (``"places/regions.json"``)."""
    return resources.files(DATA_PACKAGE).joinpath(path).read_text(encoding="utf-8")


def load_json(path: str) -> Any:
    """A packaged JSON data file, freshly parsed; a top-level object loses its ``_`` keys.

    Callers cache what they build from it (each component reads its lexicon once per process).
    """
    data = json.loads(data_text(path))
    if isinstance(data, dict):
        return {key: value for key, value in data.items() if not key.startswith("_")}
    return data


def load_jsonl(path: str) -> list[dict[str, Any]]:
    """The rows of a packaged JSON Lines data file (blank lines skipped)."""
    return [json.loads(line) for line in data_text(path).splitlines() if line.strip()]
