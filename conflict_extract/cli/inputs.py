"""Checking the paths of a run before any work: a mistyped path among good ones is a warning (the
others are processed, exit 1), only when none can be read is it a usage error; files that a folder
holds but the reader does not read (``.pdf``, no ending) are named, never skipped in silence."""

from __future__ import annotations

import os

from conflict_extract.cli.common import Reporter, UsageProblem
from conflict_extract.io.reader import MissingPathError, check_paths, discover_files

COMMANDS = ("run", "eval", "schema")
"""``conflict-extract`` commands that a user may type after ``extract`` by mistake."""

_SKIP_REASONS = {
    ".pdf": "PDF is not read; convert it to text first (pdftotext)",
    ".doc": "Word files are not read; save as text first",
    ".docx": "Word files are not read; save as text first",
    "": "no file ending; name it .txt, .html or .jsonl to have it read",
}


def usable_paths(paths: list[str], reporter: Reporter) -> list[str]:
    """The paths that exist; each missing one is a warning with a suggestion (exit code 1), and
    a usage error when none is left."""
    if len(paths) == 1 and paths[0] in COMMANDS and not os.path.lexists(paths[0]):
        raise UsageProblem(f"{paths[0]!r} is a command of conflict-extract: run "
                           f"`conflict-extract {paths[0]}` (extract takes article paths)")
    found, missing = [], []
    for path in paths:
        try:
            check_paths([path])
            found.append(path)
        except MissingPathError as exc:
            missing.append(str(exc))
    if not found:
        raise UsageProblem(missing[0])
    for message in missing:
        reporter.problem(f"{message}; the other inputs are processed")
    return found


def warn_skipped_files(paths: list[str], reporter: Reporter) -> None:
    """One warning per file a folder holds that the reader does not read, saying why."""
    for path in paths:
        if not os.path.isdir(path):
            continue
        skipped: list[str] = []
        for _ in discover_files(path, skipped=skipped):
            pass
        for file in skipped:
            suffix = os.path.splitext(file)[1].lower()
            reason = _SKIP_REASONS.get(suffix, f"{suffix} files are not read")
            reporter.warn(f"{file}: skipped ({reason})")
