"""The complements of a statement verb that carry what it states, by form (``data/quotes/
verbs.json``, ``statement_kinds``): a clause (``believes that ...``), an infinitive (``vowed to
...``), an object (``denied the report``), a description (``called the truce a trap``), a topic
(``talked about ...``), a partner (``agreed with ...``) and a reply (``responded to requests
for comment``)."""

from __future__ import annotations

from spacy.tokens import Token

from conflict_extract.components.quotes.cues import CLAUSE_SUBJECT_DEPS, SUBJECT_DEPS
from conflict_extract.components.quotes.lexicon import QuoteLexicon, is_speaker_noun, verb_lemma

TOPIC_PREPS = frozenset({"about", "of", "on", "for", "against", "over", "regarding", "concerning"})
"""Prepositions whose object is what a statement is about (``talked about``, ``called for``)."""
OBJECT_TAIL_DEPS = frozenset({"dobj", "prep", "oprd", "ccomp", "xcomp", "dative"})
"""Complements after a verb's object that belong to the statement (``described X as Y``)."""
OBJECT_TAIL_PREPS = frozenset({"as", "to", "for", "of"})


def complement_words(verb: Token, forms: frozenset[str],
                     lexicon: QuoteLexicon) -> tuple[list[Token], str]:
    """The words of the first complement of ``verb`` (after it) that ``forms`` allows, and the
    form that carries them, up to a participle that states something of its own (``implored
    him to return, arguing that ...``: two statements)."""
    words, form = _complement_words(verb, forms, lexicon)
    cut = [t for t in words if t.dep_ == "advcl" and t.tag_ == "VBG" and t.i > verb.i
           and verb_lemma(t) in lexicon.statement_content]
    if cut:
        words = [t for t in words if t.i < cut[0].left_edge.i]
        while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
            words = words[:-1]
    return words, form


def _complement_words(verb: Token, forms: frozenset[str],
                      lexicon: QuoteLexicon) -> tuple[list[Token], str]:
    """The words of the first complement of ``verb`` that ``forms`` allows, and its form."""
    after = [c for c in verb.children if c.i > verb.i]
    if "clause" in forms:
        clauses = [c for c in after if c.dep_ == "ccomp" and (
            any(c2.dep_ in CLAUSE_SUBJECT_DEPS for c2 in c.children) or finite_that_clause(c))]
        if clauses:
            # A clause the parse split in two complements ("that attempts [were made] ...").
            end = max(c.right_edge.i for c in after if c.dep_ == "ccomp" and c.i >= clauses[0].i)
            return list(verb.doc[clauses[0].left_edge.i : end + 1]), "clause"
    if "infinitive" in forms:
        for child in after:
            if child.dep_ == "xcomp" and any(c.lower_ == "to" and c.i < child.i for c in child.children):
                start = min(c.left_edge.i for c in after if c.i <= child.i and c.dep_ in ("dobj", "xcomp"))
                return list(verb.doc[start : child.right_edge.i + 1]), "infinitive"
    if "object" in forms or "description" in forms:
        # A gerund clause is a noun phrase ("proposed doing away with the mandate").
        objects = [c for c in after if c.dep_ == "dobj" or c.dep_ == "xcomp" and c.tag_ == "VBG"
                   and not any(a.dep_ == "aux" for a in c.children)]
        described = any(c.dep_ in ("oprd", "ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ == "as"
                        for c in after if objects and c.i > objects[0].i)
        if objects and "topic" in forms and _is_addressee(objects[0]):
            topic = _topic_words(after)
            if topic:
                return topic, "topic"  # "asked the colonel about the strike": the strike
        if objects and ("object" in forms or described):
            tail = [c for c in after if c.i >= objects[0].i and c.dep_ in OBJECT_TAIL_DEPS and (
                c.dep_ != "prep" or c.lower_ in OBJECT_TAIL_PREPS)]
            words = list(verb.doc[objects[0].left_edge.i : max(c.right_edge.i for c in tail) + 1])
            return words, "object" if "object" in forms else "description"
    if "topic" in forms:
        topic = _topic_words(after)
        if topic:
            return topic, "topic"
    if "reply" in forms:
        for child in after:
            if child.dep_ == "prep" and child.lower_ == "to":
                objects = [c for c in child.children if c.dep_ == "pobj"
                           and c.lemma_.lower() in lexicon.reply_objects]
                if objects:
                    return list(objects[0].subtree), "reply"
    if "partner" in forms:
        for child in after:
            if child.dep_ == "prep" and child.lower_ == "with":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return list(objects[0].subtree), "partner"
    if "clause" in forms:
        fronted = _fronted_complement(verb)
        if fronted is not None:
            return list(fronted.subtree), "clause"
    return [], ""


def _fronted_complement(verb: Token) -> Token | None:
    """The clause a statement verb closes as a parenthetical attribution (``The city is divided
    by income, studies have shown``; ``..., a new analysis shows``): a complement before the
    verb with a subject of its own, ended by the comma before the verb's subject, and nothing
    said after the verb."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") and c.i > verb.i for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
    for child in verb.children:
        if child.dep_ != "ccomp" or child.i > verb.i or not subjects:
            continue
        comma = child.right_edge.i + 1
        if verb.doc[comma].text == "," and comma < subjects[0].left_edge.i and any(
            c.dep_ in CLAUSE_SUBJECT_DEPS for c in child.children
        ):
            return child
    return None


def finite_that_clause(complement: Token) -> bool:
    """True for a complement opened by ``that`` with a finite verb, whose subject the parse
    may miss when it is itself a clause (``said that because they are X does not mean Y``), or
    with a noun before its verb the parse took for a modifier (``demanded that the army's
    command stop ...``: a subjunctive in the base form)."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in complement.children) and (
        complement.tag_ in ("VBZ", "VBD", "VBP")
        or any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBD", "VBP", "MD") for c in complement.children)
        or complement.tag_ == "VB" and any(
            c.i < complement.i and c.pos_ in ("NOUN", "PROPN") for c in complement.children)
    )


def _topic_words(after: list[Token]) -> list[Token]:
    """The object of the first topic preposition among a verb's complements ``after`` it."""
    for child in after:
        # "called on X": the parse may take the preposition for a particle with an object.
        if child.dep_ in ("prep", "prt") and child.lower_ in TOPIC_PREPS:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")
                       and c.ent_type_ not in ("DATE", "TIME")]  # "spoke on Tuesday"
            if objects:
                return list(objects[0].subtree)
    return []


def _is_addressee(obj: Token) -> bool:
    """True for an object that names a person spoken to (``asked him``, ``asked the colonel``,
    ``pressed Lavrov``), not what was asked for (``asked permission``)."""
    return (obj.tag_ == "PRP" or obj.ent_type_ == "PERSON"
            or obj.pos_ == "NOUN" and is_speaker_noun(obj))
