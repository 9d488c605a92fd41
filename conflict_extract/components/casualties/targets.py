"""Target links: what was attacked when the figure's people were killed or hurt.

Read from the figure's clause and the clauses around it: the object of an attack verb (``A
missile struck an apartment building, killing 14``, ``Gunmen attacked a military base``, ``when
a drone hit a bus``) or the ``on``/``at`` phrase of an attack noun (``in an attack on a
checkpoint``). The value is the phrase as written, without its determiner or relative clauses.
"""

from __future__ import annotations

from spacy.tokens import Token

from conflict_extract.components.casualties.candidate import Candidate
from conflict_extract.components.casualties.causes import is_cause
from conflict_extract.components.casualties.clause import clause_head
from conflict_extract.components.casualties.lexicon import CasualtyLexicon, lemma_of, phrase_start
from conflict_extract.nlp.extensions import doc_text

TARGET_PREPS = frozenset({"on", "at", "against"})


def find_target(cand: Candidate, lex: CasualtyLexicon) -> tuple[str, str] | None:
    """(target, rule) of the figure, or None; rules ``attack_verb`` and ``attack_noun``."""
    clause = clause_head(cand)
    verbs = [clause, *(c for c in clause.children if c.dep_ == "advcl")]
    if clause.dep_ in ("advcl", "conj") and clause.head.pos_ == "VERB":
        verbs.append(clause.head)  # "A missile struck a building, killing 14"
    for verb in verbs:
        if lemma_of(verb) in lex.attack_verbs and verb is not cand.trigger:
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.i != cand.anchor.i:
                return _phrase(obj), "attack_verb"
    for head in (cand.trigger, clause):
        for prep in head.children:
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if prep.dep_ == "prep" and pobj is not None and is_cause(pobj, lex):
                target = _noun_target(pobj)
                if target is not None and target.ent_type_ not in ("DATE", "TIME"):
                    return _phrase(target), "attack_noun"
    return None


def _noun_target(noun: Token) -> Token | None:
    """The object of ``attack on X`` / ``strike at X``."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in TARGET_PREPS:
            return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def _phrase(head: Token) -> str:
    """The noun phrase of ``head`` as written, from its first modifier to the noun itself."""
    doc = head.doc
    first = phrase_start(head)
    return doc_text(doc)[doc[first].idx:head.idx + len(head)]
