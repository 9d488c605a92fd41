"""The model's ORG entities that look like real organisations, typed from their name or an
appositive (``the White Helmets, a volunteer rescue group``).
"""

from __future__ import annotations

from spacy.tokens import Span

from conflict_extract.components.groups.article import (
    ArticleState,
    Ident,
    actor_ident,
    add,
    lookup,
)
from conflict_extract.components.groups.countries import country_in
from conflict_extract.components.groups.words import (
    ACTING_VERBS,
    ARABIC_CONNECTORS,
    DETERMINERS,
    GLUED,
    GLUED_WORD,
    INTERNATIONAL,
    LOOKUP_LABELS,
    ORG_WORDS,
    PORTFOLIOS,
    POSSESSIVE,
    RANK_DICT,
    RANK_ORG,
    RANKS,
)


def find_orgs(st: ArticleState) -> None:
    """The model's ORG entities that look like real organisations.

    An ORG the dictionary does not know is kept when its name or an appositive gives it a type
    (``... Ministry``, ``X, a monitoring group``) or when it acts (subject of ``said``,
    ``claimed``, ``attacked``); an untyped name that only sits in the text is too often a
    person, a river or a caption fragment.
    """
    doc, res = st.doc, st.res
    person_words = {ent[-1].lower_ for ent in st.ents if ent.label_ == "PERSON"}
    person_words |= {ent.text.lower() for ent in st.ents if ent.label_ == "PERSON"}
    for ent in st.ents:
        if ent.label_ in LOOKUP_LABELS:
            lookup_entity(st, ent)
            continue
        if ent.label_ != "ORG":
            continue
        bounds = org_bounds(st, ent)
        if bounds is None:
            continue
        start, end, media = bounds
        if start > 0 and GLUED_WORD.match(doc[start - 1].text):
            continue  # '"White House Office ...': the name began in a glued token
        opened = [t.i for t in doc[start:end] if t.text == "("]
        if opened and not any(t.text == ")" for t in doc[start:end]):
            end = opened[0]  # "national union federation (fenastras": the acronym is cut
            if end <= start:
                continue
        span = doc[start:end]
        text = POSSESSIVE.sub("", span.text).strip()
        low = text.lower()
        if (
            len(text) < 2
            or low in res.not_org_words
            or low in res.adj_to_cc
            or res.place_cc(low)
            or low in person_words
            or GLUED.search(text)
            or not any(ch.isalpha() for ch in text)
            or any(ch.isdigit() or ch in "\n=|#@/" for ch in text)
            or (not st.lowercased and not any(ch.isupper() for ch in text))
        ):
            continue
        actor = lookup(st, text)
        if actor is not None:
            add(st, start, end, actor_ident(st, actor), RANK_DICT)
            continue
        after = doc[end : end + 2].text.lower()
        media = media or after in {"news agency", "news channel"} or (
            doc[end : end + 1].text.lower() in {"newspaper", "tv", "television", "broadcaster"}
        )
        kind = "media" if media else appositive_type(st, ent) or org_type(st, span)
        if kind == "place" or (kind == "other" and not plausible_other(st, span)):
            continue
        if st.lowercased and not plausible_lowercase_org(st, span, kind):
            continue
        if kind == "igo" and not any(t.lower_ in INTERNATIONAL for t in span):
            if any(t.lower_ == "union" for t in span):
                kind = "other"  # a national union: workers' or students', not a state body
            else:
                kind = "political" if span[-1].lower_ == "council" else "state"
        if len(span) == 1 and low in res.org_name_types:
            continue  # a bare head word: "Post", "Council"
        country = country_in(st, start, end)
        if country is None and kind in {"armed_group", "militia", "state", "state_forces"}:
            country = st.main
        add(st, start, end, Ident(text, kind, country), RANK_ORG)


def lookup_entity(st: ArticleState, ent: Span) -> None:
    """A non-ORG entity that is a dictionary actor in another spelling (``Nour el-Din
    el-Zinki`` tagged PERSON). States are left to the metonymy test."""
    bounds = org_bounds(st, ent)
    if bounds is None or len(ent) < 2:
        return
    start, end, _media = bounds
    text = st.doc[start:end].text
    if st.res.place_cc(text) or text.lower() in st.res.adj_to_cc:
        return
    actor = lookup(st, text)
    if actor is not None and actor.type not in {"state"}:
        add(st, start, end, actor_ident(st, actor), RANK_DICT)


def plausible_lowercase_org(st: ArticleState, span: Span, kind: str) -> bool:
    """In lower-cased text the model's ORG entities are often surnames (``navarro``), brands,
    letters (``l n`` of ``f m l n``) or cut names (``national federation of agricultural``):
    an unknown organisation needs two or more words, none a lone letter, ending in a noun, and
    a type from its name or an organisation word."""
    if len(span) < 2 or any(len(t) == 1 and t.is_alpha for t in span):
        return False
    if span[-1].pos_ not in {"NOUN", "PROPN"}:
        return False
    return kind != "other" or any(t.lower_ in ORG_WORDS for t in span)


def plausible_other(st: ArticleState, span: Span) -> bool:
    """Is an ORG with no type cue in its name an organisation rather than a misread person?

    It must contain an organisation word (``Association``, ``Centre``), or act and not look
    like a personal name (two or three capitalised words, no connector, no acronym).
    """
    if any(t.lower_ in ORG_WORDS for t in span):
        return True
    if not acts(span):
        return False
    if len(span) == 1 or span.text.isupper():
        return True
    return len(span) > 3 or any(t.is_lower and t.lower_ not in ARABIC_CONNECTORS for t in span)


def org_bounds(st: ArticleState, ent: Span) -> tuple[int, int, bool] | None:
    """An ORG entity's tokens without determiner, country possessive, trailing rank or
    ``news agency``: ``(start, end, is_media)``, or None when nothing is left."""
    doc = st.doc
    start, end = ent.start, ent.end
    while start < end and (doc[start].lower_ in DETERMINERS or doc[start].is_punct):
        start += 1
    if start + 2 < end and doc[start + 1].text in {"'s", "’s"} and st.res.place_cc(
        doc[start].text
    ):
        start += 2  # Syria's National Defense Forces
    while end > start and (
        doc[end - 1].text in {"'s", "’s", "'", "’"}
        or doc[end - 1].is_punct
        or doc[end - 1].lower_ in {"of", "and", "for", "the", "de", "in"}
        or doc[end - 1].text.rstrip(".") in RANKS
    ):
        end -= 1
    media = False
    tail = doc[start:end].text.lower()
    for suffix in (" news agency", " agency", " news"):
        if tail.endswith(suffix) and end - start > suffix.count(" "):
            end -= suffix.count(" ")
            media = True
            break
    return (start, end, media) if end > start else None


def appositive_type(st: ArticleState, ent: Span) -> str | None:
    """Type from an appositive (``X, a monitoring group``; ``the rebel group X``)."""
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    for noun in nouns:
        mods = [c.lower_ for c in noun.lefts if c.dep_ in {"compound", "amod"}]
        kind = type_from_mods(st, mods, noun.lower_, "")
        if kind:
            return kind
    return None


def org_type(st: ArticleState, span: Span) -> str:
    """Type from the words of an organisation's name, last word first; ``place`` for a
    province named as a department (``La Union department``)."""
    types = st.res.org_name_types
    for token in reversed(span):
        kind = types.get(token.lower_)
        if kind is not None:
            if kind == "armed_group" and token.lower_ in {"army", "forces", "force"} and (
                country_in(st, span.start, span.end)
            ):
                return "state_forces"  # US Army, Nigerian Air Force
            if token.lower_ == "department":
                if token.i + 1 < span.end and token.nbor().lower_ == "of":
                    return kind  # Department of Homeland Security
                if token.i == span.start or (
                    span[token.i - span.start - 1].lower_ not in PORTFOLIOS
                ):
                    return "place"  # Antioquia department is a province
            return kind
    return "other"


def type_from_mods(st: ArticleState, mods: list[str], noun: str, default: str) -> str:
    """Group type from the words before a group noun (``monitoring group`` -> monitor)."""
    for k in range(len(mods)):
        phrase = " ".join([*mods[k:], noun])
        if phrase in st.res.appositive_types:
            return st.res.appositive_types[phrase]
    return default


def acts(span: Span) -> bool:
    """True if the name is the subject (or agent) of a speaking, deciding or attacking verb."""
    root = span.root
    head = root.head
    if root.dep_ == "conj":
        while root.dep_ == "conj" and root.head is not root:
            root = root.head
        head = root.head
    if root.dep_ == "pobj" and head.dep_ == "agent":
        return True
    return root.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() in ACTING_VERBS

