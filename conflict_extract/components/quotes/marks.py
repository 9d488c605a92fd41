"""Quotation marks: curly and straight doubles and top-level single quotes, paired paragraph by
paragraph. A paragraph left open whose successor opens with a mark again is a continued quote.
Nested single quotes stay inside the double-quoted text, and an apostrophe (``They’re``) never
closes a quote. A quotation left open longer than ``max_chars`` is an unbalanced mark."""

from __future__ import annotations

import re
from dataclasses import dataclass

from conflict_extract.components.quotes.headings import WORD_RE

OPENERS = "“„«"
CLOSERS = "”»"
STRAIGHT = '"'
SINGLE_OPENERS = "‘'"
SINGLE_CLOSERS = "’'"

_MARK_RE = re.compile(r"[“”\"„«»\n]")


@dataclass
class QuoteMarks:
    """One quoted passage as found in the text.

    ``start``/``end`` delimit the quoted words (marks excluded); ``open_mark`` is the index of the
    opening mark and ``close_mark`` that of the closing one (``None`` when a paragraph is left open
    because the quote continues in the next). ``continued`` marks the part after such a break.
    """

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    continued: bool = False
    single: bool = False

    @property
    def outer_end(self) -> int:
        """End of the quote including its closing mark."""
        return self.end if self.close_mark is None else self.close_mark + 1


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` moved inwards past whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _double_quotes(text: str, max_chars: int) -> list[QuoteMarks]:
    """Pair the double quotation marks of ``text`` (curly, straight, guillemets)."""
    found: list[QuoteMarks] = []
    open_at: int | None = None
    open_continued = False
    pending_continuation = False

    def emit(close: int | None, end: int) -> None:
        start, stop = _trimmed(text, open_at + 1, end)
        if WORD_RE.search(text, start, stop):
            found.append(QuoteMarks(start, stop, open_at, close, open_continued))

    n = len(text)
    for match in _MARK_RE.finditer(text):
        i = match.start()
        char = text[i]
        if open_at is not None and i - open_at > max_chars:
            open_at = None
        if char == "\n":
            if open_at is None:
                continue
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j < n and (text[j] in OPENERS or text[j] == STRAIGHT):
                # The paragraph is left open and the next one reopens: a continued quote.
                emit(None, i)
                pending_continuation = True
            open_at = None
            continue
        following = text[i + 1] if i + 1 < n else " "
        if char in OPENERS:
            if open_at is None:
                open_at, open_continued, pending_continuation = i, pending_continuation, False
            elif char == "“" and text[open_at] == "„":
                emit(i, i)  # German-style „...“
                open_at = None
            continue
        if char in CLOSERS:
            if open_at is not None:
                emit(i, i)
                open_at = None
            elif text[text.rfind("\n", 0, i) + 1 : i].strip() == "" and text[i + 1 : i + 3].strip():
                # A closing mark typed for an opening one at the start of a paragraph.
                open_at, open_continued, pending_continuation = i, pending_continuation, False
            continue
        if open_at is None:
            if not following.isspace():
                open_at, open_continued, pending_continuation = i, pending_continuation, False
        else:
            emit(i, i)
            open_at = None
    return found


def _single_quotes(text: str, lo: int, hi: int, max_chars: int) -> list[QuoteMarks]:
    """Top-level single-quoted passages in ``text[lo:hi]`` (a stretch outside double quotes).

    An opening mark follows a non-word character and precedes a letter; a closing mark follows a
    non-space and precedes a non-word character, so ``They’re`` and ``Syria’s`` never close.
    """
    found: list[QuoteMarks] = []
    i = lo
    while i < hi:
        char = text[i]
        if char in SINGLE_OPENERS and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "’'")):
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if nxt.isalpha() or (char == "‘" and (nxt.isdigit() or nxt == "[")):
                limit = min(hi, i + max_chars)
                j = i + 1
                close = None
                while j < limit and text[j] != "\n":
                    if (
                        text[j] in SINGLE_CLOSERS
                        and not text[j - 1].isspace()
                        and (j + 1 >= len(text) or not text[j + 1].isalnum())
                        and (char == "‘" or text[j] == "'")
                    ):
                        close = j
                        break
                    j += 1
                if close is not None:
                    start, end = _trimmed(text, i + 1, close)
                    if WORD_RE.search(text, start, end):
                        found.append(QuoteMarks(start, end, i, close, single=True))
                    i = close + 1
                    continue
        i += 1
    return found


def find_quote_marks(text: str, max_chars: int = 3000, max_single_chars: int = 300) -> list[QuoteMarks]:
    """Every quoted passage of ``text`` in order: double-quoted ones, and single-quoted ones that
    are not inside a double-quoted passage."""
    doubles = _double_quotes(text, max_chars)
    singles: list[QuoteMarks] = []
    cursor = 0
    for quote in doubles:
        singles.extend(_single_quotes(text, cursor, quote.open_mark, max_single_chars))
        cursor = quote.outer_end
    singles.extend(_single_quotes(text, cursor, len(text), max_single_chars))
    return sorted(doubles + singles, key=lambda q: q.start)
