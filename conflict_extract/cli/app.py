"""The command-line applications: ``extract PATH...`` and ``conflict-extract run | eval | schema``.

The commands live beside this module (:mod:`~conflict_extract.cli.run`); here they are registered,
and the entry points treat SIGTERM like Ctrl-C.
"""

from __future__ import annotations

import json
import signal
import sys
from typing import Annotated, Optional

import typer

from conflict_extract import __version__
from conflict_extract.cli.common import CliCommand, CliGroup
from conflict_extract.cli.run import run
from conflict_extract.evaluation.evaluate import eval_command


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
    rich_markup_mode=None,
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
app.command("eval", cls=CliCommand)(eval_command)

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
