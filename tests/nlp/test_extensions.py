"""Doc extension helpers: non-prose ranges from ``doc._.skip_spans``; the words of a Doc."""

from __future__ import annotations

import pytest
import spacy

from conflict_extract.nlp.extensions import (
    doc_words,
    in_skipped,
    register_extensions,
    token_texts,
    tokens_with_lemma,
)


@pytest.fixture(scope="module")
def doc():
    register_extensions()
    doc = spacy.blank("en")("Read more: link. Troops entered the town.")
    doc._.skip_spans = [(0, 16)]
    return doc


@pytest.mark.parametrize(
    "start, end, expected",
    [(0, 4, True), (15, 17, True), (17, 23, False), (16, None, False), (3, None, True)],
)
def test_in_skipped_reads_the_docs_skip_spans(doc, start, end, expected):
    assert in_skipped(doc, start, end) is expected


def test_a_doc_without_skip_spans_skips_nothing():
    register_extensions()
    assert in_skipped(spacy.blank("en")("Troops entered the town."), 0, 6) is False


@pytest.mark.parametrize("text, present, absent", [
    ("Two Deaths were REPORTED in Mosul.", {"two", "deaths", "death", "reported", "report", "mosul"},
     {"Deaths", "killed"}),
    ("Nobody was hurt.", {"nobody", "be", "was", "hurt"}, {"no"}),
])
def test_doc_words_holds_every_lower_cased_word_and_lemma(nlp, text, present, absent):
    words = doc_words(nlp(text))
    assert present <= words and not absent & words


def test_doc_words_of_a_doc_without_lemmas_are_its_words():
    assert doc_words(spacy.blank("en")("No one Died")) == {"no", "one", "died"}


@pytest.mark.parametrize("text, lemmas, expected", [
    ("The group CLAIMED the attack and claims more.", {"claim"}, ["CLAIMED", "claims"]),
    ("Rebels carried out the raid; they carry guns.", {"carry", "raid"}, ["carried", "raid", "carry"]),
    ("Nobody was hurt.", {"claim"}, []),
])
def test_tokens_with_lemma_finds_every_token_of_those_lemmas(nlp, text, lemmas, expected):
    assert [t.text for t in tokens_with_lemma(nlp(text), lemmas)] == expected


@pytest.mark.parametrize("text", ["Troops entered Kharkiv's centre.", "", "  two  spaces "])
def test_token_texts_are_the_tokens_texts(text):
    doc = spacy.blank("en")(text)
    assert token_texts(doc) == [t.text for t in doc]
