"""Paragraph breaks as sentence boundaries, set before the parser runs.

The parser of the small English model often runs a heading or a title line into the sentence
after it, which garbles that sentence's parse. A blank line always ends a sentence in news text,
so the token after one is marked as a sentence start; the parser keeps preset boundaries.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Mark the first token after every blank line as a sentence start."""
    text = doc.text
    previous_end = None
    for token in doc:
        if token.is_space:
            continue
        if previous_end is not None and text.count("\n", previous_end, token.idx) >= 2:
            token.is_sent_start = True
        previous_end = token.idx + len(token.text)
    return doc


@Language.factory("conflict_paragraphs", assigns=["token.is_sent_start"])
def make_paragraph_splitter(nlp: Language, name: str):
    """Factory for ``conflict_paragraphs`` (add it before the parser)."""
    return mark_paragraph_starts
