"""Temporal expressions of a Doc with their TIMEX3 values (:func:`extract_dates`)."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span

from conflict_extract.components.dates.datelines import dateline_value, normalise_date_yearless
from conflict_extract.components.dates.normalise import normalise_date
from conflict_extract.components.dates.not_dates import is_name, not_temporal
from conflict_extract.components.dates.phrases import clean_phrase
from conflict_extract.components.dates.spans import (
    HHMM,
    ONE_DAY,
    candidate_spans,
    glue_trim,
    glued_iso_dates,
    is_age,
    is_anchor,
    is_military_time,
    tidy_range,
)
from conflict_extract.components.dates.tense import tense_direction
from conflict_extract.components.dates.vocabulary import (
    MONTH_RE,
    SEASONS,
    TIME_PREPOSITIONS,
    WEEKDAY_RE,
)
from conflict_extract.models import DateMention
from conflict_extract.nlp.extensions import in_skipped, register_extensions

register_extensions()
if not Doc.has_extension("dateline"):
    # The dateline of the article a doc belongs to (``"2016-12-05"`` or ``"XXXX-12-05"``), set by
    # ``pipeline.make_docs`` on every piece of a long article: only the first piece shows it.
    Doc.set_extension("dateline", default=None)

_DIRECTIONAL = re.compile(rf"\b(?:{WEEKDAY_RE}|{MONTH_RE}|{'|'.join(SEASONS)}|weekend)\b")


def extract_dates(doc: Doc, *, dateline_tokens: int = 160) -> list[DateMention]:
    """Return the temporal expressions of ``doc`` with their TIMEX3-style values.

    The anchor is ``doc._.published``; when it is ``None`` a dateline naming a full date supplies
    it (and is stored on ``doc._.published`` for the components that run later): the article's
    dateline given on ``doc._.dateline``, else one in its first ``dateline_tokens`` tokens.
    """
    published = doc._.published
    if isinstance(published, dt.datetime):
        published = published.date()
    elif isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published[:10])
        except ValueError:
            published = None
    # Doc.text joins every token on each access: read only the head of the doc, and span texts.
    head = doc[:80].text
    headline_end = head.find("\n", 0, 300)
    yearless: tuple[int, int] | None = None
    if published is None:
        stated = doc._.dateline or dateline_value(doc[:dateline_tokens].text)
        if stated and stated.startswith("XXXX"):
            yearless = (int(stated[5:7]), int(stated[8:10]))
        elif stated:
            published = doc._.published = dt.date.fromisoformat(stated)
    def normalise(span: Span, text: str) -> tuple[str | None, str]:
        future = tense_direction(span, headline_end) if _DIRECTIONAL.search(text.lower()) \
            else False
        phrase, clock, lead = text, span[0], text
        if clock.lower_ in TIME_PREPOSITIONS and len(span) > 1:  # "since 1330 (1930 gmt)"
            clock, lead = span[1], text[span[1].idx - span.start_char:]
        # "at 1830", "before 0600", "1613 (2213 gmt)": a 24-hour clock time; "around 2015": a year
        if HHMM.match(clock.text) and lead.startswith(clock.text) and (
                (clock.i > 0 and doc[clock.i - 1].lower_ == "at") or is_military_time(clock)):
            phrase = f"at {lead}"
        if yearless:
            return normalise_date_yearless(phrase, *yearless, future=future)
        return normalise_date(phrase, published, future=future)

    found: list[DateMention] = []
    for start, end in candidate_spans(doc):
        for a, b in tidy_range(doc, start, end):
            span = doc[a:b]
            if not any(is_anchor(t) or is_military_time(t) for t in span) or is_age(span) \
                    or is_name(span):
                continue
            if in_skipped(doc, span.start_char, span.end_char):
                continue
            start_char, end_char = glue_trim(span)
            text = span.text[start_char - span.start_char: end_char - span.start_char]
            cleaned = clean_phrase(text)
            if not_temporal(span, cleaned):
                continue
            value, kind = normalise(span, text)
            if value is None and kind == "date":
                # "the order of the month on saturday": keep the part that is understood
                inner = next((i for i in range(b - 2, a, -1) if doc[i].lower_ in ("on", "at")
                              and any(is_anchor(t) for t in doc[i + 1:b])), None)
                if inner is not None:
                    span = doc[inner + 1:b]
                    start_char = span.start_char
                    text = span.text[: end_char - span.start_char]
                    value, kind = normalise(span, text)
            elif kind == "duration" and ONE_DAY.match(cleaned) and (
                    (a > 0 and doc[a - 1].lower_ == "on")
                    or (b < len(doc) and doc[b].lower_ == "when")):
                value, kind = None, "date"  # "on a day when ...": a day, not a length of time
            found.append(DateMention(text=text, value=value, type=kind,
                                     start=start_char, end=end_char))
    found.extend(glued_iso_dates(doc, found))
    found.sort(key=lambda m: (m.start, m.end))
    return found

