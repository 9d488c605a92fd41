"""One temporal phrase plus the anchor date gives a TIMEX3 ``(value, type)``."""

from __future__ import annotations

import datetime as dt
import re

from conflict_extract.components.dates.anchoring import anchor_value
from conflict_extract.components.dates.arithmetic import parse_number
from conflict_extract.components.dates.narrative import narrative_value
from conflict_extract.components.dates.phrases import (
    CLOCK,
    CLOCK_WORDS,
    DAYPART,
    MILITARY,
    OF_THIS_YEAR,
    TIME_CONVERSION,
    TZ_AFTER,
    clean_phrase,
    spelled_days,
    spelled_decades,
    spelled_years,
    strip_prefixes,
)
from conflict_extract.components.dates.references import vague_reference
from conflict_extract.components.dates.vocabulary import (
    DEICTIC_DAYS,
    MONTH_RE,
    PART_RE,
    PARTS_OF_DAY,
    UNIT_FORMS,
    UNIT_RE,
    WEEKDAY_RE,
    WEEKDAYS,
    YEAR_SET,
)

Reading = tuple[str | None, str]


def normalise_date(
    text: str, published: dt.date | None, future: bool | None = False,
    reference: str | None = None,
) -> Reading:
    """Normalise one temporal expression to a TIMEX3-style ``(value, type)``.

    ``published`` is the anchor for relative expressions; without it they stay underspecified
    (``"XXXX-WXX-1"`` for ``Monday``, ``"XXXX-07"`` for ``July``) or ``None``. ``future`` says the
    expression points forward (``talks ... for Wednesday``): weekdays and months then resolve to
    the next one on or after the publication date instead of the latest one on or before it;
    ``None`` says the tense is unknown: a month or day of the month then takes the year that puts
    it closest to the publication date (``payable Dec. 15`` in a November article).
    ``reference`` is the story's last resolved value (``2016-12-02``, ``1989-Q3``): anaphora
    (``that same day``, ``two days later``, ``the quarter``) and a bare clock time resolve
    against it. ``type`` is one of ``date``, ``time``, ``duration``, ``set``; ``value`` is
    ``None`` when the phrase is not understood.

    >>> normalise_date("nearly three weeks ago", dt.date(2016, 12, 5))
    ('2016-W46', 'date')
    >>> normalise_date("Wednesday", dt.date(2016, 12, 6), future=True)
    ('2016-12-07', 'date')
    >>> normalise_date("the next morning", dt.date(2016, 12, 6), reference="2016-12-02")
    ('2016-12-03TMO', 'time')
    """
    try:
        return _normalise(text, published, future, reference)
    except (ValueError, OverflowError):  # "3000 years ago", "100000 days ago": out of range
        return None, "date"


def _normalise(text: str, published: dt.date | None, future: bool | None,
               reference: str | None) -> Reading:
    s = spelled_days(spelled_decades(spelled_years(clean_phrase(TIME_CONVERSION.sub(" ", text)))))
    if token := vague_reference(s):
        return token, "date"
    small_hours = _AFTER_MIDNIGHT.search(s) is not None
    if military := _military_time(s, published, future):
        return military
    s = re.sub(r"^(?:earlier|later) in the (week|month|year)$", r"this \1", s)
    s = re.sub(r"^(?:earlier|later) in the day$", "today", s)
    s = re.sub(r"^this past ", "last ", s)
    s = re.sub(r"^this coming ", "coming ", s)
    s = re.sub(rf"^((?:{MONTH_RE})(?: \d{{4}})?) month$", r"\1", s)  # "in April month"
    s = re.sub(r"^(?:the |a |one )?quarter(?: of a)? century$", "25 years", s)
    # "the year-earlier nine months": the length compared, a year back
    s = re.sub(rf"^(the |its |their )?year (?:earlier|ago) (?=\S+ (?:{UNIT_RE})$)", r"\1", s)
    # "next Sunday, March 8": the date named says which Sunday
    s = re.sub(rf"^(?:this|last|next|coming) (?=(?:{WEEKDAY_RE}) (?:{MONTH_RE}) \d)", "", s)
    s = re.sub(r" or so\b", "", s)  # "the next two years or so", "a week or so ago"
    s = re.sub(rf"^the day (?=(?:{WEEKDAY_RE})\b)", "", s)  # "during the day Friday"
    s = lower_bound(half_units(s))
    if _LAST_DAY.match(s):  # "last Oct. 23": the most recent one
        s, future = s[len("last "):], False
    s = _TRADING.sub(r"\1", s)  # "eight trading days": days all the same
    s = _IN_THE.sub(lambda m: f"{m['h']} {'am' if m['p'] == 'morning' else 'pm'}", s)
    if edge := _period_edge(s, published, future):
        return edge
    if (m := _DAY_AROUND.match(s)) and (day := normalise_date(
            m["rest"], published, future, reference)[0]) and _DAY_VALUE.match(day):
        step = 1 if m["rel"] == "after" else -1  # "the day before last Tuesday"
        return (dt.date.fromisoformat(day) + dt.timedelta(days=step)).isoformat(), "date"
    if (m := _YEAR_BACK.match(s)) and (found := _year_before(m["head"], published, future,
                                                             reference)):
        return found
    s = strip_prefixes(s)
    if not s:
        return None, "date"
    if token := vague_reference(s):
        return token, "date"
    if told := narrative_value(s, reference):
        return told
    for reading in (_of_this_year, _overnight, _part_of_today):
        if found := reading(s, published, future):
            return found
    if re.fullmatch(rf"all (?:the )?(?:day|night|{PART_RE}) ?(?:long)?", s):
        return ("P1D" if "day" in s else None), "duration"
    full = anchor_value(s, published, future, reference)
    if full is not None and full[0] is not None:
        return full
    if (m := _WEEK_OF.match(s)) and (m["d"] or m["d2"]) not in WEEKDAYS \
            and (week := _week_of(m["d"] or m["d2"], published, future)):
        return week, "date"  # "the week of March 6", "Easter week"
    if timed := _clock_time(s, published, future, reference, small_hours):
        return timed
    return full if full is not None else (None, "date")


def _week_of(day_text: str, published: dt.date | None, future: bool | None) -> str | None:
    """The ISO week holding the day ``day_text`` names; a week already under way at publication
    is this week whatever the tense (``as Easter week began`` on its Monday)."""
    day = normalise_date(day_text, published, future)[0]
    if published is not None and future is False:
        coming = normalise_date(day_text, published, True)[0]
        if coming and _DAY_VALUE.match(coming) and \
                dt.date.fromisoformat(coming).isocalendar()[:2] == published.isocalendar()[:2]:
            day = coming
    if not (day and _DAY_VALUE.match(day)):
        return None
    year, week, _ = dt.date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


_EDGE = re.compile(
    r"^(?P<lead>(?:since|by|around|about|at|until|till|before|after|from|in|near|toward|towards"
    r"|through|to) )*"
    r"(?:(?:the )*(?:very )?(?:end|beginning|start|middle|close|turn) of (?:the )?(?P<what>.+)$"
    r"|(?:the )?(?P<unit>year|month|week|quarter) end)$"
)
_THIS_UNIT = frozenset({"year", "month", "week", "quarter", "century", "decade"})


def _period_edge(s: str, published: dt.date | None, future: bool | None) -> Reading | None:
    """``year-end``, ``by the end of the month``, ``the beginning of November``: TIMEX3 gives
    the period itself (its ``mod`` says which part), so the value is the year, month or week;
    ``since year-end`` is the end of the year before."""
    if not (m := _EDGE.match(s)):
        return None
    what = m["what"] or m["unit"]
    if what in _THIS_UNIT:
        if what == "year" and s.startswith("since ") and published is not None:
            return str(published.year - 1), "date"
        what = f"this {what}"
    value, kind = normalise_date(what, published, future)
    if kind != "date" or value is None or value.startswith("P") or value.endswith("_REF"):
        return None
    return value, kind


_DAY_AROUND = re.compile(r"^(?:the )?day (?P<rel>before|after) (?P<rest>.+)$")
_IN_THE = re.compile(r"^(?:at )?(?P<h>1[0-2]|[1-9]) (?:o'clock )?in the (?P<p>morning|afternoon|evening)$")
"""``4 in the morning``: a clock hour and the half of the day it falls in."""
_WEEK_OF = re.compile(r"^(?:the )?week of (?P<d>.+)$|^(?P<d2>.+?) week$")
_TRADING = re.compile(r"\b(?:trading|business|working|school) (days?)\b")
_YEAR_BACK = re.compile(
    r"^(?P<head>(?:the|that|its|their) \D+?) (?:a year (?:ago|earlier|before)|the year before"
    r"|the previous year|the prior year|last year)$"
)


def _year_before(head: str, published: dt.date | None, future: bool | None,
                 reference: str | None) -> Reading | None:
    """``the quarter a year ago``, ``the same period the year before``: the period named,
    one year back."""
    value, kind = normalise_date(head, published, future, reference)
    if kind != "date" or not value or not re.match(r"^\d{4}(?:-|$)", value):
        return None
    return f"{int(value[:4]) - 1:04d}{value[4:]}", kind


def _military_time(s: str, published: dt.date | None, future: bool | None) -> Reading | None:
    """A 24-hour clock reading: ``at 0030 today``, ``2100 (0300 gmt)``; not ``around 2015``."""
    if (m := MILITARY.match(s)) and m["h1"] and not s.startswith("at ") and not m["rest"] \
            and f"{m['h1']}{m['m1']}" in YEAR_SET and not TZ_AFTER.search(s):
        m = None  # "around 2015": a year
    if not m:
        return None
    hour, minute = m["h1"] or m["h2"] or m["h3"], m["m1"] or m["m2"] or m["m3"]
    day = normalise_date(m["rest"], published, future)[0] if m["rest"] else None
    if day is None or not re.fullmatch(r"(?:\d{4}|XXXX)-(?:\d\d-\d\d|WXX-\d)(?:T\w+)?", day):
        day = published.isoformat() if published and not m["rest"] else "XXXX-XX-XX"
    return f"{day[:10]}T{hour}:{minute}", "time"


def _of_this_year(s: str, published: dt.date | None, future: bool | None) -> Reading | None:
    """``July of this year``, ``March last year``: the year comes after the month."""
    if (m := OF_THIS_YEAR.search(s)) and m.start() > 0:
        head = s[: m.start()].strip()
        if published is None:
            year = "XXXX"
        else:
            year = str(published.year + {"this": 0, "last": -1, "next": 1}[m["rel"]])
        value, kind = normalise_date(head, None)
        if value and value.startswith("XXXX-") and kind == "date":
            return year + value[4:], kind
    return None


def _overnight(s: str, published: dt.date | None, future: bool | None) -> Reading | None:
    """``overnight`` alone: the night before the publication day, the one a report looks back
    on (the coming night when the verb points forward: ``will be moved overnight``);
    ``Monday overnight``: the day the night ends on."""
    if s == "overnight" or s.endswith(" overnight"):
        rest = s[: -len("overnight")].strip()
        if not rest:
            if published is None:
                return None, "time"
            night = published if future else published - dt.timedelta(days=1)
            return f"{night.isoformat()}TNI", "time"
        base = anchor_value(rest, published, future)
        if base and base[0] and base[1] == "date":
            return base[0], "date"
        return (published.isoformat() if published else None), "date"
    return None


def _part_of_today(s: str, published: dt.date | None, future: bool | None) -> Reading | None:
    """``tonight``, ``last night``, ``this morning``: a part of the publication day."""
    if s in ("tonight", "last night", "this morning", "this afternoon", "this evening"):
        if published is None:
            return None, "time"
        day = published - dt.timedelta(days=1) if s == "last night" else published
        code = "NI" if s.endswith("night") else PARTS_OF_DAY[s.split()[1]]
        return f"{day.isoformat()}T{code}", "time"
    return None


_AFTER_MIDNIGHT = re.compile(r"\b(?:after|past) midnight\b")


def _clock_time(s: str, published: dt.date | None, future: bool | None,
                reference: str | None, small_hours: bool = False) -> Reading | None:
    """A clock time or part of the day with the day it falls on: ``10:35 a.m. Friday``,
    ``noon``, ``Monday at 3 pm``. A bare time belongs to the story's reference day when there is
    one (``On Friday ... at 10:35 a.m.``), else to the publication day.

    ``midnight Friday`` is the end of that Friday, ``T24:00`` (news style and ISO 8601: midnight
    belongs to the day that ends), as is a bare ``midnight`` of a narrated day or still to come;
    ``small_hours``: the phrase said ``after midnight`` (``shortly after midnight on Friday``),
    the small hours of that Friday, ``T00:00``."""
    time_code = None
    clock = next((c for c in CLOCK.finditer(s)
                  if c["mh"] or ((c["ap"] or c["m"]) and int(c["h"]) <= 24)), None)
    if clock and clock["mh"]:
        time_code = f"{clock['mh']}:{clock['mm']}"
    elif clock:
        hour = int(clock["h"]) % 12 + (12 if clock["ap"] == "pm" else 0) if clock["ap"] \
            else int(clock["h"])
        time_code = f"{hour:02d}:{clock['m'] or '00'}"
    elif daypart := DAYPART.search(s):
        word = daypart["w"]
        time_code = CLOCK_WORDS.get(word) or PARTS_OF_DAY[word]
        clock = daypart
    if time_code is None:
        return None
    day_end = time_code == CLOCK_WORDS["midnight"] and not small_hours
    s = (s[: clock.start()] + " " + s[clock.end():]).strip()
    s = strip_prefixes(" ".join(s.split()))
    s = re.sub(r"^(?:on|at|in|of) |(?: on| at| of)$", "", s).strip()
    if not s:
        day = published.isoformat() if published else "XXXX-XX-XX"
        if reference and _DAY_VALUE.match(reference):
            if day_end and (reference != day or future):
                return f"{reference}T24:00", "time"  # "On Friday ... until midnight"
            return f"{reference}T{time_code}", "time"
        return f"{day}T{'24:00' if day_end and future else time_code}", "time"
    base, _ = normalise_date(s, published, future, reference)
    if base and re.fullmatch(r"(?:\d{4}|XXXX)-(?:\d\d-\d\d|WXX-\d)(?:T[\w:]+)?", base):
        return f"{base.split('T')[0]}T{'24:00' if day_end else time_code}", "time"
    if published is None and s in DEICTIC_DAYS and ":" in time_code:
        return f"XXXX-XX-XXT{time_code}", "time"  # "tonight at 2115": the clock time is known
    return None, "time"


_AND_A_HALF = re.compile(rf"^(?P<n>.+?) (?P<u>{UNIT_RE}) and a half(?P<rest> later| earlier| ago)?$")
_RANGE = re.compile(rf"^(?P<a>\S+) (?:to|or|-) (?P<b>\S+) (?P<u>{UNIT_RE})(?P<rest> ago| later)?$")


def half_units(s: str) -> str:
    """``a minute and a half`` -> ``one and a half minutes``: the half written after the unit
    moved before it, where the number reader takes it."""
    if not (m := _AND_A_HALF.match(s)):
        return s
    n = "one" if m["n"] in ("a", "an") else m["n"]
    return f"{n} and a half {UNIT_FORMS[m['u']]}s{m['rest'] or ''}"


def lower_bound(s: str) -> str:
    """``two to three weeks`` -> ``two weeks``: a range of lengths is valued by its lower bound,
    as TimeBank does (the upper bound is a separate TIMEX3 when written with its own unit)."""
    if not (m := _RANGE.match(s)):
        return s
    low, high = parse_number(m["a"]), parse_number(m["b"])
    if not (isinstance(low, int) and isinstance(high, int) and low < high):
        return s
    unit = UNIT_FORMS[m["u"]] if low == 1 else m["u"]
    return f"{m['a']} {unit}{m['rest'] or ''}"


_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d$")
_LAST_DAY = re.compile(rf"^last (?:(?:{MONTH_RE}) \d{{1,2}}|\d{{1,2}} (?:{MONTH_RE}))$")
