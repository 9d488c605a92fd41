"""Membership tests over columns of string hashes (``doc.to_array(LOWER)`` and the like).

A sorted array of the hashes wanted and a binary search answer "which tokens are one of these
words" for a whole Doc in two numpy calls; ``numpy.isin`` does the same but sorts its inputs on
every call, and a Python loop over the tokens costs a Token object each.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.strings import hash_string


def sorted_hashes(words: Iterable[str]) -> numpy.ndarray:
    """The string-store hashes of ``words``, sorted, as the ``sorted_ids`` of :func:`member_mask`
    (hashes do not depend on the vocabulary, so one array serves every Doc)."""
    return numpy.array(sorted({hash_string(word) for word in words}), dtype=numpy.uint64)


def member_mask(values: numpy.ndarray, sorted_ids: numpy.ndarray) -> numpy.ndarray:
    """Boolean mask of ``values`` found in the sorted array ``sorted_ids`` (binary search)."""
    if not len(sorted_ids):
        return numpy.zeros(len(values), dtype=bool)
    index = numpy.minimum(numpy.searchsorted(sorted_ids, values), len(sorted_ids) - 1)
    return sorted_ids[index] == values
