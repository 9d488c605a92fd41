"""The casualty's clause: its governing verb, the character range links are read from, and the
line a parse never crosses.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflict_extract.components.casualties.candidate import Candidate
from conflict_extract.nlp.extensions import doc_text

CLAUSE_BREAK_DEPS = frozenset({"ccomp", "parataxis", "csubj"})


def _line_bounds(doc: Doc, char: int) -> tuple[int, int]:
    """Character range of the line (paragraph) holding ``char``: a parse never crosses it."""
    text = doc_text(doc)
    lo = text.rfind("\n", 0, char) + 1
    hi = text.find("\n", char)
    return lo, len(text) if hi < 0 else hi


def clamp_to_line(doc: Doc, lo: int, hi: int, char: int) -> tuple[int, int]:
    """Token range ``lo..hi`` (inclusive) cut to the line holding ``char``."""
    line_lo, line_hi = _line_bounds(doc, char)
    while lo < hi and doc[lo].idx < line_lo:
        lo += 1
    while hi > lo and doc[hi].idx >= line_hi:
        hi -= 1
    return lo, hi


def clause_head(cand: Candidate) -> Token:
    """The verb whose clause the casualty is: the trigger verb, or the verb over a state or toll."""
    trig = cand.trigger
    if cand.kind == "toll":
        return trig.head if trig.dep_ in ("nsubj", "nsubjpass", "dobj") else trig
    if cand.kind == "state":
        cur = trig
        while cur.pos_ not in ("VERB", "AUX") and cur.head != cur and cur.dep_ != "ROOT":
            cur = cur.head
        return cur
    if cand.kind == "nominal":
        cur = trig
        hops = 0
        while cur.pos_ not in ("VERB", "AUX") and cur.head != cur and hops < 4:
            cur = cur.head
            hops += 1
        return cur if cur.pos_ in ("VERB", "AUX") else trig
    return trig


def clause_tokens(head: Token) -> list[Token]:
    """``head`` and every token under it, not across a reported or parallel clause (unordered)."""
    toks = [head]
    stack = [c for c in head.children if c.dep_ not in CLAUSE_BREAK_DEPS]
    while stack:
        tok = stack.pop()
        toks.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in CLAUSE_BREAK_DEPS)
    return toks


def clause_preps(head: Token, words: frozenset[str]) -> list[Token]:
    """Prepositions among ``words`` in the clause of ``head`` (not across a reported or parallel
    clause), in text order."""
    return sorted((t for t in clause_tokens(head)[1:] if t.dep_ == "prep" and t.lower_ in words),
                  key=lambda t: t.i)


def link_scope(cand: Candidate) -> tuple[int, int]:
    """Character range of the clause the links are read from."""
    head = clause_head(cand)
    toks = clause_tokens(head)
    line_lo, line_hi = _line_bounds(head.doc, cand.anchor.idx)
    lo = max(min(t.idx for t in toks), line_lo)
    hi = min(max(t.idx + len(t) for t in toks), line_hi)
    return lo, hi
