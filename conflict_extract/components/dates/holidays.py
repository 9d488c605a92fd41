"""Named holidays (``Christmas``, ``Thanksgiving Day``, ``Easter``, ``Eid al-Fitr``, ``Ramadan``,
``Nowruz``) and their date in the year meant.

The holiday table is data (``data/dates/holidays.json``): fixed Gregorian days, the n-th weekday
of a month, days from Western or Orthodox Easter (dateutil's Easter algorithms) and days of the
Islamic calendar, converted with ``hijridate`` (the Umm al-Qura calendar, 1343-1500 AH, about
1924-2077): Islamic feasts move about eleven days a year through the Gregorian calendar, so no
fixed table can hold them.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from hijridate import Gregorian, Hijri

from conflict_extract.components.dates.phrases import clean_phrase
from conflict_extract.lexicon import load_json


@cache
def holiday_table() -> dict[str, dict]:
    """The holiday rules of ``data/dates/holidays.json``, by kind."""
    return load_json("dates/holidays.json")


@cache
def holiday_names() -> dict[str, str]:
    """Every holiday name of the table, cleaned as phrases are (``new year day``), to the name
    as the table spells it (``new year's day``)."""
    return {clean_phrase(name): name for names in holiday_table().values() for name in names}


@cache
def _capitalised() -> re.Pattern:
    """The names the table holds only when capitalised, as one case-blind pattern."""
    names = sorted(holiday_table()["capitalised"], key=len, reverse=True)
    return re.compile(r"(?i)\b(?:" + "|".join(r"[\s-]+".join(map(re.escape, n.split()))
                                            for n in names) + r")\b")


def lower_case_namesake(text: str) -> bool:
    """Whether ``text`` names a holiday that is one only when capitalised, in lower case: ``on
    election day`` is any country's polling day, ``Election Day`` the US one."""
    return any(not all(w[:1].isupper() for w in m[0].replace("-", " ").split())
               for m in _capitalised().finditer(text))


_YEAR_AFTER = re.compile(r"^(?P<name>.+?)(?: of)? (?P<y>1[89]\d\d|20\d\d)$")


def holiday_on(name: str, year: int) -> str | None:
    """The TIMEX3 value of holiday ``name`` in Gregorian ``year`` (``2016-12-25``; ``2016-06``
    for Ramadan, the month holding its middle day); ``None`` when unknown or out of range."""
    table = holiday_table()
    try:
        if name in table["fixed"]:
            month, day = table["fixed"][name]
            return dt.date(year, month, day).isoformat()
        if name in table["nth_weekday"]:
            return _nth_weekday(year, *table["nth_weekday"][name]).isoformat()
        if name in table["easter"]:
            return (easter(year, EASTER_WESTERN)
                    + dt.timedelta(days=table["easter"][name])).isoformat()
        if name in table["orthodox_easter"]:
            return (easter(year, EASTER_ORTHODOX)
                    + dt.timedelta(days=table["orthodox_easter"][name])).isoformat()
        if name in table["hijri"]:
            return _hijri_in_year(year, *table["hijri"][name], days=1)
        if name in table["hijri_month_long"]:
            return _hijri_in_year(year, table["hijri_month_long"][name], 15, days=30)
    except (ValueError, OverflowError):  # outside the Umm al-Qura range
        return None
    return None


def _nth_weekday(year: int, month: int, weekday: int, n: int, after: int = 0) -> dt.date:
    """The ``n``-th (``-1``: last) ISO ``weekday`` of ``month``, moved ``after`` days on."""
    if n > 0:
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    else:
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        day = last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    return day + dt.timedelta(days=after)


def _hijri_in_year(year: int, month: int, day: int, days: int) -> str | None:
    """The Gregorian day (or, for a month-long feast, month) of Islamic ``month``/``day`` that
    falls in Gregorian ``year`` (the first, when a year holds two)."""
    first_hijri = Gregorian(year, 1, 1).to_hijri().year
    for hijri_year in (first_hijri, first_hijri + 1):
        day_of = Hijri(hijri_year, month, day).to_gregorian()
        gregorian = dt.date(day_of.year, day_of.month, day_of.day)
        if gregorian.year == year:
            return gregorian.isoformat() if days == 1 else f"{year:04d}-{gregorian.month:02d}"
    return None


def _split_year(phrase: str) -> tuple[str, str | None]:
    """A cleaned holiday phrase and the year written after it: ``christmas 2015`` ->
    (``christmas``, ``2015``), ``christmas`` -> (``christmas``, None)."""
    if m := _YEAR_AFTER.match(phrase):
        return m["name"], m["y"]
    return phrase, None


def is_holiday(phrase: str) -> bool:
    """Whether the cleaned ``phrase`` names a holiday of the table (``election day``,
    ``christmas 2015``)."""
    return _split_year(phrase)[0] in holiday_names()


def holiday_value(phrase: str, published: dt.date | None, how: str) -> str | None:
    """The value of a cleaned holiday phrase: ``christmas 2015`` -> ``2015-12-25``; a year-less
    ``christmas`` against ``published``: ``past`` the latest on/before it, ``future`` the next
    on/after it, ``this`` the one of the same year, ``nearest`` the closer of the two; ``None``
    when the phrase is not a holiday, ``XXXX-12-25`` (or ``None`` for a movable feast) without a
    publication date."""
    phrase, year_text = _split_year(phrase)
    if phrase not in holiday_names():
        return None
    phrase = holiday_names()[phrase]
    if year_text:
        return holiday_on(phrase, int(year_text))
    if published is None:
        fixed = holiday_table()["fixed"].get(phrase)
        return f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else None
    if how == "this":
        return holiday_on(phrase, published.year)
    candidates = [v for y in (published.year - 1, published.year, published.year + 1)
                  if (v := holiday_on(phrase, y))]
    before = [v for v in candidates if v[:len(v)] <= published.isoformat()[:len(v)]]
    after = [v for v in candidates if v[:len(v)] >= published.isoformat()[:len(v)]]
    if how in ("past", "last"):
        return before[-1] if before else None
    if how in ("future", "next"):
        return after[0] if after else None
    return min(candidates, key=lambda v: abs(_day_of(v) - published), default=None)


def _day_of(value: str) -> dt.date:
    return dt.date.fromisoformat(value if len(value) == 10 else value + "-15")
