"""Actors named through a phrase: ``the X group``, ``fighters with X``, ``forces loyal to X``,
``X's forces``, ``X-backed fighters`` (and ministries, see ``ministries``).
"""

from __future__ import annotations

from spacy.tokens import Token

from conflict_extract.components.groups.article import (
    ArticleState,
    Ident,
    actor_ident,
    add,
    lookup,
    state,
    state_forces,
)
from conflict_extract.components.groups.countries import country_in
from conflict_extract.components.groups.ministries import ministry
from conflict_extract.components.groups.orgs import org_type, type_from_mods
from conflict_extract.components.groups.words import (
    ARABIC_CONNECTORS,
    GLUED,
    POSSESSIVE,
    RANK_DICT,
    RANK_ORG,
    RANK_PHRASE,
    name_like,
)


def find_named_phrases(st: ArticleState) -> None:
    """``the X group``, ``rebel group X``, ``fighters with X``, ``forces loyal to X``,
    ``X's forces``, ``X-backed fighters`` and ministries."""
    doc, res = st.doc, st.res
    triggers = res.named_triggers
    for i, word in enumerate(st.words):
        low = word.lower()
        if low not in triggers:
            continue
        token = doc[i]
        if low in res.group_nouns and not st.lowercased:
            group_noun(st, token)
        elif low in res.member_nouns and token.i + 2 < len(doc) and (
            doc[token.i + 1].lower_ in {"with", "of", "from", "for"}
        ):
            member_of(st, token)
        elif low == "loyal" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            loyal_to(st, token)
        elif low in res.backed_words and token.i >= 2 and doc[token.i - 1].text in {"-", "–"}:
            backed(st, token)
        elif low in {"ministry", "ministries"}:
            ministry(st, token)
        elif low in res.loyal_heads and token.i >= 2 and doc[token.i - 1].text in {"'s", "’s"}:
            leaders_forces(st, token)


def name_run_left(st: ArticleState, end: int) -> tuple[int, int] | None:
    """The proper-name run ending just before token ``end``, as ``(start, end)``."""
    doc = st.doc
    i = end - 1
    while i >= 0 and (name_like(doc[i]) or doc[i].lower_ in ARABIC_CONNECTORS):
        i -= 1
    start = i + 1
    while start < end and (not name_like(doc[start]) or doc[start].is_stop) and not (
        doc[start].lower_ in {"al", "el"} and start + 1 < end and doc[start + 1].text == "-"
    ):
        start += 1  # "The coalition": a capitalised determiner is no name
    if start >= end or not name_like(doc[end - 1]):
        return None
    return start, end


def name_run_right(st: ArticleState, start: int) -> tuple[int, int] | None:
    """The proper-name run starting at token ``start``, as ``(start, end)``."""
    doc = st.doc
    if start < len(doc) and doc[start].lower_ == "the":
        start += 1
    i = start
    while i < len(doc) and (name_like(doc[i]) or (
        doc[i].lower_ in ARABIC_CONNECTORS and i > start
    )):
        i += 1
    end = i
    while end > start and not name_like(doc[end - 1]):
        end -= 1
    if end <= start or not name_like(doc[start]):
        return None
    return start, end


def is_place_or_person(st: ArticleState, start: int, end: int, person: bool = True) -> bool:
    """True when a name run is a country word, a known place or (``person``) a person's name."""
    doc = st.doc
    text = doc[start:end].text
    low = text.lower()
    if low in st.res.adj_to_cc or st.res.place_cc(low) or low in st.res.not_org_words:
        return True
    if doc[start].lower_ in st.res.leader_titles:
        return True
    ent_types = {t.ent_type_ for t in doc[start:end]}
    return person and ent_types == {"PERSON"} and low not in st.res.actor_aliases and (
        lookup(st, text) is None
    )


def named(st: ArticleState, start: int, end: int, default_type: str, rank: int = RANK_PHRASE) -> None:
    """Record a named actor over a name run, via the dictionary when it knows the name."""
    text = st.doc[start:end].text
    actor = lookup(st, text)
    if actor is not None:
        add(st, start, end, actor_ident(st, actor), RANK_DICT)
        return
    if GLUED.search(text) or any(ch in text for ch in "\n=|#@/"):
        return  # "ETA.==Background": a heading glued to the name
    country = country_in(st, start, end) or (
        st.main if default_type in {"armed_group", "militia"} else None
    )
    add(st, start, end, Ident(POSSESSIVE.sub("", text), default_type, country), rank)


def group_noun(st: ArticleState, token: Token) -> None:
    """``the Nour al-Din al-Zinki group`` / ``the rebel group Fastaqim``."""
    doc, res = st.doc, st.res
    kind = res.group_nouns[token.lower_]
    mods = []
    j = token.i - 1
    while j >= 0 and doc[j].is_lower and doc[j].pos_ in {"NOUN", "ADJ", "VERB"}:
        mods.insert(0, doc[j].lower_)
        j -= 1
    kind = type_from_mods(st, mods, token.lower_, kind)
    run = None if mods else name_run_left(st, token.i)
    if run is not None and run[0] > 0 and doc[run[0] - 1].text in {"-", "–"}:
        run = None  # a pro-Assad militia, a Hamas-run group
    # Many groups bear a person's name (Nour al-Din al-Zinki), so a PERSON run is kept here.
    if run is not None and not is_place_or_person(st, *run, person=False):
        named(st, run[0], run[1], kind)
        return
    if token.i + 1 < len(doc) and doc[token.i + 1].text != ",":
        run = name_run_right(st, token.i + 1)
        if run is not None and not is_place_or_person(st, *run, person=False):
            named(st, run[0], run[1], kind)


def member_of(st: ArticleState, token: Token) -> None:
    """``a fighter with X``, ``members of X``, ``a spokesman for X``."""
    run = name_run_right(st, token.i + 2)
    if run is None or is_place_or_person(st, *run):
        return
    if st.doc[run[1] - 1].lower_ in st.res.group_nouns:
        return
    actor = lookup(st, st.doc[run[0] : run[1]].text)
    if actor is not None:
        add(st, run[0], run[1], actor_ident(st, actor), RANK_DICT)
    elif any(t.ent_type_ in {"ORG", "NORP"} for t in st.doc[run[0] : run[1]]):
        kind = org_type(st, st.doc[run[0] : run[1]])
        if kind != "place":
            named(st, run[0], run[1], kind, RANK_ORG)


def loyal_to(st: ArticleState, token: Token) -> None:
    """``forces loyal to (President) X``: the leader's country's forces."""
    doc, res = st.doc, st.res
    i = token.i
    if i == 0 or doc[i - 1].lower_ not in res.loyal_heads:
        return
    j = i + 2
    titled = False
    while j < len(doc) and (doc[j].lower_ in res.leader_titles or (
        doc[j].lower_ in res.adj_to_cc
    )):
        titled = titled or doc[j].lower_ in res.leader_titles
        j += 1
    k = j + 1 if j < len(doc) and doc[j].lower_ == "the" else j
    if k < len(doc) and doc[k].lower_ in res.government_words:
        add(st, i - 1, k + 1, state_forces(st, st.main), RANK_PHRASE)
        return  # forces loyal to the government
    run = name_run_right(st, j)
    if run is None:
        return
    surname = doc[run[1] - 1].lower_
    cc = st.leaders.get(surname) or (st.main if titled else None)
    if cc is not None:
        add(st, i - 1, run[1], state_forces(st, cc), RANK_PHRASE)
    else:
        # A titled leader of no known country commands state forces all the same.
        name = f"forces loyal to {doc[run[0] : run[1]].text}"
        kind = "state_forces" if titled else "armed_group"
        add(st, i - 1, run[1], Ident(name, kind, st.main), RANK_PHRASE)


def leaders_forces(st: ArticleState, token: Token) -> None:
    """``(President) Bashar al-Assad's forces``: a titled leader's country's forces."""
    doc = st.doc
    end = token.i - 1
    run = name_run_left(st, end)
    if run is None:
        return
    cc = st.leaders.get(doc[end - 1].lower_)
    if cc is None:
        return
    start = run[0]
    if start > 0 and doc[start - 1].lower_ in st.res.leader_titles:
        start -= 1
    add(st, start, token.i + 1, state_forces(st, cc), RANK_PHRASE)


def backed(st: ArticleState, token: Token) -> None:
    """``Turkish-backed rebels``, ``Saudi-led coalition``, ``Iran-backed militias``."""
    doc, res = st.doc, st.res
    i = token.i
    if i + 1 >= len(doc):
        return
    head = doc[i + 1].lower_
    if head not in res.backed_heads:
        return
    backer = doc[i - 2]
    cc = res.adj_to_cc.get(backer.lower_) or res.name_to_cc.get(backer.lower_)
    if cc is None and not name_like(backer):
        return
    kind = res.backed_heads[head]
    key = res.country_name.get(cc, backer.text) if cc else backer.text
    if kind == "state":
        if cc and st.main and st.main != cc:  # the US-backed government is the local one
            add(st, i - 2, i + 2, state(st, st.main), RANK_PHRASE)
        return
    country = cc if kind == "state_forces" else st.main
    name = f"{key}-{token.lower_} {head}"
    add(st, i - 2, i + 2, Ident(name, kind, country), RANK_PHRASE)
