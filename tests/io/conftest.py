"""Article records built by hand for the writer tests (no pipeline needed)."""

from __future__ import annotations

import pytest

from conflict_extract.models import ArticleRecord, Casualty, DateMention, Group, Place, Quote, Total

TEXT = (
    "Shelling kills 14 in El Fasher\n\nAt least 14 civilians were killed and more than 30 wounded "
    "when the Rapid Support Forces shelled a market in El Fasher on Monday, the local resistance "
    "committee said. \u201cThe market was full of women and children,\u201d said Adam Musa, a "
    "committee member, speaking from North Darfur."
)


def _span(words: str) -> tuple[str, int, int]:
    start = TEXT.index(words)
    return words, start, start + len(words)


def _quote(words: str) -> tuple[str, str, int, int]:
    text, start, end = _span(words)
    return text, "direct", start, end


def fasher_record(published: str | None = None) -> ArticleRecord:
    def casualty(outcome, count, low, qualifier, words):
        return Casualty(
            outcome, count, low, None, qualifier, "civilians", *_span(words), place="El Fasher",
            date="XXXX-WXX-1" if published is None else "2024-06-10", cause="shelling",
            perpetrator="Rapid Support Forces", attributed_to="El Fasher Resistance Committee",
        )

    return ArticleRecord(
        id="fasher", source="news/fasher.txt", title="Shelling kills 14 in El Fasher",
        published=published,
        casualties=[
            casualty("killed", 14, 14, "at_least", "At least 14 civilians were killed"),
            casualty("injured", 30, 31, "more_than", "more than 30 wounded"),
        ],
        places=[
            Place("El Fasher", "city", ["El Fasher"], "SD", "Northern Darfur", 13.628, 25.35,
                  spans=[list(_span("El Fasher")[1:])]),
            Place("North Darfur", "admin1", ["North Darfur"], "SD", role="reporting",
                  spans=[list(_span("North Darfur")[1:])]),
        ],
        quotes=[Quote(*_quote("The market was full of women and children"),
                      speaker="Adam Musa", speaker_title="committee member", cue="said",
                      speaker_span=list(_span("Adam Musa")[1:]))],
        groups=[Group("Rapid Support Forces", "armed_group", ["Rapid Support Forces", "RSF"],
                      "political_militia", "SD", spans=[list(_span("Rapid Support Forces")[1:])])],
        dates=[DateMention(
            *_span("Monday")[:1], "XXXX-WXX-1" if published is None else "2024-06-10", "date",
            *_span("Monday")[1:],
        )],
        totals={"killed": Total(14, 14, None, [list(_span("At least 14 civilians were killed")[1:])])},
    )


@pytest.fixture
def fasher():
    """Builds the hand-made El Fasher record: ``fasher(published=None)``."""
    return fasher_record


@pytest.fixture
def fasher_text() -> str:
    """The text of the El Fasher record."""
    return TEXT
