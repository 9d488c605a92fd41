"""Perpetrator links: who did it, read from the figure's clause.

In order: the agent of a passive trigger (``killed by government forces``), the active subject
(``Rebels killed``, or for ``A Russian missile struck the city, killing 14`` the subject of the
verb the participle hangs on), a group named inside the cause phrase (``in an al-Shabaab
ambush``, ``killed in RSF shelling``). A subject or cause named only by a nationality (``a
Russian missile``, ``Israeli strikes``) gives that country's forces: the group of that country
found in the article, else the actor dictionary's name for its forces, else ``<Demonym>
forces``. Armed people named by a common noun (``gunmen``, ``a suicide bomber``) are given as
written when no group is named.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from conflict_extract.components.casualties.candidate import Candidate
from conflict_extract.components.casualties.causes import (
    clause_subject,
    is_cause,
    prep_object,
    split_cause_span,
    when_subject,
)
from conflict_extract.components.casualties.clause import clause_head
from conflict_extract.components.casualties.lexicon import CasualtyLexicon, lemma_of
from conflict_extract.components.casualties.lookups import group_name_in
from conflict_extract.components.casualties.victims import victim_name
from conflict_extract.components.groups.actors import load_actor_index
from conflict_extract.lexicon.countries import country_table
from conflict_extract.nlp.extensions import doc_text


@lru_cache(maxsize=1)
def demonym_countries() -> dict[str, str]:
    """Demonyms and country adjectives (``Russian``) -> ISO alpha-2 code, from the shared data."""
    return {word.lower(): cc for word, cc in country_table().demonym_codes().items()}


def find_perpetrator(cand: Candidate, lex: CasualtyLexicon) -> tuple[str, str] | None:
    """(group name, rule) of whoever did it, or None; rules ``agent``, ``subject``,
    ``cause_phrase``, ``nationality``."""
    clause = clause_head(cand)
    doc = cand.anchor.doc
    for child in [*cand.trigger.children, *clause.children]:
        if child.dep_ == "agent":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                found = _phrase_group(pobj, lex, whole=True) or _armed_noun(pobj, lex)
                if found:
                    return found[0], "agent" if found[1] == "group" else "agent_" + found[1]
    subj = clause_subject(cand)
    if subj is not None and subj.lower_ in lex.pronoun_subjects and cand.kind == "verb":
        name = _previous_subject_group(subj)
        if name:
            return name, "subject_pronoun"
    if subj is not None and cand.anchor != subj and cand.kind in ("verb", "state"):
        # only the head phrase: "Rebel fire on the west of the city" names no other group
        name = group_name_in(doc, subj.left_edge.idx, subj.idx + len(subj))
        if name:
            return name, "subject"
        found = _phrase_group(subj, lex, whole=False) if is_cause(subj, lex) else _armed_noun(
            subj, lex)
        if found:
            return found[0], "subject_" + found[1]
    antecedent = _relative_antecedent(clause)
    if antecedent is not None:
        found = _phrase_group(antecedent, lex, whole=True)
        if found:
            return found[0], "antecedent_" + found[1]
    when = when_subject(cand, lex)
    if when is not None:
        found = _phrase_group(when, lex, whole=False)
        if found:
            return found[0], "when_clause_" + found[1]
    for head in (cand.trigger, clause):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in lex.cause_preps:
                pobj = prep_object(prep)
                if pobj is not None and is_cause(pobj, lex):
                    found = _phrase_group(pobj, lex, whole=False)
                    if found:
                        return found[0], "cause_phrase" if found[1] == "group" else found[1]
                split = split_cause_span(pobj, lex) if pobj is not None else None
                if split is not None:
                    # "in RSF shelling" parsed with the name as the object and the cause apart
                    name = group_name_in(doc, doc[split[0]].idx, doc[split[1]].idx)
                    if name:
                        return name, "cause_phrase"
    return None


def _previous_subject_group(pronoun: Token) -> str | None:
    """The group named by the subject of the main verb of the sentence before ``pronoun``'s
    (``Gunmen stormed a base. They killed 23 soldiers``); the lexicon's ``pronoun_subjects``
    leave out ``it``, as often the weapon or the attack as the group."""
    sent = pronoun.sent
    if sent.start == 0:
        return None
    root = pronoun.doc[sent.start - 1].sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    return group_name_in(pronoun.doc, subj.left_edge.idx,
                         subj.right_edge.idx + len(subj.right_edge))


def _relative_antecedent(clause: Token) -> Token | None:
    """The noun a relative clause tells about when its subject is the relative pronoun (``the
    bombing by ETA, which killed 13``, ``an al-Shabaab attack that killed five``)."""
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head  # "which killed 13 and wounded 71"
    if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in clause.children):
        return clause.head
    return None


def _phrase_group(head: Token, lex: CasualtyLexicon, *, whole: bool) -> tuple[str, str] | None:
    """The group named in the phrase of ``head`` (all of it, or only its left modifiers), else
    the forces of the nationality modifying it."""
    doc = head.doc
    # a relative clause on the phrase tells of other people ("the attack, which killed 13")
    last = max([head, *(c.right_edge for c in head.rights if c.dep_ not in ("relcl", "acl"))],
               key=lambda t: t.i) if whole else head
    end = last.idx + len(last)
    name = group_name_in(doc, head.left_edge.idx, end)
    if name:
        return name, "group"
    for mod in head.lefts:
        cc = demonym_countries().get(mod.lower_)
        if cc is not None and mod.dep_ in ("amod", "compound", "nmod"):
            return _country_forces(doc, cc, mod.text), "nationality"
    return None


def _armed_noun(head: Token, lex: CasualtyLexicon) -> tuple[str, str] | None:
    """Armed people named by a common noun (``gunmen``, ``a suicide bomber``, ``troops``): the
    phrase as written, without its determiner, when no group is named."""
    if head.pos_ != "NOUN" or victim_name(head, lex) not in lex.armed and \
            f"{lemma_of(head)}s" not in lex.armed:
        return None
    first = min([head.i, *(c.left_edge.i for c in head.lefts if c.dep_ in ("amod", "compound"))])
    doc = head.doc
    return doc_text(doc)[doc[first].idx:head.idx + len(head)], "noun"


def _country_forces(doc, cc: str, demonym: str) -> str:
    """The article's group for the forces of country ``cc`` (only forces: a state's ministry or
    government, ``the health ministry said``, struck nobody), else the name the actor dictionary
    gives that country's forces, so that ``an Israeli air strike`` and ``Israeli warplanes`` in
    two reports name one perpetrator, else ``<Demonym> forces``."""
    for group in doc._.groups or ():
        if group.country == cc and group.type == "state_forces":
            return group.name
    national = load_actor_index().national(cc)
    return national.name if national is not None else f"{demonym} forces"
