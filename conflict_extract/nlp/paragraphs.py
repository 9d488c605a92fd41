"""Paragraph breaks as sentence boundaries, set before the parser runs.

The parser of the small English model often runs a heading or a title line into the sentence
after it, which garbles that sentence's parse. A blank line always ends a sentence in news text,
so the token after one is marked as a sentence start; the parser keeps preset boundaries.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from conflict_extract.nlp.extensions import doc_text

_BLANK_LINE = re.compile(r"\n\s*\n")


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Mark the first token after every blank line as a sentence start (not the doc's first)."""
    text = doc_text(doc)
    if "\n" not in text:
        return doc
    # Token offsets as one array: looking a break up is a binary search, and only the tokens
    # after breaks become Python objects.
    starts = doc.to_array([IDX])
    first_content = len(text) - len(text.lstrip())
    for match in _BLANK_LINE.finditer(text):
        if match.start() < first_content:
            continue
        i = int(numpy.searchsorted(starts, match.end() - 1))
        while i < len(doc) and doc[i].is_space:
            i += 1
        if i < len(doc) and i > 0:
            doc[i].is_sent_start = True
    return doc


@Language.factory("conflict_paragraphs", assigns=["token.is_sent_start"])
def make_paragraph_splitter(nlp: Language, name: str):
    """Factory for ``conflict_paragraphs`` (add it before the parser)."""
    return mark_paragraph_starts
