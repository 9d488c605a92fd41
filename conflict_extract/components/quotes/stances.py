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

STANCE_DEPS = frozenset({"acomp", "advcl", "xcomp", "oprd"})
"""Dependencies of a stance adjective used as a predicate (``remained wary``, ``came away
convinced``, ``with voters worried``), not as a modifier (``a critical moment``)."""

NOUN_STANCE_DEPS = frozenset({"attr", "appos", "npadvmod"})
"""Dependencies of a stance noun that say who holds the stance: predicate of ``be``, apposition
(``Okafor, a critic of the junta,``) or a lead before the subject (``A fierce critic of the
junta, Okafor said``)."""

Clause = tuple[list[Token], Token, tuple[int, int]]


def stance_clause(word: Token, index: DocIndex) -> Clause | None:
    """The words a stance predicate ``word`` is about and the subject holding the stance, or
    ``None`` when ``word`` is no predicate of a copula (``a critical moment``)."""
    lexicon = index.lexicon
    lemma = word.lemma_.lower()
    if index.in_quote(word.idx) or index.in_caption(word.idx):
        return None
    if is_stance_adjective(word, index):
        content = _adjective_object(word, lexicon.stance_preps)
    elif word.pos_ == "NOUN" and lemma in lexicon.stance_nouns and word.dep_ in NOUN_STANCE_DEPS:
        content = _noun_object(word)
    else:
        return None
    copula = word.head
    if content is None:
        return None
    if copula.lemma_.lower() in COPULAS and word.dep_ in ("acomp", "attr"):
        if copula.dep_ == "ccomp":
            return None  # "Lavrov said Moscow was confident that ...": part of Lavrov's statement
        subject = _holder(copula)
    else:
        subject = _holder_beside(word)
    line = index.bounds(word.idx)
    if subject is None or not overlaps(subject, line) or index.in_quote(subject.idx):
        return None
    return [t for t in content.subtree if overlaps(t, line)], subject, line


def is_stance_adjective(word: Token, index: DocIndex) -> bool:
    """True for a stance adjective (or participle: ``convinced``, ``worried``) used as a
    predicate: of a copula (``is wary of``), of another verb (``came away convinced that``) or
    with a subject of its own (``with voters increasingly worried about ...``)."""
    participle = word.tag_ in ("VBN", "VBD")  # "convinced", "worried": the tagger hesitates
    form = word.lower_ if participle else word.lemma_.lower()
    return (word.pos_ == "ADJ" or participle) and form in index.lexicon.stance_adjectives and (
        word.dep_ in STANCE_DEPS
    )


def _holder_beside(word: Token) -> Token | None:
    """Who holds a stance stated outside a copula: the adjective's own subject (``with voters
    worried about ...``) or the subject of the verb it completes (``the envoy came away
    convinced that ...``); not the object of a verb (``left residents afraid of ...``)."""
    own = [c for c in word.children if c.dep_ in SUBJECT_DEPS]
    if own:
        return own[0]
    if word.dep_ == "appos" and word.head.pos_ in ("PROPN", "NOUN"):
        return word.head  # "Ms. Okafor, a critic of the junta, ..."
    if word.dep_ in ("advcl", "xcomp", "acomp", "npadvmod") and word.head.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("dobj", "ccomp") and c.i < word.i for c in word.head.children
    ) and word.head.dep_ != "ccomp":
        return _holder(word.head)
    return None


def _adjective_object(word: Token, preps: frozenset[str]) -> Token | None:
    """The that-clause (``afraid that ...``), infinitive (``willing to ...``) or prepositional
    object (``critical of X``) of a stance adjective."""
    for child in word.children:
        if child.dep_ == "ccomp" and child.i > word.i or child.dep_ == "xcomp" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            return child  # "afraid that ...", "willing to ..."
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
