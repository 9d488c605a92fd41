"""Helpers for the regular expressions built from word lists."""

from __future__ import annotations

import re
from collections.abc import Iterable


def first_letter_guard(words: Iterable[str]) -> str:
    """A lookahead for the first characters of ``words``, to put before their alternation.

    Python's ``re`` tries every alternative at every position of the text; the guard rejects
    a position whose character begins none of them at once. The matches stay the same.
    """
    firsts = sorted({word[0] for word in words if word})
    return "(?=[" + "".join(re.escape(c) for c in firsts) + "])" if firsts else ""
