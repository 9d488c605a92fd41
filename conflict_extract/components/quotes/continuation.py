"""Continuations: an unattributed quote that goes on with the previous statement keeps its
speaker, a paragraph left open takes the speaker of its attributed continuation, and every quote
of a speaker shares the group stated at any of them."""

from __future__ import annotations

import re

from conflict_extract.components.quotes.cues import Attribution
from conflict_extract.components.quotes.headings import TERMINATOR_RE, WORD_RE
from conflict_extract.models import Quote


def continues(text: str, previous: Attribution, current: Attribution, abbreviations: re.Pattern[str]) -> bool:
    """True if an unattributed quote goes on with the previous statement: a quoted one with
    nothing but its own attribution in between, or a reported one in the sentence just before
    (``Lavrov said Moscow would respond. "We will not tolerate this."``). A title abbreviation in
    between (``said Rep. Mica``) ends no sentence."""
    if current.marks is None:
        return False
    if current.marks.continued:
        return True
    if current.kind != "direct":
        return False
    if previous.kind == "partial" and not (
        previous.marks is not None and previous.verb is not None
        and previous.verb.idx >= previous.marks.outer_end
    ):
        return False  # a partial quote goes on only after its own '..., says X.'

    end = previous.marks.outer_end if previous.marks is not None else previous.end
    if previous.marks is None and previous.verb is not None:
        end = max(end, previous.verb.sent.end_char)  # past its own "..., Schiff said."
    gap = text[end : current.marks.open_mark]
    if len(WORD_RE.findall(gap)) > 30:
        return False
    if previous.marks is None and WORD_RE.search(gap):
        return False
    gap = abbreviations.sub(" ", gap)
    return len(TERMINATOR_RE.findall(gap.strip() + " ")) <= 1


def backfill_continued(quotes: list[Quote], items: list[Attribution]) -> None:
    """A paragraph left open takes the speaker of its continuation when only the latter is
    attributed (``“We hid for three days.¶“Then the street was gone,” said Olena.``)."""
    by_start = {item.start: item for item in items if item.marks is not None}
    for k in range(len(quotes) - 2, -1, -1):
        quote, following = quotes[k], quotes[k + 1]
        marks = by_start.get(quote.start)
        after = by_start.get(following.start)
        if (marks is not None and after is not None and marks.marks.close_mark is None
                and after.marks.continued and quote.speaker is None):
            quote.speaker, quote.speaker_name = following.speaker, following.speaker_name
            quote.speaker_group = following.speaker_group
            quote.cue, quote.outlet = following.cue, following.outlet


def share_groups(quotes: list[Quote]) -> None:
    """Give every quote of a speaker the group stated at any of that speaker's quotes."""
    known: dict[str, str] = {}
    for quote in quotes:
        if quote.speaker_name and quote.speaker_group and quote.speaker_name not in known:
            known[quote.speaker_name] = quote.speaker_group
    for quote in quotes:
        if quote.speaker_name and not quote.speaker_group:
            quote.speaker_group = known.get(quote.speaker_name)
