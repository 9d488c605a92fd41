"""Figures that count people: quantities of the sentence, zeros (``no one``), singular indefinite
victims (``a soldier``) and the noun each figure counts.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflict_extract.components.casualties.lexicon import CasualtyLexicon, lemma_of
from conflict_extract.components.casualties.subcounts import PARTITIVE_PRONOUNS
from conflict_extract.components.casualties.victims import victim_name
from conflict_extract.nlp.extensions import doc_words
from conflict_extract.text.numbers import Quantity

ZERO_WORDS = frozenset({"nobody", "noone", "no-one", "none"})
DEFINITE_DETS = frozenset({"the", "its", "their", "his", "her", "our", "these", "those"})
"""Determiners of a definite group or person (``the driver``, ``four of its members``)."""
SINGLE_OUTCOMES = frozenset({"killed", "injured"})
"""Outcomes a single named or definite victim counts one for (``Colonel X was killed``)."""


def zero_quantities(tokens: list[Token]) -> list[Quantity]:
    """Zeros: ``no one was hurt``, ``nobody was killed``, ``there were no casualties``."""
    words = doc_words(tokens[0].doc) if tokens else frozenset()
    if "no" not in words and not ZERO_WORDS & words:
        return []
    found = []
    for tok in tokens:
        lower = tok.lower_
        if lower in ZERO_WORDS or ((lower == "one" or tok.tag_ == "NNS") and any(
                c.dep_ == "det" and c.lower_ == "no"
                and (c.nbor().i == tok.i or not c.nbor().like_num)
                for c in tok.children)):
            det = next((c for c in tok.children if c.dep_ == "det"), None)
            start = det.i if det is not None and det.i < tok.i else tok.i
            found.append(Quantity(0, 0, 0, "exact", start, tok.i + 1, tok.i))
    return found


def extra_quantities(tokens: list[Token], taken: set[int],
                      lex: CasualtyLexicon) -> list[Quantity]:
    """Singular indefinite victims: ``a soldier was killed`` counts one."""
    found = []
    for tok in tokens:
        if tok.lower_ == "another" and tok.dep_ in ("dobj", "nsubjpass", "nsubj", "conj") and \
                tok.i not in taken:
            # "killing two people and seriously injuring another"
            found.append(Quantity(1, 1, 1, "exact", tok.i, tok.i + 1, tok.i))
            continue
        if tok.lower_ not in lex.singular_ok:
            continue
        if tok.i in taken or tok.tag_ not in ("NN", "NNP"):
            continue
        det = next((c for c in tok.children if c.dep_ in ("det", "nummod")
                    and c.lower_ in ("a", "an", "another", "one")), None)
        if det is None and tok.dep_ == "conj":
            # "an elderly man and his grandson": a coordinated victim of its own
            det = next((c for c in tok.children if c.dep_ == "poss"
                        and c.lower_ in ("his", "her", "their", "its")), None)
        if det is None or det.i in taken:
            continue
        if det.i > 0 and tok.doc[det.i - 1].lower_ in ("not", "never"):
            # "not a single civilian was killed" is a zero
            found.append(Quantity(0, 0, 0, "exact", det.i - 1, det.i + 1, tok.i))
            continue
        found.append(Quantity(1, 1, 1, "exact", det.i, det.i + 1, tok.i))
    return found


def counted_noun(qty: Quantity, doc: Doc, lex: CasualtyLexicon) -> tuple[Token, Token | None] | None:
    """(anchor, noun) for a quantity: the noun it counts, or None for a bare figure. None overall
    when the figure counts something else than people (``11 council members`` still passes here;
    the role test drops it)."""
    head = doc[qty.head]
    if qty.count == 1 and qty.low == 1 and qty.high == 1 and qty.head >= qty.end:
        return head, head  # singular indefinite: the head is the noun itself
    if qty.count == 0 and head.pos_ in ("NOUN", "PROPN") and head.lower_ not in ZERO_WORDS \
            and head.lower_ != "one":
        return head, head
    if head.dep_ == "nummod" and head.head.dep_ == "pobj" and head.head.head.lower_ == "of" and \
            head.head.head.head.lower_ in ("total", "tally"):
        return head.head.head.head, head.head  # "a total of 45 people were injured"
    if head.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod", "det", "npadvmod") and \
            not (qty.start <= head.head.i < qty.end) and head.head.pos_ in ("NOUN", "PROPN", "ADJ",
                                                                          "NUM", "PRON"):
        noun = head.head
        if noun.i < head.i:
            # "the year 2012", "page 3", or a headline misparse ("UN: 1.4 million displaced"):
            # the figure can only stand alone
            return head, None
        return noun, noun
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if qty.vague:
                return head, pobj
            if pobj.lower_ in PARTITIVE_PRONOUNS:
                return head, None  # "two of whom were among the dead", "258 of them civilians"
            if any(d.lower_ in DEFINITE_DETS for d in pobj.children
                   if d.dep_ in ("det", "poss")) and victim_name(pobj, lex):
                # "two of the 12 hostages have been killed", "four of its members were killed"
                return head, pobj
            return None  # "one of several victims": no clause of its own
    return head, None


def named_victims(tokens: list[Token], taken: set[int], lex: CasualtyLexicon) -> list[Quantity]:
    """One named or definite victim of a killing or wounding verb counts one: the passive subject
    (``Badi ... was killed``, ``The driver of the tanker was killed``) or the object of an active
    verb (``Gunmen shot and killed Lieutenant Colonel X``)."""
    found = []
    for tok in tokens:
        if tok.tag_ not in ("NN", "NNP") or tok.i in taken or not _single_victim_role(tok, lex):
            continue
        if not _names_one_person(tok, lex) or any(c.dep_ == "nummod" for c in tok.children):
            continue
        first = min([tok.i, *(c.i for c in tok.lefts if c.dep_ in ("det", "poss", "compound",
                                                                 "amod"))])
        found.append(Quantity(1, 1, 1, "exact", first, first + 1 if first < tok.i else first,
                              tok.i))
    return found


def _names_one_person(tok: Token, lex: CasualtyLexicon) -> bool:
    """A person's name (``Colonel Ahmed X``), a definite person noun (``the driver``, ``his
    bodyguard``) or a noun set beside one (``Badi, a senior official``)."""
    if tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON":
        return True
    if tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.i < tok.i and _person_noun(c, lex)
                                   for c in tok.children):
        return True  # a title before a name the model did not tag: "Lieutenant Musa Adamu"
    if any(c.dep_ == "appos" and c.tag_ == "NN" and _person_noun(c, lex) for c in tok.children):
        return True
    return _person_noun(tok, lex) and any(
        c.dep_ in ("det", "poss") and (c.lower_ in DEFINITE_DETS or c.tag_ in ("NNP", "POS"))
        for c in tok.children)


def _person_noun(tok: Token, lex: CasualtyLexicon) -> bool:
    """A singular noun naming one person (``driver``, ``colonel``, ``grandson``)."""
    return tok.lower_ in lex.singular_ok or lemma_of(tok) in lex.singular_ok


def _single_victim_role(tok: Token, lex: CasualtyLexicon) -> bool:
    """True when ``tok`` is the passive subject or active object of a killing or wounding verb
    (or of a verb coordinated with one: ``shot and killed``), the subject of ``died``, or the
    passive subject of ``was shot dead``."""
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    verb = tok.head
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if tok.dep_ == "nsubj" and not passive:
        # "Ahmed Salim died of his wounds", never "died Sunday after a battle with cancer"
        return verb.pos_ == "VERB" and lex.intransitive.get(lemma_of(verb)) == "killed" and \
            _violent(verb, tok, lex)
    if tok.dep_ == "nsubjpass" and passive and any(
            c.lower_ == "dead" and c.dep_ in ("acomp", "oprd", "advmod", "xcomp")
            for c in verb.children):
        return _violent(verb, tok, lex)  # "Lieutenant X was shot dead"
    if tok.dep_ == "nsubjpass" and passive or tok.dep_ == "dobj" and not passive:
        verbs = [verb, *verb.conjuncts]
        return any(lex.verbs.get(lemma_of(v)) in SINGLE_OUTCOMES for v in verbs
                   if v.pos_ == "VERB")
    return False


WOUND_NOUNS = frozenset({"wound", "injury"})


def _violent(verb: Token, subject: Token, lex: CasualtyLexicon) -> bool:
    """True when the clause of ``verb`` tells a violent death: the verb attacks (``shot dead``),
    or its clause names an attack, a weapon or wounds (``died in the blast``, ``died of his
    wounds``, ``died after being shot``), never an illness. One person's death without it is
    news of another kind (an obituary's ``died Sunday at 79``)."""
    if lemma_of(verb) in lex.attack_verbs:
        return True
    skip = set(range(subject.left_edge.i, subject.right_edge.i + 1))
    clause = [t for t in verb.subtree if t.i not in skip and t is not verb]
    if any(lemma_of(t) in lex.disease_nouns or t.lower_ in lex.disease_nouns for t in clause):
        return False  # "after a battle with cancer"
    for tok in clause:
        lemma = lemma_of(tok)
        if tok.pos_ == "VERB" and (lemma in lex.attack_verbs or lemma in lex.verbs):
            return True
        if tok.pos_ == "NOUN" and (lemma in lex.cause_nouns or lemma in lex.incident_nouns
                                   or lemma in WOUND_NOUNS):
            return True
    return False
