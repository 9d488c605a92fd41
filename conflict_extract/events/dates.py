"""The date of an event: a figure's own date, the one date of its sentence, a period (``since``,
``over the past week``) or the publication date, as a day interval."""

from __future__ import annotations

import bisect
import datetime as dt
import re

from conflict_extract.events.intervals import ADJACENT_DAYS, Interval, duration_days, value_interval
from conflict_extract.models import ArticleRecord, Casualty, DateMention, parse_iso_date

_SENTENCE_END = re.compile(
    r"[.!?][\"”’)\]]*\s+(?=[\"“‘(]?[A-Z0-9])|\n"
    # text whose line breaks were lost: "...online reported.Major General..."
    r"|(?<=[a-z0-9)][.!?])[\"”’]?(?=[\"“]?[A-Z])"
)
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_PAST_PERIOD = re.compile(
    r"\b(?:(?:over|in|during|for)\s+(?:the\s+)?(?:past|last|previous|recent)|so far|to date|"
    r"thus far|recent)\b",
    re.IGNORECASE,
)
_SAME_PERIOD = re.compile(
    r"\b(?:in|over|during|for)\s+the\s+same\s+(?:period|time|time\s?frame|days|weeks|months)\b",
    re.IGNORECASE,
)


def _one_day(value: str | None) -> bool:
    interval = value_interval(value)
    return interval is not None and interval[0] == interval[1] and "/" not in (value or "")


def sentence_bounds(text: str) -> list[int]:
    """Start offsets of the sentences of ``text`` (a light split: enough to pair figures)."""
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text)]


def sentence_of(bounds: list[int], offset: int) -> int:
    """The index of the sentence (of :func:`sentence_bounds`) holding ``offset``."""
    return bisect.bisect_right(bounds, offset) - 1


class DateContext:
    """Resolves the date interval of a casualty figure from its value and its sentence."""

    def __init__(self, record: ArticleRecord, text: str | None, bounds: list[int] | None) -> None:
        self.published = parse_iso_date(record.published)
        self.text = text
        self.bounds = bounds
        self.dates: list[DateMention] = sorted(record.dates, key=lambda d: d.start)
        self.starts = [d.start for d in self.dates]
        days = {m.value for m in self.dates if m.type == "date" and _one_day(m.value)}
        self.article_day = days.pop() if len(days) == 1 else None
        """The one day the article names, if it names exactly one (``On 6 November ...``)."""

    def sentence_span(self, c: Casualty) -> tuple[int, int]:
        """Where the sentence(s) of casualty ``c`` start and end (its evidence without the text)."""
        if self.text is None or self.bounds is None:
            return c.start, c.end
        i = sentence_of(self.bounds, c.start)
        j = sentence_of(self.bounds, max(c.start, c.end - 1))
        end = self.bounds[j + 1] if j + 1 < len(self.bounds) else len(self.text)
        return self.bounds[i], end

    def sentence(self, c: Casualty) -> str:
        """The text of the sentence(s) of casualty ``c`` (its evidence when the text is not known)."""
        if self.text is None:
            return c.text
        lo, hi = self.sentence_span(c)
        return self.text[lo:hi]

    def resolve(
        self, c: Casualty, previous: Interval | None
    ) -> tuple[Interval | None, str | None, str | None, bool]:
        """``(interval, value, basis, stated_day)`` for casualty ``c``; basis is ``stated``,
        ``sentence`` (the one date of its sentence), ``article`` (the one day the article names),
        ``period`` (since / over the past), ``same period`` or ``published``."""
        lo, hi = self.sentence_span(c)
        sentence = self.text[lo:hi] if self.text is not None else c.text
        mentions = self.dates[bisect.bisect_left(self.starts, lo): bisect.bisect_left(self.starts, hi)]
        pub = self.published
        since = _SINCE.search(sentence)
        if since and (c.date is None or c.cumulative or any(
            m.value == c.date and m.start - lo >= since.start() for m in mentions
        )):
            after = [m for m in mentions if m.start - lo >= since.start() and m.type == "date"]
            start = value_interval(after[0].value) if after else None
            begin = start[0] if start else None
            if pub is not None or begin is not None:
                return (begin, pub), None, "period", False
        if c.date is None or duration_days(c.date) is not None:
            for m in mentions:
                days = duration_days(m.value)
                if days is not None and pub is not None and _PAST_PERIOD.search(sentence):
                    return (pub - dt.timedelta(days=days), pub), None, "period", False
        if c.date is None and previous is not None and _SAME_PERIOD.search(sentence):
            return previous, None, "same period", False
        if c.date is None:
            values = {m.value for m in mentions if m.type == "date" and value_interval(m.value)}
            if len(values) == 1:
                value = values.pop()
                interval = value_interval(value)
                return interval, value, "sentence", False
            if not values and not c.cumulative and self.article_day is not None:
                return value_interval(self.article_day), self.article_day, "article", False
        interval = value_interval(c.date)
        if interval is not None:
            return interval, c.date, "stated", interval[0] == interval[1] and "/" not in c.date
        if c.date:  # underspecified (no publication date): kept as written, not placed in time
            return None, c.date, "stated", False
        if pub is not None:
            return (pub - dt.timedelta(days=ADJACENT_DAYS), pub), None, "published", False
        return None, None, None, False
