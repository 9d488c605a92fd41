"""Blank lines end sentences before the parser runs."""

from __future__ import annotations

import pytest

from conflict_extract.nlp.paragraphs import mark_paragraph_starts


@pytest.mark.parametrize(
    "text, starts",
    [
        ("Clashes in Tripoli\n\nFighters shelled the airport.", ["Fighters"]),
        ("Clashes in Tripoli\n \n  Fighters shelled the airport.", ["Fighters"]),
        ("\n\nHeadline here\n\n\n\nBody text follows.\nSame paragraph.", ["Body"]),
        ("One line\nnext line, same paragraph.", []),
        ("Title\r\n\r\n\"We fled,\" she said.\n\nPolice said 4 died.", ['"', "Police"]),
        ("No breaks at all in this sentence.", []),
        ("Ends with breaks.\n\n", []),
    ],
)
def test_token_after_a_blank_line_starts_a_sentence(nlp, text, starts):
    doc = mark_paragraph_starts(nlp.make_doc(text))
    marked = [t.text for t in doc if t.is_sent_start and t.i > 0]
    assert marked == starts
