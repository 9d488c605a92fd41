"""Helpers for the regular expressions built from word lists."""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex


def first_letter_guard(words: Iterable[str]) -> str:
    """A lookahead for the first characters of ``words``, to put before their alternation.

    Python's ``re`` tries every alternative at every position of the text; the guard rejects
    a position whose character begins none of them at once. The matches stay the same.
    """
    firsts = sorted({word[0] for word in words if word})
    return "(?=[" + "".join(re.escape(c) for c in firsts) + "])" if firsts else ""


def ending_pattern(pattern: str, flags: int = 0) -> regex.Pattern:
    """Compile ``pattern``, a cue that must end where the text ends (``...\\s+of\\s+$``), to be
    searched from the end.

    Context cues are searched in the few dozen characters before a name; Python's ``re`` tries
    the whole pattern at every one of them, while the ``regex`` package's ``REVERSE`` mode starts
    at the end and fails at once where the last words do not fit. Whether a cue is found is the
    same; for ``group()``, greedy parts reach as far left as the leftmost match ``re`` finds. For
    ``search`` only (``match`` and ``finditer`` mean other things in reverse). ``flags`` are
    ``re`` flags (``regex`` gives them the same values).
    """
    if not pattern.endswith("$"):
        raise ValueError(f"an ending pattern must end in '$': {pattern!r}")
    return regex.compile(pattern, flags | regex.REVERSE | regex.VERSION0)
