"""Temporal expressions normalised against the publication date.

Stub: the component is registered and wired into the pipeline; the extraction rules are not yet
written.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import register_extensions, run_extractor
from .models import DateMention

register_extensions()


def extract_dates(doc: Doc) -> list[DateMention]:
    """Return the dates found in ``doc``."""
    return []


class DateExtractor:
    """Pipeline component: stores :func:`extract_dates` results on ``doc._.dates``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.dates = run_extractor(doc, "dates", extract_dates)
        return doc


@Language.factory(
    "conflict_dates",
    assigns=["doc._.dates"],
    requires=[],
)
def make_date_extractor(nlp: Language, name: str) -> DateExtractor:
    """Factory for the ``conflict_dates`` component."""
    return DateExtractor()
