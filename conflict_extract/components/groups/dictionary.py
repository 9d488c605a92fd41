"""Names from the curated actor dictionary, matched case-blind and case-checked.
"""

from __future__ import annotations

from spacy.tokens import Span

from conflict_extract.components.groups.article import (
    ArticleState,
    actor_ident,
    add,
)
from conflict_extract.components.groups.words import (
    ARABIC_ARTICLES,
    NAME_FOLLOWERS,
    NAME_MARKS,
    NAMED_HEADS,
    NOMINAL_POS,
    RANK_DICT,
)


def find_dictionary(st: ArticleState) -> None:
    """Dictionary aliases, case-checked, extended over a following actor noun (``Houthi rebels``)."""
    doc, res = st.doc, st.res
    heads = res.rebel_heads | res.force_heads | NAMED_HEADS
    for key, start, end in st.actor_matches:
        alias_low = doc.vocab.strings[key][2:]
        span = doc[start:end]
        if start > 1 and doc[start - 1].text in {"-", "–"} and (
            doc[start - 2].lower_ in ARABIC_ARTICLES
        ):
            continue  # "Fateh" inside "Jaish al-Fateh" is a fragment of another name
        found = []
        for alias, i in res.actor_aliases.get(alias_low, ()):
            if alias in res.actors[i].case_sensitive:
                if _exactly_written(st, alias, span):
                    found.append(res.actors[i])
            elif case_ok(st, alias, span):
                found.append(res.actors[i])
        if not found:
            continue
        if st.lowercased and alias_low in st.m.ordinary and not name_in_context(st, span):
            continue  # "the winds of peace now blowing" is no mention of Peace Now
        if len(found) > 1:
            local = [a for a in found if a.country == st.main_guess]
            found = local if len(local) == 1 else found[:1] if len(set(found)) == 1 else []
            if not found:
                continue
        actor = found[0]
        ident = actor_ident(st, actor)
        st.ident_actor[ident] = actor
        add(st, start, end, ident, RANK_DICT)
        if actor.type == "state_forces" and actor.national and actor.country:
            st.force_cues.append((start, actor.country))
            st.force_ends[end] = actor.country
        if end < len(doc) and doc[end].lower_ in heads and not doc[end].is_title:
            # "Houthi rebels": the head noun belongs to the named actor, not to "rebels".
            add(st, end, end + 1, ident, RANK_DICT, silent=True)


def name_in_context(st: ArticleState, span: Span) -> bool:
    """Is an ordinary-phrase name in lower-cased text used as a name? It must follow ``the``
    or a quotation mark, precede an actor noun, a possessive, a quotation mark or a
    parenthesised acronym, or be a noun phrase of its own (nominal words, one head)."""
    doc = st.doc
    if span.start > 0 and doc[span.start - 1].lower_ in {"the", '"', "“"}:
        return True
    if span.end < len(doc):
        nxt = doc[span.end].lower_
        if nxt in NAME_MARKS or nxt in NAME_FOLLOWERS or nxt in st.res.member_nouns or (
            nxt in st.res.group_nouns
        ):
            return True
    if span[-1].pos_ not in {"NOUN", "PROPN"} or any(t.pos_ not in NOMINAL_POS for t in span):
        return False
    return sum(1 for t in span if not span.start <= t.head.i < span.end or t.head is t) == 1


def case_ok(st: ArticleState, alias: str, span: Span) -> bool:
    """Does the surface's case fit the alias (acronyms in capitals, names capitalised)?"""
    text = span.text
    if st.lowercased:
        return not (len(span) == 1 and (span[0].is_stop or len(text) < 3))
    if alias.isupper() and len(alias.replace(".", "")) <= 6:
        return text.isupper()
    if any(ch.isupper() for ch in alias):
        return any(ch.isupper() for ch in text)
    return True


def _exactly_written(st: ArticleState, alias: str, span: Span) -> bool:
    """A case-sensitive name (``IS``) written as such, in cased text whose neighbours are not
    capitals too (``TOLL IS RISING`` is a shouted headline)."""
    if st.lowercased or span.text != alias:
        return False
    doc = st.doc
    around = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    return not any(t.is_upper and t.is_alpha and len(t) > 1 for t in around)
