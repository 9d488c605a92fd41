"""The ``conflict_dates`` pipeline component: temporal expressions normalised against the
publication date, stored on ``doc._.dates``.

The extraction is :func:`~conflict_extract.components.dates.extract.extract_dates`; the modules
beside this one are named after what they find: ``patterns`` and ``spans`` (where the temporal
expressions are), ``not_dates`` (date-like words that are not times), ``tense`` (whether a weekday
points back or forward), ``phrases``, ``anchoring``, ``arithmetic`` and ``normalise`` (the TIMEX3
value), ``datelines`` (the date an article states at its top).
"""

from __future__ import annotations

from functools import partial

from spacy.language import Language
from spacy.tokens import Doc

from conflict_extract.components.dates.datelines import dateline_value
from conflict_extract.components.dates.extract import extract_dates
from conflict_extract.components.dates.patterns import date_matcher
from conflict_extract.nlp.extensions import run_extractor

__all__ = ["DateExtractor", "dateline_value", "make_date_extractor"]


class DateExtractor:
    """Pipeline component: stores :func:`extract_dates` results on ``doc._.dates``."""

    def __init__(self, nlp: Language, *, dateline_tokens: int) -> None:
        date_matcher(nlp.vocab)  # compile the patterns once, up front
        self.extract = partial(extract_dates, dateline_tokens=dateline_tokens)

    def __call__(self, doc: Doc) -> Doc:
        doc._.dates = run_extractor(doc, "dates", self.extract)
        return doc


@Language.factory(
    "conflict_dates",
    default_config={"dateline_tokens": 160},
    assigns=["doc._.dates", "doc._.published"],
    # token.pos is read too, but the attribute_ruler that sets it declares no assigns
    requires=["doc.ents", "token.dep", "token.tag", "token.lemma"],
)
def make_date_extractor(nlp: Language, name: str, dateline_tokens: int) -> DateExtractor:
    """Factory for the ``conflict_dates`` component.

    ``dateline_tokens``: how many tokens at the top of a doc are searched for a dateline when the
    caller gives no publication date."""
    return DateExtractor(nlp, dateline_tokens=dateline_tokens)
