"""Candidates per sentence: each figure tied to its victims and outcome, in text order.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from conflict_extract.components.casualties.candidate import Candidate
from conflict_extract.components.casualties.figures import (
    counted_noun,
    extra_quantities,
    named_victims,
    zero_quantities,
)
from conflict_extract.components.casualties.hypothetical import is_blocked, is_blocked_nominal
from conflict_extract.components.casualties.lexicon import (
    SUBJECT_DEPS,
    CasualtyLexicon,
    child_with,
    lemma_of,
)
from conflict_extract.components.casualties.subcounts import sub_marker
from conflict_extract.components.casualties.triggers import (
    coordinated_outcome,
    in_with_phrase,
    nominal_role,
    own_predicate,
    prenominal_state,
    state_after,
    subject_role,
    trigger_child,
    verb_role,
)
from conflict_extract.components.casualties.victims import victim_name
from conflict_extract.text.numbers import find_quantities


def sentence_candidates(sent: Span, lex: CasualtyLexicon,
                         stops: list[int] | None = None) -> list[Candidate]:
    """Figures of ``sent`` tied to an outcome and victims, in text order. ``stops`` collects the
    first token of every coordinated figure with a clause of its own (``and 500 were rescued``),
    where the evidence of the counts before it ends."""
    doc = sent.doc
    tokens = list(sent)
    zeros = zero_quantities(tokens)
    zero_heads = {q.head for q in zeros}
    quantities = [q for q in find_quantities(tokens) if q.head not in zero_heads]
    taken = {i for q in quantities for i in range(q.start, q.end)} | zero_heads
    quantities.extend(zeros)
    extra = extra_quantities(tokens, taken, lex)
    quantities.extend(extra)
    quantities.extend(named_victims(tokens, taken | {q.head for q in extra}, lex))
    quantities.sort(key=lambda q: q.start)
    cands: list[Candidate] = []
    for qty in quantities:
        counted = counted_noun(qty, doc, lex)
        if counted is None:
            continue
        anchor, noun = counted
        victims: str | None = None
        inherit = False
        nominal = None
        if noun is not None:
            victims = victim_name(noun, lex)
            if victims is None and qty.count == 1 and qty.head >= qty.end:
                victims = "people"  # a named victim: "Colonel X was killed"
            if victims is None:
                nominal = nominal_role(noun, lex)
                if nominal is None:
                    if lemma_of(noun) in lex.inherit or noun.lower_ in lex.inherit:
                        inherit = True
                    elif noun.pos_ == "PRON" and noun.lower_ in ("them", "those"):
                        inherit = True
                    elif _animate_object(noun, lex):
                        victims = noun.text.lower()
                    else:
                        continue
                if not victims:
                    victims = None
        else:
            inherit = True
        if stops is not None and anchor.dep_ == "conj" and own_predicate(qty, anchor, noun):
            stops.append(qty.start)
        cand = _role_candidate(qty, anchor, noun, victims, inherit, nominal, lex)
        if stops is not None and cand is not None and in_with_phrase(anchor):
            stops.append(qty.start)  # "were killed with five others wounded": two counts
        if stops is not None and cand is not None and cand.sub_marker is not None and \
                cand.sub_marker.i < qty.start and cand.sub_marker.lower_ != "including":
            stops.append(qty.start)  # "Of the 40 dead, 12 were children": the whole ends at 12
        if cand is not None:
            cands.append(cand)
    return cands


def _animate_object(noun: Token, lex: CasualtyLexicon) -> bool:
    """A plural noun the lexicon does not know, counted as the object of a verb that takes
    people (``killing two military medics``): people all the same."""
    return noun.tag_ == "NNS" and noun.pos_ == "NOUN" and noun.dep_ == "dobj" and \
        lemma_of(noun) not in lex.not_people and \
        lemma_of(noun.head) in lex.animate_object_verbs and not any(
            c.dep_ == "auxpass" for c in noun.head.children)


def _role_candidate(qty, anchor, noun, victims, inherit, nominal, lex) -> Candidate | None:
    """Find the outcome for one counted noun; None when it plays no casualty role."""
    if anchor.dep_ == "pobj" and anchor.head.i >= qty.start and anchor.head.i < anchor.i and \
            anchor.head.dep_ in ("prep", "advmod", "quantmod") and verb_role(anchor, lex) is None:
        # "wounded over 525", "killed nearly 100": the parser made the qualifier a preposition
        anchor = anchor.head
    marker = sub_marker(anchor, qty)
    role = None
    own = trigger_child(anchor, lex)
    if own is None and noun is not None and noun != anchor and anchor.lower_ in ("total", "tally"):
        own = trigger_child(noun, lex)  # "a total of 29 soldiers killed"
    if own is not None:
        # "left dozens dead": the state belongs to the verb's clause
        kind = "state" if anchor.dep_ == "dobj" and anchor.head.pos_ in ("VERB", "AUX") else "acl"
        role = (own[0], own[1], kind)
    if role is None:
        role = verb_role(anchor, lex)
        if noun is not None and noun != anchor and noun.head.lower_ == "of" and \
                not qty.vague and anchor.lower_ not in ("total", "tally") and \
                (role is None or role[2] != "verb") and anchor.dep_ != "conj":
            return None  # "three of the soldiers are in grave condition": only a direct clause
    if role is None and noun is None:
        role = state_after(qty, anchor, lex)
    if role is None and anchor.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and not any(
            c.dep_ in ("relcl", "acl") for c in anchor.children):
        role, dropped = _shared_role(qty, anchor, noun, lex)
        if dropped:
            return None
    if role is None and noun is not None:
        # "40 deaths", "took 250 hostages", "dozens of bodies were found": the noun is the outcome
        nominal = nominal or nominal_role(noun, lex, anchor.head if noun != anchor else None)
    if role is None and nominal is not None and not (qty.count == 1 and qty.head >= qty.end):
        # a singular indefinite noun counts one only as the victim of a clause ("a refugee
        # entered the country" is no displacement count)
        role = nominal
        if victims is None:
            victims = victim_name(nominal[0], lex)
            if victims is None or nominal[0].lower_ in ("dead", "wounded", "injured"):
                victims = "people"
    if role is None and noun is not None and noun == anchor:
        role = prenominal_state(noun, qty, lex)
    if role is None and marker is not None:
        return _sub_candidate(qty, anchor, noun, victims, inherit, marker, lex)
    if role is None:
        return None
    trigger, outcome, kind = role
    if is_blocked(trigger, anchor, lex):
        return None
    if kind == "toll" and lemma_of(trigger) == "number" and victims is None:
        # "the number of guerrillas killed has risen to 26"
        for pobj in (g for p in trigger.children if p.lower_ == "of" for g in p.children):
            if pobj.dep_ == "pobj" and victim_name(pobj, lex) and pobj.lower_ not in lex.states:
                victims, inherit = victim_name(pobj, lex), False
    if kind in ("toll", "nominal") and is_blocked_nominal(trigger, lex):
        return None
    if kind == "verb" and outcome in ("killed", "injured"):
        outcome = coordinated_outcome(trigger, outcome, lex)
    if outcome == "arrested" and any(
            c.dep_ == "prep" and any(lemma_of(g) == "hospital" for g in c.children)
            for c in trigger.children):
        outcome = "injured"  # "detained in hospital" is a hospital stay, not an arrest
    return Candidate(qty, anchor, noun, victims, outcome, trigger, kind, sub=marker is not None,
                      sub_marker=marker, inherit=inherit and victims is None)


def _shared_role(qty, anchor, noun, lex) -> tuple[tuple[Token, str, str] | None, bool]:
    """The role coordinated victims share (``Three policemen and two civilians were killed``,
    ``eight women, a girl and four men injured``): (role, dropped), ``dropped`` when the figure's
    own predicate plays no casualty role (``... and 500 were rescued``)."""
    own_pred = own_predicate(qty, anchor, noun) if anchor.dep_ == "conj" else None
    if own_pred is not None:
        # the figure's own predicate decides: "... and 500 were wounded" is no killing
        role = subject_role(own_pred[0], own_pred[1], lex)
        return role, role is None
    related = list(anchor.conjuncts)
    for appos in anchor.children:
        if appos.dep_ == "appos":
            related.append(appos)
            related.extend(appos.conjuncts)
    # "13 Syrian Armed Forces (SAF) soldiers and four workers": the list hangs on an apposition
    # (never a bare number: "Tamerlan, 26, died" gives an age)
    related.extend(c.head for c in [anchor, *related] if c.dep_ == "appos" and c.pos_ == "NOUN")
    for conj in related:
        if conj.pos_ not in ("NOUN", "PROPN", "NUM", "PRON"):
            continue
        role = verb_role(conj, lex)
        if role is None:
            own_conj = trigger_child(conj, lex)
            role = (own_conj[0], own_conj[1], "acl") if own_conj else None
        if role is not None:
            return role, False
    return None, False


def _sub_candidate(qty, anchor, noun, victims, inherit, marker, lex) -> Candidate:
    """A sub-count with no role of its own (``of whom three were children``): victims from the
    predicate noun; the outcome is its whole's."""
    if anchor.dep_ in SUBJECT_DEPS:
        attr = child_with(anchor.head, "attr")
        if anchor.head.pos_ == "NOUN" and victim_name(anchor.head, lex):
            attr = anchor.head  # "258 of them civilians": a verbless clause
        if attr is not None and victim_name(attr, lex):
            # "77 were women or children": no single group names them all
            victims = "people" if attr.conjuncts else victim_name(attr, lex)
            inherit = False
    return Candidate(qty, anchor, noun, victims, "", marker, "sub", sub=True,
                     sub_marker=marker, inherit=inherit and victims is None)
