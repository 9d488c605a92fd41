"""Judgements reported in the passive without their judge (``peacekeepers have been accused of
abusing civilians``, ``the minister was criticised for the delays``): the whole clause is the
statement, and nobody named makes it, so it has no speaker."""

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
    is judged for (``the militia was accused of killing ten villagers``), or ``None``. The
    subject must name something (not ``it`` or a relative word) and the judgement must say what
    for, not for how long (``praised for years``)."""
    if index.in_quote(verb.idx) or index.in_caption(verb.idx) or verb.dep_ == "relcl":
        return None
    if verb_lemma(verb) not in index.lexicon.judged_passives or any(
        c.dep_ == "agent" for c in verb.children
    ):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN", "PRON")
                and c.lower_ not in ("it", "which", "that", "who", "this")]
    judged = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in JUDGED_PREPS and c.i > verb.i
              and any(o.dep_ in ("pobj", "pcomp") and o.ent_type_ not in TIME_ENTITIES
                      for o in c.children)]
    if not subjects or not judged:
        return None
    line = index.bounds(verb.idx)
    words = verb.doc[subjects[0].left_edge.i : judged[0].right_edge.i + 1]
    return [t for t in words if overlaps(t, line)], None, line
