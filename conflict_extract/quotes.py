"""Quoted sources: direct, partial and reported statements with their speakers.

Stub: the component is registered and wired into the pipeline; the extraction rules are not yet
written.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import register_extensions, run_extractor
from .models import Quote

register_extensions()


def extract_quotes(doc: Doc) -> list[Quote]:
    """Return the quotes found in ``doc``."""
    return []


class QuoteExtractor:
    """Pipeline component: stores :func:`extract_quotes` results on ``doc._.quotes``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = run_extractor(doc, "quotes", extract_quotes)
        return doc


@Language.factory(
    "conflict_quotes",
    assigns=["doc._.quotes"],
    requires=[],
)
def make_quote_extractor(nlp: Language, name: str) -> QuoteExtractor:
    """Factory for the ``conflict_quotes`` component."""
    return QuoteExtractor()
