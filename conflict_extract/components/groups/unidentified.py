"""Unidentified actors and crowds: ``unknown gunmen``, ``armed men``, ``an armed group``,
``a drone of unknown origin``, ``local defence forces``, ``protesters``, ``rioters``.

Each becomes a group under the name conflict datasets give it (see :mod:`.canonical`), with the
country its own phrase names (``Kenyan protesters``) or else the country the article supports:
``Unidentified Armed Group (Mexico)``, ``Unidentified Gang (Ecuador)``, ``Protesters (Nigeria)``.
Aerial attacks by an unknown party are ``Unidentified Military Forces`` when the sentence speaks of
a military strike (missiles, air strikes, a military-grade drone) or of unidentified *forces*; a
drone with no such cue (one dropping grenades) is an unidentified armed group's.
"""

from __future__ import annotations

from spacy.tokens import Span

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
        ident = _unidentified_ident(st, doc[start:end], head, country)
        add(st, first, end, ident, RANK_GENERIC)
        if label == "BARE":
            # A bare "gunmen" may still be a named actor's ("al-Shabaab gunmen ... the gunmen").
            st.generic.setdefault(ident, doc[end - 1].lower_)
    find_unidentified_aerial(st)


def _unidentified_ident(st: ArticleState, span: Span, head: str, country: str | None) -> Ident:
    """The identity of an unidentified actor phrase: military forces, a gang or an armed group."""
    words = head.split()
    tail = " ".join(words[-2:])
    if tail in _MILITARY_HEADS or words[-1] in _MILITARY_HEADS or _military_strike(span):
        return Ident(UNIDENTIFIED_MILITARY, "state_forces", None)
    if words[-1] in _GANGS or tail in _GANGS:
        return unidentified_group(st, country, UNIDENTIFIED_GANG)
    return unidentified_group(st, country)


def _military_strike(span: Span) -> bool:
    """Does the sentence speak of a military strike (missiles, air strikes, military-grade)?"""
    text = span.sent.text.lower()
    return any(word in text for word in _STRIKE_WORDS)


def find_unidentified_aerial(st: ArticleState) -> None:
    """``an unidentified drone``, ``unknown military-grade drones``, ``a drone of unknown
    origin``, ``a drone strike by an unknown party``."""
    doc = st.doc
    for token in doc:
        if token.lower_ not in _AERIAL:
            continue
        start = _qualifier_before(doc, token.i)
        end = token.i + 1
        if start is None:
            end = _origin_after(doc, token.i)
            if end is None:
                continue
            start = token.i
            while start > 0 and doc[start - 1].lower_ in {"a", "an", "the"}:
                start -= 1
        span = doc[start:end]
        if _military_strike(span):
            ident = Ident(UNIDENTIFIED_MILITARY, "state_forces", None)
        else:
            ident = unidentified_group(st, article_country(st))
        add(st, start, end, ident, RANK_GENERIC)


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
