"""Sub-counts: figures included in another (``69 people, including 28 children``, ``of whom three
were children``) and breakdowns that add up to a first, general count.
"""

from __future__ import annotations

from spacy.tokens import Token

from conflict_extract.components.casualties.candidate import Candidate
from conflict_extract.components.casualties.lexicon import SUBJECT_DEPS
from conflict_extract.models import Casualty
from conflict_extract.text.numbers import Quantity

SUB_PREPS = frozenset({"including", "among", "incl", "incl.", "amongst"})


PARTITIVE_PRONOUNS = frozenset({"them", "whom", "those", "which"})


def sub_marker(anchor: Token, qty: Quantity | None = None) -> Token | None:
    """The token that makes ``anchor`` a sub-count: ``including``/``among`` governing it, an
    ``among them`` on it or just before the figure, or ``of whom`` on the clause it is the
    subject of."""
    doc = anchor.doc
    if anchor.dep_ == "conj" and anchor.head.pos_ in ("NOUN", "PROPN", "NUM"):
        first = anchor
        while first.dep_ == "conj" and first.head != first:
            first = first.head
        marker = sub_marker(first)  # "including 400 children and 200 women"
        if marker is not None:
            return marker
    if qty is not None and qty.start >= 2:
        before = (doc[qty.start - 2].lower_, doc[qty.start - 1].lower_)
        if before[0] in ("among", "amongst") and before[1] in ("them", "whom", "those"):
            return doc[qty.start - 2]
    if anchor.dep_ == "pobj" and anchor.head.lower_ in SUB_PREPS:
        return anchor.head
    if anchor.dep_ == "dobj" and anchor.head.lower_ in ("including", "includes", "included"):
        return anchor.head
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ in ("among", "amongst") and any(
                g.lower_ in ("them", "whom", "those") for g in child.children):
            return child
        if child.dep_ == "prep" and child.lower_ == "of" and any(
                g.dep_ == "pobj" and g.lower_ in PARTITIVE_PRONOUNS for g in child.children):
            return child
    if anchor.dep_ in SUBJECT_DEPS:
        for child in anchor.head.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "among", "amongst") and any(
                    g.lower_ in ("whom", "them", "those", "which") for g in child.children):
                return child
            if child.dep_ == "prep" and child.lower_ in ("of", "among", "amongst") and \
                    child.i < anchor.i and any(g.like_num for g in child.subtree):
                return child  # "Of the 130 injured, 77 were women or children"
    return None


def _appositive(anchor: Token) -> bool:
    """True when ``anchor`` heads, or is coordinated in, an apposition."""
    root = anchor
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    return root.dep_ == "appos"


def _listed_with(anchor: Token, first: Token) -> bool:
    """True when ``anchor`` follows ``first`` in one list of counted nouns, coordinated or in
    apposition (``12 people, seven women and five men``)."""
    root = anchor
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    return root == first or (root.dep_ == "appos" and root.head == first)


GENERAL_VICTIMS = frozenset({"people", "civilians", "victims", "residents"})


def mark_breakdowns(mains: list[Candidate], out: list[Casualty]) -> None:
    """``police arrested 12 people, seven women and five men``: coordinated counts that add up
    to a first, general count are its breakdown and become its sub-counts; so do counts set in
    apposition to any first count (``Three officials, a police chief and two officers, were
    killed``)."""
    for k, first in enumerate(mains):
        rec = first.record
        if rec is None or rec.count is None:
            continue
        parts = [c for c in mains[k + 1:] if c.record is not None
                 and _listed_with(c.anchor, first.anchor) and c.record.outcome == rec.outcome]
        if rec.victims not in GENERAL_VICTIMS and not all(_appositive(c.anchor) for c in parts):
            continue
        counts = [c.record.count for c in parts]
        if len(parts) >= 2 and None not in counts and sum(counts) == rec.count:
            index = next(i for i, r in enumerate(out) if r is rec)
            for part in parts:
                part.record.part_of = index
