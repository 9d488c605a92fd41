"""Groups: armed groups, forces, states and organisations, canonicalised and typed.

Stub: the component is registered and wired into the pipeline; the extraction rules are not yet
written.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import register_extensions, run_extractor
from .models import Group

register_extensions()


def extract_groups(doc: Doc) -> list[Group]:
    """Return the groups found in ``doc``."""
    return []


class GroupExtractor:
    """Pipeline component: stores :func:`extract_groups` results on ``doc._.groups``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.groups = run_extractor(doc, "groups", extract_groups)
        return doc


@Language.factory(
    "conflict_groups",
    assigns=["doc._.groups"],
    requires=[],
)
def make_group_extractor(nlp: Language, name: str) -> GroupExtractor:
    """Factory for the ``conflict_groups`` component."""
    return GroupExtractor()
