"""Judgements nobody named makes: reported in the passive without their judge (``peacekeepers
have been accused of abusing civilians``, ``the minister was criticised for the delays``) or as
how things seem (``the truce seems to be holding``, ``it appears that the convoy turned back``).
The clause is the statement, and it has no speaker."""

from __future__ import annotations

from spacy.tokens import Token

from conflict_extract.components.quotes.cues import overlaps
from conflict_extract.components.quotes.docindex import DocIndex
from conflict_extract.components.quotes.lexicon import verb_lemma

JUDGED_PREPS = frozenset({"of", "for"})
"""Prepositions carrying what a passive judgement is about (``accused of``, ``blamed for``)."""
TIME_ENTITIES = frozenset({"DATE", "TIME"})


def unnamed_judgement(verb: Token, index: DocIndex) -> tuple[list[Token], None, tuple[int, int]] | None:
    """The clause of a passive verb of judging with no ``by`` agent, its subject through what it
    is judged for (``the militia was accused of killing ten villagers``) or judged to be (``the
    envoy is seen as a moderate``, ``the talks are expected to resume``), or ``None``. The
    subject must name something (not a relative word; not ``it`` for a verb of blame) and the
    judgement must say what for, not for how long (``praised for years``)."""
    if index.in_quote(verb.idx) or index.in_caption(verb.idx) or verb.dep_ == "relcl":
        return None
    lemma = verb_lemma(verb)
    if lemma not in index.lexicon.judged_passives and lemma not in index.lexicon.rated_passives or any(
        c.dep_ == "agent" for c in verb.children
    ):
        return None
    rated = lemma in index.lexicon.rated_passives
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN", "PRON")
                and c.lower_ not in ("which", "that", "who", "this") and (rated or c.lower_ != "it")]
    if rated:  # "is considered a threat", "was seen as a moderate", "is expected to resign"
        judged = [c for c in verb.children if c.i > verb.i and (
            c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as"
            or c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
    else:
        judged = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in JUDGED_PREPS
                  and c.i > verb.i and any(o.dep_ in ("pobj", "pcomp") and o.ent_type_ not in
                                           TIME_ENTITIES for o in c.children)]
    if not subjects or not judged:
        return None
    line = index.bounds(verb.idx)
    words = verb.doc[subjects[0].left_edge.i : judged[0].right_edge.i + 1]
    return [t for t in words if overlaps(t, line)], None, line


def seeming_clause(verb: Token, index: DocIndex) -> tuple[list[Token], None, tuple[int, int]] | None:
    """The clause a main verb of seeming judges (``the truce seems to be holding``, ``that looks
    unlikely``; ``it appears that the convoy turned back``: the that-clause), or ``None``."""
    if index.in_quote(verb.idx) or index.in_caption(verb.idx) or verb.dep_ not in ("ROOT", "conj"):
        return None
    if verb_lemma(verb) not in index.lexicon.seeming_verbs:
        return None
    line = index.bounds(verb.idx)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "expl", "csubj") and c.i < verb.i]
    after = [c for c in verb.children if c.i > verb.i]
    if not subjects:
        return None
    if subjects[0].lower_ == "it":
        clauses = [c for c in after if c.dep_ == "ccomp" and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        words = list(clauses[0].subtree) if clauses else []
    else:
        judged = [c for c in after if c.dep_ in ("xcomp", "acomp", "attr", "oprd")]
        words = list(verb.doc[subjects[0].left_edge.i : judged[0].right_edge.i + 1]) if judged else []
    words = [t for t in words if overlaps(t, line)]
    return (words, None, line) if words else None


def evident_clause(word: Token, index: DocIndex) -> tuple[list[Token], None, tuple[int, int]] | None:
    """The that-clause an adjective of evidence judges after ``it is`` (``it is clear that the
    siege will last``, ``nor is it certain that ...``), or ``None``."""
    if index.in_quote(word.idx) or index.in_caption(word.idx) or word.dep_ != "acomp":
        return None
    copula = word.head
    if copula.lemma_.lower() != "be" or not any(
        c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children
    ):
        return None
    clauses = [c for c in [*word.children, *copula.children] if c.dep_ == "ccomp" and c.i > word.i
               and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    if not clauses:
        return None
    line = index.bounds(word.idx)
    return [t for t in clauses[0].subtree if overlaps(t, line)], None, line


def drawn_criticism(verb: Token, index: DocIndex) -> tuple[list[Token], None, tuple[int, int]] | None:
    """What a subject that draws criticism from nobody named is criticised about: the object of
    the criticism's ``about``/``over``/``for`` (``the minister faced questions about the
    contracts``), else the subject itself (``the plan has drawn ridicule``); ``None`` when the
    verb names who criticised (``drew criticism from aid groups``)."""
    if index.in_quote(verb.idx) or index.in_caption(verb.idx):
        return None
    nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in
             index.lexicon.criticism_nouns]
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in
                ("which", "that", "who", "it", "this")]
    if not nouns or not subjects or any(
        p.dep_ == "prep" and p.lower_ == "from" for p in [*verb.children, *nouns[0].children]
    ):
        return None
    line = index.bounds(verb.idx)
    topics = [o for p in nouns[0].children if p.dep_ == "prep" and p.lower_ in ("about", "over", "for")
              for o in p.children if o.dep_ in ("pobj", "pcomp")]
    words = list(topics[0].subtree) if topics else list(subjects[0].subtree)
    return [t for t in words if overlaps(t, line)], None, line
