"""Membership of token hashes in a sorted hash array: the same answer as a set, for any Doc."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.attrs import LOWER

from conflict_extract.nlp.hashes import member_mask, sorted_hashes


@pytest.mark.parametrize("text, words, expected", [
    ("Troops said the attack killed 12", {"said", "killed"}, [1, 4]),
    ("SAID Said said", {"said"}, [0, 1, 2]),
    ("nothing to see", {"said"}, []),
    ("zzz", {"a", "zzzz", "zz"}, []),  # past the largest hash and between hashes
    ("a said", set(), []),
])
def test_member_mask_marks_the_tokens_whose_word_is_wanted(text, words, expected):
    doc = spacy.blank("en")(text)
    mask = member_mask(doc.to_array(LOWER), sorted_hashes(words))
    assert numpy.flatnonzero(mask).tolist() == expected


def test_sorted_hashes_are_sorted_and_unique():
    hashes = sorted_hashes(["b", "a", "b", "c"]).tolist()
    assert hashes == sorted(set(hashes)) and len(hashes) == 3
