"""Word lists, patterns and small token tests shared by the group finders.

The lists come from ``data/groups/phrases.json``; the patterns here are the few that are grammar,
not vocabulary.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from conflict_extract.components.places.metonymy import ACTOR_VERB_LEMMAS
from conflict_extract.lexicon import load_json

DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "these", "those"})
POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
# The lookaheads hold the first letters of the alternatives (case-blind, like the rest): a
# position whose letter begins none of them is passed over at once.
FORMER_NAME = re.compile(
    r"\b(?=[afkopt])(?:(?:formerly|previously|originally|once|also|then)\s+(?:known|called|named)(?:\s+as)?"
    r"|formerly|previously|(?:also\s+)?known\s+as|a\.k\.a\.?|aka)\b",
    re.IGNORECASE,
)
RENAMED = re.compile(
    r"\b(?=[cnr])(?:renamed|rebranded|changed\s+its\s+name\s+to|now\s+(?:known|called)(?:\s+as)?)"
    r"(?:\s+itself)?(?:\s+as)?\b",
    re.IGNORECASE,
)

LETTERS = re.compile(r"[^\W\d_]")
UPPERS = re.compile(r"[A-Z]")
GLUED = re.compile(r"[a-z]{2}[A-Z]")  # "SyriaThe": words run together by a lost line break
GLUED_WORD = re.compile(r"[^\w\s]+[A-Z][a-z]+$")  # '"White': a quote mark glued to a name
GLUED_TAIL = re.compile(r"[a-z]{2}([A-Z][a-z]+)\b")


WORDS = load_json("groups/phrases.json")
ARABIC_CONNECTORS = frozenset(WORDS["name_connectors"])
GENERIC_HEADS = frozenset(WORDS["generic_name_heads"])
RANKS = frozenset(WORDS["rank_words"])
ACTING_VERBS = ACTOR_VERB_LEMMAS | frozenset(WORDS["acting_verbs"])
ORG_WORDS = frozenset(WORDS["org_words"])
GROUND_HEADS = frozenset(WORDS["ground_force_heads"])
NORP_HEADS: dict[str, str] = WORDS["norp_heads"]
HEAD_BACK_REFERENCES = frozenset(WORDS["head_back_references"])
PORTFOLIOS = frozenset(WORDS["portfolio_words"])
INTERNATIONAL = frozenset(WORDS["international_words"])

REGION_WORDS = frozenset({"central", "latin", "south", "pan", "inter", "-"})
INSTITUTION_FORCES = frozenset({
    "armed forces", "military forces", "air force", "navy", "naval forces", "national guard",
    "army troops", "army soldiers", "army units", "army forces", "air defences", "air defenses",
})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "ADP", "DET", "CCONJ", "PART", "PUNCT"})
NAME_MARKS = frozenset({"(", '"', "”", "'s", "’s"})
NAME_FOLLOWERS = frozenset(
    "guerrillas rebels militants fighters members forces group movement organization "
    "organisation said claimed".split()
)
ARABIC_ARTICLES = frozenset("al el ad ash as ar at an az ath adh ul wal".split())
LOOKUP_LABELS = frozenset({"PERSON", "FAC", "NORP", "LOC", "GPE", "WORK_OF_ART", "PRODUCT"})

NAMED_HEADS = frozenset(
    {"fighters", "militants", "militias", "militiamen", "group", "gunmen", "attackers", "bandits",
     "members"}
)
"""Nouns that, right after a named actor (``al-Shabaab gunmen``), belong to that actor."""

STATE_ATTACK_VERBS = frozenset(WORDS["state_attack_verbs"])
"""Verbs whose country-name subject is its armed forces (``Turkey shelled``)."""
STATE_ACTING_VERBS = frozenset(WORDS["state_acting_verbs"])
"""Verbs whose country-name subject is the state acting (``Iran brokered the deal``)."""
BARE_HEADS = frozenset(WORDS["bare_unidentified"])
"""Nouns for attackers nobody named (``gunmen``, ``assailants``)."""

# Mention ranks: lower wins an overlap at equal length; the dictionary always wins.
RANK_DICT, RANK_PHRASE, RANK_GENERIC, RANK_ORG, RANK_STATE = 0, 1, 2, 3, 4


def squash(text: str) -> str:
    """Lower-case with runs of white space as one space and hyphen spacing removed."""
    return re.sub(r"\s+", " ", text.lower().replace(" - ", "-")).strip()



def is_lowercased(text: str) -> bool:
    """True for text with (almost) no capitals, such as the MUC corpus: case cues are off."""
    sample = text[:4000]
    uppers = len(UPPERS.findall(sample))
    if uppers >= 0.003 * len(sample):
        return False  # capitals are this share of the characters, so of the letters too
    letters = len(LETTERS.findall(sample))
    return letters > 0 and uppers / letters < 0.003


def is_capitalised(text: str) -> bool:
    """True if the text starts with a capital (names in cased text)."""
    return bool(text) and text[0].isupper()


def name_like(token: Token) -> bool:
    """A token that can be part of a proper name run (capitalised or an Arabic/Latin connector)."""
    return (token.is_title or (token.is_upper and len(token) > 1)) and not token.is_punct

