"""Country evidence: country words in the text, the article's main country, titled leaders,
and the country a phrase or a back-reference (``that nation's army``) points at.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from conflict_extract.components.groups.article import ArticleState
from conflict_extract.components.groups.words import (
    DETERMINERS,
    GLUED_TAIL,
    REGION_WORDS,
    is_capitalised,
)
from conflict_extract.components.places.metonymy import gpe_as_actor


def country_hits(st: ArticleState) -> list[tuple[int, int, str, str]]:
    """``(start, end, kind, cc)`` for demonyms (D), country names (N), capitals (C), seats (S)."""
    doc, res = st.doc, st.res
    hits = []
    for key, start, end in st.m.country_pm(doc):
        kind, cc = doc.vocab.strings[key].split(":")
        text = doc[start:end].text
        if start > 0 and doc[start - 1].lower_ in REGION_WORDS and (
            doc[start].lower_ in {"america", "american", "americans"}
        ):
            continue  # Central America, Latin American: regions, not the United States
        acronym = text.lower() in res.country_acronyms
        if st.lowercased:
            if acronym or (doc[start].is_stop and end - start == 1):
                continue
        elif not is_capitalised(text) or (acronym and not text.isupper()):
            continue
        hits.append((start, end, kind, cc))
    if not st.lowercased:
        # "insurgentsRussia's foray": a country glued to the word before by a lost line break
        # still tells what "that nation" refers to (kind G: evidence, never a mention).
        for match in GLUED_TAIL.finditer(st.text):
            tail = match.group(1).lower()
            cc = res.name_to_cc.get(tail) or res.adj_to_cc.get(tail)
            span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
            if cc and span is not None:
                hits.append((span.start, span.end, "G", cc))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    kept, last_end = [], -1
    for hit in hits:
        if hit[0] >= last_end:
            kept.append(hit)
            last_end = hit[1]
    return kept


def main_country(st: ArticleState) -> str | None:
    """The country the article is about, or None when the evidence is weak.

    Evidence is place use (country names and capitals not used as actors, resolved places or
    city entities) and demonym use. The best-supported country is kept as
    :attr:`main_guess` (enough to choose between namesakes in the dictionary); it becomes
    the main country, whose name generic actors take (``rebels`` -> ``Syrian rebels``), only
    with ``st.settings.main_country_min_mentions`` mentions, ``st.settings.main_country_margin`` times the
    runner-up's, and places and demonyms not pointing elsewhere. A wrong country in an
    actor's name is worse than none.
    """
    doc = st.doc
    place: Counter[str] = Counter()
    demonym: Counter[str] = Counter()
    first: dict[str, int] = {}
    # A place inside an outlet's or organisation's name (the Washington Post, the Syrian
    # Observatory) tells where it sits, not where the story is.
    in_name = bytearray(len(doc) + 1)
    for key, start, end in st.actor_matches:
        if st.res.alias_types.get(doc.vocab.strings[key][2:]) == "named":
            in_name[start:end] = b"\x01" * (end - start)
    places = doc._.places or []
    # A capital the places component resolved is counted there, not twice.
    resolved = {s for found in places if found.type != "country" for s, _e in found.spans}
    for start, end, kind, cc in st.country_hits:
        if kind in "SG" or in_name[start] or (kind in "NC" and gpe_as_actor(doc[start:end])):
            continue
        if kind == "C" and doc[start].idx in resolved:
            continue
        (demonym if kind == "D" else place)[cc] += 1
        first.setdefault(cc, start)
    for found in places:
        if found.country and found.type != "country":
            place[found.country] += len(found.spans) or 1
            first.setdefault(found.country, 10**9)
    if not places:
        covered = {i for s, e, _, _ in st.country_hits for i in range(s, e)}
        for ent in st.ents:
            if ent.label_ in {"GPE", "LOC"} and ent.start not in covered:
                cc = st.res.city_to_cc.get(ent.text.lower())
                if cc:
                    place[cc] += 1
                    first.setdefault(cc, ent.start)
    total = place + demonym
    st.main_evidence = (place, demonym)
    if not total:
        return None
    ranked = sorted(total, key=lambda cc: (-total[cc], first[cc]))
    main = ranked[0]
    st.main_guess = main
    st.main_alone = len(ranked) == 1
    st.main_weight = total[main]
    runner_up = total[ranked[1]] if len(ranked) > 1 else 0
    # Lower-cased text yields country names but few other places: ask for more.
    margin = st.settings.main_country_margin * (st.settings.lowercase_factor if st.lowercased else 1)
    if total[main] < st.settings.main_country_min_mentions or total[main] < margin * runner_up:
        return None
    if st.lowercased and demonym and demonym[main] < max(demonym.values()):
        return None
    # Places and demonyms must agree: the story happens where its places are ("Israeli
    # mercenaries" in a Colombian story), and demonyms alone name people ("US soldiers"),
    # not where a story is; the demonyms may point elsewhere only when the main country's
    # places outweigh that country's every mention (US sanctions in a Venezuelan story).
    runner_place = max((n for cc, n in place.items() if cc != main), default=0)
    if not place[main] or place[main] < st.settings.place_margin * runner_place:
        return None
    top_demonym = max(demonym, key=lambda cc: demonym[cc], default=main)
    if demonym[top_demonym] > demonym[main] and place[main] < total[top_demonym]:
        return None
    return main


def leaders(st: ArticleState) -> dict[str, str]:
    """Surname (lower case) of each titled leader (``President Bashar al-Assad``) -> country."""
    doc = st.doc
    leaders: dict[str, str] = {}
    hit_at = {s: cc for s, _e, kind, cc in st.country_hits}
    for ent in st.ents:
        if ent.label_ != "PERSON" or ent.start == 0:
            continue
        i = ent.start - 1
        title = doc[i].lower_
        if i > 0 and f"{doc[i - 1].lower_} {title}" in st.res.leader_titles:
            i -= 1
            title = f"{doc[i].lower_} {title}"
        if title not in st.res.leader_titles:
            continue
        cc = st.main
        if i > 0:
            before = doc[i - 1]
            if before.text in {"'s", "’s"} and i > 1:
                before = doc[i - 2]
            cc = hit_at.get(before.i, cc) if before.i in hit_at else cc
        if cc:
            leaders[ent[-1].lower_] = cc
    return leaders


def np_country(st: ArticleState, start: int) -> tuple[bool, str | None, int]:
    """The country a generic phrase starting at token ``start`` names for itself, as
    ``(named, country, new start)``: a country word before it, perhaps with a possessive and
    up to ``st.settings.np_modifiers`` modifiers between (``Colombia's secret police``, ``the Salvadoran
    national police``; the span then starts at the country word), or a back-reference
    (``that nation's army``, ``the country's police``) resolved by
    :meth:`_antecedent_country`, which may find none."""
    doc = st.doc
    j = start - 1
    for _ in range(st.settings.np_modifiers + 1):
        if j < 0:
            break
        token = doc[j]
        if token.text in {"'s", "’s"} and j > 0:
            hit = st.hit_ending.get(j)
            if hit is not None:
                return True, hit[1], hit[0]
            if doc[j - 1].lower_ in {"nation", "country"} and j > 1 and (
                doc[j - 2].lower_ in {"that", "the", "this"}
            ):
                return True, antecedent_country(st, j - 2), start
            break
        hit = st.hit_ending.get(j + 1)
        if hit is not None:
            return True, hit[1], hit[0]
        if token.pos_ not in {"ADJ", "NOUN", "PROPN"} or token.lower_ in DETERMINERS or (
            not token.is_lower and not st.lowercased
        ):
            break
        j -= 1
    return False, None, start


def antecedent_country(st: ArticleState, i: int) -> str | None:
    """The country ``that nation`` / ``the country`` at token ``i`` refers to: among the country
    words of the last ``st.settings.antecedent_tokens`` tokens, the latest possessor or subject
    (``Russia's foray into Syria ..., when that nation's ...`` is Russia), else the latest."""
    doc = st.doc
    best = salient = None
    for s, e, kind, cc in st.country_hits:
        if e > i:
            break
        if i - s > st.settings.antecedent_tokens or kind == "S":
            continue
        best = cc
        if (e < len(doc) and doc[e].text in {"'s", "’s"}) or doc[s:e].root.dep_ in {
            "nsubj", "nsubjpass", "poss"
        }:
            salient = cc
    return salient or best


def recent_forces(st: ArticleState, i: int) -> str | None:
    """Country of the nearest explicit national forces mention before token ``i`` (within
    ``st.settings.recent_forces_tokens``), else the main country."""
    best = None
    for pos, cc in st.force_cues:
        if pos < i and i - pos <= st.settings.recent_forces_tokens:
            best = cc
    return best or st.main


def sentence_country(st: ArticleState, token: Token) -> str | None:
    """The country or capital named before ``token`` in its sentence: the latest possessor
    or subject (``Russia's foray into Syria ... the Defense Ministry``), else the nearest."""
    doc = st.doc
    sent_start = token.sent.start
    best = salient = None
    for s, e, kind, cc in st.country_hits:
        if sent_start <= s < token.i and kind in "NCDG":
            best = cc
            if (e < len(doc) and doc[e].text in {"'s", "’s"}) or doc[s:e].root.dep_ in {
                "nsubj", "nsubjpass", "poss"
            }:
                salient = cc
    return salient or best


def country_in(st: ArticleState, start: int, end: int) -> str | None:
    """A country named by a demonym or country name inside tokens ``start:end``."""
    for s, e, kind, cc in st.country_hits:
        if s >= start and e <= end and kind in "DN":
            return cc
    return None
