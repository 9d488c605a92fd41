"""Links of a main count: place, site, date, cause, perpetrator, source and whether it is a running
toll.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from conflict_extract.components.casualties.attribution import find_attribution
from conflict_extract.components.casualties.candidate import Candidate
from conflict_extract.components.casualties.causes import find_cause, find_disease
from conflict_extract.components.casualties.claims import apply_claims
from conflict_extract.components.casualties.clause import clause_head, clause_tokens, link_scope
from conflict_extract.components.casualties.cumulative import is_cumulative
from conflict_extract.components.casualties.incidents import in_motive, incident_count
from conflict_extract.components.casualties.lexicon import CasualtyLexicon
from conflict_extract.components.casualties.lookups import (
    DIRECTIONS,
    city_before,
    date_value_in,
    place_mention_in,
    place_name,
    quote_group,
    quote_speaker,
)
from conflict_extract.components.casualties.parties import find_parties
from conflict_extract.components.casualties.perpetrators import find_perpetrator
from conflict_extract.components.casualties.sites import find_site
from conflict_extract.components.casualties.targets import find_target
from conflict_extract.linking import PlaceMention, place_before
from conflict_extract.models import Casualty
from conflict_extract.nlp.extensions import doc_text


def _period_bounds(cand: Candidate, lex: CasualtyLexicon) -> list[tuple[int, int]]:
    """Character ranges opened by ``since``/``until`` (or ``from``/``by`` a date) in the clause:
    the bounds of a period, whose dates are not the date of the event. ``the toll from
    Saturday's bombing`` names the incident, and its date is the incident's."""
    ranges = []
    for tok in clause_head(cand).subtree:
        if tok.lower_ in lex.date_openers and not any(
                c.dep_ == "pobj" and _is_date(c) for c in tok.children):
            continue
        if tok.lower_ in lex.period_openers or tok.lower_ in lex.date_openers:
            base = tok.head if tok.dep_ == "mark" else tok
            ranges.append((base.left_edge.idx, base.right_edge.idx + len(base.right_edge)))
    return ranges


def _is_date(token) -> bool:
    """A date or time, or the first of several (``between 2014 and 2021``: the model may tag
    only the last year)."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in (token, *token.conjuncts))


def _city_part(cand: Candidate, scope: tuple[int, int]) -> str | None:
    """``the government-held west of the city`` -> ``west Aleppo`` when the city was named before."""
    doc = cand.anchor.doc
    for tok in doc.char_span(scope[0], scope[1], alignment_mode="expand") or []:
        if tok.lower_ in DIRECTIONS and tok.pos_ in ("NOUN", "PROPN"):
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if prep is None:
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lower_ in ("city", "town") and any(
                    c.lower_ == "the" for c in pobj.children):
                city = city_before(doc, tok.idx)
                if city:
                    return f"{DIRECTIONS[tok.lower_]} {city}"
    return None


def same_place(cand: Candidate, lex: CasualtyLexicon) -> PlaceMention | None:
    """The place ``the same province`` (``city``, ``district`` ...) in the figure's clause points
    back to: the last place of that unit's types named before it."""
    for tok in clause_tokens(clause_head(cand)):
        types = lex.same_place_units.get(tok.lower_)
        if types and tok.dep_ == "pobj" and any(c.lower_ == "same" for c in tok.lefts):
            return place_before(tok.doc, tok.idx, types)
    return None


def link_record(cand: Candidate, record: Casualty, sent: Span, lex: CasualtyLexicon) -> None:
    """Fill place, date, cause, perpetrator, attribution and cumulative of a main count from its
    clause, noting in ``record.links`` the rule that decided each."""
    scope = link_scope(cand)
    anchor_char = cand.trigger.idx
    doc = cand.anchor.doc
    same = same_place(cand, lex)
    mention = same or place_mention_in(doc, scope[0], scope[1], anchor_char)
    if mention is not None:
        _set_place(record, doc, mention, "same_place" if same else "clause")
    else:
        record.place = _city_part(cand, scope)
        if record.place:
            record.links["place"] = "clause_city_part"
    periods = _period_bounds(cand, lex)
    record.date = date_value_in(doc, scope[0], scope[1], anchor_char, periods)
    if record.date:
        record.links["date"] = "clause"
    elif periods:
        record.links["date"] = "period"  # a toll over a period has no event date to look for
    disease = find_disease(cand, lex)
    record.cause = disease or find_cause(cand, lex)
    if record.cause:
        record.links["cause"] = "disease" if disease else "clause"
    # a death put down to an illness has no killer ("Cholera has killed 2,000")
    perpetrator = None if disease else find_perpetrator(cand, lex)
    if perpetrator is not None:
        record.perpetrator, record.links["perpetrator"] = perpetrator
    target = find_target(cand, lex)
    if target is not None:
        record.target, record.links["target"] = target
    site = find_site(cand, lex)
    if site is not None and not (mention is not None and mention.start <= site[1] and site[2] <= mention.end):
        record.site, start, end, record.links["site"] = site
        record.site_span = [start, end]
    record.parties = find_parties(cand)
    if record.parties:
        record.links["parties"] = "clause"
    _link_source(cand, record, sent, lex)
    record.cumulative = is_cumulative(cand, lex)
    head = clause_head(cand)
    if in_motive(cand.trigger, lex):
        record.links["incident"] = "motive"
    for verb in (head, *head.conjuncts):
        incidents = incident_count(verb, lex)
        if incidents is not None and incidents >= 2:
            record.links["incidents"] = str(incidents)
            break


def _set_place(record: Casualty, doc, mention: PlaceMention, rule: str) -> None:
    """Give ``record`` the place of ``mention`` and its index in ``doc._.places``."""
    record.place = place_name(doc, mention)
    record.place_index = mention.index
    record.links["place"] = rule


def _link_source(cand: Candidate, record: Casualty, sent: Span, lex: CasualtyLexicon) -> None:
    """Who reports the figure: the reporting verb or ``according to`` of its sentence, else the
    speaker of the quote or reported statement that holds it (``Ukrainian officials said``)."""
    doc = cand.anchor.doc
    record.attributed_to = find_attribution(cand, sent, lex)
    if record.attributed_to:
        record.links["attributed_to"] = "reporting_verb"
        return
    record.attributed_to = quote_group(doc, record.start, record.end)
    if record.attributed_to:
        record.links["attributed_to"] = "quote_group"
        return
    record.attributed_to = quote_speaker(doc, record.start, record.end)
    if record.attributed_to:
        record.links["attributed_to"] = "quote_speaker"


def settle_links(records: list[Casualty], doc, lex: CasualtyLexicon) -> None:
    """Places and dates a main count's clause did not give, from its sentence, then its paragraph,
    then the article's setting (its first event place and date); perpetrators from claims of
    responsibility; sub-counts take their whole's."""
    apply_claims(records, doc, lex)
    for record in records:
        if record.part_of is not None:
            continue
        if record.place is None:
            for rule, (lo, hi) in _wider_scopes(doc, record.start):
                mention = place_mention_in(doc, lo, hi, record.start)
                if mention is not None:
                    _set_place(record, doc, mention, rule)
                    break
        if record.date is None and "date" not in record.links and not record.cumulative:
            for rule, (lo, hi) in _wider_scopes(doc, record.start):
                date = date_value_in(doc, lo, hi, record.start)
                # a wider scope gives a day only: "since March 2011" is no setting of an incident
                if date is not None and DAY.fullmatch(date):
                    record.date, record.links["date"] = date, rule
                    break
    for record in records:
        if record.part_of is not None:
            inherit_links(record, records[record.part_of])


DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _wider_scopes(doc, char: int) -> list[tuple[str, tuple[int, int]]]:
    """The sentence, paragraph and article around ``char``, as (rule, character range)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    sent = span.sent if span is not None else None
    text = doc_text(doc)
    para_lo = text.rfind("\n", 0, char) + 1
    para_hi = text.find("\n", char)
    scopes = []
    if sent is not None:
        scopes.append(("sentence", (sent.start_char, sent.end_char)))
    scopes.append(("paragraph", (para_lo, len(text) if para_hi < 0 else para_hi)))
    scopes.append(("article", (0, len(text))))
    return scopes


def inherit_links(record: Casualty, parent: Casualty) -> None:
    """A sub-count shares its whole's links (``including 28 children`` happened where the 69 did)."""
    record.place = parent.place
    record.date = parent.date
    record.cause = parent.cause
    record.perpetrator = parent.perpetrator
    record.target = parent.target
    record.attributed_to = parent.attributed_to
    record.cumulative = parent.cumulative
    record.place_index = parent.place_index
    record.site = parent.site
    record.site_span = parent.site_span
    record.parties = list(parent.parties)
    record.links.update({k: v for k, v in parent.links.items() if k in (
        "place", "date", "cause", "perpetrator", "attributed_to", "target", "site", "parties")})
