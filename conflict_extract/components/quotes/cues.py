"""Reporting cues in the parse: reporting verbs, who is their subject (borrowed from a governing
verb when they have none), passives, ``according to X``, and the head of a name or noun phrase."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from conflict_extract.components.quotes.docindex import DocIndex
from conflict_extract.components.quotes.lexicon import QuoteLexicon, is_speaker_noun, verb_lemma
from conflict_extract.components.quotes.marks import QuoteMarks

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep", "dep", "npadvmod", "parataxis"})
"""Dependencies through which a subject-less reporting verb borrows its governor's subject
(``X told journalists, adding that ...``)."""

RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
SPEAKING_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
"""Entity labels of a name that can speak (people, organisations, peoples, states)."""


@dataclass
class Attribution:
    """What the rules found for one statement before speakers are resolved."""

    start: int
    end: int
    kind: str
    verb: Token | None = None
    subject: Token | None = None
    cue: str | None = None
    outlet: str | None = None
    marks: QuoteMarks | None = None
    named: tuple[int, int] | None = None
    """A speaker's name written by layout (``PENCE:``, ``― Steve Quinlan``), when no parse gives one."""


def is_reporting(token: Token, lexicon: QuoteLexicon, speech_only: bool = False) -> bool:
    """True for a verb token whose lemma is a reporting verb, or a verb that reports only in
    an aside ``as X put it``."""
    lemma = verb_lemma(token)
    if lemma in lexicon.aside_verbs:
        return is_aside(token)
    return lemma in (lexicon.speech if speech_only else lexicon.reporting) and is_verb_use(token)


def is_aside(verb: Token) -> bool:
    """True for a verb in an aside ``as X put it``: opened by ``as``, with ``it`` as its object."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children
    )


def is_verb_use(token: Token) -> bool:
    """True for a token used as a verb, not as part of an adjective or noun phrase."""
    if token.tag_ == "NNS" and any(c.dep_ == "ccomp" for c in token.children) and (
        any(c.dep_ == "nsubj" for c in token.children) or token.dep_ == "ROOT"
    ):
        # "Trump claims that ...", "..., the former doctor maintains.": the tagger took the
        # verb for a plural noun, the parser did not.
        return True
    if not (token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")):
        return False
    if token.i and token.doc[token.i - 1].text == "-":
        return False  # "so-called", "self-described": part of a compound adjective
    if token.dep_ in ("amod", "compound") and token.head.pos_ in ("NOUN", "PROPN") and not (
        token.is_sent_start and token.tag_ == "VBD" and token.head.pos_ == "PROPN"
    ):  # "Said Ellis:", "Added Smith:" open an inverted attribution
        return False  # "charging papers", "the stated aim": a modifier, not a saying
    if token.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in token.children):
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if following is not None and following.dep_ == "nsubj" and (
            following.tag_ in ("NN", "NNS") and following.head.head.i == token.i
        ):
            return False  # "that charging papers pointed out": a gerund read as an adjective
    return True


def subject_of(verb: Token, index: DocIndex) -> tuple[Token | None, Token]:
    """The subject of reporting ``verb``, borrowed from its governor when it has none of its own.

    A subject-less participle (``adding that ...``, ``describing the plan as ...``) speaks for the
    nearest reporting verb above it with a subject, else the nearest verb with one; a participle
    modifying a name (``Yasser al-Youssef ... describing``) speaks for that name. Returns
    ``(subject, verb_with_the_subject)``.
    """

    def own_subject(token: Token) -> Token | None:
        subjects = [
            c for c in token.children if c.dep_ in SUBJECT_DEPS and not index.in_quote(c.idx)
        ]
        if not subjects:
            return None
        if subjects[0].lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
            if subjects[0].lower_ in ("who", "whom") and not may_be_person(token.head, index):
                # "Yuhua Bai, owner of Hunam Palace, in Junction City, who testified": the
                # parse hung "who" on a place; the person named before it speaks.
                return person_before(token.head, subjects[0], index)
            return token.head
        # A mis-parsed title + name ("commander Yasser al-Youssef") gives several subjects.
        if len(subjects) == 1:
            return subjects[0]
        named = [c for c in subjects if c.ent_type_ == "PERSON"]
        if named:
            return named[-1]
        before = [c for c in subjects if c.i < token.i]
        return before[-1] if before else subjects[0]

    subject = own_subject(verb)
    if subject is not None:
        return subject, verb
    controller = _object_for_gerund(verb, index)
    if controller is not None:
        return controller, verb
    named = _person_just_before(verb, index)
    if named is not None:
        return named, verb
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # "her two children came home and said": coordinated verbs share their subject; the
        # verb the "and" hangs on is the coordinate when the parse attached the conjunct higher.
        partner = verb.head
        before = verb.doc[verb.i - 1] if verb.i else None
        if before is not None and before.dep_ == "cc" and before.head.i != partner.i and (
            before.head.pos_ == "VERB" and before.head.i < verb.i
        ):
            partner = before.head
        subject = own_subject(partner)
        if subject is not None and subject.dep_ == "nsubj":
            return subject, partner
        subject = own_subject(verb.head)
        if subject is not None and subject.dep_ == "nsubj":
            return subject, verb.head
    if verb.dep_ == "acl":
        named = _acl_subject(verb, index)
        if named is not None:
            return named, verb
    ancestors = [a for _, a in zip(range(6), verb.ancestors, strict=False)]
    for ancestor in ancestors:
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.lemma_.lower() in index.reporting:
            subject = own_subject(ancestor)
            if subject is not None:
                return subject, ancestor
    if verb.dep_ in CLIMB_DEPS or verb.dep_ == "acl":
        for ancestor in ancestors:
            if ancestor.pos_ in ("VERB", "AUX"):
                subject = own_subject(ancestor)
                if subject is not None:
                    return subject, ancestor
    return None, verb


def _acl_subject(verb: Token, index: DocIndex) -> Token | None:
    """Who speaks through a participle modifying a noun: the issuer of a document (``the
    council issued a statement calling``), a name (``Yasser al-Youssef ... describing``) or a
    speaker noun (``a source saying``)."""
    head = first_head = verb.head
    author = _author_of(first_head, index)
    if author is not None and not index.in_quote(author.idx):
        return author  # "the council issued a statement calling ...": the council
    while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in (
        "NOUN", "PROPN"
    ):
        head = head.head.head
    if head.pos_ == "PROPN" or index.ent_of.get(head.i) is not None and (
        index.ent_of[head.i].label_ in ("PERSON", "ORG", "NORP", "GPE")
    ):
        return head
    for noun in (first_head, head):
        if noun.pos_ == "NOUN" and is_speaker_noun(noun):
            return noun  # "newspaper reports stating that ...", "a source saying"
    return None


def _object_for_gerund(verb: Token, index: DocIndex) -> Token | None:
    """Who a gerund after ``for``/``of`` is said of: the object of the verb the preposition
    hangs on (``criticised the general for saying``, ``accused the rebels of claiming``,
    ``gave credit to reporters for speaking out``), not that verb's subject."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.lower_ not in ("for", "of") or (
        prep.head.pos_ not in ("VERB", "AUX")
    ):
        return None
    objects = [c for c in prep.head.children if c.dep_ == "dobj"]
    objects += [g for c in prep.head.children if c.dep_ == "dative" for g in c.children
                if g.dep_ == "pobj"]
    for obj in objects:
        if index.in_quote(obj.idx) or obj.i > verb.i:
            continue
        if obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ in SPEAKING_ENTITIES or (
            is_speaker_noun(obj)
        ):
            return obj
    return None


def _author_of(document: Token, index: DocIndex) -> Token | None:
    """The subject of the verb that issues ``document`` (``the council issued a statement``,
    ``the campaign released an ad``), for a document noun that is such a verb's object."""
    if document.dep_ != "dobj" or document.lemma_.lower() not in index.lexicon.document_heads:
        return None
    issuer = document.head
    if verb_lemma(issuer) not in index.lexicon.authoring_verbs:
        return None
    # The nearest before the verb: a parse may hang a heading's word on it too.
    subjects = [c for c in issuer.children if c.dep_ == "nsubj" and c.i < issuer.i]
    return subjects[-1] if subjects else None


def _person_just_before(verb: Token, index: DocIndex) -> Token | None:
    """The person or body named right before a participle of saying (``footage of Hillary
    Clinton asking``, ``a video of Hamas saying``), whatever the parse hung it on (a name may be
    tagged an organisation)."""
    if verb.tag_ != "VBG" or not verb.i:
        return None
    ent = index.ent_of.get(verb.i - 1)
    if ent is None or ent.label_ not in SPEAKING_ENTITIES or ent.end != verb.i:
        return None
    return ent.root


def may_be_person(token: Token, index: DocIndex) -> bool:
    """False for a place, date or other non-human entity a relative ``who`` cannot refer to."""
    ent = index.ent_of.get(token.i)
    if ent is not None:
        return ent.label_ in ("PERSON", "NORP", "ORG")
    return token.pos_ in ("PROPN", "PRON") or is_speaker_noun(token)


def person_before(head: Token, pronoun: Token, index: DocIndex) -> Token | None:
    """The nearest person entity before relative ``pronoun`` in its sentence."""
    sent_start = pronoun.sent.start
    for i in range(pronoun.i - 1, max(sent_start, pronoun.i - 30) - 1, -1):
        ent = index.ent_of.get(i)
        if ent is not None and ent.label_ == "PERSON":
            return ent.root
    return None


def common_noun_phrase(token: Token) -> bool:
    """True if ``token`` heads an ordinary noun phrase rather than a name: it takes an
    adjective, number, possessive or a determiner other than ``the`` (``the coprefa`` may be
    a lower-cased name), or has an abstract ending."""
    if any(c.dep_ in ("poss", "amod", "nummod") or c.dep_ == "det" and c.lower_ != "the"
           for c in token.children):
        return True
    return token.lower_.endswith(("tion", "sion", "ity", "ment", "ness", "ance", "ence", "ism"))


def phrase_root(tokens: list[Token]) -> Token | None:
    """The syntactic head of a run of tokens (a name or noun phrase)."""
    words = [t for t in tokens if not t.is_punct and t.pos_ not in ("ADV", "AUX", "PART")]
    if not words:
        return None
    ids = {t.i for t in words}
    for token in words:
        if token.head.i not in ids or token.head is token:
            if token.pos_ in ("NOUN", "PROPN", "PRON") or token.ent_type_:
                return token
    nouns = [t for t in words if t.pos_ in ("PROPN", "NOUN", "PRON")]
    return nouns[-1] if nouns else None


def according_object(tokens: list[Token]) -> Token | None:
    """The object of ``according to`` among ``tokens``."""
    for k, token in enumerate(tokens[:-1]):
        if token.lower_ == "according" and tokens[k + 1].lower_ == "to":
            for child in tokens[k + 1].children:
                if child.dep_ == "pobj":
                    return child
            rest = tokens[k + 2 :]
            end = next((m for m, t in enumerate(rest) if t.is_punct), len(rest))
            return phrase_root(rest[:end])
    return None


def token_range(token: Token) -> tuple[int, int]:
    """Character range of one token."""
    return token.idx, token.idx + len(token)


def overlaps(token: Token, bounds: tuple[int, int]) -> bool:
    """True if ``token`` has characters inside ``bounds`` (a token may straddle a seam)."""
    return token.idx + len(token) > bounds[0] and token.idx < bounds[1]


def is_passive(verb: Token) -> bool:
    """True for a passive reporting verb (``it was announced``, ``the authenticity of which has
    been denied``, ``six soldiers are being charged``): its subject is not the speaker. ``X was
    quoted as saying`` stays active."""
    if verb.lemma_.lower() in ("quote", "cite"):
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
