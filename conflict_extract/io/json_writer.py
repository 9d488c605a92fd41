"""JSON output: one array of records (``--json``) or one record per line (``--jsonl``).

Both write as they go, so output streams and memory stays flat; ``close()`` finishes the document.
"""

from __future__ import annotations

import json
from typing import IO

from conflict_extract.models import ArticleRecord, to_dict


def dumps(record: ArticleRecord | dict) -> str:
    """One record as compact JSON (non-ASCII kept as is)."""
    data = record if isinstance(record, dict) else to_dict(record)
    return json.dumps(data, ensure_ascii=False)


class RecordWriter:
    """Base writer: ``write(record)`` per article, ``close()`` at the end. Only data goes to the
    stream."""

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
