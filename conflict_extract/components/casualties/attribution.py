"""Source links: who reports a figure (``the monitor says``, ``according to X``, a closing
``..., the ministry said``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from conflict_extract.components.casualties.candidate import Candidate
from conflict_extract.components.casualties.clause import clause_head
from conflict_extract.components.casualties.lexicon import CasualtyLexicon, lemma_of
from conflict_extract.components.casualties.lookups import group_name_by_head, group_name_in


def find_attribution(cand: Candidate, sent: Span,
                 lex: CasualtyLexicon) -> str | None:
    """Who reports the figure: the subject of the reporting verb over the clause (``the monitor
    says``) or ``according to X`` in the sentence."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor().lower_ == "to":
            pobj = next((g for g in tok.nbor().children if g.dep_ == "pobj"), None)
            if pobj is None:
                continue
            name = _group_of_phrase(pobj)
            if name:
                return name
    tail = tail_attribution(sent, lex)
    if tail is not None and tail[0] > cand.trigger.i:
        doc = sent.doc
        name = group_name_in(doc, doc[tail[1]].idx, doc[tail[2]].idx)
        if name is None:
            root = doc[tail[1]:tail[2]].root
            if root.pos_ == "NOUN":
                name = group_name_by_head(root, root.idx)
        if name:
            return name
    cur = clause_head(cand)
    prev: Token | None = None
    below = cand.trigger
    while below.head != cur and below.head != below and below != cur:
        below = below.head
    if below != cur and below.head == cur and below.dep_ in ADJUNCT_DEPS:
        prev = below  # "the government showed no remorse after the killing of 12": no report
    for _ in range(6):
        # a reporting verb above the clause reports it only through a complement ("police said
        # 12 were killed"), never through an adjunct ("the government showed no willingness ...
        # following the slaying of seven")
        own = prev is None or prev.dep_ in REPORT_PATH_DEPS
        verbs = [*([cur] if own else []), *[c for c in cur.children if c.dep_ == "parataxis"]]
        for verb in verbs:
            if verb != cand.trigger and lemma_of(verb) in lex.say_verbs:
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.dep_ == "nsubj":
                    name = _group_of_phrase(subj)
                    if name:
                        return name
        if cur.head == cur:
            break
        prev, cur = cur, cur.head
    return None


REPORT_PATH_DEPS = frozenset({"ccomp", "conj", "xcomp", "parataxis"})


ADJUNCT_DEPS = frozenset({"prep", "agent", "advcl", "npadvmod", "advmod", "mark"})


def tail_attribution(sent: Span, lex: CasualtyLexicon) -> tuple[int, int, int] | None:
    """A closing attribution ``..., the Syrian Observatory for Human Rights said.``: token indices
    (comma, phrase start, say verb). Found on the surface because the parser often hangs such a
    phrase on the last noun of the clause before it."""
    end = sent.end - 1
    while end > sent.start and sent.doc[end].is_punct:
        end -= 1
    verb = None
    for k in range(end, max(sent.start, end - 4) - 1, -1):
        tok = sent.doc[k]
        if tok.pos_ in ("VERB", "AUX") and lemma_of(tok) in lex.say_verbs:
            verb = tok
            break
    if verb is None:
        return None
    for k in range(verb.i - 1, max(sent.start, verb.i - 16) - 1, -1):
        tok = sent.doc[k]
        if tok.text == ",":
            if k + 1 < verb.i:
                return k, k + 1, verb.i
            return None
        if tok.pos_ in ("VERB", "AUX") or tok.text in ("\u201d", '"', "\u2019"):
            return None
    return None


def _group_of_phrase(head: Token) -> str | None:
    """The group named by the phrase headed by ``head`` (``the monitor`` resolved backwards)."""
    lo = head.left_edge.idx
    hi = head.right_edge.idx + len(head.right_edge)
    name = group_name_in(head.doc, lo, hi)
    if name:
        return name
    if head.pos_ in ("NOUN",):
        return group_name_by_head(head, head.idx)
    return None
