"""Datelines (``BEIRUT, Dec 5 (Reuters) -``): the publication date an article states, and
normalisation against a dateline without a year."""

from __future__ import annotations

import datetime as dt
import re

from conflict_extract.components.dates.normalise import normalise_date
from conflict_extract.components.dates.vocabulary import MONTH_RE, WEEKDAY_RE

_DATELINE = re.compile(
    rf"^[ \t]*[A-Za-z][A-Za-z .'\-]{{1,40}}(?:,[ \t]*[A-Za-z][A-Za-z .'\-]{{1,30}})?,[ \t]*"
    rf"(?:(?:{WEEKDAY_RE})[ \t]*,?[ \t]*)?"
    rf"(?P<date>(?:{MONTH_RE})\.?[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?"
    rf"|\d{{1,2}}[ \t]+(?:{MONTH_RE})\.?(?:[ \t]+\d{{4}}|[ \t]+\d\d)?)"
    rf"[ \t]*(?:\(|/|-|\u2014|\u2013)",
    re.IGNORECASE | re.MULTILINE,
)


def _dated_dateline(text: str) -> tuple[re.Match[str], str] | None:
    """The dateline match near the top of ``text`` and its day value, when it has a day."""
    m = _DATELINE.search(text[:600])
    if not m:
        return None
    value, _ = normalise_date(m["date"], None)
    if value and re.fullmatch(r"(?:\d{4}|XXXX)-\d\d-\d\d", value):
        return m, value
    return None


def dateline_value(text: str) -> str | None:
    """The date of a dateline near the top of ``text``: ``"2016-12-05"`` for ``BEIRUT, Dec 5,
    2016 (Reuters) -`` or ``san salvador, 3 jan 90 (acan-efe) --``; ``"XXXX-12-05"`` for a
    dateline without a year (``BEIRUT, Dec 5 (Reuters) -``); ``None`` without a dated dateline."""
    found = _dated_dateline(text)
    return found[1] if found else None


def dateline_place_span(text: str) -> tuple[int, int] | None:
    """Character span of the place words of a dated dateline near the top of ``text`` (``BEIRUT``
    in ``BEIRUT, Dec 5, 2016 (Reuters) -``, ``KHARTOUM`` in ``KHARTOUM, 21 January 2025 (AFP) -``):
    where the reporter files from; ``None`` without a dated dateline."""
    found = _dated_dateline(text)
    return (found[0].start(), found[0].start("date")) if found else None


def dateline_date(text: str) -> dt.date | None:
    """The publication date stated in a dateline near the top of ``text``, when it names the
    year (a year is never guessed; see :func:`dateline_value`)."""
    value = dateline_value(text)
    if value and not value.startswith("XXXX"):
        return dt.date.fromisoformat(value)
    return None


_PROXY_YEAR = 2001  # not a leap year; stands in for the unknown year of a year-less dateline
_PROXY_VALUE = re.compile(rf"^{_PROXY_YEAR}(-\d\d(?:-\d\d)?(?:T\w+(?::\d\d)?)?)$")
_WEEKDAY_WORD = re.compile(rf"\b(?:{WEEKDAY_RE}|weekend|week)\b", re.IGNORECASE)


def normalise_date_yearless(
    text: str, month: int, day: int, future: bool | None = False
) -> tuple[str | None, str]:
    """:func:`normalise_date` against a publication date whose year is unknown (a dateline such
    as ``BEIRUT, Dec 5 (Reuters) -``): day- and month-level values keep ``XXXX`` for the year
    (``yesterday`` -> ``XXXX-12-04``); whatever needs the year (weekdays, weeks, years) is
    resolved as if there were no publication date."""
    try:
        proxy = dt.date(_PROXY_YEAR, month, day)
    except ValueError:
        return normalise_date(text, None, future)
    if not _WEEKDAY_WORD.search(text) and str(_PROXY_YEAR) not in text:
        value, kind = normalise_date(text, proxy, future)
        if value and (m := _PROXY_VALUE.match(value)):
            return "XXXX" + m[1], kind
    return normalise_date(text, None, future)



_UNDATED_DATELINE = re.compile(
    r"(?:^|(?<=[.!?][ ])|(?<=\n))[ \t]*(?P<place>[A-Z][A-Z'’.]*(?:[ -][A-Z][A-Z'’.]*){0,3}"
    r"(?:,[ \t]*[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)?)"
    r"[ \t]*(?:\((?:AP|AFP|Reuters|UPI|dpa|Xinhua|CNN|IANS|PTI|ANI)\)[ \t]*)?(?:—|–|-{1,3})[ \t]"
)


def undated_dateline_place_span(text: str) -> tuple[int, int] | None:
    """Character span of the place words of an undated dateline near the top of ``text``:
    ``TORRINGTON`` in ``TORRINGTON — The city council``, ``CHARLESTON, W.Va.`` in ``CHARLESTON,
    W.Va. - A man``, ``KABUL, Afghanistan`` in ``KABUL, Afghanistan (AP) —``. The first word must
    be in capitals (a headline word before a dash is not a dateline)."""
    m = _UNDATED_DATELINE.search(text[:400])
    if m is None:
        return None
    first = m["place"].split(",")[0]
    if not first.replace(".", "").replace("'", "").replace("’", "").replace(" ", "").replace(
        "-", ""
    ).isupper() or len(first) < 3:
        return None
    return m.start("place"), m.end("place")
