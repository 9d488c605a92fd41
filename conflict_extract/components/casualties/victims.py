"""Victims: the normalised plural group a counted noun names (``Syrian soldiers`` -> ``soldiers``).
"""

from __future__ import annotations

from spacy.tokens import Token

from conflict_extract.components.casualties.candidate import Candidate
from conflict_extract.components.casualties.lexicon import CasualtyLexicon, lemma_of, load_lexicon

PERSONLIKE_ENTS = frozenset({"NORP"})


def victim_name(noun: Token, lex: CasualtyLexicon | None = None) -> str | None:
    """The normalised plural victim group a noun names (``Syrian soldiers`` -> ``soldiers``,
    ``police officers`` -> ``police``), or None when the noun does not name people."""
    lex = lex or load_lexicon()
    lemma = lemma_of(noun)
    lower = noun.lower_
    for child in noun.lefts:
        if child.dep_ in ("compound", "amod") and child.i == noun.i - 1:
            key = f"{lemma_of(child)} {lemma}"
            if key in lex.victim_compounds:
                return lex.victim_compounds[key]
            key = f"{child.lower_} {lemma}"
            if key in lex.victim_compounds:
                return lex.victim_compounds[key]
    if lemma in lex.victim_nouns:
        return lex.victim_nouns[lemma]
    if lower in lex.victim_nouns:
        return lex.victim_nouns[lower]
    if lower in lex.demonyms:
        return lex.demonyms[lower]
    if noun.tag_ == "NNP" and lower + "s" in lex.demonyms and any(
            c.dep_ == "nummod" for c in noun.children):
        return lex.demonyms[lower + "s"]  # "one Afghan and four Pakistani civilians"
    if noun.ent_type_ in PERSONLIKE_ENTS and noun.tag_ in ("NNPS", "NNS") and noun.text[:1].isupper():
        return noun.text
    return None


def victims_for(cand: Candidate, previous: list[Candidate]) -> str:
    """Victims for a bare figure: the shared noun of a coordinated count, else ``people``."""
    if cand.victims:
        return cand.victims
    if cand.inherit and previous:
        prev = previous[-1]
        single = prev.qty.count == 1 and prev.qty.head >= prev.qty.end
        # "a man was killed and five more were wounded": one man says nothing of the five
        if prev.victims and not single and (cand.anchor.dep_ == "conj" or cand.trigger.dep_ == "conj"
                             or cand.anchor.head == prev.trigger
                             or cand.trigger.head == prev.trigger
                             or (cand.sub and prev.victims)):
            if cand.noun is None or lemma_of(cand.noun) not in ("other", "others"):
                return prev.victims
    return "people"
