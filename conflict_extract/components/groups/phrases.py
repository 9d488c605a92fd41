"""Phrase matching over lower-cased tokens, compiled from token strings.

:class:`LowerPhraseMatcher` finds what spaCy's ``PhraseMatcher(vocab, attr="LOWER")`` finds and
returns it the same way (``(label key, start, end)``, the key in the vocabulary's strings), but
its patterns are tuples of lower-cased token strings rather than Docs, hashed the way spaCy hashes
strings and matched against ``doc.to_array("LOWER")``. A pattern Doc needs a Lexeme for every
word, and making the ~10,000 Lexemes of the actor dictionary and country words was half of the
pipeline's start-up; a matcher of hashes belongs to no vocabulary, so it is built once and kept
in the build cache (:mod:`conflict_extract.lexicon.cache`).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.strings import StringStore, hash_string
from spacy.tokens import Doc

from conflict_extract.nlp.hashes import member_mask

PhrasePattern = tuple[str, ...]
"""A phrase as the lower-cased texts of its tokens: ``("al", "-", "shabaab")``."""


class LowerPhraseMatcher:
    """Every occurrence of every phrase in a Doc, compared on lower-cased token texts."""

    def __init__(self) -> None:
        # Every prefix of every pattern, as word hashes -> the label keys of the patterns that
        # end there (``()`` for a prefix only). One flat dict, not a trie of nodes: it is what
        # the build cache stores, and a flat dict of tuples unpickles several times faster.
        self._prefixes: dict[tuple[int, ...], tuple[int, ...]] = {}
        self.labels: dict[str, None] = {}
        """Every label, in the order added."""

    def add(self, label: str, patterns: Iterable[PhrasePattern]) -> None:
        """Find ``patterns`` under ``label``."""
        key = hash_string(label)
        self.labels.setdefault(label, None)
        self.__dict__.pop("_first", None)
        prefixes = self._prefixes
        for pattern in patterns:
            words = tuple(hash_string(word) for word in pattern)
            for size in range(1, len(words)):
                prefixes.setdefault(words[:size], ())
            if words and key not in prefixes.get(words, ()):
                prefixes[words] = (*prefixes.get(words, ()), key)

    def register(self, strings: StringStore) -> None:
        """Add the labels to a vocabulary's strings, so that ``strings[key]`` gives a match's
        label back."""
        for label in self.labels:
            strings.add(label)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """``(label key, start, end)`` for each match, by start, then shortest first (the key
        is the label's hash in spaCy's strings; see :meth:`register`)."""
        lower = doc.to_array("LOWER")
        words = lower.tolist()
        count = len(words)
        prefixes = self._prefixes
        found: list[tuple[int, int, int]] = []
        # Only tokens that open some phrase are walked (a few in a hundred).
        for start in numpy.flatnonzero(member_mask(lower, self._first_words())).tolist():
            prefix = (words[start],)
            keys = prefixes.get(prefix)
            end = start + 1
            while keys is not None:
                for key in keys:
                    found.append((key, start, end))
                if end >= count:
                    break
                prefix = (*prefix, words[end])
                keys = prefixes.get(prefix)
                end += 1
        return found

    def _first_words(self) -> numpy.ndarray:
        """The sorted hashes of the phrases' first words (worked out on first use, as a matcher
        from the build cache carries only its prefixes)."""
        first = self.__dict__.get("_first")
        if first is None:
            first = self._first = numpy.array(
                sorted({words[0] for words in self._prefixes}), dtype=numpy.uint64
            )
        return first
