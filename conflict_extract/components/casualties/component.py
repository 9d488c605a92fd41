"""The ``conflict_casualties`` spaCy component: casualty counts on ``doc._.casualties``.

The rules live in plain functions named for what they find (:mod:`.figures`, :mod:`.victims`,
:mod:`.triggers`, :mod:`.subcounts`, :mod:`.evidence`, :mod:`.links` ...);
:func:`~conflict_extract.components.casualties.extract.extract_casualties` runs them over a Doc.
The component links each figure to the places, dates, groups and quotes found before it, so it
requires them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from conflict_extract.components.casualties.extract import CasualtySettings, extract_casualties
from conflict_extract.components.casualties.lexicon import load_lexicon
from conflict_extract.nlp.extensions import register_extensions, run_extractor

register_extensions()


class CasualtyExtractor:
    """Pipeline component: stores :func:`extract_casualties` results on ``doc._.casualties``."""

    def __init__(self, settings: CasualtySettings) -> None:
        self.settings = settings
        load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        doc._.casualties = run_extractor(
            doc, "casualties", lambda d: extract_casualties(d, self.settings))
        return doc


@Language.factory(
    "conflict_casualties",
    assigns=["doc._.casualties"],
    requires=["doc._.places", "doc._.dates", "doc._.groups", "doc._.quotes"],
    default_config={"war_context_sentences": 3},
)
def make_casualty_extractor(nlp: Language, name: str, *,
                            war_context_sentences: int) -> CasualtyExtractor:
    """Factory for the ``conflict_casualties`` component; ``war_context_sentences`` is how many
    sentences before a running toll are searched for the war it counts."""
    return CasualtyExtractor(CasualtySettings(war_context_sentences=war_context_sentences))
