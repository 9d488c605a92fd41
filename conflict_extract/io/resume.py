"""Resuming an interrupted JSONL run: which records are already complete in the output file.

A killed run can leave a torn last line behind. It is cut off here so the resumed run appends
whole records after whole records.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO


def completed_ids(path: Path) -> set[str]:
    """Ids of the complete records in the JSONL file ``path`` (none when it does not exist).

    Everything from the first torn or malformed line on is truncated away. Raises ``OSError`` when
    the file exists but cannot be read or truncated.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return set()
    ids: set[str] = set()
    good_end = 0
    for line in data.splitlines(keepends=True):
        try:
            record = json.loads(line)
        except ValueError:
            break
        if not line.endswith(b"\n") or not isinstance(record, dict):
            break
        ids.add(str(record.get("id")))
        good_end += len(line)
    if good_end < len(data):
        with open(path, "r+b") as handle:
            handle.truncate(good_end)
    return ids


def open_output(path: Path, *, append: bool) -> IO[str]:
    """Open the data output file, appending when resuming.

    A large buffer: each record line reaches the file in one write, so a kill leaves only complete
    lines behind.
    """
    return open(path, "a" if append else "w", encoding="utf-8", buffering=1 << 20)  # noqa: SIM115
