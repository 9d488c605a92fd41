"""``extract PATH...`` / ``conflict-extract run``: articles in, one record (or event) per article out.

The command checks every option first (:mod:`conflict_extract.cli.options`), and only then opens
the output; records stream out as each article is done.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Annotated, Optional

import typer

from conflict_extract import __version__
from conflict_extract.cli.common import EXIT_INTERRUPTED, EXIT_USAGE, Reporter, UsageProblem, stderr
from conflict_extract.cli.inputs import usable_paths, warn_skipped_files
from conflict_extract.cli.options import (
    Engine,
    choose_format,
    may_hold_several_articles,
    output_categories,
    parse_only,
    validate_published,
    warn_empty_folders,
)
from conflict_extract.cli.outputs import NullWriter, Outputs, open_sides, output_format
from conflict_extract.cli.progress import count_articles, place_index_note, with_progress
from conflict_extract.io.labels import missing_published_note
from conflict_extract.io.reader import InputProblem, read_inputs
from conflict_extract.io.resume import completed_ids, open_output
from conflict_extract.models import CATEGORIES, Article, ArticleRecord
from conflict_extract.nlp.docs import ARTICLE_TIMEOUT
from conflict_extract.text.language import looks_english


@dataclass(frozen=True)
class LocalRun:
    """A checked ``run`` command line for the local engine."""

    paths: list[str]
    categories: tuple[str, ...]
    fmt: str
    events: bool
    published: str | None
    model: str | None
    workers: int
    output: Path | None
    resume: bool
    article_timeout: float | None
    html: Path | None = None
    geojson: Path | None = None


def run(
    paths: Annotated[
        list[str],
        typer.Argument(help="Article files or directories (.txt .md .jsonl .json .html), or - for stdin."),
    ],
    json_: Annotated[bool, typer.Option("--json", help="One JSON array of article records.")] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One record per line, written as each article is done.")] = False,
    csv_: Annotated[bool, typer.Option("--csv", help="One CSV row per item of the --only category (default casualties).")] = False,
    table: Annotated[bool, typer.Option("--table", help="Rich tables for reading (default on a terminal).")] = False,
    events: Annotated[bool, typer.Option("--events", help="Output events instead of article records: one per JSON element/line, CSV row (ACLED columns) or table row, the same event merged across all inputs.")] = False,
    only: Annotated[Optional[str], typer.Option("--only", help=f"Comma-separated categories to extract and output: {','.join(CATEGORIES)}.")] = None,  # noqa: UP045
    published: Annotated[Optional[str], typer.Option("--published", help="Publication date YYYY-MM-DD for inputs that carry none.")] = None,  # noqa: UP045
    model: Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline to use (package name or path); default: the best installed English one.")] = None,  # noqa: UP045
    workers: Annotated[int, typer.Option("--workers", min=1, help="Worker processes.")] = 1,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write data to this file instead of stdout.")] = None,  # noqa: UP045
    engine: Annotated[Engine, typer.Option("--engine", help="local: this machine; dask: a Dask cluster (JSONL input, -o DIR for partitioned output).")] = "local",  # type: ignore[assignment]
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="With --engine dask: address of an existing scheduler (default: a local cluster of --workers processes).")] = None,  # noqa: UP045
    partition_lines: Annotated[int, typer.Option("--partition-lines", min=1, help="With --engine dask: JSONL lines per partition (one task each).")] = 1000,
    resume: Annotated[bool, typer.Option("--resume", help="With --jsonl -o FILE: keep FILE's complete records and skip their ids.")] = False,
    article_timeout: Annotated[float, typer.Option("--article-timeout", min=0, help="Seconds per article; then its record is written with what was found and a warning (0: no limit).")] = ARTICLE_TIMEOUT,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or warnings; data and errors only.")] = False,
    html: Annotated[Optional[Path], typer.Option("--html", help="Also write a self-contained HTML report: highlighted text, figures, quotes, a map.")] = None,  # noqa: UP045
    geojson: Annotated[Optional[Path], typer.Option("--geojson", help="Also write a GeoJSON FeatureCollection: one point per geocoded place (per event with --events).")] = None,  # noqa: UP045
    version: Annotated[bool, typer.Option("--version", is_eager=True, callback=lambda v: _print_version(v), help="Print the version and exit.")] = False,
) -> int:
    """Extract casualties, places, groups, quotes and dates from articles."""
    reporter = Reporter(quiet=quiet)
    asked = parse_only(only)
    published = validate_published(published)
    on_dask = Engine(engine) is Engine.dask or scheduler is not None
    if events and asked is not None:
        raise UsageProblem("--events and --only conflict: events need every category")
    if events and (resume or on_dask):
        raise UsageProblem("--events merges across all inputs: not with --resume or --engine dask")
    paths = usable_paths(paths, reporter)
    if on_dask:
        categories = asked or CATEGORIES
        return _run_dask(paths, output, scheduler, workers, model, categories, published,
                         partition_lines, reporter)
    if resume and (output is None or not jsonl):
        raise UsageProblem("--resume needs --jsonl and -o FILE")
    flagged = choose_format(json_, jsonl, csv_, table, False) if json_ or jsonl or csv_ or table else None
    sides_only = flagged is None and output is None and (html or geojson) is not None
    fmt = "none" if sides_only else output_format(
        output, flagged, output is None and sys.stdout.isatty(), events)
    categories = output_categories(fmt, asked, events)
    warn_empty_folders(paths, reporter)
    warn_skipped_files(paths, reporter)
    job = LocalRun(paths, categories, fmt, events, published, model, workers, output, resume,
                   article_timeout or None, html, geojson)
    return run_local(job, reporter)


def run_local(job: LocalRun, reporter: Reporter) -> int:
    """Process ``job`` in this machine's processes and write its output; returns the exit code."""
    # Every usage check is done: only now may an output file be created or truncated.
    done_ids = _resume_ids(job.output) if job.resume and job.output is not None else set()
    stream: IO[str] = sys.stdout
    if job.output is not None:
        try:
            stream = open_output(job.output, append=job.resume)
        except OSError as exc:
            raise UsageProblem(f"cannot write {str(job.output)!r}: {exc.strerror}") from None
    try:
        return _write_output(job, reporter, stream, done_ids)
    finally:
        if job.output is not None:
            stream.close()


def _resume_ids(output: Path) -> set[str]:
    try:
        return completed_ids(output)
    except OSError as exc:
        raise UsageProblem(f"cannot read {str(output)!r} to resume: {exc.strerror}") from None


def _write_output(job: LocalRun, reporter: Reporter, stream: IO[str], done_ids: set[str]) -> int:
    from conflict_extract.events.merge import merge_events
    from conflict_extract.nlp.pipeline import ModelNotFoundError
    from conflict_extract.run.runner import process_articles

    outputs = _outputs(job, stream)
    texts: deque[str] | None = deque() if outputs.needs_text else None
    found_events = []
    undated = 0
    try:
        _note_one_off_work(job, reporter)
        records = process_articles(
            _articles(job, reporter, done_ids, texts),
            categories=job.categories, model=job.model, workers=job.workers,
            article_timeout=job.article_timeout,
        )
        for record in _progress(records, job, reporter, len(done_ids)):
            for message in record.errors:
                reporter.problem(f"article {record.id!r}: extraction failed for {message}")
            for message in record.warnings:
                reporter.warn(f"article {record.id!r}: {message}")
            undated += record.published is None
            if job.events:
                found_events.extend(record.events)
            outputs.write_record(record, texts.popleft() if texts is not None else None, job.events)
        for event in merge_events(found_events) if job.events else ():
            outputs.write_event(event)
        outputs.close()
    except ModelNotFoundError as exc:
        stderr.print(f"Error: {exc}", markup=False)
        return EXIT_USAGE
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    finally:
        outputs.close_files()
    note = missing_published_note(undated, reporter.articles)
    if note and not reporter.quiet:
        stderr.print(note, markup=False)
    return reporter.exit_code()


def _outputs(job: LocalRun, stream: IO[str]) -> Outputs:
    """The main writer (nothing on stdout when only side files were asked) and the side files."""
    from conflict_extract.io.writers import event_writer, make_writer

    if job.fmt == "none":
        main = NullWriter(stream)
    elif job.events:
        main = event_writer(job.fmt, stream)
    else:
        main = make_writer(job.fmt, stream, job.categories)
    sides, streams = open_sides(job.html, job.geojson, job.events,
                                lambda path: open_output(path, append=False))
    return Outputs(main, sides, streams)


def _note_one_off_work(job: LocalRun, reporter: Reporter) -> None:
    """Say so before the first run builds the place index, which takes a while."""
    note = place_index_note() if "places" in job.categories and not reporter.quiet else None
    if note:
        stderr.print(note, markup=False)


def _articles(
    job: LocalRun, reporter: Reporter, skip_ids: set[str], texts: deque[str] | None = None
) -> Iterator[Article]:
    """The articles to process: problems reported, resumed ids skipped, ``--published`` filled in;
    each text is kept in ``texts`` (when given) until its record is written."""
    for item in read_inputs(job.paths):
        if isinstance(item, InputProblem):
            reporter.problem(str(item))
            continue
        if item.id in skip_ids:
            continue
        if item.id in reporter.seen_ids:
            reporter.warn(f"{item.source}: duplicate article id {item.id!r} (kept)")
        reporter.seen_ids.add(item.id)
        if not looks_english(item.text):
            reporter.warn(f"{item.source}: article {item.id!r} does not look like English; results may be poor")
        if job.published and not item.published:
            item.published = job.published
        reporter.articles += 1
        if texts is not None:
            texts.append(item.text)
        yield item


def _progress(
    records: Iterator[ArticleRecord], job: LocalRun, reporter: Reporter, done: int
) -> Iterator[ArticleRecord]:
    """``records`` with a progress bar on a terminal: total, rate and time left when known."""
    if not (stderr.is_terminal and not reporter.quiet and may_hold_several_articles(job.paths)):
        yield from records
        return
    total = count_articles(job.paths)
    yield from with_progress(records, stderr, None if total is None else max(total - done, 0))


def _run_dask(
    paths: list[str],
    output: Path | None,
    scheduler: str | None,
    workers: int,
    model: str | None,
    categories: tuple[str, ...],
    published: str | None,
    partition_lines: int,
    reporter: Reporter,
) -> int:
    """``--engine dask``: partitioned JSONL output in ``-o DIR``; the run summary on stdout."""
    if output is None:
        raise UsageProblem("--engine dask writes partitioned output: give a folder with -o DIR")
    if importlib.util.find_spec("distributed") is None:
        raise UsageProblem("--engine dask needs Dask: pip install 'conflict-extract[dask]'")
    from conflict_extract.run.dask_engine import run_on_dask

    try:
        summary = run_on_dask(
            paths, str(output), scheduler=scheduler, workers=workers, model=model,
            categories=categories, published=published, partition_lines=partition_lines,
        )
    except ValueError as exc:
        raise UsageProblem(str(exc)) from None
    for problem in summary["problems"]:
        reporter.problem(problem)
    sys.stdout.write(json.dumps({k: v for k, v in summary.items() if k != "parts"}) + "\n")
    return reporter.exit_code()


def _silence_stdout() -> None:
    """After the reader of a pipe went away, point stdout at /dev/null so the exit flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _print_version(value: bool) -> None:
    if value:
        sys.stdout.write(f"conflict-extract {__version__}\n")
        raise typer.Exit()
