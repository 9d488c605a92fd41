"""The model's lemmatizer asked once per word form gives exactly the lemmas it gives token by token."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import LEMMA
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

from conflict_extract.nlp import lemma_memo
from conflict_extract.nlp.lemma_memo import LemmaMemo, use_lemma_memo


@pytest.fixture
def memo(model):
    memo = LemmaMemo(model.vocab)
    memo.use(model.get_pipe("lemmatizer"))
    return memo


@pytest.fixture
def tagged(model, parsed_before):
    """``tagged(text)``: ``text`` through the components before the lemmatizer."""
    return lambda text: parsed_before(model, "lemmatizer", text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 12 villagers and wounded dozens; the attackers fled towards the hills.",
        "The ministers were meeting. They meet again; the meeting was their third meeting.",
        "Better, best, worse, worst: geese, mice, children, feet, teeth, people, data.",
        "He's been saying it'd happen. She'd said so. They're leaving, aren't they?",
        "Bombed, bombing, bombs; shelled, shelling, shells; seized, seizes, seizing.",
        "Houthi forces said U.S. strikes hit Sanaa's airport on Saturday. NATO's HQ.",
        "  Spaces   and\ttabs\n\nand blank lines .",
        "",
    ],
)
def test_memo_gives_what_the_lemmatizer_gives(model, memo, text, tagged):
    by_model = tagged(text)
    by_memo = Doc(model.vocab).from_bytes(by_model.to_bytes())
    model.get_pipe("lemmatizer")(by_model)
    memo(by_memo)
    assert by_memo.to_array([LEMMA]).tolist() == by_model.to_array([LEMMA]).tolist()


def test_the_same_form_in_another_role_gets_its_own_lemma(model, memo, tagged):
    doc = memo(tagged("The attacks continued as militants attacks the base."))
    assert [t.lemma_ for t in doc if t.lower_ == "attacks"] == [
        t.lemma_ for t in model("The attacks continued as militants attacks the base.")
        if t.lower_ == "attacks"
    ]


def test_a_lemma_set_before_is_kept(model, memo, tagged):
    doc = tagged("Troops were killed.")
    doc[1].lemma_ = "be-kept"
    memo(doc)
    assert doc[1].lemma_ == "be-kept" and doc[2].lemma_ == "kill"


def test_the_memo_starts_afresh_past_its_limit(model, memo, monkeypatch, tagged):
    monkeypatch.setattr(lemma_memo, "MEMO_LIMIT", 3)
    memo(tagged("Rebels seized two towns and shelled a third."))
    assert len(memo.memo) > 3
    doc = memo(tagged("Soldiers died."))
    assert len(memo.memo) <= 3 and doc[1].lemma_ == "die"


def test_load_puts_the_memo_in_front_of_the_lemmatizer():
    from conflict_extract import load

    nlp = load(categories=("dates",))
    assert isinstance(nlp.get_pipe("lemmatizer"), LemmaMemo)
    assert [t.lemma_ for t in nlp("Militants were killed.")] == ["militant", "be", "kill", "."]


def test_the_memo_shows_the_lemmatizers_tables(model, memo):
    assert memo.lookups is model.get_pipe("lemmatizer").lookups
    assert memo.mode == "rule" and "lemma_index" in memo.lookups.tables


class _ContextLemmatizer(Lemmatizer):
    """A lemmatizer that reads more than the token's form, POS and morphology."""

    def rule_lemmatize(self, token):
        return [token.head.text]


def test_a_lemmatizer_reading_more_than_the_form_is_kept(model):
    nlp = spacy.blank("en")
    custom = _ContextLemmatizer(nlp.vocab, None, mode="rule")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})  # a placeholder to replace
    nlp._components[-1] = ("lemmatizer", custom)
    assert use_lemma_memo(nlp) is False
    assert nlp.get_pipe("lemmatizer") is custom


def test_a_pipeline_without_a_lemmatizer_is_left_alone():
    nlp = spacy.blank("en")
    assert use_lemma_memo(nlp) is False
    assert "lemmatizer" not in nlp.pipe_names
