"""The groups' phrase matcher finds exactly what spaCy's PhraseMatcher(attr="LOWER") finds."""

from __future__ import annotations

import pytest
from spacy.matcher import PhraseMatcher

from conflict_extract.components.groups.phrases import LowerPhraseMatcher

PHRASES = {
    "ARMED": ["armed men", "armed gunmen"],
    "GROUP": ["al-shabaab", "islamic state", "islamic state in iraq", "u.s.", "U.S.", "rsf"],
    "WORD": ["state", "men"],
}


def _patterns(nlp, phrases):
    return [tuple(t.lower_ for t in doc) for doc in nlp.tokenizer.pipe(phrases)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Armed men attacked the post.", [("ARMED", "Armed men"), ("WORD", "men")]),
        ("Fighters of the Islamic State in Iraq fled.",
         [("GROUP", "Islamic State"), ("WORD", "State"), ("GROUP", "Islamic State in Iraq")]),
        ("Al-Shabaab and the RSF denied it.", [("GROUP", "Al-Shabaab"), ("GROUP", "RSF")]),
        ("U.S. officials said so.", [("GROUP", "U.S.")]),
        ("ISLAMIC STATE", [("GROUP", "ISLAMIC STATE"), ("WORD", "STATE")]),
        ("Islamic", []),
        ("", []),
    ],
)
def test_matches_by_start_then_length(nlp, text, expected):
    matcher = LowerPhraseMatcher()
    for label, phrases in PHRASES.items():
        matcher.add(label, _patterns(nlp, phrases))
    matcher.register(nlp.vocab.strings)
    doc = nlp.make_doc(text)
    found = [(nlp.vocab.strings[k], doc[s:e].text) for k, s, e in matcher(doc)]
    assert sorted(found, key=lambda f: text.find(f[1])) == sorted(
        expected, key=lambda f: text.find(f[1]))
    assert [(s, e) for _k, s, e in matcher(doc)] == sorted(
        ((s, e) for _k, s, e in matcher(doc)), key=lambda se: (se[0], se[1]))


def test_agrees_with_spacy_phrase_matcher_on_a_paragraph(nlp):
    text = ("Armed men from Al-Shabaab and the Islamic State in Iraq met U.S. and RSF envoys; "
            "the state said armed gunmen and men of the Islamic State left.")
    ours = LowerPhraseMatcher()
    theirs = PhraseMatcher(nlp.vocab, attr="LOWER")
    for label, phrases in PHRASES.items():
        ours.add(label, _patterns(nlp, phrases))
        theirs.add(label, list(nlp.tokenizer.pipe(phrases)))
    ours.register(nlp.vocab.strings)
    doc = nlp.make_doc(text)
    assert sorted(ours(doc)) == sorted(theirs(doc))
    assert len(theirs(doc)) > 10


def test_a_phrase_added_twice_under_one_label_matches_once(nlp):
    matcher = LowerPhraseMatcher()
    matcher.add("X", [("armed", "men"), ("armed", "men")])
    assert len(matcher(nlp.make_doc("armed men"))) == 1


def test_phrases_added_after_a_first_match_are_found(nlp):
    matcher = LowerPhraseMatcher()
    matcher.add("GROUP", _patterns(nlp, ["islamic state"]))
    matcher.register(nlp.vocab.strings)
    doc = nlp.make_doc("Islamic State and Hamas fighters")
    assert [(s, e) for _k, s, e in matcher(doc)] == [(0, 2)]
    matcher.add("GROUP", _patterns(nlp, ["hamas"]))
    assert [(s, e) for _k, s, e in matcher(doc)] == [(0, 2), (3, 4)]
