"""The ``conflict_quotes`` pipeline component: stores :func:`extract_quotes` results on
``doc._.quotes``. The rules live in the modules beside this one (see :mod:`statements`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from conflict_extract.components.quotes.lexicon import load_lexicon
from conflict_extract.components.quotes.settings import QuoteSettings
from conflict_extract.components.quotes.statements import extract_quotes
from conflict_extract.models import Quote
from conflict_extract.nlp.extensions import register_extensions, run_extractor

register_extensions()


class QuoteExtractor:
    """Pipeline component: stores :func:`extract_quotes` results on ``doc._.quotes``."""

    def __init__(self, settings: QuoteSettings) -> None:
        self.settings = settings
        load_lexicon()

    def extract(self, doc: Doc) -> list[Quote]:
        """The statements of ``doc`` under this component's settings."""
        return extract_quotes(doc, self.settings)

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = run_extractor(doc, "quotes", self.extract)
        return doc


@Language.factory(
    "conflict_quotes",
    default_config={
        "max_quote_chars": 3000,
        "max_single_quote_chars": 300,
        "heading_max_words": 25,
        "pronoun_reach": 400,
        "speaker_form": "as_written",
    },
    assigns=["doc._.quotes"],
    requires=["doc._.groups", "doc.ents", "token.dep", "token.lemma", "token.tag"],
)
def make_quote_extractor(
    nlp: Language,
    name: str,
    max_quote_chars: int,
    max_single_quote_chars: int,
    heading_max_words: int,
    pronoun_reach: int,
    speaker_form: str,
) -> QuoteExtractor:
    """Factory for the ``conflict_quotes`` component; the options are :class:`QuoteSettings`."""
    return QuoteExtractor(QuoteSettings(
        max_quote_chars=max_quote_chars,
        max_single_quote_chars=max_single_quote_chars,
        heading_max_words=heading_max_words,
        pronoun_reach=pronoun_reach,
        speaker_form=speaker_form,
    ))
