"""Links of a main count: place, date, cause, perpetrator, source and whether it is a running toll.
"""

from __future__ import annotations

from spacy.tokens import Span

from conflict_extract.components.casualties.attribution import find_attribution
from conflict_extract.components.casualties.candidate import Candidate
from conflict_extract.components.casualties.causes import find_cause, find_disease
from conflict_extract.components.casualties.clause import clause_head, link_scope
from conflict_extract.components.casualties.cumulative import is_cumulative
from conflict_extract.components.casualties.incidents import in_motive, incident_count
from conflict_extract.components.casualties.lexicon import CasualtyLexicon
from conflict_extract.components.casualties.lookups import (
    DIRECTIONS,
    city_before,
    date_value_in,
    group_name_in,
    place_name_in,
    quote_group,
)
from conflict_extract.models import Casualty


def _period_bounds(cand: Candidate) -> list[tuple[int, int]]:
    """Character ranges opened by ``since``/``until`` in the clause: the bounds of a period, whose
    dates are not the date of the event."""
    ranges = []
    for tok in clause_head(cand).subtree:
        if tok.lower_ in ("since", "until", "till", "between", "from", "by"):
            base = tok.head if tok.dep_ == "mark" else tok
            ranges.append((base.left_edge.idx, base.right_edge.idx + len(base.right_edge)))
    return ranges


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


def find_perpetrator(cand: Candidate) -> str | None:
    """A group that did it: the agent of a passive (``killed by government forces``) or the subject
    of an active trigger (``Rebels killed``)."""
    clause = clause_head(cand)
    doc = cand.anchor.doc
    for child in [*cand.trigger.children, *clause.children]:
        if child.dep_ == "agent":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                name = group_name_in(doc, pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge))
                if name:
                    return name
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is not None and cand.anchor != subj and cand.kind in ("verb", "state"):
        # only the head phrase: "Rebel fire on the west of the city" names no other group
        head_lo = subj.left_edge.idx
        return group_name_in(doc, head_lo, subj.idx + len(subj))
    return None


def link_record(cand: Candidate, record: Casualty, sent: Span, lex: CasualtyLexicon) -> None:
    """Fill place, date, cause, perpetrator, attribution and cumulative of a main count."""
    scope = link_scope(cand)
    anchor_char = cand.trigger.idx
    doc = cand.anchor.doc
    record.place = place_name_in(doc, scope[0], scope[1], anchor_char) or _city_part(cand, scope)
    record.date = date_value_in(doc, scope[0], scope[1], anchor_char, _period_bounds(cand))
    disease = find_disease(cand, lex)
    record.cause = disease or find_cause(cand, lex)
    # a death put down to an illness has no killer ("Cholera has killed 2,000")
    record.perpetrator = None if disease else find_perpetrator(cand)
    record.attributed_to = find_attribution(cand, sent, lex) or quote_group(
        doc, record.start, record.end)
    record.cumulative = is_cumulative(cand, lex)
    head = clause_head(cand)
    if in_motive(cand.trigger, lex):
        record.links["incident"] = "motive"
    for verb in (head, *head.conjuncts):
        incidents = incident_count(verb, lex)
        if incidents is not None and incidents >= 2:
            record.links["incidents"] = str(incidents)
            break


def inherit_links(record: Casualty, parent: Casualty) -> None:
    """A sub-count shares its whole's links (``including 28 children`` happened where the 69 did)."""
    record.place = parent.place
    record.date = parent.date
    record.cause = parent.cause
    record.perpetrator = parent.perpetrator
    record.attributed_to = parent.attributed_to
    record.cumulative = parent.cumulative
