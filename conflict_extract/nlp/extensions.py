"""Doc extension attributes shared by every conflict-extract component.

| attribute | set by | value |
|---|---|---|
| ``doc._.article_id`` | the caller | article id, for error messages |
| ``doc._.published`` | the caller | ``datetime.date`` or ``None`` |
| ``doc._.dateline`` | the caller | the article's dateline date (``2016-12-05``, ``XXXX-12-05``) or ``None`` |
| ``doc._.skip_spans`` | the caller | ``[(start, end)]`` char ranges that are not prose |
| ``doc._.dates`` / ``places`` / ``groups`` / ``quotes`` / ``casualties`` | each component | lists of result objects |
| ``doc._.extraction_errors`` | :func:`run_extractor` | ``["category: message"]`` |

The caller is :func:`conflict_extract.nlp.docs.annotate`, which sets the same article context on
every piece of a long article. Lists default to ``None`` (not run) so a component can tell "not run" from "found nothing".
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable
from typing import Any, TypeVar

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Doc, Span, Token

logger = logging.getLogger("conflict_extract")

T = TypeVar("T")

_DOC_EXTENSIONS: dict[str, Any] = {
    "article_id": None,
    "published": None,
    "dateline": None,
    "skip_spans": None,
    "dates": None,
    "places": None,
    "groups": None,
    "quotes": None,
    "casualties": None,
    "extraction_errors": None,
}


def register_extensions() -> None:
    """Register the Doc extensions (idempotent; safe to call from every component module)."""
    for name, default in _DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()


_TEXT_KEY = "conflict_extract.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins it from the tokens on every access, and
    the components read it for every link they settle. A Doc's text never changes, so the copy
    kept in ``doc.user_data`` stays true for the Doc's life."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


_WORDS_KEY = "conflict_extract.words"


def doc_words(doc: Doc) -> frozenset[str]:
    """Every lower-cased word and lemma in ``doc``, built once per Doc, so that a rule can skip
    a sentence loop when the words it looks for are nowhere in the article."""
    words = doc.user_data.get(_WORDS_KEY)
    if words is None:
        strings = doc.vocab.strings
        hashes = set(doc.to_array([LOWER, LEMMA]).ravel().tolist())
        words = doc.user_data[_WORDS_KEY] = frozenset(strings[h].lower() for h in hashes if h)
    return words


def token_texts(doc: Doc) -> list[str]:
    """The text of every token of ``doc``, read from the string store without making a Token
    object per token."""
    strings = doc.vocab.strings
    return [strings[h] for h in doc.to_array(ORTH).tolist()] if len(doc) else []


def tokens_with_lemma(doc: Doc, lemmas: Collection[str]) -> list[Token]:
    """The tokens of ``doc`` whose lower-cased lemma is one of ``lemmas``, in order: a rule
    looking for a few verbs visits those tokens, not every token of the article."""
    if doc_words(doc).isdisjoint(lemmas):
        return []
    strings = doc.vocab.strings
    wanted: dict[int, bool] = {}
    found = []
    for i, lemma in enumerate(doc.to_array(LEMMA).tolist()):
        hit = wanted.get(lemma)
        if hit is None:
            hit = wanted[lemma] = strings[lemma].lower() in lemmas
        if hit:
            found.append(doc[i])
    return found


# Where spaCy keeps the value of ``doc._.skip_spans``: reading it straight from ``user_data``
# skips building an Underscore proxy, and in_skipped is asked about every candidate span.
_SKIP_SPANS_KEY = ("._.", "skip_spans", None, None)


def in_skipped(doc: Doc, start_char: int, end_char: int | None = None) -> bool:
    """True if the character range overlaps one of ``doc._.skip_spans`` (non-prose lines)."""
    end_char = start_char + 1 if end_char is None else end_char
    for lo, hi in doc.user_data.get(_SKIP_SPANS_KEY) or ():
        if start_char < hi and end_char > lo:
            return True
    return False


def prose_sents(doc: Doc) -> Iterable[Span]:
    """The doc's sentences, less those lying inside non-prose lines."""
    for sent in doc.sents:
        if not in_skipped(doc, sent.start_char, sent.end_char):
            yield sent


def run_extractor(doc: Doc, category: str, extract: Callable[[Doc], list[T]]) -> list[T]:
    """Run one extraction function, isolating its failures.

    An exception inside a rule must not lose the article: it is logged with the article id, noted on
    ``doc._.extraction_errors`` and the category is left empty for this article.
    """
    try:
        return list(extract(doc))
    except Exception as exc:  # noqa: BLE001 - a rule failure is reported, never fatal
        message = f"{category}: {type(exc).__name__}: {exc}"
        errors = doc._.extraction_errors or []
        errors.append(message)
        doc._.extraction_errors = errors
        logger.warning("article %s: %s", doc._.article_id or "?", message)
        return []
