"""Roles: which outcome a counted noun takes part in, read from the verb, participle, state, toll
or nominal that governs it (``were killed``, ``72 people killed``, ``left dozens dead``,
``the death toll rose to 40``, ``40 deaths``).
"""

from __future__ import annotations

from spacy.tokens import Token

from conflict_extract.components.casualties.lexicon import (
    SUBJECT_DEPS,
    CasualtyLexicon,
    child_with,
    lemma_of,
)
from conflict_extract.text.numbers import Quantity

QUALIFIER_WORDS = frozenset({"over", "under", "about", "around", "nearly", "almost", "above",
                             "approximately", "roughly", "some", "to", "than", "past"})


def trigger_child(token: Token, lex: CasualtyLexicon) -> tuple[Token, str] | None:
    """A participle or adjective on ``token`` that is an outcome (``72 people killed``, ``dozens
    dead``, ``85 injured``)."""
    for child in token.children:
        if child.dep_ in ("acl", "amod", "relcl") and child.i > token.i:
            lemma, lower = lemma_of(child), child.lower_
            if child.dep_ == "relcl":
                # "43 students who disappeared", "12 people who were killed": the relative
                # pronoun must be the victim (never "soldiers who killed civilians")
                rel = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")
                            and c.lower_ in ("who", "that", "which")), None)
                if rel is None:
                    continue
                if rel.dep_ == "nsubjpass" and lemma in lex.verbs:
                    return child, lex.verbs[lemma]
                if rel.dep_ == "nsubj" and lemma in lex.intransitive:
                    return child, lex.intransitive[lemma]
                continue
            if lower in lex.states:
                return child, lex.states[lower]
            if child.tag_ == "VBN" and lemma in lex.verbs:
                return child, lex.verbs[lemma]
            if child.tag_ == "VBN" and child.dep_ == "acl" and lemma in lex.intransitive:
                return child, lex.intransitive[lemma]
    return None


def _state_of(verb: Token, lex: CasualtyLexicon) -> tuple[Token, str] | None:
    """An outcome predicated by ``verb``'s complement: ``left ... dead``, ``were missing``,
    ``went missing``, ``were among the dead``."""
    for child in verb.children:
        if child.dep_ in ("oprd", "acomp", "xcomp", "attr", "ccomp", "advmod", "dobj"):
            lower, lemma = child.lower_, lemma_of(child)
            if lower in lex.states and child.dep_ != "dobj":
                return child, lex.states[lower]
            if child.dep_ in ("oprd", "xcomp", "acomp", "ccomp") and child.tag_ == "VBN" and \
                    lemma in lex.verbs:
                return child, lex.verbs[lemma]
        if child.dep_ == "prep" and child.lower_ in ("among", "amongst"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    if pobj.lower_ in lex.states:
                        return pobj, lex.states[pobj.lower_]
                    if lemma_of(pobj) in lex.nouns and lex.nouns[lemma_of(pobj)] in ("killed", "injured",
                                                                                "casualties"):
                        return pobj, lex.nouns[lemma_of(pobj)]
                    acl = trigger_child(pobj, lex)
                    if acl is not None and pobj.lower_ in ("those", "people"):
                        return acl
    return None


def _toll_outcome(verb: Token, lex: CasualtyLexicon) -> tuple[Token, str] | None:
    """If ``verb`` gives a toll its value (``the death toll rose to``, ``bringing the toll to``),
    the toll noun and its outcome."""
    if lemma_of(verb) not in lex.toll_verbs:
        return None
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        if lemma_of(child) == "toll":
            return child, _toll_kind(child, lex)
        if lemma_of(child) in lex.tally_nouns:
            outcome = _number_of(child, lex)
            if outcome is not None:
                return child, outcome
    return None


def _number_of(noun: Token, lex: CasualtyLexicon) -> str | None:
    """The outcome counted by ``the number of dead`` / ``the number of people killed`` / ``the
    number killed``."""
    for child in noun.rights:
        if child.dep_ in ("acl", "amod") and child.tag_ == "VBN" and lemma_of(child) in lex.verbs:
            return lex.verbs[lemma_of(child)]
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if pobj.lower_ in lex.states:
                return lex.states[pobj.lower_]
            if lemma_of(pobj) in lex.nouns and lex.nouns[lemma_of(pobj)] in ("killed", "injured",
                                                                        "casualties"):
                return lex.nouns[lemma_of(pobj)]
            own = trigger_child(pobj, lex)
            if own is not None:
                return own[1]
    return None


def _toll_kind(toll: Token, lex: CasualtyLexicon) -> str:
    """Outcome of a toll from its modifier: ``death toll`` killed, ``casualty toll`` casualties."""
    for child in toll.lefts:
        if child.dep_ in ("compound", "amod", "nmod") and lemma_of(child) in lex.tolls:
            return lex.tolls[lemma_of(child)]
    return "killed"


def state_after(qty: Quantity, anchor: Token, lex: CasualtyLexicon) -> tuple[Token, str, str] | None:
    """A bare figure written right before an outcome word (``and approximately 1,000 wounded``)
    that the parser attached elsewhere; only in a list of counts, where the reading is certain."""
    doc = anchor.doc
    if qty.end >= len(doc):
        return None
    nxt = doc[qty.end]
    if nxt.lower_ not in lex.states:
        return None
    if any(c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "nsubj" and c.i != anchor.i
           for c in nxt.children):
        return None
    before = doc[qty.start - 1] if qty.start > 0 else None
    if before is None or before.lower_ not in (",", "and", "while", "with", ";"):
        return None
    return nxt, lex.states[nxt.lower_], "acl"


PRENOMINAL_STATES = frozenset({"wounded", "injured", "displaced", "dead", "missing", "abducted",
                               "kidnapped", "detained"})


def prenominal_state(noun: Token, qty: Quantity, lex: CasualtyLexicon) -> tuple | None:
    """``35 wounded soldiers``, ``400 displaced people``: the state written before the noun,
    between the figure and it."""
    if any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.lefts):
        return None  # "the two dead officers were identified as": a re-mention
    for child in noun.lefts:
        if child.i >= qty.end and child.dep_ in ("amod", "compound") and \
                child.lower_ in PRENOMINAL_STATES:
            return child, lex.states[child.lower_], "acl"
    return None


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def own_predicate(qty: Quantity, anchor: Token, noun: Token | None) -> tuple[Token, bool] | None:
    """The verb a coordinated figure is the subject of on the surface, when the parser hung the
    figure on the first conjunct's noun (``killed 1,000 people and 500 were wounded``, ``500`` a
    conjunct of ``people``): (verb, passive), or None when no finite verb follows the figure."""
    doc = anchor.doc
    k = max(qty.end, noun.i + 1 if noun is not None else 0)
    end = anchor.sent.end
    while k < end and doc[k].pos_ == "ADV" and doc[k].dep_ == "advmod":
        k += 1  # "500 others also were wounded"
    if k >= end:
        return None
    tok = doc[k]
    if tok.dep_ in ("aux", "auxpass") and tok.head.i > k:
        verb = tok.head
    elif tok.pos_ in ("VERB", "AUX") and tok.tag_ in FINITE_TAGS and tok.dep_ in ("conj", "ROOT"):
        verb = tok
    else:
        return None
    if any(c.dep_ in SUBJECT_DEPS and c.i != anchor.i for c in verb.children):
        return None  # "killed 12 people and police said ...": the verb has a subject of its own
    passive = tok.dep_ == "auxpass" or any(c.dep_ == "auxpass" for c in verb.children)
    return verb, passive


def verb_role(anchor: Token, lex: CasualtyLexicon) -> tuple[Token, str, str] | None:
    """Outcome from the verb governing ``anchor``: (trigger, outcome, kind) or None."""
    dep, head = anchor.dep_, anchor.head
    if dep in ("prep", "advmod", "quantmod") and anchor.lower_ in QUALIFIER_WORDS:
        dep = "dobj" if anchor.i > head.i else "nsubj"
    head_lemma = lemma_of(head)
    if dep in SUBJECT_DEPS:
        return subject_role(head, dep == "nsubjpass", lex)
    if dep in ("nsubjpass", "dobj") and _to_death(head):
        return head, "killed", "verb"
    if dep == "dobj" and any(c.dep_ == "auxpass" and not _acronym(c) for c in head.children):
        return None  # an object of a passive verb is a misparse ("captured by no 4 troops")
    if dep == "dobj" and anchor.pos_ == "NUM" and not any(c.dep_ == "prep" for c in anchor.children):
        toll = _toll_outcome(head, lex)  # "the number of wounded had reached 80"
        if toll is not None and toll[0].dep_ in SUBJECT_DEPS:
            return toll[0], toll[1], "toll"
    if dep == "dobj":
        if head_lemma in lex.verbs and (head_lemma not in lex.passive_only
                                        or anchor.pos_ in ("NOUN", "PROPN")):
            return head, lex.verbs[head_lemma], "verb"
        first = head.head
        if head.dep_ == "conj" and first.pos_ == "VERB" and lemma_of(first) in lex.verbs and \
                child_with(first, "dobj") is None and lemma_of(first) not in lex.passive_only:
            # a shared object: "publicly executed and crucified X"
            return first, lex.verbs[lemma_of(first)], "verb"
        dead = next((c for c in head.children if c.dep_ in ("acomp", "oprd", "advmod", "xcomp")
                     and c.lower_ == "dead"), None)
        after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        if dead is None and after is not None and after.lower_ == "dead" and after.head == anchor:
            dead = after  # "shot dead two protesters", "dead" hung on the object
        if dead is not None:
            return dead, "killed", "state"
        if head_lemma in ("leave", "render", "make"):
            own = trigger_child(anchor, lex)
            if own is not None:
                return own[0], own[1], "state"
            state = _state_of(head, lex)
            if state is not None:
                return state[0], state[1], "state"
        if head_lemma == "force" and _forced_out(head):
            return head, "displaced", "verb"
        taken = _taken_to(head)
        if taken is not None and not any(c.dep_ == "poss" for c in anchor.children):
            # never "she took her two children to hospital for a check-up"
            return head, taken, "verb"
        return None
    return _oblique_role(anchor, dep, head, lex)


def in_with_phrase(anchor: Token) -> bool:
    """True for a figure in an absolute ``with`` phrase (``with five others wounded``)."""
    first = anchor
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    return first.dep_ == "pobj" and first.head.lower_ == "with"


def _with_state(anchor: Token, lex: CasualtyLexicon) -> tuple[Token, str, str] | None:
    """``were killed with two other Americans and an Afghani injured``: the state closing an
    absolute ``with`` phrase, which the parser often hangs on the main verb."""
    if not in_with_phrase(anchor):
        return None
    first = anchor
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    doc = anchor.doc
    last = first.right_edge
    state = last if last.i > first.i and last.lower_ in lex.states else (
        doc[last.i + 1] if last.i + 1 < len(doc) else None)
    if state is None or state.lower_ not in lex.states or state.i >= anchor.sent.end or any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in state.children):
        return None
    return state, lex.states[state.lower_], "acl"


HOSPITAL_VERBS = frozenset({"take", "rush", "admit", "bring", "evacuate", "airlift", "fly",
                            "transfer", "transport", "carry", "send", "ferry"})


HOSPITAL_NOUNS = frozenset({"hospital", "hospitals", "clinic", "clinics", "infirmary"})


HOSTAGE_WORDS = frozenset({"hostage", "hostages", "captive", "captives"})


def _taken_to(verb: Token) -> str | None:
    """``were taken to hospital`` / ``rushed 11 people to hospital`` (injured), ``were taken
    hostage`` (kidnapped): outcomes told by where or as what the victims were taken."""
    lemma = lemma_of(verb)
    if lemma not in HOSPITAL_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("to", "into") and any(
                g.dep_ == "pobj" and g.lower_ in HOSPITAL_NOUNS for g in child.children):
            return "injured"
        if lemma == "take" and child.dep_ in ("oprd", "xcomp", "advmod", "npadvmod", "dobj",
                                              "acomp", "attr") and child.lower_ in HOSTAGE_WORDS:
            return "kidnapped"
    return None


def subject_role(head: Token, passive: bool, lex: CasualtyLexicon) -> tuple[Token, str, str] | None:
    """Outcome of a figure that is the (passive) subject of ``head``: ``were killed``, ``died``,
    ``are missing``, ``lost their lives``, ``suffered injuries``."""
    head_lemma = lemma_of(head)
    if passive:
        if head_lemma in lex.verbs:
            return head, lex.verbs[head_lemma], "verb"
        taken = _taken_to(head)
        if taken is not None:
            return head, taken, "verb"
        if head_lemma == "force" and _forced_out(head):
            return head, "displaced", "verb"
        state = _state_of(head, lex)
        if state is not None:
            return state[0], state[1], "state"
        if _to_death(head):
            return head, "killed", "verb"
        return None
    if head_lemma in lex.intransitive:
        return head, lex.intransitive[head_lemma], "verb"
    if head.lower_ in lex.states and head.tag_ in ("VBG", "JJ") and any(
            c.dep_ == "aux" and lemma_of(c) == "be" for c in head.children):
        # "seven people are still missing" parsed with "missing" as the verb
        return head, lex.states[head.lower_], "state"
    if head_lemma in lex.verbs and head.tag_ in ("VBN", "VBD") and \
            child_with(head, "dobj") is None and head_lemma not in lex.passive_only:
        # headline style "Twelve killed in blast": a reduced passive with no object
        if head.tag_ == "VBN" or not any(c.dep_ == "aux" for c in head.children):
            return head, lex.verbs[head_lemma], "verb"
    if head_lemma == "lose":
        obj = child_with(head, "dobj")
        if obj is not None and lemma_of(obj) == "life":
            return head, "killed", "verb"
    if head_lemma in ("suffer", "sustain", "receive"):
        obj = child_with(head, "dobj")
        if obj is not None and lemma_of(obj) in ("injury", "wound", "burn"):
            return head, "injured", "verb"
    if head_lemma in ("be", "remain", "go", "lie", "become", "stay", "appear"):
        state = _state_of(head, lex)
        if state is not None:
            return state[0], state[1], "state"
    return None


def _oblique_role(anchor: Token, dep: str, head: Token,
                  lex: CasualtyLexicon) -> tuple[Token, str, str] | None:
    """Outcome of a figure in a prepositional phrase or attribute: ``the death toll rose to 40``,
    ``the slaying of seven demonstrators``, ``the toll stands at 137``."""
    head_lemma = lemma_of(head)
    if dep == "pobj" and head.lower_ == "with":
        return _with_state(anchor, lex)
    if dep == "pobj":
        prep = head
        governor = prep.head
        if prep.lower_ in ("to", "at", "above", "past", "over") and governor.pos_ in ("VERB", "AUX"):
            toll = _toll_outcome(governor, lex)
            if toll is not None:
                return toll[0], toll[1], "toll"
        if prep.lower_ == "to" and governor.dep_ == "acl" and governor.tag_ == "VBN" and \
                lemma_of(governor.head) in lex.tally_nouns and \
                lemma_of(governor) in lex.verbs and lemma_of(governor.head.head) in lex.toll_verbs:
            # "bringing the total killed this week to 11": the parser hangs "to 11" on "killed"
            return governor.head, lex.verbs[lemma_of(governor)], "toll"
        if prep.lower_ == "of" and lemma_of(governor) == "toll":
            return governor, _toll_kind(governor, lex), "toll"
        if prep.lower_ == "of" and lemma_of(governor) in lex.event_nouns and governor.pos_ in (
                "NOUN", "VERB"):
            # "the slaying of seven demonstrators", "the abduction of 276 schoolgirls"
            return governor, lex.event_nouns[lemma_of(governor)], "nominal"
        if prep.lower_ == "of" and lemma_of(governor) in ("body", "corpse") and \
                nominal_role(governor, lex) is not None:
            return governor, "killed", "nominal"  # "the bodies of 14 migrants were recovered"
        if prep.lower_ == "of" and lemma_of(governor) == "life" and \
                lemma_of(governor.head) in ("claim", "take", "cost"):
            return governor.head, "killed", "verb"
        return None
    if dep in ("attr", "appos") and head_lemma in ("be", "remain", "stand") and dep == "attr":
        toll = _toll_outcome(head, lex)
        if toll is not None:
            return toll[0], toll[1], "toll"
    if dep == "appos" and lemma_of(head) == "toll":
        return head, _toll_kind(head, lex), "toll"
    return None


def _to_death(verb: Token) -> bool:
    """``hacked to death``, ``beaten to death``: any verb whose result is death."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "to" and any(
                g.dep_ == "pobj" and g.lower_ == "death" for g in child.children):
            return True
    return False


def _forced_out(verb: Token) -> bool:
    """``forced from their homes``, ``forced out``, ``forced to flee``."""
    for child in verb.children:
        if child.dep_ in ("prep", "prt") and child.lower_ in ("from", "out"):
            return True
        if child.dep_ == "xcomp" and lemma_of(child) in ("flee", "leave", "evacuate", "abandon"):
            return True
    return False


def nominal_role(noun: Token, lex: CasualtyLexicon,
                  governor: Token | None = None) -> tuple[Token, str, str] | None:
    """``40 deaths``, ``40 casualties``, ``dozens of bodies were found``: the noun is the outcome."""
    lemma = lemma_of(noun)
    if lemma not in lex.nouns:
        if noun.lower_ in lex.nouns:
            lemma = noun.lower_
        else:
            return None
    needs = lex.noun_needs_verb.get(lemma)
    if needs is not None:
        if governor is None:
            governor = noun.head
            if governor.dep_ == "prep":
                governor = governor.head
        if lemma_of(governor) not in needs:
            return None
    return noun, lex.nouns[lemma], "nominal"


def coordinated_outcome(trigger: Token, outcome: str, lex: CasualtyLexicon) -> str:
    """``killed or wounded`` on the same victims is ``casualties``."""
    if trigger.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("or", "and/or")
                                      for c in trigger.head.children):
        first = trigger.head
        other = lex.verbs.get(lemma_of(first)) or lex.states.get(first.lower_)
        if other and other != outcome and {other, outcome} <= {"killed", "injured"} and not any(
                g.dep_ in ("dobj", "nsubjpass") for g in first.children):
            return "casualties"
    for child in trigger.children:
        if child.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("or", "and/or")
                                        for c in trigger.children):
            other = lex.verbs.get(lemma_of(child)) or lex.states.get(child.lower_)
            if other and other != outcome and {other, outcome} <= {"killed", "injured"}:
                if not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in child.children):
                    return "casualties"
    return outcome


def _acronym(token: Token) -> bool:
    """An all-capital word such as ``IS`` that the parser took for an auxiliary (``missiles
    launched by IS killed 2 civilians``): a name, never a passive."""
    return len(token.text) > 1 and token.text.isupper()
