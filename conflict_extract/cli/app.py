"""The command line: ``extract PATH...`` and ``conflict-extract run | eval | schema``.

stdout carries data only; warnings, progress and errors go to stderr. Exit codes: 0 success,
1 some input could not be read or processed (the others' records are still written), 2 usage
error, 130 interrupted.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from enum import Enum
from pathlib import Path
from typing import IO, Annotated, Optional

import typer
from rich.console import Console
from typer.core import TyperCommand, TyperGroup

from conflict_extract import __version__
from conflict_extract.io.reader import InputProblem, MissingPathError, check_paths, read_inputs
from conflict_extract.models import CATEGORIES, Article, ArticleRecord
from conflict_extract.text.language import looks_english

try:  # Typer >= 0.22 vendors its own copy of click
    from typer._click.exceptions import ClickException, UsageError
except ImportError:  # pragma: no cover - older Typer on top of click
    from click.exceptions import ClickException, UsageError

EXIT_INPUT_PROBLEM = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

stderr = Console(stderr=True, highlight=False, soft_wrap=True)


class UsageProblem(UsageError):
    """A bad command line; reported as one ``Error: ...`` line, exit 2."""


class _OneLineErrors:
    """Report click errors as a single ``Error: ...`` line on stderr instead of a usage box."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except typer.Exit as exc:
            sys.exit(exc.exit_code)
        except (typer.Abort, KeyboardInterrupt):
            sys.exit(EXIT_INTERRUPTED)
        except ClickException as exc:
            if exc.format_message():  # an empty message follows the help text of a bare command
                stderr.print(f"Error: {exc.format_message()}", markup=False)
            sys.exit(exc.exit_code)
        sys.exit(result if isinstance(result, int) else 0)


class CliGroup(_OneLineErrors, TyperGroup):
    """The ``conflict-extract`` command group."""


class CliCommand(_OneLineErrors, TyperCommand):
    """A stand-alone command (``extract``)."""


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


_settings = {"quiet": False}


def _warn(message: str, *, always: bool = False) -> None:
    """A warning on stderr; ``--quiet`` silences all but those about inputs that were lost."""
    if always or not _settings["quiet"]:
        stderr.print(f"Warning: {message}", markup=False)


def parse_only(only: str | None) -> tuple[str, ...]:
    """``--only casualties,places`` as a tuple in schema order; every category when empty."""
    if not only:
        return CATEGORIES
    asked = [part.strip() for part in only.split(",") if part.strip()]
    unknown = [a for a in asked if a not in CATEGORIES]
    if unknown:
        raise UsageProblem(
            f"unknown category {unknown[0]!r} in --only; choose from {', '.join(CATEGORIES)}"
        )
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


def _validate_published(value: str | None) -> str | None:
    if value is None:
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageProblem(f"--published must be a date YYYY-MM-DD, got {value!r}") from None


class RunReport:
    """Counts what went wrong during a run, to choose the exit code."""

    def __init__(self) -> None:
        self.problems = 0
        self.articles = 0
        self.seen_ids: set[str] = set()

    def problem(self, message: str) -> None:
        """Warn about a bad input and remember it for the exit code."""
        self.problems += 1
        _warn(message, always=True)


def _articles(
    paths: Iterable[str], published: str | None, report: RunReport, skip_ids: set[str] | None = None
) -> Iterator[Article]:
    for item in read_inputs(paths):
        if isinstance(item, InputProblem):
            report.problem(str(item))
            continue
        if skip_ids and item.id in skip_ids:
            continue
        if item.id in report.seen_ids:
            _warn(f"{item.source}: duplicate article id {item.id!r} (kept)")
        report.seen_ids.add(item.id)
        if not looks_english(item.text):
            _warn(f"{item.source}: article {item.id!r} does not look like English; results may be poor")
        if published and not item.published:
            item.published = published
        report.articles += 1
        yield item


def _progress(records: Iterator[ArticleRecord], enabled: bool) -> Iterator[ArticleRecord]:
    if not enabled:
        yield from records
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

    with Progress(
        SpinnerColumn(), TextColumn("articles"), BarColumn(), MofNCompleteColumn(),
        console=stderr, transient=True,
    ) as progress:
        task = progress.add_task("extract", total=None)
        for record in records:
            yield record
            progress.advance(task)


def may_hold_several_articles(paths: list[str]) -> bool:
    """True unless the input is one single-article file: a progress bar is worth showing."""
    files = [f for p in paths for f in ([p] if p == "-" else _dir_files(p))]
    if len(files) != 1:
        return len(files) > 1
    return files[0] == "-" or Path(files[0]).suffix.lower() in (".jsonl", ".json")


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
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or warnings; data and errors only.")] = False,
) -> int:
    """Extract casualties, places, groups, quotes and dates from articles."""
    _settings["quiet"] = quiet
    categories = parse_only(only)
    published = _validate_published(published)
    if events and only:
        raise UsageProblem("--events and --only conflict: events need every category")
    if events and (resume or Engine(engine) is Engine.dask or scheduler):
        raise UsageProblem("--events merges across all inputs: not with --resume or --engine dask")
    try:
        check_paths(paths)
    except MissingPathError as exc:
        raise UsageProblem(str(exc)) from None
    if Engine(engine) is Engine.dask or scheduler:
        return _run_dask(paths, output, scheduler, workers, model, categories, published, partition_lines)
    if resume and (output is None or not jsonl):
        raise UsageProblem("--resume needs --jsonl and -o FILE")
    fmt = choose_format(json_, jsonl, csv_, table, output is None and sys.stdout.isatty())
    if fmt == "csv" and len(categories) > 1 and only:
        raise UsageProblem("--csv writes one category: give a single one with --only")
    if fmt == "csv" and not only and not events:
        categories = ("casualties",)
    for path in paths:
        if os.path.isdir(path) and not any(True for _ in _dir_files(path)):
            _warn(f"{path}: no article files in this directory")
    # Every usage check is done: only now may an output file be created or truncated.
    done_ids = completed_ids(output) if resume and output is not None else set()
    stream: IO[str] = sys.stdout
    if output is not None:
        try:
            # A large buffer: each record line reaches the file in one write, so a kill leaves
            # only complete lines behind.
            stream = open(  # noqa: SIM115 - closed below
                output, "a" if resume else "w", encoding="utf-8", buffering=1 << 20
            )
        except OSError as exc:
            raise UsageProblem(f"cannot write {str(output)!r}: {exc.strerror}") from None

    from conflict_extract.events.merge import merge_events
    from conflict_extract.io.writers import make_event_writer, make_writer
    from conflict_extract.nlp.pipeline import ModelNotFoundError
    from conflict_extract.run.runner import process_articles

    report = RunReport()
    writer = make_event_writer(fmt, stream) if events else make_writer(fmt, stream, categories)
    found_events = []
    try:
        records = process_articles(
            _articles(paths, published, report, done_ids),
            categories=categories, model=model, workers=workers,
        )
        show_progress = stderr.is_terminal and not quiet and may_hold_several_articles(paths)
        for record in _progress(records, show_progress):
            for message in record.errors:
                report.problem(f"article {record.id!r}: extraction failed for {message}")
            if events:
                found_events.extend(record.events)
            else:
                writer.write(record)
        for event in merge_events(found_events) if events else ():
            writer.write(event)
        writer.close()
    except ModelNotFoundError as exc:
        stderr.print(f"Error: {exc}", markup=False)
        return EXIT_USAGE
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    finally:
        if output is not None:
            stream.close()
    return EXIT_INPUT_PROBLEM if report.problems else 0


def _run_dask(
    paths: list[str],
    output: Path | None,
    scheduler: str | None,
    workers: int,
    model: str | None,
    categories: tuple[str, ...],
    published: str | None,
    partition_lines: int,
) -> int:
    """``--engine dask``: partitioned JSONL output in ``-o DIR``; the run summary on stdout."""
    if output is None:
        raise UsageProblem("--engine dask writes partitioned output: give a folder with -o DIR")
    try:
        from conflict_extract.run.dask_engine import run_on_dask
    except ImportError:
        raise UsageProblem(
            "--engine dask needs Dask: pip install 'conflict-extract[dask]'"
        ) from None
    try:
        summary = run_on_dask(
            paths, str(output), scheduler=scheduler, workers=workers, model=model,
            categories=categories, published=published, partition_lines=partition_lines,
        )
    except ValueError as exc:
        raise UsageProblem(str(exc)) from None
    for problem in summary["problems"]:
        _warn(problem, always=True)
    sys.stdout.write(json.dumps({k: v for k, v in summary.items() if k != "parts"}) + "\n")
    return EXIT_INPUT_PROBLEM if summary["problems"] else 0


def completed_ids(path: Path) -> set[str]:
    """Ids of the complete records in a JSONL output file; a torn last line is cut off."""
    ids: set[str] = set()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return ids
    except OSError as exc:
        raise UsageProblem(f"cannot read {str(path)!r} to resume: {exc.strerror}") from None
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


def _dir_files(path: str):
    from conflict_extract.io.reader import discover_files

    return discover_files(path)


def _silence_stdout() -> None:
    """After the reader of a pipe went away, point stdout at /dev/null so the exit flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def schema() -> None:
    """Print the JSON Schema of the article record (schema conflict-extract/1)."""
    from conflict_extract.io.schema import record_schema

    sys.stdout.write(json.dumps(record_schema(), indent=2) + "\n")


def _version_callback(value: bool) -> None:
    if value:
        sys.stdout.write(f"conflict-extract {__version__}\n")
        raise typer.Exit()


app = typer.Typer(
    cls=CliGroup,
    help="Extract casualty counts, places, groups, quoted sources and dates from conflict news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _main_options(
    version: Annotated[
        Optional[bool],  # noqa: UP045
        typer.Option("--version", callback=_version_callback, is_eager=True, help="Print the version."),
    ] = None,
) -> None:
    """conflict-extract: figures you can trust, each with the sentence it came from."""


app.command("run", cls=CliCommand)(run)
app.command("schema", cls=CliCommand)(schema)


def _register_eval() -> None:
    try:
        from conflict_extract.evaluation.evaluate import eval_command
    except ImportError:  # pragma: no cover - the evaluator is part of the package
        return
    app.command("eval", cls=CliCommand)(eval_command)


_register_eval()

extract_app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
extract_app.command(cls=CliCommand)(run)


def _stop_on_sigterm() -> None:
    """Treat SIGTERM like Ctrl-C: the record being written is finished, then exit 130."""

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


def main() -> None:
    """Entry point of ``conflict-extract``."""
    _stop_on_sigterm()
    app()


def extract_main() -> None:
    """Entry point of ``extract`` (the same as ``conflict-extract run``)."""
    _stop_on_sigterm()
    extract_app()
