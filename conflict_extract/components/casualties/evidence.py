"""The evidence span of a figure: the clause holding the figure, its victims and trigger, cut at
the next figure's own clause, a closing attribution, a line end or a glued sentence break.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from conflict_extract.components.casualties.attribution import tail_attribution
from conflict_extract.components.casualties.candidate import Candidate
from conflict_extract.components.casualties.clause import clamp_to_line, clause_head
from conflict_extract.components.casualties.lexicon import (
    SUBJECT_DEPS,
    child_with,
    lemma_of,
    load_lexicon,
)

RIGHT_EVIDENCE_DEPS = frozenset({
    "prep", "agent", "npadvmod", "oprd", "acomp", "dobj", "conj", "cc", "attr", "pobj", "xcomp",
    "advmod",
})


def evidence_range(cand: Candidate, stops: tuple[int, ...] = ()) -> tuple[int, int]:
    """Token range (inclusive) of the clause holding the figure, victims and trigger; it ends
    before any of ``stops`` (the first tokens of later figures with a clause of their own)."""
    doc = cand.anchor.doc
    q = cand.qty
    if cand.sub and cand.sub_marker is not None:
        lo = min(cand.sub_marker.i, q.start)
        hi = max(q.end - 1, cand.noun.i if cand.noun is not None else q.end - 1)
        hi = max(hi, cand.sub_marker.right_edge.i) if cand.sub_marker.i > q.start else hi
        if cand.anchor.dep_ in SUBJECT_DEPS:
            attr = child_with(cand.anchor.head, "attr")
            if attr is None and cand.anchor.head.pos_ == "NOUN":
                attr = cand.anchor.head
            if attr is not None:
                hi = max(hi, attr.i, *(c.i for c in attr.conjuncts))
        return lo, hi
    trig = cand.trigger
    lo = min(q.start, trig.i)
    hi = max(q.end - 1, trig.i)
    if cand.noun is not None:
        hi = max(hi, cand.noun.i)
    clause = clause_head(cand)
    if cand.kind in ("verb", "state", "toll") and cand.anchor.dep_ not in SUBJECT_DEPS:
        subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and subj.i < lo:
            lo = subj.left_edge.i
    if cand.kind == "toll":
        lo = min(lo, trig.left_edge.i)
        hi = max(hi, clause.i)
    if cand.kind == "state":
        if trig.dep_ == "pobj" and trig.head.dep_ == "prep":
            lo = min(lo, trig.head.i)  # "Among the dead were ..."
        hi = max(hi, clause.i)
        lo = min(lo, clause.i) if clause.i > q.start else lo
    hi = max(hi, _right_extent(clause, hi))
    if cand.kind in ("verb", "acl") and trig != clause:
        hi = max(hi, _right_extent(trig, hi))
    lo, hi = clamp_to_line(doc, lo, hi, doc[q.start].idx)
    for stop in stops:
        if max(q.end - 1, trig.i) < stop <= hi:
            hi = stop - 1
            break
    tail = tail_attribution(cand.anchor.sent, load_lexicon())
    if tail is not None and lo < tail[0] <= hi:
        hi = tail[0] - 1
    while hi > lo and (doc[hi].is_punct or doc[hi].pos_ in ("CCONJ", "ADP", "DET", "SCONJ")):
        hi -= 1
    while lo < hi and (doc[lo].is_punct or doc[lo].dep_ in ("cc", "mark")):
        lo += 1
    return lo, hi


GLUED_LOWER = re.compile(r"(?<=[a-z]{2})\.(?=[a-z]{3,})|(?<=[a-z]{3})(?=[A-Z]{3,}\b)")
"""A full stop glued to a lower-case word (``died in the attacks.image copyright AFP``) or a
dateline glued to a headline (``killed in blasts in AfghanistanKANDAHAR``): a lost sentence or
caption break the parser does not see."""


def cut_glued(text: str, start: int, end: int, cand: Candidate) -> int:
    """``end`` moved back to a glued sentence break after the figure and trigger, if any."""
    doc = cand.anchor.doc
    last = max(doc[cand.qty.end - 1].idx + len(doc[cand.qty.end - 1]),
               cand.trigger.idx + len(cand.trigger))
    if not start <= last < end:
        return end
    match = GLUED_LOWER.search(text, last, end)
    return match.start() if match else end


def _right_extent(head: Token, hi: int) -> int:
    """The right edge of ``head``'s modifiers that belong to the casualty clause."""
    for child in head.rights:
        if child.dep_ not in RIGHT_EVIDENCE_DEPS:
            continue
        if child.dep_ == "prep" and child.lower_ in ("according", "including", "since"):
            continue
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and (
                not _is_outcome_word(child)
                or any(g.dep_ in SUBJECT_DEPS for g in child.children)):
            continue
        hi = max(hi, child.right_edge.i)
    return hi


def _is_outcome_word(token: Token) -> bool:
    """True for a trigger verb or state word (``killed``, ``died``, ``wounded``)."""
    lex = load_lexicon()
    lemma = lemma_of(token)
    return lemma in lex.verbs or lemma in lex.intransitive or token.lower_ in lex.states
