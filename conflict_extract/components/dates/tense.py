"""Whether a weekday or month points forward or back, from the governing verb's tense and the
words around it."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from conflict_extract.components.dates.vocabulary import (
    FUTURE_AUX,
    REPORTING_VERBS,
    SAME_PAST_VERBS,
    SCHEDULE_WORDS,
)

_FUTURE_WORDS = frozenset({"next", "coming", "upcoming", "forthcoming"})
_PAST_WORDS = frozenset({"last", "past", "previous", "preceding", "earlier", "since", "ago"})
_INTENT_WORDS = frozenset({
    "schedule", "scheduled", "due", "plan", "planned", "expect", "expected", "set", "slate",
    "slated", "want", "hope", "intend", "aim", "promise", "vow", "threaten", "pledge", "prepare",
    "ready", "likely", "poised", "going", "agree",
})
_PROSPECT_NOUNS = frozenset({
    "agreement", "deal", "accord", "plan", "proposal", "offer", "pledge", "promise",
    "commitment", "intention", "bid", "order", "ultimatum", "deadline", "invitation",
})
"""Nouns whose infinitive tells a time still to come (``an agreement to acquire it in January``,
``an ultimatum to withdraw by Saturday``)."""
_STATIVE_VERBS = frozenset({"be", "have", "remain", "seem", "appear", "stay", "continue", "mark"})


def _governing_verb(token: Token) -> Token | None:
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _pluperfect(verb: Token) -> bool:
    """Whether ``verb`` or a verb it hangs on is in the pluperfect (``had been due to expire
    Friday``, ``had planned to vote Monday``): a plan told as past."""
    for _ in range(3):
        if any(c.lower_ == "had" and c.dep_ in ("aux", "auxpass") for c in verb.children):
            return True
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


_KEPT_PLAN = frozenset({"as", "previously", "originally", "initially"})


def _plan_kept(doc: Doc, i: int) -> bool:
    """Whether the schedule word at ``i`` tells a plan as kept or as once made (``began as
    planned Saturday``, ``as previously scheduled Friday``): the time then takes the tense of the
    clause, not the future of a schedule."""
    return any(doc[j].lower_ in _KEPT_PLAN for j in range(max(i - 2, 0), i))


def _verb_is_future(verb: Token, direct: bool = True) -> bool | None:
    """``True``/``False`` when the verb's form says future/past; ``None`` when it does not.

    ``direct``: the date modifies ``verb`` itself (``opens on Monday``), not a noun under it
    (``is angry about Monday's attack``); only then does a present tense mean a scheduled event.
    """
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_lowers = {a.lower_ for a in auxes}
    if aux_lowers & FUTURE_AUX or "would" in aux_lowers or "'d" in aux_lowers:
        return True
    if "had" in aux_lowers:
        return False
    if any(a.lower_ in ("going", "due", "set", "expected", "scheduled") for a in auxes):
        return True
    if (verb.lemma_ in SCHEDULE_WORDS or verb.lower_ in SCHEDULE_WORDS) and not (
            verb.tag_ in ("VBD", "VBN") and not auxes and verb.lower_ in SAME_PAST_VERBS) \
            and not _plan_kept(verb.doc, verb.i):
        # "is scheduled for Friday"; "planned on Friday" tells when it was planned, and "the
        # record set on Aug. 6" when it was set
        if not (verb.tag_ == "VBD" and not auxes):
            return True
    if aux_lowers & {"has", "have", "had", "was", "were", "did"} or verb.tag_ == "VBD":
        return False
    if verb.tag_ == "VBN":
        if direct and aux_lowers and aux_lowers <= {"is", "are", "'s", "'re", "be"}:
            return True  # "the case is heard in May": a present passive tells a schedule
        return False
    if verb.tag_ == "VBG":
        if direct and aux_lowers & {"is", "are", "am", "'s", "'re", "'m"}:
            return True
        if not auxes and (main := _clause_verb(verb)) is not None:
            return _verb_is_future(main, direct=False)
        return None
    if verb.tag_ in ("VBZ", "VBP"):
        if verb.tag_ == "VBP" and verb.lower_ in SAME_PAST_VERBS:
            return None  # "stocks hurt the index on Friday": as likely the past as the present
        if not direct or verb.lemma_ in REPORTING_VERBS or verb.lemma_ in _STATIVE_VERBS:
            return None
        return True
    if verb.tag_ == "VB":
        if aux_lowers & {"to"} and verb.head.i != verb.i:
            if any(c.lower_ == "had" for c in verb.head.children if c.dep_ in ("aux", "auxpass")):
                return False  # "had been scheduled to expire Friday": a plan in the past
            if verb.head.lemma_ in _INTENT_WORDS or verb.head.lower_ in _INTENT_WORDS \
                    or (verb.head.lemma_ == "be" and verb.dep_ == "xcomp") \
                    or (verb.dep_ == "acl" and verb.head.lemma_ in _PROSPECT_NOUNS):
                return True  # "due to arrive", "plans to hold", "is to resume"
            head = _governing_verb(verb.head)
            if head is not None and head.i != verb.i:
                if head.lemma_ in _INTENT_WORDS:
                    return True
                return _verb_is_future(head, direct=False)
        return None
    return None


def _clause_verb(participle: Token) -> Token | None:
    """The finite verb a bare participle's clause leans on, which gives it its tense: ``the
    army retook the town, reaching the river on Monday``, ``flights would resume, with the
    third departing from August 6``; ``None`` when it leans on none."""
    head = participle.head
    if participle.dep_ == "pcomp" and head.lower_ in ("with", "without"):
        head = head.head
    elif participle.dep_ != "advcl":
        return None
    verb = _governing_verb(head)
    return verb if verb is not None and verb.i != participle.i else None


_MODALS = frozenset({"must", "should", "would", "could", "can", "may", "might", "'d"})
_DEADLINE_WORDS = frozenset({"by", "until", "till", "through", "effective", "payable", "before",
                             "to"})


def tense_direction(span: Span, headline_end: int = 0) -> bool | None:
    """Whether a weekday or month in ``span`` refers forward (``True``) or back (``False``) from
    the publication date; ``None`` when neither the words nor the governing verb's tense say.

    Before ``headline_end`` (the title line) a present tense is the headline's past
    (``Bomb kills 12 in Kabul on Tuesday``), not a schedule. A deadline (``by Jan. 14``, ``payable
    Dec. 15``) takes no tense from its verb (``must be returned by Jan. 14``); a possessive
    (``Wednesday's ruling``) names an event already reported.
    """
    doc = span.doc
    words = {t.lower_ for t in span}
    if words & _FUTURE_WORDS:
        return True
    if words & _PAST_WORDS:
        return False
    root = span.root
    while root.dep_ in ("conj", "appos") and root.head.i < root.i:
        root = root.head
    if root.dep_ == "poss":
        return False
    first_i = min(root.i, span.start)
    before = [doc[i].lower_ for i in range(max(first_i - 3, 0), first_i)]
    if before[-1:] and before[-1] in _DEADLINE_WORDS:
        verb = _governing_verb(root)
        if verb is not None and verb.tag_ == "VBG" and not any(
                c.dep_ in ("aux", "auxpass") for c in verb.children):
            verb = _clause_verb(verb) or verb  # "will push north, reaching the river by Tuesday"
        if before[-1] in ("until", "till") and not (verb is not None and _pluperfect(verb)):
            return True  # "postponed until Tuesday": a time still to come
        auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"} if verb is not None else set()
        if auxes & (FUTURE_AUX | _MODALS) and not auxes & {"have", "has", "had"}:
            return True  # "will double its flights by August", "must leave by Jan. 14"
        return None
    if before[-3:] in (["as", "soon", "as"], ["as", "early", "as"]):
        return True
    if before[-1:] == ["for"] or set(before[-2:]) & _FUTURE_WORDS or any(
            doc[i].lower_ in SCHEDULE_WORDS and doc[i].pos_ in ("VERB", "ADJ", "AUX")
            and doc[i].lower_ not in SAME_PAST_VERBS and not _plan_kept(doc, i)
            for i in range(max(first_i - 2, 0), first_i)):
        # "scheduled Friday", "due Monday"; not the noun in "announced the plan", nor "set",
        # which is as often a record set that day ("set for Friday" is read above)
        return True
    # "said on Monday it will ...": the parser often hangs the date on the reported verb
    reporting = first_i - (2 if before[-1:] == ["on"] else 1)
    if reporting >= 0 and doc[reporting].tag_ == "VBD":
        return False
    verb = _governing_verb(root)
    if verb is None:
        return None
    head = root.head
    direct = head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i)
    if span.start_char < headline_end:
        direct = False
    if _pluperfect(verb):
        return False
    if _planned_event(verb, span.start):
        return True
    return _verb_is_future(verb, direct=direct)


_PLAN_LEMMAS = frozenset({"plan", "schedule"})


def _planned_event(verb: Token, date_start: int) -> bool:
    """Whether ``verb`` is a past plan whose object stands between it and the date (``planned
    a rally on Saturday``): the date is the planned event's, still to come; without an object
    (``planned on Friday``) it tells when the plan was made."""
    return verb.lemma_ in _PLAN_LEMMAS and verb.tag_ == "VBD" and not _plan_kept(verb.doc, verb.i) \
        and any(c.dep_ == "dobj" and verb.i < c.i < date_start for c in verb.children)


def is_someday(span: Span) -> bool:
    """Whether ``span`` (``one day``) stands between a modal or future auxiliary, or an
    infinitive's ``to``, and its verb: ``will one day be``, ``could one day return``, ``to one
    day lead``: some time to come, not a length of a day."""
    doc = span.doc
    if span.start == 0 or span.end >= len(doc):
        return False
    before, after = doc[span.start - 1], doc[span.end]
    return before.lower_ in FUTURE_AUX | _MODALS | {"to"} and after.tag_ == "VB"
