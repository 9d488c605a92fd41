"""The casualty lexicon (trigger verbs, states, tolls, victim nouns) read once from
``data/casualties/``, and the token helpers every casualty rule shares.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from conflict_extract.lexicon import load_json

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True)
class CasualtyLexicon:
    """Word lists read once from ``data/casualties/triggers.json``, ``victims.json`` and
    ``links.json``."""

    verbs: dict[str, str]
    passive_only: frozenset[str]
    intransitive: dict[str, str]
    states: dict[str, str]
    nouns: dict[str, str]
    noun_needs_verb: dict[str, frozenset[str]]
    tolls: dict[str, str]
    toll_verbs: frozenset[str]
    block_heads: frozenset[str]
    block_nouns: frozenset[str]
    say_verbs: frozenset[str]
    cumulative_nouns: frozenset[str]
    event_nouns: dict[str, str]
    cause_nouns: frozenset[str]
    victim_nouns: dict[str, str]
    victim_compounds: dict[str, str]
    inherit: frozenset[str]
    singular_ok: frozenset[str]
    armed: frozenset[str]
    demonyms: dict[str, str] = field(default_factory=dict)
    disease_nouns: frozenset[str] = frozenset()
    incident_nouns: frozenset[str] = frozenset()
    update_nouns: frozenset[str] = frozenset()
    update_verbs: frozenset[str] = frozenset()
    motive_nouns: frozenset[str] = frozenset()
    animate_object_verbs: frozenset[str] = frozenset()
    causal_verbs: frozenset[str] = frozenset()
    not_people: frozenset[str] = frozenset()
    attack_verbs: frozenset[str] = frozenset()
    cause_preps: frozenset[str] = frozenset()
    cause_adjectives: frozenset[str] = frozenset()
    period_openers: frozenset[str] = frozenset()
    date_openers: frozenset[str] = frozenset()
    pronoun_subjects: frozenset[str] = frozenset()
    update_modifiers: frozenset[str] = frozenset()
    report_nouns: frozenset[str] = frozenset()
    split_verbs: frozenset[str] = frozenset()
    separate_words: frozenset[str] = frozenset()
    tally_nouns: frozenset[str] = frozenset()
    site_preps: frozenset[str] = frozenset()
    site_nouns: frozenset[str] = frozenset()
    site_areas: frozenset[str] = frozenset()
    same_place_units: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Unit noun of ``the same province`` -> the place types it points back to."""


@lru_cache(maxsize=1)
def load_lexicon() -> CasualtyLexicon:
    """The casualty lexicon, read once per process."""
    trig = load_json("casualties/triggers.json")
    vic = load_json("casualties/victims.json")
    links = load_json("casualties/links.json")
    return CasualtyLexicon(
        verbs=dict(trig["verbs"]),
        passive_only=frozenset(trig["passive_only"]),
        intransitive=dict(trig["intransitive"]),
        states=dict(trig["states"]),
        nouns=dict(trig["nouns"]),
        noun_needs_verb={k: frozenset(v) for k, v in trig["noun_needs_verb"].items()},
        tolls=dict(trig["tolls"]),
        toll_verbs=frozenset(trig["toll_verbs"]),
        block_heads=frozenset(trig["block_heads"]),
        block_nouns=frozenset(trig["block_nouns"]),
        say_verbs=frozenset(trig["say_verbs"]),
        cumulative_nouns=frozenset(trig["cumulative_nouns"]),
        event_nouns=dict(trig["event_nouns"]),
        cause_nouns=frozenset(trig["cause_nouns"]),
        victim_nouns=dict(vic["nouns"]),
        victim_compounds=dict(vic["compounds"]),
        inherit=frozenset(vic["inherit"]),
        singular_ok=frozenset(vic["singular_ok"]),
        armed=frozenset(vic["armed"]),
        demonyms={d.lower(): d for d in vic["demonyms"]},
        disease_nouns=frozenset(trig["disease_nouns"]),
        incident_nouns=frozenset(trig["incident_nouns"]),
        update_nouns=frozenset(trig["update_nouns"]),
        update_verbs=frozenset(trig["update_verbs"]),
        motive_nouns=frozenset(trig["motive_nouns"]),
        animate_object_verbs=frozenset(trig["animate_object_verbs"]),
        causal_verbs=frozenset(trig["causal_verbs"]),
        not_people=frozenset(vic["not_people"]),
        attack_verbs=frozenset(trig["attack_verbs"]),
        **{key: frozenset(links[key]) for key in (
            "cause_preps", "cause_adjectives", "period_openers", "date_openers",
            "pronoun_subjects", "site_preps", "site_nouns", "site_areas")},
        update_modifiers=frozenset(trig["update_modifiers"]),
        report_nouns=frozenset(trig["report_nouns"]),
        split_verbs=frozenset(trig["split_verbs"]),
        separate_words=frozenset(trig["separate_words"]),
        tally_nouns=frozenset(trig["tally_nouns"]),
        same_place_units={k: tuple(v) for k, v in links["same_place_units"].items()},
    )


def lemma_of(token: Token) -> str:
    """Lower-cased lemma (the lexicon keys)."""
    return token.lemma_.lower()


def phrase_start(head: Token) -> int:
    """Index of the first token of the noun phrase ``head`` heads, its determiner left out
    (``the busy bus station`` starts at ``busy``)."""
    return min([head.i, *(c.left_edge.i for c in head.lefts if c.dep_ != "det")])


def child_with(token: Token, dep: str) -> Token | None:
    """The first child of ``token`` with dependency ``dep``."""
    for child in token.children:
        if child.dep_ == dep:
            return child
    return None
