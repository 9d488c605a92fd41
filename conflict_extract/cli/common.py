"""What every command shares: the stderr console, exit codes, one-line errors, the run's reporter.

stdout carries data only; warnings, progress and errors go to stderr. Exit codes: 0 success,
1 some input could not be read or processed (the others' records are still written), 2 usage
error, 130 interrupted.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

import typer
from rich.console import Console
from typer.core import TyperCommand, TyperGroup

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
    """A stand-alone command (``extract``) or a sub-command."""

    def format_help(self, ctx, formatter) -> None:
        """Plain help with value names and examples (:mod:`conflict_extract.cli.help`)."""
        from conflict_extract.cli.help import format_help

        format_help(self, ctx, formatter)


@dataclass
class Reporter:
    """Warnings for one run, and the count of lost inputs that chooses the exit code."""

    quiet: bool = False
    problems: int = 0
    articles: int = 0
    seen_ids: set[str] = field(default_factory=set)

    def warn(self, message: str, *, always: bool = False) -> None:
        """A warning on stderr; ``--quiet`` silences all but those about inputs that were lost."""
        if always or not self.quiet:
            stderr.print(f"Warning: {message}", markup=False)

    def problem(self, message: str) -> None:
        """Warn about a bad input and remember it for the exit code."""
        self.problems += 1
        self.warn(message, always=True)

    def exit_code(self) -> int:
        """0 when every input was processed, else :data:`EXIT_INPUT_PROBLEM`."""
        return EXIT_INPUT_PROBLEM if self.problems else 0
