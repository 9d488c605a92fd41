"""Unidentified actors and crowds: ``unknown gunmen``, ``armed men``, ``an armed group``,
``a drone of unknown origin``, ``local defence forces``, ``protesters``, ``rioters``.

Each becomes a group under the name conflict datasets give it (see :mod:`.canonical`), with the
country its own phrase names (``Kenyan protesters``) or else the country the article supports:
``Unidentified Armed Group (Mexico)``, ``Unidentified Gang (Ecuador)``, ``Protesters (Nigeria)``.
Aerial attacks by an unknown party (``an unidentified drone``, ``a drone strike by an unknown
party``) and unidentified *forces* are ``Unidentified Military Forces``, as conflict datasets code
air and drone strikes nobody claims; a drone used the improvised way (grenades dropped, a bomb
attached, a suicide drone) is an unidentified armed group's, and so is any actor the text itself
calls a group, gunmen or militants.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from conflict_extract.components.groups.article import (
    ArticleState,
    Ident,
    add,
    article_country,
    country_name,
    unidentified_group,
)
from conflict_extract.components.groups.canonical import (
    UNIDENTIFIED_GANG,
    UNIDENTIFIED_MILITARY,
    with_country,
)
from conflict_extract.components.groups.countries import np_country
from conflict_extract.components.groups.words import RANK_GENERIC, WORDS

_QUALIFIERS = frozenset(WORDS["unidentified_qualifiers"]) | {"unreported", "unclear"}
_AERIAL = frozenset(WORDS["aerial_heads"])
_GANGS = frozenset(WORDS["gang_heads"])
_STRIKE_WORDS = tuple(WORDS["military_strike_words"])
_IMPROVISED_WORDS = tuple(WORDS["improvised_strike_words"])
_NEUTRAL = frozenset(WORDS["neutral_unidentified_heads"])
_ATTACK_LEMMAS = frozenset(
    "strike attack target hit bomb explode detonate drop launch fire kill injure wound damage "
    "crash shell".split()
)
_ORIGIN_WORDS = frozenset({"origin", "origins", "party", "actor", "source", "side", "provenance"})
_MILITARY_HEADS = frozenset({"forces", "military forces", "armed forces", "military group"})
_CROWDS = {"PROTEST": ("Protesters", "protesters"), "RIOT": ("Rioters", "rioters")}


def find_unidentified(st: ArticleState) -> None:
    """Unidentified armed actors and crowds from the phrase matcher, then aerial attackers of
    unknown origin."""
    doc = st.doc
    for key, start, end in st.m.unidentified_pm(doc):
        label = doc.vocab.strings[key]
        if end < len(doc) and doc[end].text in {"-", "–"}:
            continue  # "gunmen-style", "protester-held"
        local, cc, first = np_country(st, start)
        country = cc if local else article_country(st)
        if label in _CROWDS:
            name, klass = _CROWDS[label]
            ident = Ident(with_country(name, country_name(st, country)), "other", country, klass)
            add(st, first, end, ident, RANK_GENERIC)
            continue
        head = doc[start:end].text.lower()
        ident = _unidentified_ident(st, doc[start:end], head, country, label)
        add(st, first, end, ident, RANK_GENERIC)
        if label == "BARE":
            # A bare "gunmen" may still be a named actor's ("al-Shabaab gunmen ... the gunmen").
            st.generic.setdefault(ident, doc[end - 1].lower_)
    find_unidentified_aerial(st)


def _unidentified_ident(
    st: ArticleState, span: Span, head: str, country: str | None, label: str
) -> Ident:
    """The identity of an unidentified actor phrase: military forces, a gang or an armed group."""
    words = head.split()
    tail = " ".join(words[-2:])
    if label == "RESIST":
        return unidentified_group(st, country)
    if tail in _MILITARY_HEADS or words[-1] in _MILITARY_HEADS:
        return Ident(UNIDENTIFIED_MILITARY, "state_forces", None)
    if words[-1] in _NEUTRAL and _aerial_strike(span):
        return Ident(UNIDENTIFIED_MILITARY, "state_forces", None)
    if words[-1] in _GANGS or tail in _GANGS:
        return unidentified_group(st, country, UNIDENTIFIED_GANG)
    return unidentified_group(st, country)


def _aerial_strike(span: Span) -> bool:
    """Does the sentence tell of an air or drone strike that is not an improvised one?"""
    text = span.sent.text.lower()
    if any(word in text for word in _IMPROVISED_WORDS):
        return False
    return any(word in text for word in _STRIKE_WORDS) or any(
        t.lower_ in _AERIAL for t in span.sent
    )


def find_unidentified_aerial(st: ArticleState) -> None:
    """``an unidentified drone``, ``unknown military-grade drones``, ``a drone of unknown
    origin``, ``a drone strike by an unknown party``; and, in a report that names no armed actor
    at all, the drone that struck (``a bomb attached to a drone exploded``): someone flew it."""
    doc = st.doc
    unstated: list[int] = []
    for i, word in enumerate(st.words):
        if word.lower() not in _AERIAL:
            continue
        token = doc[i]
        start = _qualifier_before(doc, token.i)
        end = token.i + 1
        if start is None:
            end = _origin_after(doc, token.i)
            if end is None:
                if _attack_sentence(token) and not _operator_named(token):
                    unstated.append(token.i)
                continue
            start = token.i
        _add_aerial(st, start, end)
    armed = {"armed_group", "militia", "state_forces"}
    if unstated and not any(m.ident.type in armed and not m.silent for m in st.mentions):
        _add_aerial(st, unstated[0], unstated[0] + 1)


def _add_aerial(st: ArticleState, start: int, end: int) -> None:
    """Record an aerial attacker of unknown origin over tokens ``start:end``."""
    if _aerial_strike(st.doc[start:end]):
        ident = Ident(UNIDENTIFIED_MILITARY, "state_forces", None)
    else:
        ident = unidentified_group(st, article_country(st))
    add(st, start, end, ident, RANK_GENERIC)


def _attack_sentence(token: Token) -> bool:
    """Does the token's sentence tell of an attack (a strike, a bombing, casualties)?"""
    return any(t.lemma_.lower() in _ATTACK_LEMMAS for t in token.sent)


def _operator_named(token: Token) -> bool:
    """Is the aircraft's operator in its own phrase (``an IS drone``, ``Russia's drones``), or in
    the phrase the drone qualifies (``a Ukrainian drone attack``, ``an Israeli drone strike``)?
    A nationality names the forces that flew it: it is not an unknown party's."""
    modifiers = list(token.children)
    if token.dep_ == "compound":
        modifiers += [c for c in token.head.lefts if c.i != token.i]
    return any(
        c.dep_ in {"poss", "compound", "amod", "nmod"} and (c.pos_ == "PROPN" or c.ent_type_)
        for c in modifiers
    )


def _qualifier_before(doc, i: int) -> int | None:
    """Start of ``unidentified`` / ``unknown`` within the four words before token ``i`` (only
    modifiers between: ``an unidentified military-grade drone``), or None."""
    j = i - 1
    while j >= 0 and j >= i - 5:
        word = doc[j]
        if word.lower_ in _QUALIFIERS:
            return j
        if word.pos_ in {"VERB", "AUX", "ADP", "PRON", "CCONJ"} or (
            word.is_punct and word.text not in {"-", "–"}
        ):
            return None
        j -= 1
    return None


def _origin_after(doc, i: int) -> int | None:
    """End of ``(strike) of unknown origin`` / ``by an unknown party`` after token ``i``, or None."""
    j = i + 1
    if j < len(doc) and doc[j].lower_ in {"strike", "strikes", "attack", "attacks"}:
        j += 1
    if j >= len(doc) or doc[j].lower_ not in {"of", "from", "by"}:
        return None
    j += 1
    if j < len(doc) and doc[j].lower_ in {"a", "an"}:
        j += 1
    if j + 1 < len(doc) and doc[j].lower_ in _QUALIFIERS and doc[j + 1].lower_ in _ORIGIN_WORDS:
        return j + 2
    return None
