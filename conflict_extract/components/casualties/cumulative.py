"""Running tolls (``since violence began``, ``so far``) and the place of the war they count.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from conflict_extract.components.casualties.candidate import Candidate
from conflict_extract.components.casualties.clause import clause_head
from conflict_extract.components.casualties.lexicon import CasualtyLexicon, lemma_of
from conflict_extract.components.casualties.lookups import place_name_in
from conflict_extract.models import Casualty


def is_cumulative(cand: Candidate, lex: CasualtyLexicon) -> bool:
    """A running toll: ``since violence began``, ``since the start of the war``, ``since 2011``,
    ``so far``, ``to date``."""
    clause = clause_head(cand)
    perfect = any(c.dep_ == "aux" and lemma_of(c) == "have" for c in clause.children)
    for tok in clause.subtree:
        lower = tok.lower_
        if lower == "by" and tok.dep_ == "prep" and perfect and _period_end(tok, lex):
            return True  # "By the end of 1972, 496 had been killed"
        if lower == "since" and not _comparison_since(tok, clause):
            for t in tok.head.subtree if tok.dep_ == "mark" else tok.subtree:
                if lemma_of(t) in lex.cumulative_nouns or (t.like_num and t.ent_type_ == "DATE"
                                                          and len(t.text) == 4):
                    return True
        if lower == "far" and tok.i > 0 and tok.nbor(-1).lower_ == "so":
            return True
        if tok.dep_ == "nsubj" and tok.head == clause and lemma_of(tok) in WAR_NOUNS:
            return True  # "the 2014 war killed more than 2,200 Palestinians"
        if tok == cand.trigger and cand.kind == "toll" and any(
                c.lower_ in ("total", "overall", "cumulative") for c in tok.children):
            return True
        if lower == "date" and tok.i > 0 and tok.nbor(-1).lower_ == "to":
            return True
    return False


def _is_year(tok: Token) -> bool:
    """A four-digit year such as ``1972``."""
    return tok.like_num and len(tok.text) == 4 and tok.text.isdigit() and tok.text[:2] in ("19", "20")


def _period_end(prep: Token, lex: CasualtyLexicon) -> bool:
    """``by 2015``, ``by the end of 1972``, ``by the end of the war``: a ``by`` phrase closing a
    period (not ``by Sunday`` or ``killed by gunmen``)."""
    words = list(prep.subtree)[1:]
    if not words or words[0].lower_ not in ("the", "end", "close", "late", "mid") and \
            not _is_year(words[0]):
        return False
    return any(_is_year(t) or lemma_of(t) in lex.cumulative_nouns for t in words)


def _comparison_since(since: Token, clause: Token) -> bool:
    """``the first death of a general since 2017``, ``the deadliest attack since 2015``: ``since``
    bounds a comparison (an ordinal or superlative above it), not a running toll."""
    cur = since.head
    for _ in range(6):
        if cur.tag_ == "JJS" or cur.lower_ in ("first", "last", "only"):
            return True
        if any(c.tag_ == "JJS" or c.lower_ in ("first", "last", "only") or c.ent_type_ == "ORDINAL"
               for c in cur.children if c.dep_ in ("amod", "advmod", "nummod", "det")):
            return True
        if cur == clause or cur.head == cur:
            break
        cur = cur.head
    return False


WAR_NOUNS = frozenset({"war", "conflict", "uprising", "revolution", "insurgency", "invasion",
                       "crisis", "intifada"})


def _war_place(sents: list[Span]) -> str | None:
    """The place whose war a running toll counts: ``Syria's civil war``, ``the war in Yemen``,
    looked for in the toll's sentence and the three before it (nearest first)."""
    for sent in reversed(sents):
        for tok in reversed(list(sent)):
            if lemma_of(tok) not in WAR_NOUNS:
                continue
            for child in tok.children:
                target = child
                if child.dep_ == "prep" and child.lower_ in ("in", "of", "across"):
                    target = next((g for g in child.children if g.dep_ == "pobj"), None)
                elif child.dep_ not in ("poss", "compound", "nmod", "amod"):
                    continue
                if target is None:
                    continue
                name = place_name_in(target.doc, target.left_edge.idx, target.idx + len(target), target.idx)
                if name:
                    return name
    return None


def place_running_tolls(mains: list[Candidate], out: list[Casualty], sents: list[Span],
                        lex: CasualtyLexicon) -> None:
    """A running toll of a war (``400,000 people have been killed since violence began``) takes
    the war's place when its own clause names none; so do the other counts of its sentence."""
    records = [c.record for c in mains if c.record is not None]
    if not any(r.cumulative and r.place is None for r in records):
        return
    place = _war_place(sents)
    if place is None:
        return
    for index, record in enumerate(out):
        owner = record if record.part_of is None else out[record.part_of]
        if record.place is None and any(owner is r or record is r for r in records):
            out[index].place = place
            out[index].links["place"] = "war"
