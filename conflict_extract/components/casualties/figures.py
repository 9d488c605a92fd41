"""Figures that count people: quantities of the sentence, zeros (``no one``), singular indefinite
victims (``a soldier``) and the noun each figure counts.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflict_extract.components.casualties.lexicon import CasualtyLexicon
from conflict_extract.components.casualties.subcounts import PARTITIVE_PRONOUNS
from conflict_extract.components.casualties.victims import victim_name
from conflict_extract.text.numbers import Quantity

ZERO_WORDS = frozenset({"nobody", "noone", "no-one", "none"})


def zero_quantities(tokens: list[Token]) -> list[Quantity]:
    """Zeros: ``no one was hurt``, ``nobody was killed``, ``there were no casualties``."""
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
            if any(d.lower_ == "the" for d in pobj.children) and victim_name(pobj, lex):
                return head, pobj  # "two of the 12 hostages have been killed"
            return None  # "one of several victims": no clause of its own
    return head, None
