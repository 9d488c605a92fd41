"""Outcomes that did not happen: threats, conditionals, plans, denials and negated triggers
(``could kill thousands``, ``denied killing``, ``no one was killed`` is a zero, not a negation).
"""

from __future__ import annotations

from spacy.tokens import Token

from conflict_extract.components.casualties.lexicon import CasualtyLexicon, lemma_of

MODALS = frozenset({"could", "might", "may", "would", "should", "can", "will", "must", "shall",
                    "'d", "'ll", "wo", "ca"})
"""Auxiliaries that make a trigger hypothetical (``could kill thousands``) unless followed by
``have`` (``may have been killed`` reports an estimate of the past)."""


NEGATORS = frozenset({"not", "n't", "never", "no"})


EPISTEMIC_MODALS = frozenset({"may", "might", "must"})


def is_blocked(trigger: Token, anchor: Token, lex: CasualtyLexicon) -> bool:
    """True when the outcome is hypothetical, threatened, planned, feared, denied or negated."""
    cur = trigger
    result = False
    for depth in range(5):
        children = list(cur.children)
        auxes = [c for c in children if c.dep_ in ("aux", "auxpass")]
        for k, aux in enumerate(auxes):
            if aux.lower_ in MODALS:
                rest = auxes[k + 1:]
                # "may have been killed" estimates the past; "would/could have" is counterfactual
                if aux.lower_ not in EPISTEMIC_MODALS or not any(r.lower_ == "have" for r in rest):
                    return True
        for child in children:
            if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in ("never",)):
                return True
            if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether", "lest"):
                return True
        lemma = lemma_of(cur)
        # a participle of result is a fact whatever its head tried ("the device detonated when
        # troops attempted to move it, killing two")
        if depth > 0 and lemma in lex.block_heads and not result:
            return True
        if depth > 0 and cur.pos_ == "NOUN" and lemma in lex.block_nouns and not result:
            return True
        result = cur.dep_ == "advcl" and cur.tag_ == "VBG"
        if cur.dep_ in ("xcomp", "ccomp", "acl", "pcomp", "advcl", "conj", "relcl", "dobj",
                        "pobj", "prep", "oprd", "acomp", "attr", "nsubj", "nsubjpass", "compound",
                        "amod"):
            if cur.dep_ == "conj":
                # a conjunct shares the first conjunct's auxiliaries ("could kill and maim")
                cur = cur.head
                continue
            if cur.dep_ in ("ccomp", "advcl", "relcl") and depth > 0 and cur != trigger:
                break
            if cur.dep_ == "relcl":
                break  # "he is not charged in the attack, which killed three": told as a fact
            if cur.head == cur:
                break
            cur = cur.head
            continue
        break
    if trigger.tag_ == "VBG" and trigger.dep_ in ("pcomp", "xcomp") and lemma_of(
            trigger.head) in lex.block_heads:
        return True
    return False


def is_blocked_nominal(noun: Token, lex: CasualtyLexicon) -> bool:
    """A nominal outcome governed by a hypothetical or negated verb (``could cause thousands of
    deaths``, ``warned of mass casualties``)."""
    governor = noun.head
    hops = 0
    while governor.dep_ in ("prep", "pobj", "dobj", "conj", "compound") and hops < 3 and \
            governor.head != governor:
        governor = governor.head
        hops += 1
    if governor == noun:
        return False
    if lemma_of(governor) in lex.block_heads or lemma_of(governor) in lex.block_nouns:
        return True
    return is_blocked(governor, noun, lex)
