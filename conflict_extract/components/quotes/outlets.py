"""Outlets: who a statement was given to (``told Reuters``, ``in an interview with the BBC``)."""

from __future__ import annotations

from spacy.tokens import Token

from conflict_extract.components.quotes.docindex import DocIndex
from conflict_extract.components.quotes.headings import GLUED_TAIL_RE
from conflict_extract.components.quotes.lexicon import QuoteLexicon


def find_outlet(verb: Token, index: DocIndex, lexicon: QuoteLexicon) -> str | None:
    """Who the words were given to: ``told Reuters``, ``in an interview with the BBC``."""
    candidates: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "iobj") and verb.lemma_.lower() == "tell":
            candidates.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("to", "with"):
            candidates.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ in ("in", "during"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in ("interview", "comment", "statement"):
                    for prep in pobj.children:
                        if prep.dep_ == "prep" and prep.lower_ in ("with", "to"):
                            candidates.extend(c for c in prep.children if c.dep_ == "pobj")
        elif child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() in ("speak", "talk"):
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
                    candidates.extend(c for c in prep.children if c.dep_ == "pobj")
    if not candidates and verb.lemma_.lower() == "tell":
        # A parse that lost the object of "told": take the proper noun right after the verb.
        k = verb.i + 1
        doc = verb.doc
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        run = []
        while k < len(doc) and doc[k].pos_ == "PROPN":
            run.append(doc[k])
            k += 1
        candidates = run[-1:]
    for candidate in candidates:
        name = outlet_name(candidate, index, lexicon)
        if name:
            return name
    return None


def outlet_name(token: Token, index: DocIndex, lexicon: QuoteLexicon) -> str | None:
    """A proper outlet name from the phrase headed by ``token`` (``AFP news agency`` -> ``AFP``)."""
    words = [t for t in token.subtree if t.dep_ not in ("prep", "pobj", "punct") or t is token]
    words = [t for t in words if t.i <= token.i]
    while words and (words[0].pos_ == "DET" or not (
        words[0].pos_ == "PROPN" or words[0].ent_type_ in ("ORG", "PERSON")
    )):
        words = words[1:]
    lowered = [t.lower_ for t in words]
    for suffix in lexicon.outlet_suffixes:
        if len(lowered) > len(suffix) and tuple(lowered[-len(suffix) :]) == suffix:
            words = words[: -len(suffix)]
            break
    if not words or not any(t.pos_ == "PROPN" or t.ent_type_ for t in words):
        return None
    if all(t.lemma_.lower() in lexicon.generic_audiences for t in words):
        return None
    group = index.group_of(words[-1])
    if group is not None and index.group_type.get(group, "media") not in ("media", "other"):
        return None  # an audience such as the Security Council, not a news outlet
    name = index.text[words[0].idx : words[-1].idx + len(words[-1])]
    return GLUED_TAIL_RE.split(name, maxsplit=1)[0] or None
