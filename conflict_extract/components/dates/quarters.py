"""Quarters and halves of the (fiscal) year: ``the third quarter``, ``third-quarter``, ``the
latest quarter``, ``the year-earlier quarter``, ``this year's first half``, ``fiscal 1998``.

Business news counts in quarters: a quarter without a year belongs to the publication year
(unless it starts two or more quarters later: ``fourth-quarter profit`` in January is last
year's), and ``the quarter`` or ``the latest period`` is the one the story is about (the quarter
it reports on, see ``extract.Story``) or else the last quarter completed before publication.
"""

from __future__ import annotations

import datetime as dt
import re

ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4}
"""Ordinal words that number a quarter or a half."""

_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "a", "an", "of", "fiscal",
                          "calendar", "financial"})
_CURRENT = frozenset({"this", "current", "present"})
_STORY = frozenset({"latest", "most", "recent", "same", "that", "comparable", "corresponding",
                    "reporting", "just", "ended", "completed"})
_BEFORE = frozenset({"previous", "prior", "preceding"})
_AFTER = frozenset({"next", "coming", "following"})
_YEAR_SHIFTS = {("year", "earlier"): -1, ("year", "ago"): -1, ("last", "year"): -1,
                ("next", "year"): 1, ("this", "year"): 0, ("prior", "year"): -1,
                ("previous", "year"): -1}
QUARTER_VALUE = re.compile(r"^(?P<y>\d{4})-Q(?P<q>[1-4])$")
"""A TIMEX3 quarter value: ``1989-Q3``."""
_FISCAL_YEAR = re.compile(r"^(?:the )?fiscal (?:year )?(?P<y>\d{4})$")
_WHOLE_YEAR = re.compile(r"^the (?:(?:full|whole|entire|current|fiscal|financial|calendar) )*year$")


def quarter_of_month(month: int) -> int:
    """The calendar quarter (1-4) a month (1-12) falls in."""
    return (month - 1) // 3 + 1


def quarter_ending(day: dt.date) -> str:
    """The calendar quarter a three-month period ending on ``day`` mostly falls in: ``the
    quarter ended Sept. 30`` is ``1989-Q3``, ``ended July 31`` ``1989-Q2`` (May to July), ``ended
    Jan. 2`` the fourth quarter of the year before."""
    middle = day.year * 12 + day.month - 1 - (1 if day.day >= 15 else 2)
    return f"{middle // 12}-Q{quarter_of_month(middle % 12 + 1)}"


def quarter_value(s: str, published: dt.date | None, reference: str | None) -> str | None:
    """The TIMEX3 value of a cleaned quarter or half phrase (``1989-Q3``, ``1990-H1``, ``1998``
    for ``fiscal 1998``); ``None`` when ``s`` is not one. ``reference`` is the story's last
    resolved value: ``the quarter`` is its quarter when it names one."""
    if m := _FISCAL_YEAR.match(s):
        return m["y"]
    if _WHOLE_YEAR.match(s):  # "for the year", "the current fiscal year": the reporting year
        return str(published.year) if published else None
    if m := _HALF_IN_QUARTERS.match(s):  # "the first two quarters of 1990": a half
        year = m["y"] or (str(published.year) if published else "XXXX")
        return f"{year}-H{1 if m['which'] == 'first' else 2}"
    words = s.split()
    if not words or words[-1] not in ("quarter", "half", "period"):
        return None
    unit, words = words[-1], words[:-1]
    year_shift, year, index, relation = None, None, None, None
    for i, word in enumerate(words):
        pair = (word, words[i + 1]) if i + 1 < len(words) else None
        if pair in _YEAR_SHIFTS:
            year_shift = _YEAR_SHIFTS[pair]
        elif re.fullmatch(r"1[89]\d\d|20\d\d", word):
            year = int(word)
        elif word in ORDINALS:
            index = ORDINALS[word]
        elif word in ("year", "earlier", "ago", "last", "next", "prior", "previous") and (
                year_shift is not None or (i > 0 and (words[i - 1], word) in _YEAR_SHIFTS)):
            continue
        elif word in _CURRENT | _STORY | _BEFORE | _AFTER | {"last", "final"}:
            relation = word
        elif word not in _DETERMINERS:
            return None
    if unit == "half":
        return _half(index, year, year_shift, published)
    if unit == "period" and index is None and not QUARTER_VALUE.match(reference or ""):
        # "the same period" is a quarter only in a story told in quarters; "the 1988 period"
        return str(year) if year and relation is None and year_shift is None else None
    if index is None and relation == "final":
        index = 4
    if index is None and year is None and words[:1] in (["a"], ["an"]):
        return None  # "in a quarter that produced a loss", "a quarter of the market": no one quarter
    return _quarter(index, year, year_shift, relation, published, reference)


_HALF_IN_QUARTERS = re.compile(r"^(?:the )?(?P<which>first|last) (?:two|2) quarters(?: of (?P<y>\d{4}))?$")
_QUARTER_LENGTH = re.compile(
    r"^(?:the )?(?:(?:past|last|next|previous|coming) )?(?P<n>two|three|several|few|2|3) quarters$"
)


def quarter_length(s: str) -> str | None:
    """``the past two quarters`` -> ``P2Q``, ``several quarters`` -> ``PXQ``: a length counted in
    quarters; ``None`` when ``s`` is not one."""
    if not (m := _QUARTER_LENGTH.match(s)):
        return None
    n = {"two": "2", "three": "3", "several": "X", "few": "X"}.get(m["n"], m["n"])
    return f"P{n}Q"


def _half(index: int | None, year: int | None, shift: int | None,
          published: dt.date | None) -> str | None:
    if index not in (1, 2):
        return None
    if year is None:
        if published is None:
            return f"XXXX-H{index}"
        year = published.year + (shift or 0)
    return f"{year}-H{index}"


def _quarter(index: int | None, year: int | None, shift: int | None, relation: str | None,
             published: dt.date | None, reference: str | None) -> str | None:
    if index is not None:
        if year is None and published is None:
            return f"XXXX-Q{index}"
        if year is None and shift is None and index > quarter_of_month(published.month) + 1:
            year = published.year - 1  # "fourth-quarter profit" in January: last year's
        return f"{year if year is not None else published.year + (shift or 0)}-Q{index}"
    story = QUARTER_VALUE.match(reference or "")
    if relation in _CURRENT and published is not None:
        base = (published.year, quarter_of_month(published.month))
    elif story:
        base = (int(story["y"]), int(story["q"]))
    elif published is not None:
        base = _step((published.year, quarter_of_month(published.month)), -1)
    else:
        return "XXXX-QX"
    if relation in _BEFORE or (relation == "last" and shift is None):
        base = _step(base, -1)
    elif relation in _AFTER:
        base = _step(base, 1)
    if shift:
        base = (base[0] + shift, base[1])
    if year is not None:  # "the 1988 quarter": the story's quarter of the year it names
        base = (year, base[1])
    return f"{base[0]}-Q{base[1]}"


def _step(quarter: tuple[int, int], n: int) -> tuple[int, int]:
    index = quarter[0] * 4 + quarter[1] - 1 + n
    return index // 4, index % 4 + 1
