"""The model's rule lemmatizer, asked once per distinct word form instead of once per token.

spaCy's rule lemmatizer works out a token's lemma from its text, coarse POS and morphology alone
(its own cache is keyed on exactly these), but it is called token by token from Python and sets
each lemma by string, which costs about as much as a parser pass over short documents. A token's
lemma being a function of ``(ORTH, POS, MORPH)``, :class:`LemmaMemo` reads those columns for a
whole Doc, asks the model's lemmatizer only about combinations it has not seen, and writes the
lemma column back in one call. Tokens that already have a lemma (the attribute rules give some)
keep it unless the lemmatizer overwrites, as the model's component does.

:func:`use_lemma_memo` swaps it in when the pipeline's lemmatizer is spaCy's own in rule or lookup
mode, whose rules read nothing else; any other lemmatizer is left as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

LEMMATIZER_NAME = "lemmatizer"
MEMO_FACTORY = "conflict_lemma_memo"
MEMO_LIMIT = 200_000
"""Distinct word forms remembered before the memo starts afresh (bounds memory on huge inputs)."""

_PURE_BASE_FORM_TESTS = (Lemmatizer.is_base_form, EnglishLemmatizer.is_base_form)
"""``is_base_form`` methods that read only the token's POS and morphology."""


class LemmaMemo:
    """A drop-in for the model's ``lemmatizer`` that remembers the lemma of each word form."""

    def __init__(self, vocab: Vocab, name: str = LEMMATIZER_NAME) -> None:
        self.vocab = vocab
        self.name = name
        self.lemmatizer: Lemmatizer | None = None
        self.memo: dict[tuple[int, int, int], int] = {}

    def use(self, lemmatizer: Lemmatizer) -> None:
        """Lemmatize with ``lemmatizer`` (the model's component) from now on."""
        self.lemmatizer = lemmatizer
        self.memo = {}

    def __getattr__(self, name: str):
        # Everything else (``lookups``, ``mode``, ``overwrite``) is the model's lemmatizer's, as
        # for the component it stands in for: the groups read the word index in its lookups.
        lemmatizer = self.__dict__.get("lemmatizer")
        if lemmatizer is None or name.startswith("__"):
            raise AttributeError(name)
        return getattr(lemmatizer, name)

    def __call__(self, doc: Doc) -> Doc:
        """Give every token of ``doc`` without a lemma the one the model's lemmatizer gives."""
        lemmatizer = self.lemmatizer
        if lemmatizer is None or not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        overwrite = lemmatizer.overwrite
        memo = self.memo
        if len(memo) > MEMO_LIMIT:
            memo.clear()
        strings = self.vocab.strings
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = memo.get(key)
            if found is None:
                found = memo[key] = strings.add(lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = found
            changed = True
        if changed:
            doc.from_array([LEMMA], lemmas)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 1000) -> Iterator[Doc]:
        """Lemmatize each doc in turn."""
        for doc in docs:
            yield self(doc)


@Language.factory(
    MEMO_FACTORY,
    requires=["token.pos", "token.morph"],
    assigns=["token.lemma"],
)
def make_lemma_memo(nlp: Language, name: str) -> LemmaMemo:
    """An empty :class:`LemmaMemo`; :func:`use_lemma_memo` gives it the model's lemmatizer."""
    return LemmaMemo(nlp.vocab, name)


def use_lemma_memo(nlp: Language) -> bool:
    """Swap ``nlp``'s lemmatizer for a :class:`LemmaMemo` in front of it. Returns False, changing
    nothing, when there is none or its lemmas may depend on more than a token's form, POS and
    morphology."""
    if LEMMATIZER_NAME not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe(LEMMATIZER_NAME)
    if not isinstance(lemmatizer, Lemmatizer) or not _pure(lemmatizer):
        return False
    memo = nlp.replace_pipe(LEMMATIZER_NAME, MEMO_FACTORY)
    memo.use(lemmatizer)
    return True


def _pure(lemmatizer: Lemmatizer) -> bool:
    """Whether ``lemmatizer``'s lemma reads only the token's text, POS and morphology."""
    kind = type(lemmatizer)
    if lemmatizer.mode == "lookup":
        return kind.lookup_lemmatize is Lemmatizer.lookup_lemmatize
    return lemmatizer.mode == "rule" and kind.rule_lemmatize is Lemmatizer.rule_lemmatize and (
        kind.is_base_form in _PURE_BASE_FORM_TESTS
    )
