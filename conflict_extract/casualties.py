"""Casualty counts: figures, victims, qualifiers, sub-counts and their links.

Stub: the component is registered and wired into the pipeline; the extraction rules are not yet
written.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import register_extensions, run_extractor
from .models import Casualty

register_extensions()


def extract_casualties(doc: Doc) -> list[Casualty]:
    """Return the casualties found in ``doc``."""
    return []


class CasualtyExtractor:
    """Pipeline component: stores :func:`extract_casualties` results on ``doc._.casualties``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.casualties = run_extractor(doc, "casualties", extract_casualties)
        return doc


@Language.factory(
    "conflict_casualties",
    assigns=["doc._.casualties"],
    requires=[],
)
def make_casualty_extractor(nlp: Language, name: str) -> CasualtyExtractor:
    """Factory for the ``conflict_casualties`` component."""
    return CasualtyExtractor()
