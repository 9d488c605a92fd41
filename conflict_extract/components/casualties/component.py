"""Casualty counts: figures, victims, qualifiers, sub-counts and their links.

The rules read the dependency parse, one sentence at a time:

1. :func:`~conflict_extract.text.numbers.find_quantities` finds every figure (``at least 319``,
   ``tens of thousands``, ``forty-four``); singular indefinite victims (``a soldier``) count one and
   ``no one`` / ``no casualties`` count zero.
2. Each figure is tied to the noun it counts (``319 people``, ``dozens of civilians``) or stands
   alone (``85 injured``, ``killing two``). The noun must name people (or be itself an outcome such
   as ``deaths``), so ``800 metres`` or ``11 council members voted`` never become casualties.
3. The figure's syntactic role gives the outcome: subject of a passive trigger (``were killed``),
   object of an active one (``has killed 69 people``), a participle on the noun (``72 people
   killed``), a state (``left dozens dead``, ``are missing``), the value of a toll (``the death toll
   rose to 40``), a nominal outcome (``40 deaths``), coordination (``24 people were killed and 85
   injured``) or a sub-count (``including 44 children``, ``among them five women``, ``of whom three
   were children``, ``Of the 130 injured, 77 were women``). A coordinated figure with a verb of its
   own takes that verb's outcome, never the first conjunct's (``killed 1,000 people and 500 were
   wounded`` is 500 injured; ``and 30 were rescued`` is no count at all).
4. Threats, conditionals, plans and denials (``could kill thousands``, ``denied killing``) and
   negated triggers are dropped.
5. Links are read from the clause: ``place`` and ``date`` from the places and dates found there,
   ``cause`` from ``in air strikes`` or an inanimate subject (``Rebel fire``), ``perpetrator`` from a
   group that is the agent or subject, ``attributed_to`` from the reporting verb (``the monitor
   says``) or ``according to``.

Deaths from illness, hunger or cold reported in conflict news (``eight people died of the
disease``, ``Cholera has killed 2,000``) are kept as ``killed`` counts, since they are deaths the
reporting counts, but their ``cause`` names the illness and no violent cause or perpetrator is
ever attached to them; a consumer that wants violent deaths only filters on ``cause``. Figures
above :data:`~conflict_extract.text.numbers.MAX_PEOPLE` are never counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from conflict_extract.lexicon import load_json
from conflict_extract.linking import group_at
from conflict_extract.models import Casualty
from conflict_extract.nlp.extensions import in_skipped, register_extensions, run_extractor
from conflict_extract.text.numbers import Quantity, find_quantities

register_extensions()

MODALS = frozenset({"could", "might", "may", "would", "should", "can", "will", "must", "shall",
                    "'d", "'ll", "wo", "ca"})
"""Auxiliaries that make a trigger hypothetical (``could kill thousands``) unless followed by
``have`` (``may have been killed`` reports an estimate of the past)."""

SUB_PREPS = frozenset({"including", "among", "incl", "incl.", "amongst"})
NEGATORS = frozenset({"not", "n't", "never", "no"})
ZERO_WORDS = frozenset({"nobody", "noone", "no-one", "none"})
EPISTEMIC_MODALS = frozenset({"may", "might", "must"})
ESCAPE_OBJECTS = frozenset({"scene", "spot", "site", "vehicle", "car", "custody", "prison", "jail",
                            "police", "checkpoint"})
PARTITIVE_PRONOUNS = frozenset({"them", "whom", "those", "which"})
DIRECTIONS = {
    "east": "east", "eastern": "east", "west": "west", "western": "west", "north": "north",
    "northern": "north", "south": "south", "southern": "south",
}
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
QUALIFIER_WORDS = frozenset({"over", "under", "about", "around", "nearly", "almost", "above",
                             "approximately", "roughly", "some", "to", "than", "past"})
CLAUSE_BREAK_DEPS = frozenset({"ccomp", "parataxis", "csubj"})
RIGHT_EVIDENCE_DEPS = frozenset({
    "prep", "agent", "npadvmod", "oprd", "acomp", "dobj", "conj", "cc", "attr", "pobj", "xcomp",
    "advmod",
})
PERSONLIKE_ENTS = frozenset({"NORP"})
CAUSE_ADJECTIVES = frozenset({
    "aerial", "chemical", "suicide", "coalition", "government", "rebel", "military", "naval",
    "cluster", "barrel", "artillery", "heavy", "indiscriminate", "sectarian", "tribal", "ethnic",
    "roadside", "twin", "double", "triple", "deadly", "fierce", "improvised", "explosive",
    "homemade", "unexploded", "incendiary", "thermobaric", "ballistic", "armed", "mass",
})


@dataclass(frozen=True)
class CasualtyLexicon:
    """Word lists read once from ``data/casualty_triggers.json`` and ``data/casualty_victims.json``."""

    verbs: dict[str, str]
    passive_only: frozenset[str]
    intransitive: dict[str, str]
    states: dict[str, str]
    nouns: dict[str, str]
    noun_needs_verb: dict[str, frozenset[str]]
    tolls: dict[str, str]
    toll_verbs: frozenset[str]
    block_heads: frozenset[str]
    block_nouns: frozenset[str]
    say_verbs: frozenset[str]
    cumulative_nouns: frozenset[str]
    event_nouns: dict[str, str]
    cause_nouns: frozenset[str]
    victim_nouns: dict[str, str]
    victim_compounds: dict[str, str]
    inherit: frozenset[str]
    singular_ok: frozenset[str]
    armed: frozenset[str]
    demonyms: dict[str, str] = field(default_factory=dict)
    disease_nouns: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_lexicon() -> CasualtyLexicon:
    """The casualty lexicon, read once per process."""
    trig = load_json("casualties/triggers.json")
    vic = load_json("casualties/victims.json")
    return CasualtyLexicon(
        verbs=dict(trig["verbs"]),
        passive_only=frozenset(trig["passive_only"]),
        intransitive=dict(trig["intransitive"]),
        states=dict(trig["states"]),
        nouns=dict(trig["nouns"]),
        noun_needs_verb={k: frozenset(v) for k, v in trig["noun_needs_verb"].items()},
        tolls=dict(trig["tolls"]),
        toll_verbs=frozenset(trig["toll_verbs"]),
        block_heads=frozenset(trig["block_heads"]),
        block_nouns=frozenset(trig["block_nouns"]),
        say_verbs=frozenset(trig["say_verbs"]),
        cumulative_nouns=frozenset(trig["cumulative_nouns"]),
        event_nouns=dict(trig["event_nouns"]),
        cause_nouns=frozenset(trig["cause_nouns"]),
        victim_nouns=dict(vic["nouns"]),
        victim_compounds=dict(vic["compounds"]),
        inherit=frozenset(vic["inherit"]),
        singular_ok=frozenset(vic["singular_ok"]),
        armed=frozenset(vic["armed"]),
        demonyms={d.lower(): d for d in vic["demonyms"]},
        disease_nouns=frozenset(trig.get("disease_nouns", ())),
    )


@dataclass
class _Candidate:
    """A figure tied to its victims and outcome, before linking."""

    qty: Quantity
    anchor: Token
    noun: Token | None
    victims: str | None
    outcome: str
    trigger: Token
    kind: str
    sub: bool = False
    sub_marker: Token | None = None
    inherit: bool = False
    record: Casualty | None = None


# --------------------------------------------------------------------------------------------
# Victims


_TEXT_KEY = "conflict_extract.components.casualties.component.text"


def _text(doc: Doc) -> str:
    """``doc.text``, built once per extraction (spaCy rebuilds it from the tokens on every call)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def _lemma(token: Token) -> str:
    """Lower-cased lemma (the lexicon keys)."""
    return token.lemma_.lower()


def victim_name(noun: Token, lex: CasualtyLexicon | None = None) -> str | None:
    """The normalised plural victim group a noun names (``Syrian soldiers`` -> ``soldiers``,
    ``police officers`` -> ``police``), or None when the noun does not name people."""
    lex = lex or load_lexicon()
    lemma = _lemma(noun)
    lower = noun.lower_
    for child in noun.lefts:
        if child.dep_ in ("compound", "amod") and child.i == noun.i - 1:
            key = f"{_lemma(child)} {lemma}"
            if key in lex.victim_compounds:
                return lex.victim_compounds[key]
            key = f"{child.lower_} {lemma}"
            if key in lex.victim_compounds:
                return lex.victim_compounds[key]
    if lemma in lex.victim_nouns:
        return lex.victim_nouns[lemma]
    if lower in lex.victim_nouns:
        return lex.victim_nouns[lower]
    if lower in lex.demonyms:
        return lex.demonyms[lower]
    if noun.ent_type_ in PERSONLIKE_ENTS and noun.tag_ in ("NNPS", "NNS") and noun.text[:1].isupper():
        return noun.text
    return None


# --------------------------------------------------------------------------------------------
# Roles: which outcome a counted noun takes part in


def _has_child(token: Token, dep: str) -> Token | None:
    """The first child of ``token`` with dependency ``dep``."""
    for child in token.children:
        if child.dep_ == dep:
            return child
    return None


def _trigger_child(token: Token, lex: CasualtyLexicon) -> tuple[Token, str] | None:
    """A participle or adjective on ``token`` that is an outcome (``72 people killed``, ``dozens
    dead``, ``85 injured``)."""
    for child in token.children:
        if child.dep_ in ("acl", "amod", "relcl") and child.i > token.i:
            lemma, lower = _lemma(child), child.lower_
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
            lower, lemma = child.lower_, _lemma(child)
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
                    if _lemma(pobj) in lex.nouns and lex.nouns[_lemma(pobj)] in ("killed", "injured",
                                                                                "casualties"):
                        return pobj, lex.nouns[_lemma(pobj)]
                    acl = _trigger_child(pobj, lex)
                    if acl is not None and pobj.lower_ in ("those", "people"):
                        return acl
    return None


def _toll_outcome(verb: Token, lex: CasualtyLexicon) -> tuple[Token, str] | None:
    """If ``verb`` gives a toll its value (``the death toll rose to``, ``bringing the toll to``),
    the toll noun and its outcome."""
    if _lemma(verb) not in lex.toll_verbs:
        return None
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        if _lemma(child) == "toll":
            return child, _toll_kind(child, lex)
        if _lemma(child) == "number":
            outcome = _number_of(child, lex)
            if outcome is not None:
                return child, outcome
    return None


def _number_of(noun: Token, lex: CasualtyLexicon) -> str | None:
    """The outcome counted by ``the number of dead`` / ``the number of people killed``."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if pobj.lower_ in lex.states:
                return lex.states[pobj.lower_]
            if _lemma(pobj) in lex.nouns and lex.nouns[_lemma(pobj)] in ("killed", "injured",
                                                                        "casualties"):
                return lex.nouns[_lemma(pobj)]
            own = _trigger_child(pobj, lex)
            if own is not None:
                return own[1]
    return None


def _toll_kind(toll: Token, lex: CasualtyLexicon) -> str:
    """Outcome of a toll from its modifier: ``death toll`` killed, ``casualty toll`` casualties."""
    for child in toll.lefts:
        if child.dep_ in ("compound", "amod", "nmod") and _lemma(child) in lex.tolls:
            return lex.tolls[_lemma(child)]
    return "killed"


def _state_after(qty: Quantity, anchor: Token, lex: CasualtyLexicon) -> tuple[Token, str, str] | None:
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


def _prenominal_state(noun: Token, qty: Quantity, lex: CasualtyLexicon) -> tuple | None:
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


def _own_predicate(qty: Quantity, anchor: Token, noun: Token | None) -> tuple[Token, bool] | None:
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


def _verb_role(anchor: Token, lex: CasualtyLexicon) -> tuple[Token, str, str] | None:
    """Outcome from the verb governing ``anchor``: (trigger, outcome, kind) or None."""
    dep, head = anchor.dep_, anchor.head
    if dep in ("prep", "advmod", "quantmod") and anchor.lower_ in QUALIFIER_WORDS:
        dep = "dobj" if anchor.i > head.i else "nsubj"
    head_lemma = _lemma(head)
    if dep in SUBJECT_DEPS:
        return _subject_role(head, dep == "nsubjpass", lex)
    if dep in ("nsubjpass", "dobj") and _to_death(head):
        return head, "killed", "verb"
    if dep == "dobj" and any(c.dep_ == "auxpass" for c in head.children):
        return None  # an object of a passive verb is a misparse ("captured by no 4 troops")
    if dep == "dobj":
        if head_lemma in lex.verbs and (head_lemma not in lex.passive_only
                                        or anchor.pos_ in ("NOUN", "PROPN")):
            return head, lex.verbs[head_lemma], "verb"
        dead = next((c for c in head.children if c.dep_ in ("acomp", "oprd", "advmod", "xcomp")
                     and c.lower_ == "dead"), None)
        if dead is not None:
            return dead, "killed", "state"
        if head_lemma in ("leave", "render", "make"):
            own = _trigger_child(anchor, lex)
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


def _in_with_phrase(anchor: Token) -> bool:
    """True for a figure in an absolute ``with`` phrase (``with five others wounded``)."""
    first = anchor
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    return first.dep_ == "pobj" and first.head.lower_ == "with"


def _with_state(anchor: Token, lex: CasualtyLexicon) -> tuple[Token, str, str] | None:
    """``were killed with two other Americans and an Afghani injured``: the state closing an
    absolute ``with`` phrase, which the parser often hangs on the main verb."""
    if not _in_with_phrase(anchor):
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
    lemma = _lemma(verb)
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


def _subject_role(head: Token, passive: bool, lex: CasualtyLexicon) -> tuple[Token, str, str] | None:
    """Outcome of a figure that is the (passive) subject of ``head``: ``were killed``, ``died``,
    ``are missing``, ``lost their lives``, ``suffered injuries``."""
    head_lemma = _lemma(head)
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
            c.dep_ == "aux" and _lemma(c) == "be" for c in head.children):
        # "seven people are still missing" parsed with "missing" as the verb
        return head, lex.states[head.lower_], "state"
    if head_lemma in lex.verbs and head.tag_ in ("VBN", "VBD") and \
            _has_child(head, "dobj") is None and head_lemma not in lex.passive_only:
        # headline style "Twelve killed in blast": a reduced passive with no object
        if head.tag_ == "VBN" or not any(c.dep_ == "aux" for c in head.children):
            return head, lex.verbs[head_lemma], "verb"
    if head_lemma == "lose":
        obj = _has_child(head, "dobj")
        if obj is not None and _lemma(obj) == "life":
            return head, "killed", "verb"
    if head_lemma in ("suffer", "sustain", "receive"):
        obj = _has_child(head, "dobj")
        if obj is not None and _lemma(obj) in ("injury", "wound", "burn"):
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
    head_lemma = _lemma(head)
    if dep == "pobj" and head.lower_ == "with":
        return _with_state(anchor, lex)
    if dep == "pobj":
        prep = head
        governor = prep.head
        if prep.lower_ in ("to", "at", "above", "past", "over") and governor.pos_ in ("VERB", "AUX"):
            toll = _toll_outcome(governor, lex)
            if toll is not None:
                return toll[0], toll[1], "toll"
        if prep.lower_ == "of" and _lemma(governor) == "toll":
            return governor, _toll_kind(governor, lex), "toll"
        if prep.lower_ == "of" and _lemma(governor) in lex.event_nouns and governor.pos_ in (
                "NOUN", "VERB"):
            # "the slaying of seven demonstrators", "the abduction of 276 schoolgirls"
            return governor, lex.event_nouns[_lemma(governor)], "nominal"
        if prep.lower_ == "of" and _lemma(governor) in ("body", "corpse") and \
                _nominal_role(governor, lex) is not None:
            return governor, "killed", "nominal"  # "the bodies of 14 migrants were recovered"
        if prep.lower_ == "of" and _lemma(governor) == "life" and \
                _lemma(governor.head) in ("claim", "take", "cost"):
            return governor.head, "killed", "verb"
        return None
    if dep in ("attr", "appos") and head_lemma in ("be", "remain", "stand") and dep == "attr":
        toll = _toll_outcome(head, lex)
        if toll is not None:
            return toll[0], toll[1], "toll"
    if dep == "appos" and _lemma(head) == "toll":
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
        if child.dep_ == "xcomp" and _lemma(child) in ("flee", "leave", "evacuate", "abandon"):
            return True
    return False


def _nominal_role(noun: Token, lex: CasualtyLexicon,
                  governor: Token | None = None) -> tuple[Token, str, str] | None:
    """``40 deaths``, ``40 casualties``, ``dozens of bodies were found``: the noun is the outcome."""
    lemma = _lemma(noun)
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
        if _lemma(governor) not in needs:
            return None
    return noun, lex.nouns[lemma], "nominal"


def _sub_marker(anchor: Token, qty: Quantity | None = None) -> Token | None:
    """The token that makes ``anchor`` a sub-count: ``including``/``among`` governing it, an
    ``among them`` on it or just before the figure, or ``of whom`` on the clause it is the
    subject of."""
    doc = anchor.doc
    if anchor.dep_ == "conj" and anchor.head.pos_ in ("NOUN", "PROPN", "NUM"):
        first = anchor
        while first.dep_ == "conj" and first.head != first:
            first = first.head
        marker = _sub_marker(first)  # "including 400 children and 200 women"
        if marker is not None:
            return marker
    if qty is not None and qty.start >= 2:
        before = (doc[qty.start - 2].lower_, doc[qty.start - 1].lower_)
        if before[0] in ("among", "amongst") and before[1] in ("them", "whom", "those"):
            return doc[qty.start - 2]
    if anchor.dep_ == "pobj" and anchor.head.lower_ in SUB_PREPS:
        return anchor.head
    if anchor.dep_ == "dobj" and anchor.head.lower_ in ("including", "includes", "included"):
        return anchor.head
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ in ("among", "amongst") and any(
                g.lower_ in ("them", "whom", "those") for g in child.children):
            return child
        if child.dep_ == "prep" and child.lower_ == "of" and any(
                g.dep_ == "pobj" and g.lower_ in PARTITIVE_PRONOUNS for g in child.children):
            return child
    if anchor.dep_ in SUBJECT_DEPS:
        for child in anchor.head.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "among", "amongst") and any(
                    g.lower_ in ("whom", "them", "those", "which") for g in child.children):
                return child
            if child.dep_ == "prep" and child.lower_ in ("of", "among", "amongst") and \
                    child.i < anchor.i and any(g.like_num for g in child.subtree):
                return child  # "Of the 130 injured, 77 were women or children"
    return None


def _blocked(trigger: Token, anchor: Token, lex: CasualtyLexicon) -> bool:
    """True when the outcome is hypothetical, threatened, planned, feared, denied or negated."""
    cur = trigger
    for depth in range(5):
        children = list(cur.children)
        auxes = [c for c in children if c.dep_ in ("aux", "auxpass")]
        for k, aux in enumerate(auxes):
            if aux.lower_ in MODALS:
                rest = auxes[k + 1:]
                # "may have been killed" estimates the past; "would/could have" is counterfactual
                if aux.lower_ not in EPISTEMIC_MODALS or not any(r.lower_ == "have" for r in rest):
                    return True
        for child in children:
            if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in ("never",)):
                return True
            if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether", "lest"):
                return True
        lemma = _lemma(cur)
        if depth > 0 and lemma in lex.block_heads:
            return True
        if depth > 0 and cur.pos_ == "NOUN" and lemma in lex.block_nouns:
            return True
        if cur.dep_ in ("xcomp", "ccomp", "acl", "pcomp", "advcl", "conj", "relcl", "dobj",
                        "pobj", "prep", "oprd", "acomp", "attr", "nsubj", "nsubjpass", "compound",
                        "amod"):
            if cur.dep_ == "conj":
                # a conjunct shares the first conjunct's auxiliaries ("could kill and maim")
                cur = cur.head
                continue
            if cur.dep_ in ("ccomp", "advcl", "relcl") and depth > 0 and cur != trigger:
                break
            if cur.dep_ == "relcl":
                break  # "he is not charged in the attack, which killed three": told as a fact
            if cur.head == cur:
                break
            cur = cur.head
            continue
        break
    if trigger.tag_ == "VBG" and trigger.dep_ in ("pcomp", "xcomp") and _lemma(
            trigger.head) in lex.block_heads:
        return True
    return False


# --------------------------------------------------------------------------------------------
# Candidates per sentence


def _zero_quantities(tokens: list[Token]) -> list[Quantity]:
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


def _extra_quantities(tokens: list[Token], taken: set[int],
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


def _counted_noun(qty: Quantity, doc: Doc, lex: CasualtyLexicon) -> tuple[Token, Token | None] | None:
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


def _sentence_candidates(sent: Span, lex: CasualtyLexicon,
                         stops: list[int] | None = None) -> list[_Candidate]:
    """Figures of ``sent`` tied to an outcome and victims, in text order. ``stops`` collects the
    first token of every coordinated figure with a clause of its own (``and 500 were rescued``),
    where the evidence of the counts before it ends."""
    doc = sent.doc
    tokens = list(sent)
    zeros = _zero_quantities(tokens)
    zero_heads = {q.head for q in zeros}
    quantities = [q for q in find_quantities(tokens) if q.head not in zero_heads]
    taken = {i for q in quantities for i in range(q.start, q.end)} | zero_heads
    quantities.extend(zeros)
    quantities.extend(_extra_quantities(tokens, taken, lex))
    quantities.sort(key=lambda q: q.start)
    cands: list[_Candidate] = []
    for qty in quantities:
        counted = _counted_noun(qty, doc, lex)
        if counted is None:
            continue
        anchor, noun = counted
        victims: str | None = None
        inherit = False
        nominal = None
        if noun is not None:
            victims = victim_name(noun, lex)
            if victims is None:
                nominal = _nominal_role(noun, lex)
                if nominal is None:
                    if _lemma(noun) in lex.inherit or noun.lower_ in lex.inherit:
                        inherit = True
                    elif noun.pos_ == "PRON" and noun.lower_ in ("them", "those"):
                        inherit = True
                    else:
                        continue
                victims = None
        else:
            inherit = True
        if stops is not None and anchor.dep_ == "conj" and _own_predicate(qty, anchor, noun):
            stops.append(qty.start)
        cand = _role_candidate(qty, anchor, noun, victims, inherit, nominal, lex)
        if stops is not None and cand is not None and _in_with_phrase(anchor):
            stops.append(qty.start)  # "were killed with five others wounded": two counts
        if stops is not None and cand is not None and cand.sub_marker is not None and \
                cand.sub_marker.i < qty.start and cand.sub_marker.lower_ != "including":
            stops.append(qty.start)  # "Of the 40 dead, 12 were children": the whole ends at 12
        if cand is not None:
            cands.append(cand)
    return cands


def _role_candidate(qty, anchor, noun, victims, inherit, nominal, lex) -> _Candidate | None:
    """Find the outcome for one counted noun; None when it plays no casualty role."""
    if anchor.dep_ == "pobj" and anchor.head.i >= qty.start and anchor.head.i < anchor.i and \
            anchor.head.dep_ in ("prep", "advmod", "quantmod") and _verb_role(anchor, lex) is None:
        # "wounded over 525", "killed nearly 100": the parser made the qualifier a preposition
        anchor = anchor.head
    marker = _sub_marker(anchor, qty)
    role = None
    own_pred = None
    own = _trigger_child(anchor, lex)
    if own is None and noun is not None and noun != anchor and anchor.lower_ in ("total", "tally"):
        own = _trigger_child(noun, lex)  # "a total of 29 soldiers killed"
    if own is not None:
        # "left dozens dead": the state belongs to the verb's clause
        kind = "state" if anchor.dep_ == "dobj" and anchor.head.pos_ in ("VERB", "AUX") else "acl"
        role = (own[0], own[1], kind)
    if role is None:
        role = _verb_role(anchor, lex)
        if noun is not None and noun != anchor and noun.head.lower_ == "of" and \
                not qty.vague and anchor.lower_ not in ("total", "tally") and \
                (role is None or role[2] != "verb"):
            return None  # "three of the soldiers are in grave condition": only a direct clause
    if role is None and noun is None:
        role = _state_after(qty, anchor, lex)
    if role is None and anchor.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and not any(
            c.dep_ in ("relcl", "acl") for c in anchor.children):
        # coordinated victims share the role: "Three policemen and two civilians were killed",
        # "eight women, a girl and four men injured"
        own_pred = _own_predicate(qty, anchor, noun) if anchor.dep_ == "conj" else None
        if own_pred is not None:
            # the figure's own predicate decides: "... and 500 were wounded" is no killing
            role = _subject_role(own_pred[0], own_pred[1], lex)
            if role is None:
                return None
        related = list(anchor.conjuncts)
        for appos in anchor.children:
            if appos.dep_ == "appos":
                related.append(appos)
                related.extend(appos.conjuncts)
        for conj in related if own_pred is None else ():
            if conj.pos_ not in ("NOUN", "PROPN", "NUM", "PRON"):
                continue
            role = _verb_role(conj, lex)
            if role is None:
                own_conj = _trigger_child(conj, lex)
                role = (own_conj[0], own_conj[1], "acl") if own_conj else None
            if role is not None:
                break
    if role is None and noun is not None:
        # "40 deaths", "took 250 hostages", "dozens of bodies were found": the noun is the outcome
        nominal = nominal or _nominal_role(noun, lex, anchor.head if noun != anchor else None)
    if role is None and nominal is not None and not (qty.count == 1 and qty.head >= qty.end):
        # a singular indefinite noun counts one only as the victim of a clause ("a refugee
        # entered the country" is no displacement count)
        role = nominal
        if victims is None:
            victims = victim_name(nominal[0], lex)
            if victims is None or nominal[0].lower_ in ("dead", "wounded", "injured"):
                victims = "people"
    if role is None and noun is not None and noun == anchor:
        role = _prenominal_state(noun, qty, lex)
    if role is None and marker is not None:
        # "of whom three were children": victims from the predicate noun
        if anchor.dep_ in SUBJECT_DEPS:
            attr = _has_child(anchor.head, "attr")
            if anchor.head.pos_ == "NOUN" and victim_name(anchor.head, lex):
                attr = anchor.head  # "258 of them civilians": a verbless clause
            if attr is not None and victim_name(attr, lex):
                # "77 were women or children": no single group names them all
                victims = "people" if attr.conjuncts else victim_name(attr, lex)
                inherit = False
        return _Candidate(qty, anchor, noun, victims, "", marker, "sub", sub=True,
                          sub_marker=marker, inherit=inherit and victims is None)
    if role is None:
        return None
    trigger, outcome, kind = role
    if _blocked(trigger, anchor, lex):
        return None
    if kind == "toll" and _lemma(trigger) == "number" and victims is None:
        # "the number of guerrillas killed has risen to 26"
        for pobj in (g for p in trigger.children if p.lower_ == "of" for g in p.children):
            if pobj.dep_ == "pobj" and victim_name(pobj, lex) and pobj.lower_ not in lex.states:
                victims, inherit = victim_name(pobj, lex), False
    if kind in ("toll", "nominal") and _blocked_nominal(trigger, lex):
        return None
    if kind == "verb" and outcome in ("killed", "injured"):
        outcome = _coordinated_outcome(trigger, outcome, lex)
    if outcome == "arrested" and any(
            c.dep_ == "prep" and any(_lemma(g) == "hospital" for g in c.children)
            for c in trigger.children):
        outcome = "injured"  # "detained in hospital" is a hospital stay, not an arrest
    return _Candidate(qty, anchor, noun, victims, outcome, trigger, kind, sub=marker is not None,
                      sub_marker=marker, inherit=inherit and victims is None)


def _listed_with(anchor: Token, first: Token) -> bool:
    """True when ``anchor`` follows ``first`` in one list of counted nouns, coordinated or in
    apposition (``12 people, seven women and five men``)."""
    root = anchor
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    return root == first or (root.dep_ == "appos" and root.head == first)


def _blocked_nominal(noun: Token, lex: CasualtyLexicon) -> bool:
    """A nominal outcome governed by a hypothetical or negated verb (``could cause thousands of
    deaths``, ``warned of mass casualties``)."""
    governor = noun.head
    hops = 0
    while governor.dep_ in ("prep", "pobj", "dobj", "conj", "compound") and hops < 3 and \
            governor.head != governor:
        governor = governor.head
        hops += 1
    if governor == noun:
        return False
    if _lemma(governor) in lex.block_heads or _lemma(governor) in lex.block_nouns:
        return True
    return _blocked(governor, noun, lex)


def _coordinated_outcome(trigger: Token, outcome: str, lex: CasualtyLexicon) -> str:
    """``killed or wounded`` on the same victims is ``casualties``."""
    if trigger.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("or", "and/or")
                                      for c in trigger.head.children):
        first = trigger.head
        other = lex.verbs.get(_lemma(first)) or lex.states.get(first.lower_)
        if other and other != outcome and {other, outcome} <= {"killed", "injured"} and not any(
                g.dep_ in ("dobj", "nsubjpass") for g in first.children):
            return "casualties"
    for child in trigger.children:
        if child.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("or", "and/or")
                                        for c in trigger.children):
            other = lex.verbs.get(_lemma(child)) or lex.states.get(child.lower_)
            if other and other != outcome and {other, outcome} <= {"killed", "injured"}:
                if not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in child.children):
                    return "casualties"
    return outcome


# --------------------------------------------------------------------------------------------
# Evidence span and links


def _evidence(cand: _Candidate, stops: tuple[int, ...] = ()) -> tuple[int, int]:
    """Token range (inclusive) of the clause holding the figure, victims and trigger; it ends
    before any of ``stops`` (the first tokens of later figures with a clause of their own)."""
    doc = cand.anchor.doc
    q = cand.qty
    if cand.sub and cand.sub_marker is not None:
        lo = min(cand.sub_marker.i, q.start)
        hi = max(q.end - 1, cand.noun.i if cand.noun is not None else q.end - 1)
        hi = max(hi, cand.sub_marker.right_edge.i) if cand.sub_marker.i > q.start else hi
        if cand.anchor.dep_ in SUBJECT_DEPS:
            attr = _has_child(cand.anchor.head, "attr")
            if attr is None and cand.anchor.head.pos_ == "NOUN":
                attr = cand.anchor.head
            if attr is not None:
                hi = max(hi, attr.i, *(c.i for c in attr.conjuncts))
        return lo, hi
    trig = cand.trigger
    lo = min(q.start, trig.i)
    hi = max(q.end - 1, trig.i)
    if cand.noun is not None:
        hi = max(hi, cand.noun.i)
    clause = _clause_head(cand)
    if cand.kind in ("verb", "state", "toll") and cand.anchor.dep_ not in SUBJECT_DEPS:
        subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and subj.i < lo:
            lo = subj.left_edge.i
    if cand.kind == "toll":
        lo = min(lo, trig.left_edge.i)
        hi = max(hi, clause.i)
    if cand.kind == "state":
        if trig.dep_ == "pobj" and trig.head.dep_ == "prep":
            lo = min(lo, trig.head.i)  # "Among the dead were ..."
        hi = max(hi, clause.i)
        lo = min(lo, clause.i) if clause.i > q.start else lo
    hi = max(hi, _right_extent(clause, hi))
    if cand.kind in ("verb", "acl") and trig != clause:
        hi = max(hi, _right_extent(trig, hi))
    lo, hi = _clamp_to_line(doc, lo, hi, doc[q.start].idx)
    for stop in stops:
        if max(q.end - 1, trig.i) < stop <= hi:
            hi = stop - 1
            break
    tail = _tail_attribution(cand.anchor.sent, load_lexicon())
    if tail is not None and lo < tail[0] <= hi:
        hi = tail[0] - 1
    while hi > lo and (doc[hi].is_punct or doc[hi].pos_ in ("CCONJ", "ADP", "DET", "SCONJ")):
        hi -= 1
    while lo < hi and (doc[lo].is_punct or doc[lo].dep_ in ("cc", "mark")):
        lo += 1
    return lo, hi


GLUED_LOWER = re.compile(r"(?<=[a-z]{2})\.(?=[a-z]{3,})|(?<=[a-z]{3})(?=[A-Z]{3,}\b)")
"""A full stop glued to a lower-case word (``died in the attacks.image copyright AFP``) or a
dateline glued to a headline (``killed in blasts in AfghanistanKANDAHAR``): a lost sentence or
caption break the parser does not see."""


def _cut_glued(text: str, start: int, end: int, cand: _Candidate) -> int:
    """``end`` moved back to a glued sentence break after the figure and trigger, if any."""
    doc = cand.anchor.doc
    last = max(doc[cand.qty.end - 1].idx + len(doc[cand.qty.end - 1]),
               cand.trigger.idx + len(cand.trigger))
    if not start <= last < end:
        return end
    match = GLUED_LOWER.search(text, last, end)
    return match.start() if match else end


def _line_bounds(doc: Doc, char: int) -> tuple[int, int]:
    """Character range of the line (paragraph) holding ``char``: a parse never crosses it."""
    text = _text(doc)
    lo = text.rfind("\n", 0, char) + 1
    hi = text.find("\n", char)
    return lo, len(text) if hi < 0 else hi


def _clamp_to_line(doc: Doc, lo: int, hi: int, char: int) -> tuple[int, int]:
    """Token range ``lo..hi`` (inclusive) cut to the line holding ``char``."""
    line_lo, line_hi = _line_bounds(doc, char)
    while lo < hi and doc[lo].idx < line_lo:
        lo += 1
    while hi > lo and doc[hi].idx >= line_hi:
        hi -= 1
    return lo, hi


def _right_extent(head: Token, hi: int) -> int:
    """The right edge of ``head``'s modifiers that belong to the casualty clause."""
    for child in head.rights:
        if child.dep_ not in RIGHT_EVIDENCE_DEPS:
            continue
        if child.dep_ == "prep" and child.lower_ in ("according", "including", "since"):
            continue
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and (
                not _is_outcome_word(child)
                or any(g.dep_ in SUBJECT_DEPS for g in child.children)):
            continue
        hi = max(hi, child.right_edge.i)
    return hi


def _is_outcome_word(token: Token) -> bool:
    """True for a trigger verb or state word (``killed``, ``died``, ``wounded``)."""
    lex = load_lexicon()
    lemma = _lemma(token)
    return lemma in lex.verbs or lemma in lex.intransitive or token.lower_ in lex.states


def _clause_head(cand: _Candidate) -> Token:
    """The verb whose clause the casualty is: the trigger verb, or the verb over a state or toll."""
    trig = cand.trigger
    if cand.kind == "toll":
        return trig.head if trig.dep_ in ("nsubj", "nsubjpass", "dobj") else trig
    if cand.kind == "state":
        cur = trig
        while cur.pos_ not in ("VERB", "AUX") and cur.head != cur and cur.dep_ != "ROOT":
            cur = cur.head
        return cur
    if cand.kind == "nominal":
        cur = trig
        hops = 0
        while cur.pos_ not in ("VERB", "AUX") and cur.head != cur and hops < 4:
            cur = cur.head
            hops += 1
        return cur if cur.pos_ in ("VERB", "AUX") else trig
    return trig


def _scope(cand: _Candidate) -> tuple[int, int]:
    """Character range of the clause the links are read from."""
    head = _clause_head(cand)
    toks = [head]
    stack = [c for c in head.children if c.dep_ not in CLAUSE_BREAK_DEPS]
    while stack:
        tok = stack.pop()
        toks.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in CLAUSE_BREAK_DEPS)
    line_lo, line_hi = _line_bounds(head.doc, cand.anchor.idx)
    lo = max(min(t.idx for t in toks), line_lo)
    hi = min(max(t.idx + len(t) for t in toks), line_hi)
    return lo, hi


def _period_bounds(cand: _Candidate) -> list[tuple[int, int]]:
    """Character ranges opened by ``since``/``until`` in the clause: the bounds of a period, whose
    dates are not the date of the event."""
    ranges = []
    for tok in _clause_head(cand).subtree:
        if tok.lower_ in ("since", "until", "till", "between", "from", "by"):
            base = tok.head if tok.dep_ == "mark" else tok
            ranges.append((base.left_edge.idx, base.right_edge.idx + len(base.right_edge)))
    return ranges


class _DocLinks:
    """Places, dates and groups of the doc indexed for the clause lookups."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.places: list[tuple[int, int, object]] = []
        for place in doc._.places or []:
            if getattr(place, "role", "event") == "reporting":
                continue
            for span in getattr(place, "spans", None) or []:
                try:
                    self.places.append((int(span[0]), int(span[1]), place))
                except (TypeError, ValueError, IndexError):
                    continue
        self.places.sort(key=lambda x: x[0])
        self.dates = []
        for date in doc._.dates or []:
            start, end = getattr(date, "start", None), getattr(date, "end", None)
            if isinstance(start, int) and isinstance(end, int):
                self.dates.append(date)
        self.groups: list[tuple[int, int, object]] = []
        for group in doc._.groups or []:
            for span in getattr(group, "spans", None) or []:
                try:
                    self.groups.append((int(span[0]), int(span[1]), group))
                except (TypeError, ValueError, IndexError):
                    continue
        self.groups.sort(key=lambda x: x[0])
        self.quotes = [q for q in doc._.quotes or []
                       if isinstance(getattr(q, "start", None), int) and getattr(q, "speaker_group", None)]

    def group_in(self, start: int, end: int) -> str | None:
        """Name of the group mentioned inside ``[start, end)`` (the first such mention)."""
        found = group_at(self.doc, start, end)
        if found is not None:
            return found.name
        for lo, hi, group in self.groups:
            if lo >= start and hi <= end:
                return group.name
        return None

    def quote_group(self, start: int, end: int) -> str | None:
        """The group of the speaker whose quoted or reported words hold ``[start, end)``."""
        for quote in self.quotes:
            if quote.start <= start and end <= quote.end:
                return quote.speaker_group
        return None

    def group_by_head(self, head: Token, before: int) -> str | None:
        """Resolve ``the monitor`` / ``the ministry`` to the last group named before ``before``
        whose name, aliases or type contain the head noun."""
        word = head.lower_
        best = None
        for lo, _hi, group in self.groups:
            if lo >= before:
                break
            names = [group.name, *getattr(group, "aliases", [])]
            if any(word in n.lower().split() for n in names) or getattr(group, "type", "") == word:
                best = group.name
        return best

    def place_in(self, start: int, end: int, anchor: int) -> str | None:
        """Surface name of the place mentioned in ``[start, end)`` nearest ``anchor``."""
        best = None
        best_dist = None
        for lo, hi, place in self.places:
            if lo >= start and hi <= end:
                dist = abs(lo - anchor)
                if best_dist is None or dist < best_dist:
                    best, best_dist = (lo, hi, place), dist
        if best is None:
            return None
        lo, hi, place = best
        surface = _text(self.doc)[lo:hi]
        direction = _direction_before(self.doc, lo, surface)
        name = getattr(place, "name", surface)
        if direction and not name.lower().startswith(direction):
            return f"{direction} {name}"
        return name

    def city_before(self, before: int) -> str | None:
        """The last city or town named before ``before`` (antecedent of ``the city``)."""
        best = None
        for lo, _hi, place in self.places:
            if lo >= before:
                break
            if getattr(place, "type", None) in ("city", "town"):
                best = place.name
        return best

    def date_in(self, start: int, end: int, anchor: int,
                exclude: list[tuple[int, int]] = ()) -> str | None:
        """ISO value of the dated expression in ``[start, end)`` nearest ``anchor``; spans opened
        by ``since`` or ``until`` are the bounds of a period, not the date of the event."""
        best, best_dist = None, None
        text = _text(self.doc)
        for date in self.dates:
            if date.start < start or date.end > end or not date.value:
                continue
            if any(lo <= date.start < hi for lo, hi in exclude):
                continue
            if getattr(date, "type", "date") not in ("date", "time") \
                    or date.value.endswith("_REF"):  # "several weeks ago": PAST_REF, no date
                continue
            before = text[max(0, date.start - 8):date.start].lower()
            if before.rstrip().endswith(("since", "until", "till", "from", "before", "after")) or \
                    date.text.lower().startswith(("since", "until")):
                continue
            dist = abs(date.start - anchor)
            if best_dist is None or dist < best_dist:
                best, best_dist = date.value, dist
        return best


def _direction_before(doc: Doc, start: int, surface: str) -> str | None:
    """``east`` for a place written ``east Aleppo`` / ``eastern Aleppo``."""
    first = surface.split()[0].lower() if surface.split() else ""
    if first in DIRECTIONS and len(surface.split()) > 1:
        return DIRECTIONS[first]
    before = _text(doc)[max(0, start - 10):start].split()
    if before and before[-1].lower() in DIRECTIONS:
        return DIRECTIONS[before[-1].lower()]
    return None


def _city_part(cand: _Candidate, links: _DocLinks, scope: tuple[int, int]) -> str | None:
    """``the government-held west of the city`` -> ``west Aleppo`` when the city was named before."""
    doc = cand.anchor.doc
    for tok in doc.char_span(scope[0], scope[1], alignment_mode="expand") or []:
        if tok.lower_ in DIRECTIONS and tok.pos_ in ("NOUN", "PROPN"):
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if prep is None:
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lower_ in ("city", "town") and any(
                    c.lower_ == "the" for c in pobj.children):
                city = links.city_before(tok.idx)
                if city:
                    return f"{DIRECTIONS[tok.lower_]} {city}"
    return None


DISEASE_PATH_DEPS = frozenset({"prep", "pobj", "agent", "attr", "nsubj", "conj", "pcomp", "dobj",
                               "acomp", "amod", "compound", "nmod", "npadvmod"})
"""Dependencies followed from a death to the illness that caused it (``died of cholera``,
``deaths from the outbreak``, ``were the result of complications from the disease``); never
into a relative or reported clause (``doctors fighting the outbreak``)."""


def _disease(cand: _Candidate, lex: CasualtyLexicon) -> str | None:
    """The illness (or hunger, cold) a death is put down to in its own clause, or None."""
    if not lex.disease_nouns or cand.outcome not in ("killed", "casualties", "injured"):
        return None
    clause = _clause_head(cand)
    stack = [(cand.trigger, 0), (clause, 0)]
    if cand.noun is not None:
        stack.append((cand.noun, 0))
    seen: set[int] = set()
    while stack:
        tok, depth = stack.pop()
        if tok.i in seen:
            continue
        seen.add(tok.i)
        if depth and tok.pos_ in ("NOUN", "PROPN") and (
                _lemma(tok) in lex.disease_nouns or tok.lower_ in lex.disease_nouns):
            return _cause_text(tok)
        if depth < 5:
            stack.extend((c, depth + 1) for c in tok.children if c.dep_ in DISEASE_PATH_DEPS
                         and c.i != cand.anchor.i)
    return None


def _cause(cand: _Candidate, lex: CasualtyLexicon) -> str | None:
    """What killed or hurt: ``in air strikes and shelling``, ``by shelling``, ``Rebel fire``; an
    illness is read first by :func:`_disease`."""
    clause = _clause_head(cand)
    heads = [cand.trigger, clause]
    for conj in cand.trigger.children:
        if conj.dep_ == "conj":
            heads.append(conj)
            # "24 people were killed and 85 injured in air strikes": the shared cause hangs
            # on the second participle
            heads.extend(c for c in conj.children if c.dep_ == "acl")
    if cand.trigger.dep_ == "conj":
        heads.append(cand.trigger.head)
    for head in heads:
        for child in head.children:
            if child.dep_ in ("prep", "agent") and child.lower_ in ("in", "by", "from", "during",
                                                                    "after", "amid", "under"):
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and _is_cause(pobj, lex):
                    return _cause_text(pobj)
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is not None and cand.anchor.dep_ != "nsubj" and _is_cause(subj, lex) and \
            cand.kind in ("verb", "state"):
        return _cause_text(subj)
    return None


def _is_cause(token: Token, lex: CasualtyLexicon) -> bool:
    """True for a noun naming what kills or hurts (``strikes``, ``shelling``, ``ambush``)."""
    if _lemma(token) in lex.cause_nouns or token.lower_ in lex.cause_nouns:
        return token.pos_ in ("NOUN", "PROPN", "VERB")
    return False


def _cause_text(head: Token) -> str:
    """The cause noun phrase without determiners, trailing prepositions or clauses."""
    parts = [head]
    for conj in head.children:
        if conj.dep_ == "conj":
            parts.append(conj)
    words: list[Token] = []
    for part in parts:
        mods = [c for c in part.lefts if c.dep_ in ("compound", "nmod", "npadvmod")
                or c.dep_ == "amod" and (c.text[:1].isupper() or _lemma(c) in CAUSE_ADJECTIVES)]
        lo = min([m.left_edge.i for m in mods] + [part.i])
        words.extend(t for t in part.doc[lo:part.i + 1] if t.dep_ != "det")
    if len(parts) > 1:
        doc = head.doc
        text = doc[words[0].i:parts[-1].i + 1].text
    else:
        text = " ".join(t.text for t in words)
    after = parts[-1].i + 1
    doc = head.doc
    if len(parts) == 1 and after + 1 < len(doc) and doc[after].lower_ in ("and", "or") and \
            _is_cause(doc[after + 1], load_lexicon()) and doc[after + 1].dep_ == "conj":
        # "in air strikes and shelling" where the parser hung "shelling" on the verb
        text = doc[words[0].i:after + 2].text
    if "\n" in text:
        text = text.rsplit("\n", 1)[-1].strip()
    first = words[0] if words else None
    at_start = first is not None and (first.is_sent_start or first.idx == 0
                                      or _text(head.doc)[first.idx - 1] == "\n")
    if first is not None and at_start and first.pos_ != "PROPN" and not first.ent_type_:
        text = text[:1].lower() + text[1:]
    return text


def _perpetrator(cand: _Candidate, links: _DocLinks) -> str | None:
    """A group that did it: the agent of a passive (``killed by government forces``) or the subject
    of an active trigger (``Rebels killed``)."""
    clause = _clause_head(cand)
    for child in [*cand.trigger.children, *clause.children]:
        if child.dep_ == "agent":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                name = links.group_in(pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge))
                if name:
                    return name
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is not None and cand.anchor != subj and cand.kind in ("verb", "state"):
        # only the head phrase: "Rebel fire on the west of the city" names no other group
        head_lo = subj.left_edge.idx
        return links.group_in(head_lo, subj.idx + len(subj))
    return None


def _attribution(cand: _Candidate, links: _DocLinks, sent: Span,
                 lex: CasualtyLexicon) -> str | None:
    """Who reports the figure: the subject of the reporting verb over the clause (``the monitor
    says``) or ``according to X`` in the sentence."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor().lower_ == "to":
            pobj = next((g for g in tok.nbor().children if g.dep_ == "pobj"), None)
            if pobj is None:
                continue
            name = _group_of_phrase(pobj, links)
            if name:
                return name
    tail = _tail_attribution(sent, lex)
    if tail is not None and tail[0] > cand.trigger.i:
        doc = sent.doc
        name = links.group_in(doc[tail[1]].idx, doc[tail[2]].idx)
        if name is None:
            root = doc[tail[1]:tail[2]].root
            if root.pos_ == "NOUN":
                name = links.group_by_head(root, root.idx)
        if name:
            return name
    cur = _clause_head(cand)
    prev: Token | None = None
    below = cand.trigger
    while below.head != cur and below.head != below and below != cur:
        below = below.head
    if below != cur and below.head == cur and below.dep_ in ADJUNCT_DEPS:
        prev = below  # "the government showed no remorse after the killing of 12": no report
    for _ in range(6):
        # a reporting verb above the clause reports it only through a complement ("police said
        # 12 were killed"), never through an adjunct ("the government showed no willingness ...
        # following the slaying of seven")
        own = prev is None or prev.dep_ in REPORT_PATH_DEPS
        verbs = [*([cur] if own else []), *[c for c in cur.children if c.dep_ == "parataxis"]]
        for verb in verbs:
            if verb != cand.trigger and _lemma(verb) in lex.say_verbs:
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.dep_ == "nsubj":
                    name = _group_of_phrase(subj, links)
                    if name:
                        return name
        if cur.head == cur:
            break
        prev, cur = cur, cur.head
    return None


REPORT_PATH_DEPS = frozenset({"ccomp", "conj", "xcomp", "parataxis"})
ADJUNCT_DEPS = frozenset({"prep", "agent", "advcl", "npadvmod", "advmod", "mark"})


def _tail_attribution(sent: Span, lex: CasualtyLexicon) -> tuple[int, int, int] | None:
    """A closing attribution ``..., the Syrian Observatory for Human Rights said.``: token indices
    (comma, phrase start, say verb). Found on the surface because the parser often hangs such a
    phrase on the last noun of the clause before it."""
    end = sent.end - 1
    while end > sent.start and sent.doc[end].is_punct:
        end -= 1
    verb = None
    for k in range(end, max(sent.start, end - 4) - 1, -1):
        tok = sent.doc[k]
        if tok.pos_ in ("VERB", "AUX") and _lemma(tok) in lex.say_verbs:
            verb = tok
            break
    if verb is None:
        return None
    for k in range(verb.i - 1, max(sent.start, verb.i - 16) - 1, -1):
        tok = sent.doc[k]
        if tok.text == ",":
            if k + 1 < verb.i:
                return k, k + 1, verb.i
            return None
        if tok.pos_ in ("VERB", "AUX") or tok.text in ("\u201d", '"', "\u2019"):
            return None
    return None


def _group_of_phrase(head: Token, links: _DocLinks) -> str | None:
    """The group named by the phrase headed by ``head`` (``the monitor`` resolved backwards)."""
    lo = head.left_edge.idx
    hi = head.right_edge.idx + len(head.right_edge)
    name = links.group_in(lo, hi)
    if name:
        return name
    if head.pos_ in ("NOUN",):
        return links.group_by_head(head, head.idx)
    return None


def _cumulative(cand: _Candidate, lex: CasualtyLexicon) -> bool:
    """A running toll: ``since violence began``, ``since the start of the war``, ``since 2011``,
    ``so far``, ``to date``."""
    clause = _clause_head(cand)
    perfect = any(c.dep_ == "aux" and _lemma(c) == "have" for c in clause.children)
    for tok in clause.subtree:
        lower = tok.lower_
        if lower == "by" and tok.dep_ == "prep" and perfect and _period_end(tok, lex):
            return True  # "By the end of 1972, 496 had been killed"
        if lower == "since" and not _comparison_since(tok, clause):
            for t in tok.head.subtree if tok.dep_ == "mark" else tok.subtree:
                if _lemma(t) in lex.cumulative_nouns or (t.like_num and t.ent_type_ == "DATE"
                                                          and len(t.text) == 4):
                    return True
        if lower == "far" and tok.i > 0 and tok.nbor(-1).lower_ == "so":
            return True
        if tok.dep_ == "nsubj" and tok.head == clause and _lemma(tok) in WAR_NOUNS:
            return True  # "the 2014 war killed more than 2,200 Palestinians"
        if tok == cand.trigger and cand.kind == "toll" and any(
                c.lower_ in ("total", "overall", "cumulative") for c in tok.children):
            return True
        if lower == "date" and tok.i > 0 and tok.nbor(-1).lower_ == "to":
            return True
    return False


def _is_year(tok: Token) -> bool:
    """A four-digit year such as ``1972``."""
    return tok.like_num and len(tok.text) == 4 and tok.text.isdigit() and tok.text[:2] in ("19", "20")


def _period_end(prep: Token, lex: CasualtyLexicon) -> bool:
    """``by 2015``, ``by the end of 1972``, ``by the end of the war``: a ``by`` phrase closing a
    period (not ``by Sunday`` or ``killed by gunmen``)."""
    words = list(prep.subtree)[1:]
    if not words or words[0].lower_ not in ("the", "end", "close", "late", "mid") and \
            not _is_year(words[0]):
        return False
    return any(_is_year(t) or _lemma(t) in lex.cumulative_nouns for t in words)


def _comparison_since(since: Token, clause: Token) -> bool:
    """``the first death of a general since 2017``, ``the deadliest attack since 2015``: ``since``
    bounds a comparison (an ordinal or superlative above it), not a running toll."""
    cur = since.head
    for _ in range(6):
        if cur.tag_ == "JJS" or cur.lower_ in ("first", "last", "only"):
            return True
        if any(c.tag_ == "JJS" or c.lower_ in ("first", "last", "only") or c.ent_type_ == "ORDINAL"
               for c in cur.children if c.dep_ in ("amod", "advmod", "nummod", "det")):
            return True
        if cur == clause or cur.head == cur:
            break
        cur = cur.head
    return False


# --------------------------------------------------------------------------------------------
# The extractor


def _victims_for(cand: _Candidate, previous: list[_Candidate]) -> str:
    """Victims for a bare figure: the shared noun of a coordinated count, else ``people``."""
    if cand.victims:
        return cand.victims
    if cand.inherit and previous:
        prev = previous[-1]
        single = prev.qty.count == 1 and prev.qty.head >= prev.qty.end
        # "a man was killed and five more were wounded": one man says nothing of the five
        if prev.victims and not single and (cand.anchor.dep_ == "conj" or cand.trigger.dep_ == "conj"
                             or cand.anchor.head == prev.trigger
                             or cand.trigger.head == prev.trigger
                             or (cand.sub and prev.victims)):
            if cand.noun is None or _lemma(cand.noun) not in ("other", "others"):
                return prev.victims
    return "people"


def extract_casualties(doc: Doc) -> list[Casualty]:
    """Return the casualty counts in ``doc``, sub-counts pointing at their containing count."""
    lex = load_lexicon()
    if not doc.has_annotation("DEP"):
        return []  # the rules read the dependency parse; a pipeline without a parser gets none
    try:
        return _extract(doc, lex)
    finally:
        doc.user_data.pop(_TEXT_KEY, None)


def _extract(doc: Doc, lex: CasualtyLexicon) -> list[Casualty]:
    """The sentence loop of :func:`extract_casualties`."""
    links = _DocLinks(doc)
    out: list[Casualty] = []
    recent: list[Span] = []
    # Every sentence is read and each record checked against the skipped lines: the parser
    # sometimes glues a "READ MORE: ..." line to the paragraph after it, which must not be lost.
    for sent in doc.sents:
        recent = [*recent[-3:], sent]
        stop_list: list[int] = []
        cands = _sentence_candidates(sent, lex, stop_list)
        mains: list[_Candidate] = []
        stops = tuple(stop_list)
        for cand in cands:
            parent: _Candidate | None = None
            if cand.sub:
                # a sub-count's whole is named in the same sentence
                parent = mains[-1] if mains else None
                if parent is None:
                    if not cand.outcome:
                        continue
                    cand.sub = False
                elif cand.outcome and cand.outcome != parent.outcome:
                    parent = None
                    cand.sub = False
                if parent is not None and not cand.outcome:
                    cand.outcome = parent.outcome
            if not cand.outcome:
                continue
            cand.victims = _victims_for(cand, mains)
            if cand.outcome == "displaced" and _lemma(cand.trigger) == "flee" and (
                    cand.victims in lex.armed or _lemma(
                        _has_child(cand.trigger, "dobj") or cand.trigger) in ESCAPE_OBJECTS):
                continue  # "three suspects fled", "two men fled the scene": no displacement
            lo, hi = _evidence(cand, stops)
            start, end = doc[lo].idx, doc[hi].idx + len(doc[hi])
            end = _cut_glued(_text(doc), start, end, cand)
            if in_skipped(doc, start, end):
                continue
            record = Casualty(
                outcome=cand.outcome,
                count=cand.qty.count,
                low=cand.qty.low,
                high=cand.qty.high,
                qualifier=cand.qty.qualifier,
                victims=cand.victims,
                text=_text(doc)[start:end],
                start=start,
                end=end,
            )
            if parent is not None and parent.record is not None:
                record.part_of = out.index(parent.record)
                for name in ("place", "date", "cause", "perpetrator", "attributed_to",
                             "cumulative"):
                    setattr(record, name, getattr(parent.record, name))
            else:
                _link(cand, record, links, sent, lex)
                mains.append(cand)
            cand.record = record
            out.append(record)
        _breakdowns(mains, out)
        _place_running_tolls(mains, out, recent, links, lex)
    return out


def _link(cand: _Candidate, record: Casualty, links: _DocLinks, sent: Span,
          lex: CasualtyLexicon) -> None:
    """Fill place, date, cause, perpetrator, attribution and cumulative of a main count."""
    scope = _scope(cand)
    anchor_char = cand.trigger.idx
    record.place = links.place_in(scope[0], scope[1], anchor_char) or _city_part(cand, links, scope)
    record.date = links.date_in(scope[0], scope[1], anchor_char, _period_bounds(cand))
    disease = _disease(cand, lex)
    record.cause = disease or _cause(cand, lex)
    # a death put down to an illness has no killer ("Cholera has killed 2,000")
    record.perpetrator = None if disease else _perpetrator(cand, links)
    record.attributed_to = _attribution(cand, links, sent, lex) or links.quote_group(
        record.start, record.end)
    record.cumulative = _cumulative(cand, lex)


GENERAL_VICTIMS = frozenset({"people", "civilians", "victims", "residents"})


def _breakdowns(mains: list[_Candidate], out: list[Casualty]) -> None:
    """``police arrested 12 people, seven women and five men``: coordinated counts that add up
    to a first, general count are its breakdown and become its sub-counts."""
    for k, first in enumerate(mains):
        rec = first.record
        if rec is None or rec.count is None or rec.victims not in GENERAL_VICTIMS:
            continue
        parts = [c for c in mains[k + 1:] if c.record is not None
                 and _listed_with(c.anchor, first.anchor) and c.record.outcome == rec.outcome]
        counts = [c.record.count for c in parts]
        if len(parts) >= 2 and None not in counts and sum(counts) == rec.count:
            index = next(i for i, r in enumerate(out) if r is rec)
            for part in parts:
                part.record.part_of = index


WAR_NOUNS = frozenset({"war", "conflict", "uprising", "revolution", "insurgency", "invasion",
                       "crisis", "intifada"})


def _war_place(sents: list[Span], links: _DocLinks) -> str | None:
    """The place whose war a running toll counts: ``Syria's civil war``, ``the war in Yemen``,
    looked for in the toll's sentence and the three before it (nearest first)."""
    for sent in reversed(sents):
        for tok in reversed(list(sent)):
            if _lemma(tok) not in WAR_NOUNS:
                continue
            for child in tok.children:
                target = child
                if child.dep_ == "prep" and child.lower_ in ("in", "of", "across"):
                    target = next((g for g in child.children if g.dep_ == "pobj"), None)
                elif child.dep_ not in ("poss", "compound", "nmod", "amod"):
                    continue
                if target is None:
                    continue
                name = links.place_in(target.left_edge.idx, target.idx + len(target), target.idx)
                if name:
                    return name
    return None


def _place_running_tolls(mains: list[_Candidate], out: list[Casualty], sents: list[Span],
                         links: _DocLinks, lex: CasualtyLexicon) -> None:
    """A running toll of a war (``400,000 people have been killed since violence began``) takes
    the war's place when its own clause names none; so do the other counts of its sentence."""
    records = [c.record for c in mains if c.record is not None]
    if not any(r.cumulative and r.place is None for r in records):
        return
    place = _war_place(sents, links)
    if place is None:
        return
    for index, record in enumerate(out):
        owner = record if record.part_of is None else out[record.part_of]
        if record.place is None and any(owner is r or record is r for r in records):
            out[index].place = place


class CasualtyExtractor:
    """Pipeline component: stores :func:`extract_casualties` results on ``doc._.casualties``."""

    def __init__(self) -> None:
        load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        doc._.casualties = run_extractor(doc, "casualties", extract_casualties)
        return doc


@Language.factory(
    "conflict_casualties",
    assigns=["doc._.casualties"],
    requires=[],
)
def make_casualty_extractor(nlp: Language, name: str) -> CasualtyExtractor:
    """Factory for the ``conflict_casualties`` component."""
    return CasualtyExtractor()
