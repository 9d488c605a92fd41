"""Ministries: ``the Foreign Ministry``, ``Russia's Defence Ministry``, ``Ministry of Health``.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from conflict_extract.components.groups.article import (
    ArticleState,
    Ident,
    actor_ident,
    add,
    lookup,
)
from conflict_extract.components.groups.countries import antecedent_country, sentence_country
from conflict_extract.components.groups.words import DETERMINERS, RANK_PHRASE


def ministry(st: ArticleState, token: Token) -> None:
    """``the Foreign Ministry``, ``Russia's Defence Ministry``, ``Ministry of Health``."""
    doc = st.doc
    i = token.i
    start, end = i, i + 1
    words: list[Token] = []
    if i + 2 < len(doc) and doc[i + 1].lower_ == "of":
        j = i + 2
        while j < len(doc) and j < i + 7 and (
            doc[j].pos_ in {"PROPN", "NOUN", "ADJ"} or (
                doc[j].lower_ == "and" and j + 1 < len(doc) and doc[j + 1].pos_ in {"PROPN", "NOUN"}
            )
        ) and doc[j].lower_ not in st.res.adj_to_cc and not st.res.place_cc(doc[j].text):
            j += 1
        words = list(doc[i + 2 : j])
        end = j
    else:
        j = i - 1
        while j >= 0 and j >= i - 2 and doc[j].pos_ in {"PROPN", "NOUN", "ADJ"} and (
            doc[j].lower_ not in st.res.adj_to_cc
            and not st.res.place_cc(doc[j].text)
            and doc[j].lower_ not in DETERMINERS
        ):
            j -= 1
        words = list(doc[j + 1 : i])
        start = j + 1
    if not words:
        return
    portfolio = " ".join(w.text for w in words)
    portfolio = re.sub(r"(?i)^foreign affairs(?: and .*)?$", "Foreign", portfolio)
    portfolio = re.sub(r"(?i)^defense$", "Defence", portfolio)
    portfolio = " ".join(w if w.isupper() else w.capitalize() for w in portfolio.split())
    cc = None
    k = start - 1
    if k >= 0 and doc[k].text in {"'s", "’s"}:
        k -= 1
    for s, e, kind, hit_cc in st.country_hits:
        if e - 1 == k and kind in "DNC":
            cc, start = hit_cc, s
    if cc is None and k > 0 and doc[k].lower_ in {"nation", "country"} and (
        doc[k - 1].lower_ in {"that", "the", "this"}
    ):
        cc = antecedent_country(st, k - 1)  # that nation's Defense Ministry
    elif cc is None:
        cc = sentence_country(st, token) or st.main
    adj = st.res.adjective(cc)
    name = f"{adj} {portfolio} Ministry" if adj else f"{portfolio} Ministry"
    actor = lookup(st, name)
    if actor is not None and actor.type == "state":
        ident = actor_ident(st, actor)
    else:
        ident = Ident(name, "state", cc)
    add(st, start, end, ident, RANK_PHRASE)
