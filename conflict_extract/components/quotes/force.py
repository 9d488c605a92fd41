"""Verbs that name both criticism and a use of force (``attacked``, ``hit``, ``targeted``): in
conflict news their object is mostly what was struck, so it is taken for a statement only when a
person criticises a person, a group or a thing said."""

from __future__ import annotations

from spacy.tokens import Token

from conflict_extract.components.quotes.docindex import DocIndex

PERSONAL_SUBJECTS = frozenset({"he", "she", "i"})
"""Pronoun subjects that stand for one person."""
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
"""Entity labels of what a use of force strikes rather than what a critic attacks."""


def attack_is_statement(verb: Token, subject: Token, words: list[Token], index: DocIndex) -> bool:
    """True if a verb that may name a use of force (``attack``, ``hit``, ``target``) takes its
    object as something said: a person, or a verb that says what for or as what (``attacked the
    deal as a surrender``, not ``as part of an offensive``), attacks a person, a group or a thing
    said; not a place, and not with a weapon."""
    judged = any(c.dep_ == "prep" and c.lower_ in ("for", "as") and c.i > verb.i
                 and not any(w.lower_ == "part" for w in c.children) for c in verb.children)
    lemma = subject.lemma_.lower()
    person = (subject.ent_type_ == "PERSON" or subject.lower_ in PERSONAL_SUBJECTS
              or lemma in index.lexicon.titles and lemma not in index.lexicon.armed_titles)
    armed = any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)  # with drones
    place = any(t.ent_type_ in PLACE_ENTITIES for t in _named_target(words))
    return (judged or person) and not armed and not place

def _named_target(words: list[Token]) -> list[Token]:
    """The head of an object phrase with the words naming it: those before the head and an ``of``
    phrase after it (``the Kyauk Yit police station``, ``the community of Plan Verde``), not
    its owner (``Mexico's president``) nor what it is about (``comments on Mexico``)."""
    inside = {t.i for t in words}
    head = next((t for t in words if t.head.i not in inside), None)
    if head is None:
        return []
    owners = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
    named = [t for t in words if t.i <= head.i and t.i not in owners]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            named.extend(prep.subtree)
    return named
