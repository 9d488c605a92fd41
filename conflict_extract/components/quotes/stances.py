"""Stances stated with ``be``: where a subject stands on something, said by the writer of them
(``Graham has been critical of Trump``, ``many voters are afraid that ...``, ``she is a
supporter of the deal``). The predicate's object or that-clause is the statement (kind
``indirect``) and the subject of ``be`` its speaker."""

from __future__ import annotations

from spacy.tokens import Token

from conflict_extract.components.quotes.cues import RELATIVE_PRONOUNS, SUBJECT_DEPS, overlaps
from conflict_extract.components.quotes.docindex import DocIndex

COPULAS = frozenset({"be", "seem", "appear", "remain", "become", "grow", "feel"})
"""Verbs that link a subject to its stance (``is critical of``, ``grew wary of``)."""

Clause = tuple[list[Token], Token, tuple[int, int]]


def stance_clause(word: Token, index: DocIndex) -> Clause | None:
    """The words a stance predicate ``word`` is about and the subject holding the stance, or
    ``None`` when ``word`` is no predicate of a copula (``a critical moment``)."""
    lexicon = index.lexicon
    lemma = word.lemma_.lower()
    if index.in_quote(word.idx) or index.in_caption(word.idx):
        return None
    if word.pos_ == "ADJ" and lemma in lexicon.stance_adjectives and word.dep_ == "acomp":
        content = _adjective_object(word, lexicon.stance_preps)
    elif word.pos_ == "NOUN" and lemma in lexicon.stance_nouns and word.dep_ == "attr":
        content = _noun_object(word)
    else:
        return None
    copula = word.head
    if content is None or copula.lemma_.lower() not in COPULAS:
        return None
    if copula.dep_ == "ccomp":
        return None  # "Lavrov said Moscow was confident that ...": part of Lavrov's statement
    subject = _holder(copula)
    line = index.bounds(word.idx)
    if subject is None or not overlaps(subject, line) or index.in_quote(subject.idx):
        return None
    return [t for t in content.subtree if overlaps(t, line)], subject, line


def _adjective_object(word: Token, preps: frozenset[str]) -> Token | None:
    """The that-clause (``afraid that ...``) or prepositional object (``critical of X``) of a
    stance adjective."""
    for child in word.children:
        if child.dep_ == "ccomp" and child.i > word.i:
            return child
        if child.dep_ == "prep" and child.lower_ in preps:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return objects[0]
    return None


def _noun_object(word: Token) -> Token | None:
    """The object of a stance noun's ``of`` or ``for`` (``a staunch opponent of the death
    penalty``)."""
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _holder(copula: Token) -> Token | None:
    """The subject of the copula, or the noun a relative ``who`` stands for (``Kaine, who is
    a staunch opponent of ...``)."""
    subjects = [c for c in copula.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return None
    subject = subjects[0]
    if subject.lower_ in RELATIVE_PRONOUNS and copula.dep_ == "relcl":
        return copula.head
    return subject
