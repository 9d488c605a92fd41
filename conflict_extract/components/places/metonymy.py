"""Telling a place name used as a place from one used for an actor (``Russia vetoed``).

Shared by the places component (which leaves actor uses out) and the groups component (which
takes them in as states), so the two always agree on every mention.
"""

from __future__ import annotations

from spacy.tokens import Span

ACTOR_VERB_LEMMAS = frozenset(
    """
    accuse acknowledge agree allow announce approve argue back block blame call claim condemn
    confirm deny demand deploy insist launch negotiate oppose pledge promise propose refuse reject
    reply respond retaliate sanction say send sign stall support threaten urge veto vote warn want
    welcome
    """.split()
)
"""Verbs whose subject is an agent that speaks or decides, so a place name there is an actor."""

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})

STANCE_ADJECTIVES = frozenset(
    """confident determined ready willing keen prepared committed opposed reluctant unwilling eager
    adamant concerned worried hopeful optimistic sceptical skeptical angry furious responsible""".split()
)
"""Adjectives that, predicated of a place name, make it a mind that holds them (``Moscow was
confident``)."""

RELATION_NOUNS = frozenset(
    """talks talk negotiations negotiation relations ties dialogue deal agreement tensions rift
    dispute meeting summit cooperation rapprochement contacts""".split()
)
"""Nouns whose ``between X and Y`` or ``with X`` arguments are parties, not places."""


def gpe_as_actor(span: Span) -> bool:
    """True if the place-name ``span`` stands for a government or state acting, not a location.

    A place name is an actor when it is the subject of a speaking or deciding verb (``Russia vetoed``,
    ``Damascus said``), the possessor of a decision (``Russia's veto``), or the object of such a verb
    with a human reading (``accused Moscow of stalling``). Copular and locative uses (``Aleppo has
    been a battleground``, ``talks in Geneva``) stay places.
    """
    root = span.root
    head = root.head
    if root.dep_ in SUBJECT_DEPS and head.pos_ in {"VERB", "AUX"}:
        if head.lemma_.lower() in ACTOR_VERB_LEMMAS:
            return True
        # "Russia has vetoed", "Russia and China blocked": the conjunct shares the verb.
    if root.dep_ == "conj":
        first = root.head
        while first.dep_ == "conj" and first.head is not first:
            first = first.head
        if first.dep_ in SUBJECT_DEPS and first.head.lemma_.lower() in ACTOR_VERB_LEMMAS:
            return True
    if root.dep_ == "dobj" and head.lemma_.lower() in {"accuse", "blame", "urge", "warn", "sanction"}:
        return True
    if root.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in {
        "talk", "deal", "agreement", "negotiation", "reach"
    }:
        return True
    # "Moscow was confident", "Kyiv is ready to talk".
    if root.dep_ in SUBJECT_DEPS and head.lemma_ == "be" and any(
        child.dep_ == "acomp" and child.lower_ in STANCE_ADJECTIVES for child in head.children
    ):
        return True
    # "talks between Washington and Moscow", "relations with Tehran".
    first = root
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    if first.dep_ == "pobj" and first.head.lower_ in {"between", "with"} and (
        first.head.head.lower_ in RELATION_NOUNS
    ):
        return True
    return False
