"""The model's attribute rules applied by lookup give exactly what its attribute ruler gives."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from conflict_extract.nlp.attribute_rules import (
    AttributeTable,
    compile_rules,
    use_attribute_table,
)

COMPARED = [POS, MORPH, LEMMA, TAG, DEP]


@pytest.fixture(scope="module")
def table(model):
    table = AttributeTable(model.vocab)
    table.use(compile_rules(model.get_pipe("attribute_ruler")))
    return table


@pytest.fixture
def parsed(model, parsed_before):
    """``parsed(text)``: ``text`` through the components before the attribute ruler."""
    return lambda text: parsed_before(model, "attribute_ruler", text)


@pytest.mark.parametrize(
    "text",
    [
        "The army's 3rd Brigade said it had shelled the village.",
        "There were 12 people killed and there is no sign of a truce.",
        "Y'all know we ain't gonna stop, let's go, c'mon.",
        "He said nothin' and they gotta leave; nuthin' changed.",
        "Rebels - who'd seized Goma - weren't there.\n\nOfficials: \"No.\"",
        "Themselves, herself, nobody, everybody: could, would, should, must.",
        "  Spaces   and\ttabs\n\n\nand  blank lines  .",
        "$5,000 & 40% @ 10:35 a.m. #Idlib :) 1990s-era rifles, F-16s",
        "What is it that he is doing? Is it there? It's here, isn't it?",
    ],
)
def test_table_gives_what_the_ruler_gives(model, table, text, parsed):
    by_ruler = parsed(text)
    by_table = Doc(model.vocab).from_bytes(by_ruler.to_bytes())
    model.get_pipe("attribute_ruler")(by_ruler)
    table(by_table)
    assert by_table.to_array(COMPARED).tolist() == by_ruler.to_array(COMPARED).tolist()
    assert [str(t.morph) for t in by_table] == [str(t.morph) for t in by_ruler]


def test_words_no_rule_names_share_one_entry(model, table, parsed):
    """The lookup table grows with the rules, not with the vocabulary."""
    for word in ("Aleppo", "Kramatorsk", "Goma", "Mogadishu", "Sagaing", "Khartoum"):
        table(parsed(f"Shelling hit {word} on Monday."))
    entries = len(table._known)
    table(parsed("Shelling hit Kharkiv on Monday."))
    assert len(table._known) == entries


def test_load_swaps_the_ruler_for_the_table():
    from conflict_extract import load

    nlp = load(categories=("dates",))
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeTable)
    assert nlp("The rebels were there.")[0].pos_ == "DET"


def test_a_ruler_with_an_unsupported_pattern_is_kept():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "the", "OP": "+"}]], {"POS": "DET"})
    assert use_attribute_table(nlp) is False
    assert nlp.get_pipe("attribute_ruler") is ruler
