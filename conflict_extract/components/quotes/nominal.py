"""Statements named by a noun and owned by their speaker: a statement noun's that-clause
(``Trump's claim that ...``), an intention noun's infinitive (``the army's decision to
withdraw``, ``his promise to rebuild``) and what a noun of comment or judgement is about
(``the minister's remarks on the crisis``, ``her criticism of the deal``)."""

from __future__ import annotations

from spacy.tokens import Token

from conflict_extract.components.quotes.cues import overlaps, subject_of
from conflict_extract.components.quotes.docindex import DocIndex
from conflict_extract.components.quotes.lexicon import verb_lemma

Clause = tuple[list[Token], Token, tuple[int, int]]
"""The words of a statement, the speaker's token and the line (seam-cut) holding them."""

OWNER_ENTITIES = frozenset({"ORG", "PERSON", "NORP", "GPE"})
"""Entity labels of a name written before a statement noun that owns it (``a Reuters report``)."""


def is_statement_noun(token: Token, index: DocIndex) -> bool:
    """True for a noun that can name a statement of its owner."""
    lexicon = index.lexicon
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (
        lemma in lexicon.statement_nouns or lemma in lexicon.intention_nouns
        or lemma in lexicon.topic_nouns or lemma in lexicon.shared_view_nouns
    )


def noun_clause(noun: Token, index: DocIndex) -> tuple[Clause | None, int]:
    """The statement a noun names and its owner as speaker, with the fewest words it may have:
    a that-clause of a statement noun (``the ministry's warning that ...``), the infinitive of an
    intention noun with an owner (``Russia's threat to cut the gas``) or the object of a
    topic noun's preposition (``his comments about the ceasefire``); a that-clause of a view many
    hold (``growing fears that the dam could burst``) needs no owner and has no speaker."""
    if index.in_quote(noun.idx) or index.in_caption(noun.idx):
        return None, 3
    lexicon = index.lexicon
    lemma = noun.lemma_.lower()
    possessors = [c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN", "PRON")]
    if not possessors:
        possessors = _author(noun, index)
    owners = possessors + _named_owners(noun)
    content: list[Token] = []
    fewest = 3
    if lemma in lexicon.statement_nouns or lemma in lexicon.shared_view_nouns:
        content = [c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    if not content and owners and lemma in lexicon.intention_nouns:
        content, fewest = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > noun.i
                           and c.tag_ == "VB" and _to_before(c)], 2
    if not content and owners and lemma in lexicon.topic_nouns:
        content, fewest = [o for p in noun.children if p.dep_ == "prep" and p.i > noun.i
                           and p.lower_ in lexicon.topic_preps for o in p.children
                           if o.dep_ in ("pobj", "pcomp")][:1], 1
    unowned = not owners and fewest == 3 and lemma in lexicon.shared_view_nouns
    if not content or not owners and not unowned:
        return None, 3
    line = index.bounds(noun.idx)
    # A mis-parse may hang the main verb under the clause ("the warning that X was ignored").
    stop = noun.head.i if noun.head.i > noun.i else len(noun.doc)
    words = [t for t in content[0].subtree if overlaps(t, line) and t.i < stop]
    # "growing fears that the dam could burst": a view held by nobody named.
    return (words, None if unowned else owners[0], line), fewest


def _author(noun: Token, index: DocIndex) -> list[Token]:
    """The subject of a verb that makes the statement its object (``the council made a strong
    condemnation of ...``, ``the ministry issued a warning that ...``)."""
    if noun.dep_ != "dobj" or verb_lemma(noun.head) not in index.lexicon.authoring_verbs:
        return []
    subject, _ = subject_of(noun.head, index)
    return [] if subject is None or index.in_quote(subject.idx) else [subject]


def _to_before(verb: Token) -> bool:
    """True for a verb with its infinitive ``to`` (``decision to withdraw``)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children)


def _named_owners(noun: Token) -> list[Token]:
    """Who a statement noun names as its author other than by a possessive: a name right before
    it (``a New York Times report that ...``) or a ``by``/``from`` phrase (``a statement by the
    army that ...``)."""
    owners = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"
              and c.i == noun.i - 1 and c.ent_type_ in OWNER_ENTITIES]
    owners += [o for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
               and c.i < noun.i + 4 for o in c.children if o.dep_ == "pobj"]
    return owners
