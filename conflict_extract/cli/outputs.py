"""Where a run's output goes: the format of ``-o FILE`` from its ending, and the side files
``--html FILE`` and ``--geojson FILE`` written beside the main output."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from conflict_extract.cli.common import UsageProblem
from conflict_extract.io.geojson import GeoJsonWriter
from conflict_extract.io.html_report import HtmlReportWriter
from conflict_extract.io.json_writer import RecordWriter
from conflict_extract.models import ArticleRecord

SUFFIX_FORMATS: dict[str, str] = {
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".html": "html",
    ".htm": "html", ".geojson": "geojson", ".txt": "table",
}
"""Output format by the ending of ``-o FILE``."""

FLAG_FORMATS = ("json", "jsonl", "csv", "table")
"""Formats chosen with a flag of their own (``--json`` ...); html and geojson come from a file name."""
_JSON_FAMILY = {"json", "jsonl", "table"}


def output_format(output: Path | None, flagged: str | None, interactive: bool, events: bool) -> str:
    """The main output's format: the flag given, else ``-o``'s ending, else tables for a terminal
    and JSON otherwise. An ending that names another format than the flag, or that names none,
    is a one-line usage error."""
    suffix = output.suffix.lower() if output is not None else ""
    by_name = SUFFIX_FORMATS.get(suffix)
    if flagged is not None:
        if by_name is not None and by_name != flagged and not {by_name, flagged} <= _JSON_FAMILY:
            raise UsageProblem(
                f"-o {str(output)!r} names {by_name.upper()} output but --{flagged} was given: "
                "drop one"
            )
        return flagged
    if output is None:
        return "table" if interactive else "json"
    if by_name is None:
        endings = ", ".join(SUFFIX_FORMATS)
        raise UsageProblem(
            f"cannot tell the output format of -o {str(output)!r}: end the name in one of "
            f"{endings}, or give --json, --jsonl, --csv or --table"
        )
    if events and by_name == "html":
        raise UsageProblem("--events writes JSON, JSONL, CSV, a table or GeoJSON, not HTML: "
                           "use --html FILE beside it for the article report")
    return by_name


class NullWriter(RecordWriter):
    """The main output when only side files (``--html``, ``--geojson``) were asked: nothing."""

    def write(self, record) -> None:  # type: ignore[override]
        """Write nothing."""


@dataclass
class Outputs:
    """The main writer and the side-file writers of one run; every record goes to each."""

    main: RecordWriter
    sides: list[RecordWriter] = field(default_factory=list)
    streams: list[IO[str]] = field(default_factory=list)

    @property
    def needs_text(self) -> bool:
        """True when a writer shows the article text (the HTML report)."""
        return any(isinstance(w, HtmlReportWriter) for w in (self.main, *self.sides))

    def write_record(self, record: ArticleRecord, text: str | None, events: bool) -> None:
        """Hand one article record to the writers that take records."""
        for writer in self._record_writers(events):
            if isinstance(writer, HtmlReportWriter):
                writer.write(record, text)
            else:
                writer.write(record)

    def write_event(self, event) -> None:
        """Hand one merged event to the writers that take events."""
        self.main.write(event)
        for writer in self.sides:
            if isinstance(writer, GeoJsonWriter):
                writer.write(event)

    def _record_writers(self, events: bool) -> list[RecordWriter]:
        if not events:
            return [self.main, *self.sides]
        return [w for w in self.sides if isinstance(w, HtmlReportWriter)]

    def close(self) -> None:
        """Finish every document, then close the side files."""
        for writer in (self.main, *self.sides):
            writer.close()
        self.close_files()

    def close_files(self) -> None:
        """Close the side files (finished or not: after an interruption they stay as they are)."""
        for stream in self.streams:
            if not stream.closed:
                stream.close()


def open_sides(
    html: Path | None, geojson: Path | None, events: bool, opener: Callable[[Path], IO[str]]
) -> tuple[list[RecordWriter], list[IO[str]]]:
    """The ``--html`` and ``--geojson`` writers, their files opened with ``opener``."""
    writers: list[RecordWriter] = []
    streams: list[IO[str]] = []
    for path, make in ((html, HtmlReportWriter), (geojson, None)):
        if path is None:
            continue
        try:
            stream = opener(path)
        except OSError as exc:
            raise UsageProblem(f"cannot write {str(path)!r}: {exc.strerror}") from None
        streams.append(stream)
        writers.append(make(stream) if make else GeoJsonWriter(stream, events=events))
    return writers, streams
