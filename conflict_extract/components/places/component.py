"""The ``conflict_places`` pipeline component: a thin factory over
:func:`conflict_extract.components.places.extract.extract_places`.

The logic lives in plain functions named for what they find: ``candidates`` (name runs and the
evidence around them), ``caseless`` (lower-cased and ALL-CAPS text), ``resolve`` (a name to a
gazetteer entry), ``evidence`` (whether a candidate is a place), ``merge`` (one Place per place).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from conflict_extract.components.places.cues import demonyms, feature_words
from conflict_extract.components.places.extract import extract_places
from conflict_extract.gazetteer.index import Gazetteer, load_gazetteer
from conflict_extract.nlp.extensions import register_extensions, run_extractor

register_extensions()


@dataclass
class PlaceExtractor:
    """Pipeline component: stores :func:`extract_places` results on ``doc._.places``."""

    gazetteer: Gazetteer
    fuzzy_cutoff: float

    def __call__(self, doc: Doc) -> Doc:
        doc._.places = run_extractor(
            doc, "places", lambda d: extract_places(d, self.gazetteer, self.fuzzy_cutoff)
        )
        return doc


@Language.factory(
    "conflict_places",
    default_config={"fuzzy_cutoff": 90.0},
    # token.pos comes from the tagger's token.tag through the attribute ruler, which declares
    # nothing: the tag is the attribute a pipeline must provide.
    requires=["doc.ents", "doc.sents", "token.dep", "token.tag"],
    assigns=["doc._.places"],
)
def make_place_extractor(nlp: Language, name: str, fuzzy_cutoff: float) -> PlaceExtractor:
    """Factory for the ``conflict_places`` component. ``fuzzy_cutoff`` is the rapidfuzz ratio
    (0-100) an approximate spelling must reach inside the article's main country."""
    # Open (and on a fresh machine build) the gazetteer once, and compile the data tables.
    gazetteer = load_gazetteer()
    feature_words()
    demonyms()
    return PlaceExtractor(gazetteer, fuzzy_cutoff)
