"""Cause links: what killed or hurt (``in air strikes``, ``by shelling``, ``Rebel fire``), and the
illness a death is put down to (``died of cholera``).
"""

from __future__ import annotations

from spacy.tokens import Token

from conflict_extract.components.casualties.candidate import Candidate
from conflict_extract.components.casualties.clause import clause_head
from conflict_extract.components.casualties.lexicon import CasualtyLexicon, lemma_of, phrase_start
from conflict_extract.components.casualties.lookups import group_name_in
from conflict_extract.nlp.extensions import doc_text

DISEASE_PATH_DEPS = frozenset({"prep", "pobj", "agent", "attr", "nsubj", "conj", "pcomp", "dobj",
                               "acomp", "amod", "compound", "nmod", "npadvmod"})
"""Dependencies followed from a death to the illness that caused it (``died of cholera``,
``deaths from the outbreak``, ``were the result of complications from the disease``); never
into a relative or reported clause (``doctors fighting the outbreak``)."""


def find_disease(cand: Candidate, lex: CasualtyLexicon) -> str | None:
    """The illness (or hunger, cold) a death is put down to in its own clause, or None."""
    if not lex.disease_nouns or cand.outcome not in ("killed", "casualties", "injured"):
        return None
    clause = clause_head(cand)
    stack = [(cand.trigger, 0), (clause, 0)]
    if cand.noun is not None:
        stack.append((cand.noun, 0))
    seen: set[int] = set()
    while stack:
        tok, depth = stack.pop()
        if tok.i in seen:
            continue
        seen.add(tok.i)
        if depth and tok.pos_ in ("NOUN", "PROPN") and (
                lemma_of(tok) in lex.disease_nouns or tok.lower_ in lex.disease_nouns):
            return _cause_text(tok, lex)
        if depth < 5:
            stack.extend((c, depth + 1) for c in tok.children if c.dep_ in DISEASE_PATH_DEPS
                         and c.i != cand.anchor.i)
    return None


def find_cause(cand: Candidate, lex: CasualtyLexicon) -> str | None:
    """What killed or hurt: ``in air strikes and shelling``, ``by shelling``, ``Rebel fire``; an
    illness is read first by :func:`find_disease`."""
    clause = clause_head(cand)
    heads = [cand.trigger, clause]
    for conj in cand.trigger.children:
        if conj.dep_ == "conj":
            heads.append(conj)
            # "24 people were killed and 85 injured in air strikes": the shared cause hangs
            # on the second participle
            heads.extend(c for c in conj.children if c.dep_ == "acl")
    if cand.trigger.dep_ == "conj":
        heads.append(cand.trigger.head)
    for head in heads:
        for child in head.children:
            if child.dep_ in ("prep", "agent") and child.lower_ in lex.cause_preps:
                pobj = prep_object(child)
                if pobj is not None and is_cause(pobj, lex):
                    return _cause_text(pobj, lex)
                if pobj is not None and (split := _split_cause(pobj, lex)) is not None:
                    return split
    subj = clause_subject(cand)
    if subj is not None and cand.anchor.dep_ != "nsubj" and cand.kind in ("verb", "state"):
        if is_cause(subj, lex):
            return _cause_text(subj, lex)
        if (split := _split_cause(subj, lex)) is not None:
            return split
    when = when_subject(cand, lex)
    return _cause_text(when, lex) if when is not None else None


def prep_object(prep: Token) -> Token | None:
    """The object of a preposition: its noun, or a gerund the parser reads as a clause (``killed
    in shelling``, with ``shelling`` a ``pcomp`` verb)."""
    return next((g for g in prep.children if g.dep_ == "pobj" or g.dep_ == "pcomp"
                 and g.tag_ == "VBG"), None)


def when_subject(cand: Candidate, lex: CasualtyLexicon) -> Token | None:
    """The weapon of a ``when`` clause on the figure's clause (``Five people were wounded when a
    Russian drone hit a bus``, ``Seven died when a bomb exploded``)."""
    for adv in clause_head(cand).children:
        if adv.dep_ == "advcl" and any(m.lower_ in ("when", "as", "after") for m in adv.children
                                       if m.dep_ in ("advmod", "mark")):
            subj = next((c for c in adv.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and is_cause(subj, lex):
                return subj
    return None


def clause_subject(cand: Candidate) -> Token | None:
    """The active subject of the figure's clause; for a participle of result with none of its own
    (``A Russian missile struck the city, killing 14``), the subject of the verb it hangs on."""
    clause = clause_head(cand)
    subj = _subject_of(clause)
    if subj is None and clause.dep_ in ("advcl", "conj") and clause.tag_ in ("VBG", "VBD") and \
            clause.head.pos_ == "VERB":
        subj = _subject_of(clause.head)
    return subj


def _subject_of(verb: Token) -> Token | None:
    """The active subject of ``verb``. A clause has one; given two, where a comma parts them
    (``Outside Goma, M23 rebels killed six`` parsed with ``Goma`` as a subject too) the one
    nearer the verb is it and the other a fronted phrase; otherwise the first (the second is
    likely a piece of a name the parse broke up)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) < 2:
        return subjects[0] if subjects else None
    first, nearest = subjects[0], max((c for c in subjects if c.i < verb.i), key=lambda c: c.i,
                                      default=subjects[0])
    between = verb.doc[first.i + 1:nearest.left_edge.i]
    return nearest if any(t.text == "," for t in between) else first


def is_cause(token: Token, lex: CasualtyLexicon) -> bool:
    """True for a noun naming what kills or hurts (``strikes``, ``shelling``, ``ambush``)."""
    if lemma_of(token) in lex.cause_nouns or token.lower_ in lex.cause_nouns:
        return token.pos_ in ("NOUN", "PROPN", "VERB")
    return False


def _split_cause(token: Token, lex: CasualtyLexicon) -> str | None:
    """The cause the parser split in two: a name or acronym taken for the whole phrase and the
    cause word after it hung elsewhere (``in RSF shelling``, ``by RSF shelling``, ``RSF shelling
    killed``), as the slice from the name to the cause word; None when it is no such phrase."""
    span = split_cause_span(token, lex)
    if span is None:
        return None
    doc = token.doc
    return doc_text(doc)[doc[span[0]].idx:doc[span[1]].idx + len(doc[span[1]])]


def split_cause_span(token: Token, lex: CasualtyLexicon) -> tuple[int, int] | None:
    """Token indices (first, cause word) of the cause phrase :func:`_split_cause` reads, or None.

    The name may be tagged as anything when the groups found a group there: the tagger reads a
    short acronym as a word (``in IS attacks``, with ``IS`` an auxiliary)."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return None
    if token.pos_ not in ("NOUN", "PROPN") and group_name_in(
            doc, token.idx, token.idx + len(token)) is None:
        return None
    after = doc[token.i + 1]
    # a noun or gerund ("shelling" tagged VBG), never a finite verb ("militants attacked")
    if not after.tag_.startswith("NN") and after.tag_ != "VBG":
        return None
    if lemma_of(after) not in lex.cause_nouns and after.lower_ not in lex.cause_nouns:
        return None
    if after.head not in (token, token.head, token.head.head):
        return None
    return phrase_start(token), after.i


def _cause_text(head: Token, lex: CasualtyLexicon) -> str:
    """The cause noun phrase without determiners, trailing prepositions or clauses."""
    parts = [head]
    for conj in head.children:
        if conj.dep_ == "conj":
            parts.append(conj)
    words: list[Token] = []
    for part in parts:
        mods = [c for c in part.lefts if c.dep_ in ("compound", "nmod", "npadvmod")
                or c.dep_ == "amod" and (c.text[:1].isupper() or lemma_of(c) in lex.cause_adjectives)]
        lo = min([m.left_edge.i for m in mods] + [part.i])
        words.extend(t for t in part.doc[lo:part.i + 1] if t.dep_ != "det")
    doc = head.doc
    last = parts[-1]
    after = last.i + 1
    if len(parts) == 1 and after + 1 < len(doc) and doc[after].lower_ in ("and", "or") and \
            is_cause(doc[after + 1], lex) and doc[after + 1].dep_ == "conj":
        # "in air strikes and shelling" where the parser hung "shelling" on the verb
        last = doc[after + 1]
    # a slice of the article, never words joined with spaces ("al-Shabaab ambush")
    text = doc_text(doc)[words[0].idx:last.idx + len(last)]
    if "\n" in text:
        text = text.rsplit("\n", 1)[-1].strip()
    return text
