"""Demonym- and country-headed actor phrases (``Syrian forces``, ``Russian jets``), states
named for their acts (``Russia vetoed``), and non-national group adjectives (``Kurdish fighters``).
"""

from __future__ import annotations

from spacy.tokens import Span

from conflict_extract.components.groups.article import (
    ArticleState,
    Ident,
    add,
    canon,
    police,
    state,
    state_forces,
)
from conflict_extract.components.groups.words import (
    GROUND_HEADS,
    NORP_HEADS,
    RANK_PHRASE,
    RANK_STATE,
    STATE_ACTING_VERBS,
    STATE_ATTACK_VERBS,
)
from conflict_extract.components.places.metonymy import gpe_as_actor


def find_country_phrases(st: ArticleState) -> None:
    """Demonym- or country-headed actor phrases, and states named for their acts."""
    doc, res = st.doc, st.res
    for start, end, kind, cc in st.country_hits:
        nxt = doc[end] if end < len(doc) else None
        nxt2 = doc[end : end + 2].text.lower() if end + 1 < len(doc) else ""
        if kind == "S":
            add(st, start, end, state(st, cc), RANK_PHRASE)
            continue
        if kind in "DN" and nxt is not None:
            if nxt.text in {"'s", "’s"} and end + 1 < len(doc):
                nxt = doc[end + 1]
                nxt2 = doc[end + 1 : end + 3].text.lower() if end + 2 < len(doc) else ""
                end += 1
            if nxt2 in res.force_heads or nxt2 in res.rebel_heads:
                head_end = end + 2
                head = nxt2
            elif nxt.lower_ in res.force_heads or nxt.lower_ in res.government_words or (
                nxt.lower_ in res.rebel_heads or nxt.lower_ in res.police_heads
            ):
                head_end = end + 1
                head = nxt.lower_
            else:
                head = ""
            if head and not (nxt.pos_ == "VERB" or doc[head_end - 1].tag_ == "VBZ"):
                ident = country_head_ident(st, cc, head)
                if ident is not None:
                    add(st, start, head_end, ident, RANK_PHRASE)
                    if head in GROUND_HEADS and ident.type == "state_forces":
                        st.force_cues.append((start, cc))
                        st.force_ends[head_end] = cc
                    continue
        if kind in "NC":
            span = doc[start:end]
            if start >= 2 and doc[start - 1].lower_ == "of" and (
                doc[start - 2].lower_ in res.government_words
            ):
                add(st, start - 2, end, state(st, cc), RANK_PHRASE)
            elif gpe_as_actor(span):
                add(st, start, end, state(st, cc), RANK_STATE)
            elif kind == "N" and _subject_of(span, STATE_ATTACK_VERBS):
                add(st, start, end, state_forces(st, cc), RANK_STATE)
            elif kind == "N" and _subject_of(span, STATE_ACTING_VERBS):
                add(st, start, end, state(st, cc), RANK_STATE)


def _subject_of(span: Span, lemmas: frozenset[str]) -> bool:
    """Is the country name the subject of one of these verbs (``Turkey shelled``)?"""
    root = span.root
    return root.dep_ in {"nsubj", "agent"} and root.head.lemma_.lower() in lemmas


def country_head_ident(st: ArticleState, cc: str, head: str) -> Ident | None:
    """The actor named by a country adjective and a head noun (``Syrian`` + ``rebels``)."""
    res = st.res
    adj = res.adjective(cc)
    if head in res.government_words:
        # The Syrian regime or junta rules through its forces; its government is the state.
        return state_forces(st, cc) if head in {"regime", "junta"} else state(st, cc)
    if head in res.force_heads:
        return state_forces(st, cc)
    if head in res.police_heads:
        return police(st, cc)
    if head in res.rebel_heads:
        return canon(st, f"{adj} rebels", "armed_group", cc)
    return None


def find_norp_phrases(st: ArticleState) -> None:
    """Non-national group adjectives heading actor nouns: ``Kurdish fighters``, ``Shia
    militias``, ``Tuareg rebels`` (a country's own demonym is handled as a country)."""
    doc, res = st.doc, st.res
    seen: dict[tuple[str, str], Ident] = {}
    for ent in st.ents:
        if ent.label_ != "NORP" or ent.end >= len(doc):
            continue
        if ent.text.lower() in res.adj_to_cc or ent.text.lower() in res.actor_aliases:
            continue
        if ent.text.lower() in res.ideologies:
            continue  # "communist guerrillas" are rebels, not a group named "communist"
        head = doc[ent.end].lower_
        kind = NORP_HEADS.get(head)
        if kind is None:
            continue
        # "Chechen militants" and "Chechen fighters" are one actor, named as first seen.
        key = (ent.text.lower(), kind)
        if key not in seen:
            # A people's armed men ("Fulani gunmen") are a communal, identity militia.
            klass = "identity_militia" if kind == "militia" else None
            seen[key] = Ident(f"{ent.text} {head}", kind, st.main, klass)
        add(st, ent.start, ent.end + 1, seen[key], RANK_PHRASE)
