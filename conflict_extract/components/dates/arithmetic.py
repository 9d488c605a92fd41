"""Calendar arithmetic on a publication date: numbers of units, durations, shifts by units,
the year of a year-less month or day, weekdays, seasons and weekends."""

from __future__ import annotations

import datetime as dt
import re

from conflict_extract.components.dates.vocabulary import (
    NUMBER_WORDS,
    SEASONS,
    TIME_UNITS,
    UNIT_GRANULARITY,
    UNITS,
    VAGUE_NUMBERS,
)


def parse_number(words: str) -> int | str | None:
    """``"three"`` -> 3, ``"24"`` -> 24, ``"twenty four"`` -> 24, ``"several"`` -> ``"X"``;
    ``""`` -> 1 (a bare singular unit); ``None`` when not a number."""
    words = words.strip()
    if words in ("", "a", "an", "one", "a single", "a whole", "the whole", "the entire",
                 "an entire", "a full", "all", "one full", "one whole"):
        return 1
    parts = [w for w in words.split() if w not in ("of", "and", "a", "an", "whole", "full",
                                                     "entire", "single", "more", "additional",
                                                     "extra", "further", "another")]
    if not parts and words.split()[0] in ("a", "an", "another"):
        return 1  # "an additional year", "another week"
    if not parts or parts[0] in ("the", "this", "that", "these", "those"):
        return None
    if all(p in VAGUE_NUMBERS for p in parts):
        return "X"
    total, half = 0, False
    for part in parts:
        if part.isdigit():
            total += int(part)
        elif re.fullmatch(r"\d+\.\d+", part):
            return part.rstrip("0").rstrip(".")
        elif part == "hundred":
            total = max(total, 1) * 100
        elif part in ("half", "1/2", "\u00bd") and not half:
            half = True  # "two and a half", "2 and 1/2", "half a"
        elif part in NUMBER_WORDS:
            total += NUMBER_WORDS[part]
        else:
            return None
    if half:
        return f"{total}.5"
    return total or None


def duration_value(n: int | str, unit: str, plural: bool) -> str:
    """ISO 8601 / TIMEX3 duration for ``n`` units (``"X"`` when vague)."""
    if n == 1 and plural:
        n = "X"
    if unit == "fortnight":
        return f"P{'X' if n == 'X' else 2 * int(n)}W"
    code = UNITS[unit]
    if code in _IN_YEARS and isinstance(n, int):
        return f"P{n * _IN_YEARS[code]}Y"  # "two decades": P20Y, as TimeBank writes it
    prefix = "PT" if unit in TIME_UNITS else "P"
    if isinstance(n, str) and n.endswith(".5") and (unit, code) in _HALVES:
        whole, (half, smaller) = n[:-2], _HALVES[(unit, code)]
        time = "T" if smaller in ("H", "S") or prefix == "PT" else ""
        head = f"{prefix}{whole}{code}" if whole != "0" else prefix
        return f"{head}{time if time and 'T' not in head else ''}{half}{smaller}"
    return f"{prefix}{n}{code}"


_IN_YEARS = {"DE": 10, "CE": 100}
_HALVES = {("year", "Y"): (6, "M"), ("day", "D"): (12, "H"), ("hour", "H"): (30, "M"),
           ("minute", "M"): (30, "S")}
"""Half a unit in the next smaller one: ``2 1/2 years`` is ``P2Y6M``, ``5 1/2 hours``
``PT5H30M``."""


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    """The TIMEX3 value of a month: ``2016-07``."""
    return f"{year:04d}-{month:02d}"


def _shift_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _at_granularity(day: dt.date, granularity: str) -> str:
    if granularity == "day":
        return day.isoformat()
    if granularity == "week":
        return _iso_week(day)
    if granularity == "month":
        return month_value(day.year, day.month)
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "decade":
        return f"{day.year // 10:03d}"
    return f"{day.year // 100:02d}"


def shift_date(pub: dt.date, n: int, unit: str) -> str | None:
    """The date ``n`` units from ``pub`` (negative: back), at the unit's granularity."""
    code = UNITS[unit]
    if unit in TIME_UNITS:
        return pub.isoformat()
    if unit == "fortnight":
        n, code = 2 * n, "W"
    if code == "D":
        return (pub + dt.timedelta(days=n)).isoformat()
    if code in ("W", "WE"):
        return _iso_week(pub + dt.timedelta(weeks=n))
    if code == "M":
        return month_value(*_shift_months(pub, n))
    years = {"Y": 1, "DE": 10, "CE": 100}[code] * n
    try:
        shifted = pub.replace(year=pub.year + years)
    except ValueError:  # 29 February
        shifted = pub.replace(year=pub.year + years, day=28)
    return _at_granularity(shifted, UNIT_GRANULARITY[code])


def resolve_weekday(pub: dt.date | None, weekday: int, how: str) -> str:
    """Resolve a weekday: ``past`` (on/before ``pub``), ``future`` (on/after), ``last`` (strictly
    before), ``next`` (strictly after), ``this`` (in the same ISO week). Without a tense
    (``nearest``) a weekday is read as past: news reports what happened."""
    if pub is None:
        return f"XXXX-WXX-{weekday}"
    how = "past" if how == "nearest" else how
    today = pub.isoweekday()
    if how == "this":
        day = pub + dt.timedelta(days=weekday - today)
    elif how in ("past", "last"):
        back = (today - weekday) % 7
        if how == "last" and back == 0:
            back = 7
        day = pub - dt.timedelta(days=back)
    else:
        ahead = (weekday - today) % 7
        if how == "next" and ahead == 0:
            ahead = 7
        day = pub + dt.timedelta(days=ahead)
    return day.isoformat()


def month_year(pub: dt.date, month: int, how: str) -> int:
    """The year of a year-less month: ``past`` (most recent, this month included), ``future``
    (next, this month included), ``last``/``next`` (strictly), ``this`` (the same year),
    ``nearest`` (the year that puts the month closest to ``pub``, see :func:`_ahead_penalty`)."""
    if how == "this":
        return pub.year
    if how == "nearest":
        return min((pub.year, pub.year - 1, pub.year + 1),
                   key=lambda y: _ahead_penalty(y * 12 + month - pub.year * 12 - pub.month))
    if how in ("past", "last"):
        return pub.year if month < pub.month or (month == pub.month and how == "past") \
            else pub.year - 1
    return pub.year if month > pub.month or (month == pub.month and how == "future") \
        else pub.year + 1


def day_month_year(pub: dt.date, month: int, day: int, future: bool | None) -> int | None:
    """The year of a year-less day and month, the most recent on/before ``pub`` (or the next
    on/after it in future context; the closer of the two when the tense is unknown, see
    :func:`_ahead_penalty`)."""
    if future is None:
        years = [y for y in (pub.year, pub.year - 1, pub.year + 1) if _valid(y, month, day)]
        return min(years, key=lambda y: _ahead_penalty((dt.date(y, month, day) - pub).days),
                   default=None)
    for year in ((pub.year, pub.year + 1) if future else (pub.year, pub.year - 1)):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if (candidate >= pub) if future else (candidate <= pub):
            return year
    return None


def weekday_year(pub: dt.date, month: int, day: int, weekday: int) -> int | None:
    """The year, of the three around ``pub``, in which ``day`` ``month`` falls on ``weekday``
    (ISO, Monday 1): ``Monday, Oct. 26`` in an article of 25 October 1998 is 1998 whatever the
    verb's tense; the closest of those that do, ``None`` when none does."""
    years = [y for y in (pub.year, pub.year - 1, pub.year + 1)
             if _valid(y, month, day) and dt.date(y, month, day).isoweekday() == weekday]
    return min(years, key=lambda y: abs((dt.date(y, month, day) - pub).days), default=None)


_FAR_DAYS, _NEAR_DAYS = 240, 120


def plausible_year(pub: dt.date, year: int | None, month: int, day: int,
                   tensed: bool = False) -> int | None:
    """``year`` for a year-less month or day, unless that puts it more than eight months from
    ``pub`` while the year on the other side puts it within four: ``Jan. 14`` in a 5 January
    article is that January whatever the verb's tense (``must be returned by Jan. 14``), and
    ``in March`` in a February article about a planned vote is not last year's March. It also
    overrules the tense read from the parse, which a date hung on a noun (``to stock of record
    Nov. 22``) or a clause's main verb (``announced the plan Aug. 21``) often misleads;
    ``tensed`` (the year came from a tense) narrows the override to :data:`_TENSED_LIMITS`."""
    if year is None or not _valid(year, month, day):
        return year
    far = abs((dt.date(year, month, day) - pub).days)
    other = year + (1 if dt.date(year, month, day) < pub else -1)
    limits = _TENSED_LIMITS if tensed else (_FAR_DAYS, _NEAR_DAYS)
    if far > limits[0] and _valid(other, month, day) \
            and abs((dt.date(other, month, day) - pub).days) < limits[1]:
        return other
    return year


_TENSED_LIMITS = (300, 45)
"""A tense is trusted further: a month ten months back (or ahead) stays so unless the other one
is within about six weeks (``in early November`` in a late-October article; ``changed ... in
December`` told then is last December)."""


def _ahead_penalty(distance: int) -> float:
    """How far a reading lies from the publication date, a future one counting double: with no
    tense to go by, news reports what happened (``from $29.75 in March`` in October is the
    past March) unless the coming one is much closer (``the Jan. 14 deadline`` on 5 January)."""
    return 2 * distance if distance > 0 else -distance


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def resolve_season(pub: dt.date | None, season: str, how: str) -> str:
    """The TIMEX3 value of a season (``2016-SU``) in the direction ``how`` (see
    :func:`month_year`); ``XXXX-SU`` without a publication date."""
    code = SEASONS[season]
    if pub is None:
        return f"XXXX-{code}"
    start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    if how == "this":
        return f"{pub.year}-{code}"
    year = month_year(pub, start, "past" if how == "nearest" else how)
    return f"{year}-{code}"



def resolve_weekend(pub: dt.date, how: str) -> str:
    """ISO week of the weekend meant: ``past`` the latest begun on/before ``pub``."""
    how = "past" if how == "nearest" else how
    if how == "this":
        return f"{_iso_week(pub)}-WE"
    saturday = pub + dt.timedelta(days=6 - pub.isoweekday())
    if how in ("past", "last") and saturday > pub:
        saturday -= dt.timedelta(weeks=1)
    elif how == "next" and saturday <= pub:
        saturday += dt.timedelta(weeks=1)
    return f"{_iso_week(saturday)}-WE"


def expand_year(yy: int) -> int:
    """A two-digit year in full: ``90`` -> 1990, ``16`` -> 2016."""
    return 1900 + yy if yy >= 30 else 2000 + yy

