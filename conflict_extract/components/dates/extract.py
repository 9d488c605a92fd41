"""Temporal expressions of a Doc with their TIMEX3 values (:func:`extract_dates`).

Each mention is resolved against the :class:`Story` of its doc: the publication date (from the
caller or a dateline), the tense around the mention, and the story's reference time -- the last
calendar value resolved before it, which anaphora (``that same day``) and bare clock times use.
Every mention says what it was resolved against (``anchor``) and carries its value in words
(``label``)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from conflict_extract.components.dates.datelines import dateline_value, normalise_date_yearless
from conflict_extract.components.dates.holidays import is_holiday, lower_case_namesake
from conflict_extract.components.dates.narrative import reference_of
from conflict_extract.components.dates.normalise import normalise_date
from conflict_extract.components.dates.not_dates import is_name, not_temporal
from conflict_extract.components.dates.phrases import ISO, clean_phrase
from conflict_extract.components.dates.quarters import (
    ORDINALS,
    QUARTER_VALUE,
    quarter_ending,
    quarter_of_month,
)
from conflict_extract.components.dates.spans import (
    HHMM,
    ONE_DAY,
    candidate_spans,
    glue_trim,
    glued_iso_dates,
    is_age,
    is_anchor,
    is_day_number,
    is_military_time,
    is_named_anchor,
    tidy_range,
)
from conflict_extract.components.dates.tense import is_someday, tense_direction
from conflict_extract.components.dates.vocabulary import (
    MONTH_RE,
    SEASONS,
    TIME_PREPOSITIONS,
    WEEKDAY_RE,
)
from conflict_extract.models import DateMention
from conflict_extract.nlp.extensions import in_skipped, register_extensions
from conflict_extract.text.timex_labels import timex_label

register_extensions()
if not Doc.has_extension("dateline"):
    # The dateline of the article a doc belongs to (``"2016-12-05"`` or ``"XXXX-12-05"``), set by
    # ``pipeline.make_docs`` on every piece of a long article: only the first piece shows it.
    Doc.set_extension("dateline", default=None)

_DIRECTIONAL = re.compile(
    rf"\b(?:{WEEKDAY_RE}|{MONTH_RE}|{'|'.join(SEASONS)}|weekend|overnight|midnight)\b"
)
"""Words whose value depends on the tense: a weekday, a month, the night or midnight a verb
looks back on or forward to."""
_PLACELESS = re.compile(r"X|^P|_REF$")
_QUARTER_WORD = re.compile(r"(?i)\b(?:quarter|period)\b")
_ORDINAL = re.compile(rf"(?i)\b(?:{'|'.join(ORDINALS)})\b")
_BARE_UNIT = re.compile(
    r"^(?:the|this|that|his|her|its|their)(?: (?:same|very|fiscal|whole|entire))?"
    r" (?:day|night|week|month|year|quarter)$|^(?:day|week|month|year)$"
)
_BARE_QUARTER = re.compile(r"^(?:the |its |their |a )?(?:fiscal |latest |most recent )?quarter$")
_REPORTING_YEAR = re.compile(r"^(?:the |its |a )?(?:fiscal |financial )?year$")


@dataclass
class Story:
    """What the dates of one doc are resolved against.

    ``published``: the publication date; ``yearless``: (month, day) of a dateline without a year
    when there is no publication date; ``headline_end``: character offset where the title line
    ends; ``reference``: the story's reference time, the last calendar value resolved (it starts
    at the publication date); ``report_quarter``: the first quarter the story names, the one a
    business report is about.
    """

    published: dt.date | None
    yearless: tuple[int, int] | None
    headline_end: int
    reference: str | None = None
    report_quarter: str | None = None

    def tell(self, told: str, text: str) -> None:
        """Move the reference time to the value ``told`` of the mention ``text``. A quarter
        named after the report's own (``after a flat second quarter``, ``losses through the
        third quarter of 1990``) is a comparison or a forecast: the story's quarter stays the one
        it reports on."""
        if QUARTER_VALUE.match(told):
            if self.report_quarter is None and self._reported(told, text):
                self.report_quarter = told
            told = self.report_quarter or told
        self.reference = told

    def reference_for(self, text: str) -> str | None:
        """The reference time for the mention ``text``: a quarter phrase (``the latest
        period``) told after a day of the report's quarter (``the quarter ended Sept. 30``) still
        means the report's quarter."""
        quarter = self.report_quarter
        if quarter and self.reference and ISO.match(self.reference) \
                and _QUARTER_WORD.search(text) and int(self.reference[:4]) == int(quarter[:4]) \
                and quarter_of_month(int(self.reference[5:7])) == int(quarter[-1]):
            return quarter
        return self.reference

    def _reported(self, quarter: str, text: str) -> bool:
        """Whether ``quarter`` can be the one a report published on ``published`` is about: a
        calendar quarter named by its number (a fiscal one is numbered differently; ``the
        quarter`` only repeats the reference) of the last year."""
        if self.published is None or "fiscal" in text.lower() or not _ORDINAL.search(text):
            return False
        back = (self.published.year * 4 + quarter_of_month(self.published.month)) - (
            int(quarter[:4]) * 4 + int(quarter[-1]))
        return 0 <= back <= 4


def story_of(doc: Doc, dateline_tokens: int = 160) -> Story:
    """The :class:`Story` of ``doc``: its publication date is ``doc._.published``; when that is
    ``None`` a dateline naming a full date supplies it (and is stored on ``doc._.published`` for
    the components that run later): the article's dateline given on ``doc._.dateline``, else one
    in the first ``dateline_tokens`` tokens."""
    published = doc._.published
    if isinstance(published, dt.datetime):
        published = published.date()
    elif isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published[:10])
        except ValueError:
            published = None
    # Doc.text joins every token on each access: read only the head of the doc, and span texts.
    headline_end = doc[:80].text.find("\n", 0, 300)
    yearless: tuple[int, int] | None = None
    if published is None:
        stated = doc._.dateline or dateline_value(doc[:dateline_tokens].text)
        if stated and stated.startswith("XXXX"):
            yearless = (int(stated[5:7]), int(stated[8:10]))
        elif stated:
            published = doc._.published = dt.date.fromisoformat(stated)
    return Story(published, yearless, headline_end,
                 published.isoformat() if published else None)


def _phrase(span: Span, text: str) -> str:
    """The text to normalise: ``at 1830``, ``before 0600``, ``1613 (2213 gmt)`` are 24-hour clock
    times (``around 2015`` is a year)."""
    doc = span.doc
    clock, lead = span[0], text
    if clock.lower_ in TIME_PREPOSITIONS and len(span) > 1:  # "since 1330 (1930 gmt)"
        clock, lead = span[1], text[span[1].idx - span.start_char:]
    if HHMM.match(clock.text) and lead.startswith(clock.text) and (
            (clock.i > 0 and doc[clock.i - 1].lower_ == "at") or is_military_time(clock)):
        return f"at {lead}"
    return text


def resolve(story: Story, span: Span, text: str) -> tuple[str | None, str, str | None]:
    """``(value, type, anchor)`` of the temporal expression ``text`` read from ``span``:
    ``anchor`` is ``absolute`` when the text alone gives the value, ``narrative`` when the story's
    reference time does, ``published`` when the publication date does."""
    if lower_case_namesake(text):
        return None, "date", None
    directional = _DIRECTIONAL.search(text.lower()) or any(is_named_anchor(t) for t in span) \
        or is_holiday(clean_phrase(text))
    future = tense_direction(span, story.headline_end) if directional else False
    phrase = _phrase(span, text)
    if story.yearless:
        value, kind = normalise_date_yearless(phrase, *story.yearless, future=future)
        return value, kind, ("published" if value else None)
    value, kind = normalise_date(phrase, story.published, future, story.reference_for(text))
    if value is None:
        return value, kind, None
    if kind in ("duration", "set") or (
            not _PLACELESS.search(value) and normalise_date(phrase, None, future)[0] == value):
        return value, kind, "absolute"
    if story.reference != (story.published.isoformat() if story.published else None) and \
            normalise_date(phrase, story.published, future)[0] != value:
        return value, kind, "narrative"
    return value, kind, "published"


def _mention(story: Story, doc: Doc, a: int, b: int) -> DateMention | None:
    """The date mention of the token range ``a:b``, or ``None`` when it is not one."""
    span = doc[a:b]
    calendar = any(is_anchor(t) or is_military_time(t) for t in span)
    if not (calendar or any(is_named_anchor(t) for t in span)) or is_age(span) \
            or is_name(span) or in_skipped(doc, span.start_char, span.end_char):
        return None
    start_char, end_char = glue_trim(span)
    text = span.text[start_char - span.start_char: end_char - span.start_char]
    cleaned = clean_phrase(text)
    if not_temporal(span, cleaned):
        return None
    value, kind, anchor = resolve(story, span, text)
    if value is None and kind == "date":
        # "the order of the month on saturday": keep the part that is understood
        inner = next((i for i in range(b - 2, a, -1) if doc[i].lower_ in ("on", "at")
                      and any(is_anchor(t) for t in doc[i + 1:b])), None)
        if inner is None:
            inner = _understood_tail(story, doc, a, b)
        if inner is not None:
            span = doc[inner + 1:b]
            start_char = span.start_char
            text = span.text[: end_char - span.start_char]
            value, kind, anchor = resolve(story, span, text)
    elif kind == "duration" and ONE_DAY.match(cleaned) and (
            (a > 0 and doc[a - 1].lower_ == "on") or (b < len(doc) and doc[b].lower_ == "when")):
        value, kind, anchor = None, "date", None  # "on a day when ...": a day, not a length
    elif kind == "duration" and cleaned == "one day" and is_someday(span):
        value, kind, anchor = "FUTURE_REF", "date", "published"
    if b < len(doc) and doc[b].lower_ in ("ended", "ending") and _REPORTING_YEAR.match(cleaned):
        value, kind, anchor = "P1Y", "duration", "absolute"  # "the year ended March 31": a length
    elif b < len(doc) and doc[b].lower_ in ("ended", "ending") and _BARE_QUARTER.match(cleaned) \
            and (ended := _day_after(story, doc, b + 1)):
        value, kind, anchor = quarter_ending(ended[0]), "date", ended[1]
    if _NTH_DAY.match(text.lower()):  # "the 40th day" is a day, not a length of 40 days
        day = _day_it_is(story, span)
        value, kind, anchor = (day[0], "date", day[1]) if day else (None, "date", None)
    if value is None and (not calendar or _BARE_UNIT.match(cleaned)):
        # "the quarter" of a city, "current" as a noun, "a great day for Poland": only
        # understood phrases; a bare unit no story time resolves says nothing about when
        return None
    return DateMention(text=text, value=value, type=kind, start=start_char, end=end_char,
                       anchor=anchor)


_NTH_DAY = re.compile(
    r"^(?:the )?(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth|thirtieth"
    r"|hundredth) day$"
)
_TODAY_SUBJECTS = frozenset({"it", "today", "this"})


def _day_it_is(story: Story, span: Span) -> tuple[str, str | None] | None:
    """``today is the eighth day of the operation``, ``Tuesday was the third day of fighting``:
    an ordinal day said to be a day names that day (its value and anchor); ``None`` when the
    phrase is no such complement (``on the third day of the siege``: the day the siege began
    is not known)."""
    head = span.root.head
    if span.root.dep_ != "attr" or head.lemma_ != "be":
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "npadvmod")), None)
    if subject is None:
        return None
    if subject.lower_ in _TODAY_SUBJECTS:
        if head.tag_ not in ("VBZ", "VBP") and subject.lower_ != "today":
            return None  # "it was the third day": of a story's time, not of today
        told = resolve(story, span.doc[subject.i: subject.i + 1], "today")
    else:
        said = span.doc[subject.left_edge.i: subject.right_edge.i + 1]
        told = resolve(story, said, said.text)
    if told[0] and _DAY_OF_MONTH.match(told[0]):
        return told[0], told[2]
    return None


def _day_after(story: Story, doc: Doc, i: int) -> tuple[dt.date, str | None] | None:
    """The day named by the tokens from ``i`` (``Sept. 30``, ``Sept. 30, 1989``), the longest
    reading that is one, with its anchor; ``None`` when they name none."""
    for j in range(min(i + 4, len(doc)), i + 1, -1):
        if any(t.is_sent_start for t in doc[i + 1:j]):
            continue
        value, _, anchor = resolve(story, doc[i:j], doc[i:j].text)
        if value and _DAY_OF_MONTH.match(value) and not value.startswith("XXXX"):
            return dt.date.fromisoformat(value), anchor
    return None


_RELATIVE_WORDS = frozenset({"next", "past", "last", "coming", "previous", "following",
                             "preceding", "first", "final", "latest", "recent", "early", "late",
                             "earlier", "later", "this", "that"})


def _understood_tail(story: Story, doc: Doc, a: int, b: int) -> int | None:
    """The token before the shortest-cut tail of ``a:b`` that is understood when the whole is
    not: words the entity recogniser glued on before the time (``coup d'etat last year``, ``an
    interview several months``); ``None`` when no tail is."""
    for i in range(a + 1, b):
        if doc[i - 1].is_punct or doc[i - 1].like_num or is_anchor(doc[i - 1]) \
                or is_named_anchor(doc[i - 1]) or doc[i].lower_ == "of" \
                or doc[i - 1].lower_ in _RELATIVE_WORDS:
            return None  # "the eighth day", "the next 12 to 18 months": one phrase
        if resolve(story, doc[i:b], doc[i:b].text)[0] is not None:
            return i - 1
    return None


def _same_month(previous: DateMention, day: Token) -> DateMention | None:
    """``25`` after ``April 24 and``: the day of the month the previous part named."""
    if previous.type != "date" or not _DAY_OF_MONTH.match(previous.value or ""):
        return None
    try:
        value = f"{previous.value[:8]}{int(day.text):02d}"
        if not value.startswith("XXXX"):
            dt.date.fromisoformat(value)
    except ValueError:
        return None
    return DateMention(text=day.text, value=value, type="date", start=day.idx,
                       end=day.idx + len(day.text), anchor=previous.anchor)


def _restated(mention: DateMention, before: DateMention, doc: Doc, a: int) -> bool:
    """``10:35 a.m. (0735 GMT)``: a bracketed GMT clock time right after a clock time restates
    it; it is no time of its own."""
    return mention.type == "time" and before.type == "time" and a > 1 \
        and doc[a - 1].text == "(" and before.end == doc[a - 2].idx + len(doc[a - 2].text) \
        and _GMT_CLOCK.match(mention.text) is not None


_GMT_CLOCK = re.compile(r"(?i)^\d{1,2}:?\d\d (?:gmt|utc)$")


def _take_apposed(mention: DateMention, before: DateMention, doc: Doc, a: int, b: int) -> None:
    """``Oct. 12, the day before the plunge``: ``the day`` set off by a comma after a date names
    that date; the day before an event that follows is not the day before the story's time."""
    if not (a > 0 and doc[a - 1].text == "," and before.end == doc[a - 1].idx
            and before.type == "date" and _DAY_OF_MONTH.match(before.value or "")):
        return
    words = mention.text.lower().split()
    if words[-1:] in (["before"], ["after"]) and b < len(doc) and (
            doc[b].pos_ in ("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ") or doc[b].tag_ == "VBG"):
        words = words[:-1]
        mention.text = mention.text[: mention.text.rindex(" ")]
        mention.end = mention.start + len(mention.text)
    if words in (["the", "day"], ["a", "day"]):
        mention.value, mention.anchor = before.value, before.anchor


_DAY_OF_MONTH = re.compile(r"^(?:\d{4}|XXXX)-\d\d-\d\d$")


def extract_dates(doc: Doc, *, dateline_tokens: int = 160) -> list[DateMention]:
    """Return the temporal expressions of ``doc`` with their TIMEX3-style values, anchors and
    labels, in text order (see :func:`story_of` for the publication date)."""
    story = story_of(doc, dateline_tokens)
    found: list[DateMention] = []
    for start, end in candidate_spans(doc):
        previous: DateMention | None = None
        for a, b in tidy_range(doc, start, end):
            mention = _mention(story, doc, a, b)
            if mention is None and previous is not None and is_day_number(doc, a, b):
                mention = _same_month(previous, doc[a])
            if mention is None:
                continue
            if found and _restated(mention, found[-1], doc, a):
                continue
            if found:
                _take_apposed(mention, found[-1], doc, a, b)
            previous = mention
            found.append(mention)
            if mention.type in ("date", "time") and (
                    told := reference_of(mention.value, mention.text)):
                story.tell(told, mention.text)
    found.extend(glued_iso_dates(doc, found))
    found.sort(key=lambda m: (m.start, m.end))
    for mention in found:
        mention.label = timex_label(mention.value, mention.type, mention.text)
    return found
