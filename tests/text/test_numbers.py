"""Reading figures: digits, number words, vague amounts, ranges and qualifiers (issue 3)."""

from __future__ import annotations

import pytest

from conflict_extract.text.numbers import find_quantities, parse_number, qualifier_range


@pytest.mark.parametrize(
    "words, expected",
    [
        (["400,000"], 400_000),
        (["12"], 12),
        (["forty", "-", "four"], 44),
        (["forty-four"], 44),
        (["Twenty", "-", "three"], 23),
        (["two", "hundred"], 200),
        (["two", "hundred", "and", "twenty"], 220),
        (["one", "hundred", "and", "five"], 105),
        (["1.5", "million"], 1_500_000),
        (["6.6", "million"], 6_600_000),
        (["three", "million"], 3_000_000),
        (["a", "dozen"], 12),
        (["two", "dozen"], 24),
        (["a", "hundred"], 100),
        (["1.000.000"], 1_000_000),
        (["eleven"], 11),
        (["sixth"], None),
        (["1.5"], None),
        (["people"], None),
    ],
)
def test_parse_number(words, expected):
    assert parse_number(words) == expected


@pytest.mark.parametrize(
    "count, qualifier, expected",
    [
        (319, "exact", (319, 319)),
        (319, "at_least", (319, None)),
        (341, "more_than", (342, None)),
        (100, "at_most", (None, 100)),
        (10, "less_than", (None, 9)),
        (40, "about", (None, None)),
    ],
)
def test_qualifier_range(count, qualifier, expected):
    assert qualifier_range(count, qualifier) == expected


def _quantities(nlp, text: str) -> list[tuple]:
    doc = nlp(text)
    return [
        (doc[q.start:q.end].text, q.count, q.low, q.high, q.qualifier)
        for q in find_quantities(doc[:])
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("At least 319 people were killed.", [("At least 319", 319, 319, None, "at_least")]),
        ("More than 2.3 million people have fled.",
         [("More than 2.3 million", 2_300_000, 2_300_001, None, "more_than")]),
        ("The war cost 1.2 billion people their savings.",
         [("1.2 billion", 1_200_000_000, 1_200_000_000, 1_200_000_000, "exact")]),
        ("Nearly half a million people fled.",
         [("Nearly half a million", 500_000, None, 500_000, "at_most")]),
        ("The harvest fell by 1.5 million tonnes.", []),
        ("More than 341 people died.", [("More than 341", 341, 342, None, "more_than")]),
        ("Nearly 100 people were killed.", [("Nearly 100", 100, None, 100, "at_most")]),
        ("Up to 60 people may have died.", [("Up to 60", 60, None, 60, "at_most")]),
        ("Fewer than 10 people were hurt.", [("Fewer than 10", 10, None, 9, "less_than")]),
        ("Some 40 people were killed.", [("Some 40", 40, None, None, "about")]),
        ("An estimated 2,000 people fled.", [("An estimated 2,000", 2000, None, None, "about")]),
        ("Dozens were killed.", [("Dozens", None, 24, 99, "vague")]),
        ("Tens of thousands of residents fled.",
         [("Tens of thousands", None, 10_000, 99_999, "vague")]),
        ("Hundreds of thousands of civilians fled.",
         [("Hundreds of thousands", None, 200_000, 999_999, "vague")]),
        ("Millions have been forced from their homes.",
         [("Millions", None, 1_000_000, None, "vague")]),
        ("Hundreds of civilians were massacred.", [("Hundreds", None, 200, 999, "vague")]),
        ("Several hundred people were arrested.",
         [("Several hundred", None, 200, 999, "vague")]),
        ("Scores died in the attacks.", [("Scores", None, 40, None, "vague")]),
        ("More than a dozen students were abducted.",
         [("More than a dozen", 12, 13, None, "more_than")]),
        ("Between 10 and 15 soldiers were killed.",
         [("Between 10 and 15", None, 10, 15, "about")]),
        ("Forty-four people were killed.", [("Forty-four", 44, 44, 44, "exact")]),
        ("Half a dozen soldiers were wounded.", [("Half a dozen", 6, None, None, "about")]),
        ("A dozen people were hurt.", [("A dozen", None, 10, 14, "vague")]),
        ("Two hundred people were wounded.", [("Two hundred", 200, 200, 200, "exact")]),
        ("At least 400,000 people have been killed.",
         [("At least 400,000", 400_000, 400_000, None, "at_least")]),
        # not head counts: ages, durations, percentages, money, years, ordinals
        ("A 12-year-old boy was killed.", []),
        ("They sought a seven-day truce.", []),
        ("The army holds 60 percent of the city.", []),
        ("The war has cost $4 billion.", []),
        ("It was the sixth time Russia vetoed a resolution.", []),
        ("The city fell to rebels in 2012.", []),
        # more people than live on Earth: a junk figure, never a count
        ("12345678901234567890 people were killed.", []),
        ("Twenty billion people fled.", []),
        ("Some 1.4 billion people live under the threat of conflict.",
         [("Some 1.4 billion", 1_400_000_000, None, None, "about")]),
    ],
)
def test_find_quantities(nlp, text, expected):
    assert _quantities(nlp, text) == expected
