"""Claims of responsibility: the group a report says did the attack (``Al-Shabaab claimed
responsibility for the attack``, ``the bombing was carried out by ETA``) is the perpetrator of the
attack's figures that name none.

A claim covers the figures told before it, back to the previous claim, and those in its own
sentence: wire reports state the toll first and the claim after (``A car bomb killed 10 people
in Mogadishu on Tuesday. Al-Shabaab claimed responsibility.``). A negated or hedged claim (``no
group has claimed responsibility``, ``may have carried out``) names no one; a running toll is
never one attack's, nor is a fight between two sides (``in a battle between troops and gunmen``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Span, Token

from conflict_extract.components.casualties.causes import is_cause
from conflict_extract.components.casualties.lexicon import CasualtyLexicon, lemma_of
from conflict_extract.components.casualties.lookups import group_name_by_head, group_name_in
from conflict_extract.components.groups.canonical import UNIDENTIFIED_NAMES
from conflict_extract.lexicon import load_json
from conflict_extract.models import Casualty
from conflict_extract.nlp.extensions import tokens_with_lemma


@dataclass(frozen=True)
class ClaimLexicon:
    """Word lists of ``data/casualties/claims.json``."""

    claim_verbs: frozenset[str]
    responsibility_nouns: frozenset[str]
    carry_verbs: dict[str, str | None]
    negators: frozenset[str]
    modals: frozenset[str]
    two_sided_causes: frozenset[str]

    @cached_property
    def verbs(self) -> frozenset[str]:
        """Every claim and carry verb: the lemmas a claim can hang on."""
        return self.claim_verbs | frozenset(self.carry_verbs)


@lru_cache(maxsize=1)
def load_claim_lexicon() -> ClaimLexicon:
    """The claim lexicon, read once."""
    data = load_json("casualties/claims.json")
    return ClaimLexicon(
        claim_verbs=frozenset(data["claim_verbs"]),
        responsibility_nouns=frozenset(data["responsibility_nouns"]),
        carry_verbs=dict(data["carry_verbs"]),
        negators=frozenset(data["negators"]),
        modals=frozenset(data["modals"]),
        two_sided_causes=frozenset(data["two_sided_causes"]),
    )


@dataclass(frozen=True)
class Claim:
    """A group claiming (or named as doing) an attack, ending at character ``end`` (its sentence's
    end), found by ``rule`` (``claim_of_responsibility`` or ``carried_out_by``)."""

    group: str
    start: int
    end: int
    rule: str


def find_claims(doc: Doc, lex: CasualtyLexicon) -> list[Claim]:
    """Every claim of responsibility of the Doc, in text order."""
    words = load_claim_lexicon()
    claims = []
    for tok in tokens_with_lemma(doc, words.verbs):
        lemma = lemma_of(tok) if tok.pos_ in ("VERB", "AUX") else None
        if lemma not in words.verbs or _denied(tok, words):
            continue
        doer, rule = None, None
        if lemma in words.claim_verbs:
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if obj is not None and (lemma_of(obj) in words.responsibility_nouns
                                    or lemma == "claim" and is_cause(obj, lex)):
                doer = _actor(tok, "nsubj") or _agent(tok)
                rule = "claim_of_responsibility"
        elif lemma in words.carry_verbs:
            particle = words.carry_verbs[lemma]
            if particle is None or any(c.dep_ == "prt" and c.lower_ == particle
                                       for c in tok.children):
                subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                if subj is not None and is_cause(subj, lex) or subj is not None and \
                        subj.lower_ in ("it", "which", "that"):
                    doer, rule = _agent(tok), "carried_out_by"
        if doer is not None and rule is not None:
            sent = tok.sent
            if not _denied_phrase(sent):
                claims.append(Claim(doer, sent.start_char, sent.end_char, rule))
    return claims


def _denied(verb: Token, words: ClaimLexicon) -> bool:
    """A negated or modal-hedged verb (``has not claimed``, ``may have carried out``)."""
    return any(c.dep_ in ("neg", "aux") and (c.lower_ in words.negators or c.lower_ in words.modals)
               for c in verb.children)


def _denied_phrase(sent: Span) -> bool:
    """``no claim of responsibility was made``: the claim noun itself negated in the sentence."""
    return any(t.lower_ == "no" and t.head.lower_ == "claim" for t in sent)


def _actor(verb: Token, dep: str) -> str | None:
    """The group named by the ``dep`` dependent's phrase of ``verb`` (``the group`` resolved to the
    last group named before it); None for ``no group``."""
    subj = next((c for c in verb.children if c.dep_ == dep), None)
    if subj is None or any(c.lower_ in load_claim_lexicon().negators for c in subj.children):
        return None
    name = group_name_in(verb.doc, subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge))
    if name is None and subj.pos_ == "NOUN":
        name = group_name_by_head(subj, subj.idx)
    return name


def _agent(verb: Token) -> str | None:
    """The group of the passive agent (``carried out by the armed group ETA``)."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return _actor(agent, "pobj") if agent is not None else None


def _unnamed(record: Casualty) -> bool:
    """True when the figure's perpetrator is not yet named: none, armed people as written
    (``a suicide bomber``), or an unidentified actor (``Unidentified Armed Group (Somalia)``)."""
    if record.perpetrator is None:
        return True
    rule = record.links.get("perpetrator", "")
    return rule.endswith("_noun") or record.perpetrator.startswith(UNIDENTIFIED_NAMES)


def apply_claims(records: list[Casualty], doc: Doc, lex: CasualtyLexicon) -> None:
    """Give each one-incident main figure whose perpetrator is not named the group of the claim
    that covers it (the first claim at or after it, back to the previous claim): ``Gunmen
    killed 11 ... The ADF claimed responsibility`` names the gunmen."""
    claims = find_claims(doc, lex)
    if not claims:
        return
    two_sided = load_claim_lexicon().two_sided_causes
    lower = 0
    for claim in claims:
        for record in records:
            if record.part_of is not None or not _unnamed(record) or record.cumulative:
                continue
            if record.cause and record.cause.rsplit(None, 1)[-1].lower() in two_sided:
                continue
            if lower <= record.start < claim.end:
                record.perpetrator = claim.group
                record.links["perpetrator"] = claim.rule
        lower = claim.end
