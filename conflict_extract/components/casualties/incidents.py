"""Figures told for several incidents at once, and coders' updates of an article's toll.

``Twenty soldiers were killed across the attacks`` in a report that is ``one of five related
attacks`` counts five incidents: :func:`incident_count` says how many, so the article total can
share the figure among them. ``Fatalities coded as 3`` (an ACLED note's own figure for the event)
restates the toll: :func:`coded_updates` reads it as an update of the killed count.
:func:`possessive_deaths` reads ``which led to his death`` as one death, :func:`added_victims`
``in addition to the bomber`` as one more.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from conflict_extract.components.casualties.lexicon import CasualtyLexicon, lemma_of
from conflict_extract.components.casualties.victims import victim_name
from conflict_extract.models import Casualty
from conflict_extract.nlp.extensions import doc_text, doc_words
from conflict_extract.text.numbers import MAX_PEOPLE, parse_number

INCIDENT_PREPS = frozenset({"across", "in", "during", "from"})
COUNTED_UNITS = frozenset({"event", "events", "location", "locations", "day", "days", "incident",
                           "incidents"})
"""Words after ``coded as 3`` that make the number a count of events, not of victims."""

_ONE_OF = re.compile(r"\bone of (?:the )?([a-z0-9-]+) (?:[a-z-]+ ){0,2}?([a-z]+s)\b", re.I)


def incident_count(clause: Token, lex: CasualtyLexicon) -> int | None:
    """How many incidents the figure of ``clause`` was told for (``across three of the blasts``
    3, ``across both blasts`` 2, ``in the attacks`` of a report that is ``one of five related
    attacks`` 5), or None for one incident."""
    for prep in clause.children:
        if prep.dep_ != "prep" or prep.lower_ not in INCIDENT_PREPS:
            continue
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is None:
            continue
        if pobj.pos_ == "NUM":
            # "across three of the assaults"
            of = next((g for g in pobj.children if g.dep_ == "prep" and g.lower_ == "of"), None)
            noun = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
            if noun is not None and _incident_noun(noun, lex):
                return parse_number([pobj.text])
            continue
        if pobj.tag_ != "NNS" or not _incident_noun(pobj, lex):
            continue
        number = next((c for c in pobj.children if c.dep_ == "nummod"), None)
        if number is not None:
            return parse_number([number.text])
        if any(c.lower_ == "both" for c in pobj.children):
            return 2
        if any(c.lower_ == "the" for c in pobj.children):
            return _series_size(doc_text(clause.doc), pobj, lex)
    return None


def _incident_noun(noun: Token, lex: CasualtyLexicon) -> bool:
    """True for a noun naming an attack (``attacks``, ``blasts``, ``assaults``)."""
    return lemma_of(noun) in lex.incident_nouns


def _series_size(text: str, noun: Token, lex: CasualtyLexicon) -> int | None:
    """The size of the series the report belongs to: ``This was one of five related attacks``."""
    for match in _ONE_OF.finditer(text):
        size = parse_number([match.group(1)])
        if size is not None and size >= 2 and match.group(2).lower().rstrip("s") in {
                n.rstrip("s") for n in lex.incident_nouns} | {lemma_of(noun)}:
            return size
    return None


def coded_updates(sent: Span, lex: CasualtyLexicon, text: str) -> list[Casualty]:
    """``Fatalities coded as 3``, ``10 fatalities split across 4 events, and coded as 3 for this
    event``: the killed count an update verb gives after an update noun of the same sentence."""
    if not lex.update_nouns & doc_words(sent.doc):
        return []
    found = []
    noun: Token | None = None
    tokens = list(sent)
    for k, tok in enumerate(tokens):
        if lemma_of(tok) in lex.update_nouns or tok.lower_ in lex.update_nouns:
            noun = tok
            continue
        if noun is None or tok.pos_ not in ("VERB", "AUX") or (
                lemma_of(tok) not in lex.update_verbs and tok.lower_ not in lex.update_verbs):
            continue
        rest = tokens[k + 1:k + 4]
        while rest and rest[0].lower_ in ("as", "to", "at"):
            rest = rest[1:]
        # the number is read alone: the parser often takes "coded as 6 (half of 12)" for a date
        value = parse_number([rest[0].text]) if rest and rest[0].like_num else None
        if value is None or value > MAX_PEOPLE:
            continue
        after = sent.doc[rest[0].i + 1] if rest[0].i + 1 < len(sent.doc) else None
        if after is not None and after.lower_ in COUNTED_UNITS:
            continue
        start, end = noun.idx, rest[0].idx + len(rest[0])
        found.append(Casualty(outcome="killed", count=value, low=value, high=value,
                              qualifier="exact", victims="people", text=text[start:end],
                              start=start, end=end, links={"figure": "update"}))
    return found


def in_motive(trigger: Token, lex: CasualtyLexicon, hops: int = 8) -> bool:
    """True when the figure is told inside a motive (``in revenge for a drone strike which killed
    X``, ``a response to the killing of 12``): an earlier incident, not the one reported."""
    cur = trigger
    for _ in range(hops):
        if cur.head == cur:
            return False
        if lemma_of(cur.head) in lex.motive_nouns and cur.dep_ in ("prep", "advcl", "acl"):
            return True
        if cur.dep_ == "conj" and cur.pos_ == "NOUN" and any(
                c.dep_ == "prep" and lemma_of(g) in lex.motive_nouns
                for c in cur.head.children if c.i < cur.i for g in c.children):
            # "it was in response to an operation ... and the killing of a chief": the parser
            # hangs the second motive on the verb beside the first
            return True
        cur = cur.head
    return False


def possessive_deaths(sent: Span, lex: CasualtyLexicon, text: str) -> list[Casualty]:
    """``which led to his death``, ``resulting in her death``: one death told as the outcome of
    the attack, counted one (a restatement of a figure already given is merged by the totals)."""
    if "death" not in doc_words(sent.doc):
        return []
    found = []
    for tok in sent:
        if lemma_of(tok) != "death" or not any(
                c.dep_ == "poss" and (c.tag_ == "PRP$" or c.tag_ == "NNP") for c in tok.children):
            continue
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if lemma_of(verb) not in lex.causal_verbs:
            continue
        start, end = verb.idx, tok.idx + len(tok)
        found.append(Casualty(outcome="killed", count=1, low=1, high=1, qualifier="exact",
                              victims="people", text=text[start:end], start=start, end=end,
                              links={"figure": "nominal"}))
    return found


ADDITION_PREPS = frozenset({"besides"})
"""Prepositions that add their object to the victims of the clause (``besides the bomber``);
``in addition to`` is read through its noun."""


def added_victims(sent: Span, lex: CasualtyLexicon, text: str) -> list[Casualty]:
    """``In addition to the bomber, two soldiers were killed``, ``Besides the attacker, three
    policemen died``: the one person named beside the counted victims died too and counts one."""
    found = []
    for tok in sent:
        if tok.lower_ == "addition" and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            first, verb = tok.head, tok.head.head
            to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        elif tok.lower_ in ADDITION_PREPS and tok.dep_ == "prep":
            first, verb, to = tok, tok.head, tok
        else:
            continue
        person = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if person is None or person.tag_ != "NN" or lemma_of(person) not in lex.singular_ok or \
                not _kills(verb, lex):
            continue
        start, end = first.idx, person.idx + len(person)
        found.append(Casualty(outcome="killed", count=1, low=1, high=1, qualifier="exact",
                              victims=victim_name(person, lex) or "people", text=text[start:end], start=start,
                              end=end, links={"figure": "added"}))
    return found


def _kills(verb: Token, lex: CasualtyLexicon) -> bool:
    """True for a verb of killing whose subject is the victims (``were killed``, ``died``)."""
    lemma = lemma_of(verb)
    if lex.intransitive.get(lemma) == "killed":
        return True
    return lex.verbs.get(lemma) == "killed" and any(c.dep_ == "auxpass" for c in verb.children)


SPLIT_PREPS = frozenset({"across", "between", "among", "over"})
SPLIT_UNITS = frozenset({"event", "incident"})


def mark_sentence_notes(sent: Span, records: list[Casualty], lex: CasualtyLexicon) -> None:
    """Coders' and reporters' notes that change how the sentence's main figures count:
    ``Updated reports confirm ...`` (an update of the toll), ``(fatalities split across 2 events)``
    (shared among the incidents: the figures told before the note), ``(coded separately)``
    (another incident)."""
    mains = [r for r in records if r.part_of is None]
    if not mains:
        return
    updated, split, separate = False, None, False
    split_at = sent.end_char
    for tok in sent:
        lower, lemma = tok.lower_, lemma_of(tok)
        if lower in lex.update_modifiers and tok.dep_ in ("amod", "compound") and \
                lemma_of(tok.head) in lex.report_nouns and tok.head.dep_ in ("nsubj", "nsubjpass"):
            updated = True
        elif lemma in lex.split_verbs:
            split = split or _split_size(tok)
            split_at = tok.idx if split else split_at
        elif lower in lex.separate_words and (lemma_of(tok.head) in lex.update_verbs
                                              or tok.head.lower_ in lex.update_verbs):
            separate = True
    for record in mains:
        if separate:
            record.links["incident"] = "other"
        if updated:
            record.links["figure"] = "update"
        if split and record.outcome in ("killed", "injured") and record.end <= split_at:
            # a figure after the note is the one event's share ("... and coded as 3 for this event")
            record.links["incidents"] = str(split)


def _split_size(verb: Token) -> int | None:
    """``split across 2 events``, ``split between the two events``: the number of events."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in SPLIT_PREPS:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or pobj.lemma_.lower() not in SPLIT_UNITS:
                continue
            number = next((c for c in pobj.children if c.dep_ == "nummod"), None)
            size = parse_number([number.text]) if number is not None else None
            if size is None and any(c.lower_ == "both" for c in pobj.children):
                size = 2
            if size is not None and size >= 2:
                return size
    return None
