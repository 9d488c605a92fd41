"""Site links: the exact spot a figure's clause names, finer than any place of the map.

``a man was shot dead on Deerpark Road``, ``the worst blast was at the Oxford Street bus station,
where six people were killed``, ``killed at a checkpoint outside Mosul``: a street, a building, a
market or a named quarter that no gazetteer has a point for. ``place`` still gives the place of
the map (the figure's town or district); ``site`` gives the spot inside it, as written.

A site is the object of a locative preposition in the figure's clause whose head is a site noun
(``market``, ``checkpoint``, ``bus station``), a named street (``Deerpark Road``, ``Oxford St``)
or a named quarter (``the Markets area``), and is no place with a point on the map, no group and
no date; or the noun a ``where`` clause holding the figure hangs on.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflict_extract.components.casualties.candidate import Candidate
from conflict_extract.components.casualties.clause import clause_head, clause_preps
from conflict_extract.components.casualties.lexicon import CasualtyLexicon, lemma_of, phrase_start
from conflict_extract.components.places.cues import STREET_TYPES
from conflict_extract.linking import event_place_mentions, group_mentions
from conflict_extract.nlp.extensions import doc_text

STREET_AT_END = "st"
"""``St`` ends a street's name (``Oxford St``) where it stands for Street; before a name it is a
saint, so it is no street word of :data:`~conflict_extract.components.places.cues.STREET_TYPES`."""
NOT_SITE_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERSON", "NORP"})


def find_site(cand: Candidate, lex: CasualtyLexicon) -> tuple[str, int, int, str] | None:
    """(site as written, start, end, rule) of the figure, or None; rules ``clause`` (a locative
    phrase of its clause) and ``where`` (``the station, where six were killed``)."""
    head = clause_head(cand)
    for prep in clause_preps(head, lex.site_preps):
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is not None and _site_head(pobj, lex):
            found = _site_phrase(pobj, lex)
            if found is not None:
                return (*found, "clause")
    antecedent = _where_antecedent(head)
    for _ in range(2):  # "at the bus station in Belfast, where": the station, not Belfast
        if antecedent is None:
            break
        if _site_head(antecedent, lex):
            found = _site_phrase(antecedent, lex)
            if found is not None:
                return (*found, "where")
        prep = antecedent.head
        antecedent = prep.head if antecedent.dep_ == "pobj" and prep.dep_ == "prep" else None
    return None


def _where_antecedent(head: Token) -> Token | None:
    """The noun a ``where`` relative clause holding the figure hangs on (``at the station, where
    six people were killed``)."""
    if head.dep_ == "relcl" and any(c.lower_ == "where" for c in head.children):
        return head.head
    return None


def _site_head(noun: Token, lex: CasualtyLexicon) -> bool:
    """Whether ``noun`` heads a site: a site noun, a named street or a named quarter."""
    if noun.ent_type_ in NOT_SITE_ENTS or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    word = noun.lower_.rstrip(".")
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.lefts)
    if noun.pos_ == "PROPN":
        return named and (word in STREET_TYPES or word == STREET_AT_END)
    if word in lex.site_areas:
        return named
    return lemma_of(noun) in lex.site_nouns or word in lex.site_nouns


def _site_phrase(noun: Token, lex: CasualtyLexicon) -> tuple[str, int, int] | None:
    """The site's phrase as written, from its first modifier (no determiner) to the noun, unless
    it is a place with a point on the map or a group the other components found, or a place
    with its area word (``the Maiwand district``)."""
    doc: Doc = noun.doc
    start, end = doc[phrase_start(noun)].idx, noun.idx + len(noun)
    mentions = event_place_mentions(doc)
    if noun.lower_ in lex.site_areas and any(start <= m.start and m.end <= noun.idx for m in mentions):
        return None  # "the Maiwand district": the place says it all
    if any(m.start <= start and end <= m.end and m.place.lat is not None for m in mentions):
        return None  # a point of the map is the figure's place; a street the map lacks is a site
    if any(m.start <= start and end <= m.end for m in group_mentions(doc)):
        return None
    return doc_text(doc)[start:end], start, end
