"""Places: found in text, resolved offline against a GeoNames-derived gazetteer.

Stub: the component is registered and wired into the pipeline; the extraction rules are not yet
written.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import register_extensions, run_extractor
from .models import Place

register_extensions()


def extract_places(doc: Doc) -> list[Place]:
    """Return the places found in ``doc``."""
    return []


class PlaceExtractor:
    """Pipeline component: stores :func:`extract_places` results on ``doc._.places``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.places = run_extractor(doc, "places", extract_places)
        return doc


@Language.factory(
    "conflict_places",
    assigns=["doc._.places"],
    requires=[],
)
def make_place_extractor(nlp: Language, name: str) -> PlaceExtractor:
    """Factory for the ``conflict_places`` component."""
    return PlaceExtractor()
