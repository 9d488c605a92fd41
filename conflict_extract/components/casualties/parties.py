"""Party links: the sides of the fight a figure's clause tells of.

``a man was killed in a battle between troops and terrorists``, ``clashes between the army and
the RSF left 20 dead``: a fight between two sides names no one perpetrator (a crossfire death is
neither side's claim), but it names both actors, as an event dataset codes a battle (ACLED's
``actor1`` and ``actor2``). A side is the group the index finds in its phrase, else the phrase as
written without its determiner (``protesters``).
"""

from __future__ import annotations

from spacy.tokens import Token

from conflict_extract.components.casualties.candidate import Candidate
from conflict_extract.components.casualties.claims import load_claim_lexicon
from conflict_extract.components.casualties.clause import clause_head, clause_preps
from conflict_extract.components.casualties.lexicon import lemma_of, phrase_start
from conflict_extract.components.casualties.lookups import group_name_in
from conflict_extract.nlp.extensions import doc_text

PARTY_PREPS = frozenset({"between"})
SIDE_POS = frozenset({"NOUN", "PROPN"})


def find_parties(cand: Candidate) -> list[str]:
    """The sides of a fight between two or more (``between troops and terrorists``) in the
    figure's clause, in text order; empty when the clause names none."""
    fights = load_claim_lexicon().two_sided_causes
    for tok in clause_preps(clause_head(cand), PARTY_PREPS):
        if tok.head.lower_ not in fights and lemma_of(tok.head) not in fights:
            continue
        first = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if first is None:
            continue
        sides = [side for side in (first, *first.conjuncts) if side.pos_ in SIDE_POS]
        if len(sides) >= 2:
            return [_side_name(side) for side in sides]
    return []


def _side_name(side: Token) -> str:
    """The group named in one side's phrase, else the phrase as written (its own words only,
    not the sides conjoined to it, and without its determiner)."""
    doc = side.doc
    start = doc[phrase_start(side)]
    name = group_name_in(doc, start.idx, side.idx + len(side))
    return name or doc_text(doc)[start.idx:side.idx + len(side)]
