"""The one span index (``conflict_extract.linking``): what lies at a character range."""

from __future__ import annotations

import pytest
import spacy

from conflict_extract.linking import (
    date_in,
    group_at,
    group_named_by,
    groups_in,
    place_before,
    place_in,
    quotes_over,
    resolve_place_indexes,
)
from conflict_extract.models import Casualty, DateMention, Group, Place, Quote
from conflict_extract.nlp.extensions import register_extensions

TEXT = ("Reporting from Beirut, the monitor said shelling killed six people in Douma and two in "
        "Harasta on Monday, since Friday 40 have died, the Syrian Observatory for Human Rights said.")


def _span(word: str, nth: int = 0) -> list[int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return [start, start + len(word)]


@pytest.fixture(scope="module")
def doc():
    register_extensions()
    doc = spacy.blank("en")(TEXT)
    doc._.places = [
        Place(name="Beirut", type="city", role="reporting", spans=[_span("Beirut")]),
        Place(name="Douma", type="city", country="SY", spans=[_span("Douma")]),
        Place(name="Harasta", type="town", country="SY", spans=[_span("Harasta")]),
    ]
    doc._.dates = [
        DateMention(text="Monday", value="2016-12-05", type="date", start=_span("Monday")[0],
                    end=_span("Monday")[1]),
        DateMention(text="Friday", value="2016-12-02", type="date", start=_span("Friday")[0],
                    end=_span("Friday")[1]),
    ]
    observatory = Group(name="Syrian Observatory for Human Rights", type="monitor",
                        aliases=["Syrian Observatory for Human Rights", "monitor"],
                        spans=[_span("Syrian Observatory for Human Rights")])
    doc._.groups = [observatory]
    doc._.quotes = [Quote(text=TEXT[23:97], kind="indirect", start=23, end=97,
                          speaker="the monitor", speaker_group=observatory.name)]
    return doc


@pytest.mark.parametrize("span, anchor, expected", [
    ((0, len(TEXT)), _span("killed")[0], "Douma"),
    ((0, len(TEXT)), _span("two")[0], "Harasta"),
    ((0, _span("Douma")[0]), 0, None),  # Beirut is only where the reporter is
    ((_span("Harasta")[0], len(TEXT)), 0, "Harasta"),
])
def test_place_in(doc, span, anchor, expected):
    found = place_in(doc, span[0], span[1], anchor)
    assert (found.place.name if found else None) == expected
    if found is not None:
        assert doc._.places[found.index] is found.place


def test_place_before(doc):
    assert place_before(doc, _span("Harasta")[0], ("city",)).place.name == "Douma"
    assert place_before(doc, _span("Douma")[0], ("city", "town")) is None


@pytest.mark.parametrize("span, exclude, expected", [
    ((0, len(TEXT)), (), "2016-12-05"),
    ((_span("since")[0], len(TEXT)), (), None),  # "since Friday" bounds a period
    ((0, len(TEXT)), [tuple(_span("Monday"))], None),
])
def test_date_in(doc, span, exclude, expected):
    found = date_in(doc, span[0], span[1], _span("killed")[0], exclude)
    assert (found.value if found else None) == expected


def test_groups(doc):
    name = "Syrian Observatory for Human Rights"
    assert group_at(doc, *_span("Observatory")).name == name  # covering mention
    assert [g.name for g in groups_in(doc, 0, len(TEXT))] == [name]
    assert group_named_by(doc, "monitor", len(TEXT)).name == name
    assert group_named_by(doc, "ministry", len(TEXT)) is None


def test_quotes_over(doc):
    assert [q.speaker for q in quotes_over(doc, *_span("six people"))] == ["the monitor"]
    assert quotes_over(doc, *_span("Harasta on Monday, since")) == []


def test_resolve_place_indexes():
    figure = Casualty(outcome="killed", count=6, low=6, high=6, qualifier="exact",
                      victims="people", text="x", start=0, end=1, place_index=0)
    merged = [Place(name="Aleppo"), Place(name="Douma")]
    resolve_place_indexes([(figure, "Douma")], merged)
    assert figure.place_index == 1
