"""Article ids from file paths: unique, readable and the same on every run.

A file found in a folder given on the command line is named by its path relative to that folder,
without its ending (``may/story.txt`` under ``news/`` is ``may/story``), so ``may/story.txt`` and
``june/story.txt`` no longer collide; a file named on the command line is its stem. Two files of
one folder that differ only in their ending (``sudan.txt``, ``sudan.html``) both keep the ending
(``sudan.txt``, ``sudan.html``), whatever order they are read in. An id still taken by an earlier
argument gets ``-2``, ``-3`` ... in command-line order.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from pathlib import PurePath


def relative_id(file: str, argument: str, keep_suffix: bool = False) -> str:
    """The id of ``file`` found under ``argument`` (a folder, or the file itself)."""
    if os.path.isdir(argument):
        relative = PurePath(os.path.relpath(file, argument))
    else:
        relative = PurePath(PurePath(file).name)
    if not keep_suffix:
        relative = relative.with_suffix("")
    return relative.as_posix()


def folder_ids(files: Iterable[str], argument: str) -> dict[str, str]:
    """Ids of the files found under one command-line ``argument``, unique among themselves."""
    files = list(files)
    plain = {file: relative_id(file, argument) for file in files}
    counts = Counter(plain.values())
    return {
        file: relative_id(file, argument, keep_suffix=True) if counts[name] > 1 else name
        for file, name in plain.items()
    }


class UniqueIds:
    """Hands out ids in input order; an id already handed out gets the first free ``-N``."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def claim(self, wanted: str) -> str:
        """``wanted`` if free, otherwise ``wanted-2``, ``wanted-3`` ...; the result is now taken."""
        name, number = wanted, 1
        while name in self.taken:
            number += 1
            name = f"{wanted}-{number}"
        self.taken.add(name)
        return name
