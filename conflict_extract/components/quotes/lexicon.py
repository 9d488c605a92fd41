"""The quote rules' word lists (``data/quotes/*.json``): reporting verbs, titles, outlet words,
speaker nouns, pronouns and first names with a conventional gender."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy
from spacy.tokens import Token

from conflict_extract.lexicon import load_json
from conflict_extract.lexicon.countries import country_table
from conflict_extract.nlp.hashes import sorted_hashes


@dataclass(frozen=True)
class QuoteLexicon:
    """The word lists the quote rules read, from ``data/quotes/*.json``."""

    speech: frozenset[str]
    evaluative: frozenset[str]
    titles: frozenset[str]
    generic_audiences: frozenset[str]
    outlet_suffixes: tuple[tuple[str, ...], ...]
    document_heads: frozenset[str]
    crosslink_re: re.Pattern[str]
    abbreviation_re: re.Pattern[str]
    """A title abbreviated with a full stop (``Rep.``, ``Gen.``, ``Dr.``): no sentence end."""
    pronouns: dict[str, str]
    org_nouns: frozenset[str]
    nominal_preps: frozenset[str]
    gender_words: dict[str, str]
    first_names: dict[str, str]
    reporting: frozenset[str] = frozenset()
    """Every verb lemma that attributes quoted words (speech and evaluative verbs)."""
    speaker_nouns: frozenset[str] = frozenset()
    """Common nouns that can name a speaker: person descriptions, organisations, documents."""
    speaker_suffixes: tuple[str, ...] = ()
    """Endings of person nouns (``activist``, ``spokeswoman``, ``politician``)."""
    indefinite_speakers: frozenset[str] = frozenset()
    """Quantifiers and indefinite pronouns that describe who speaks (``some``, ``others``)."""
    share_speakers: frozenset[str] = frozenset()
    """Nouns for a share of people polled or counted (``63 percent said``, ``a majority``)."""
    quantity_heads: frozenset[str] = frozenset()
    """Nouns of an amount whose ``of`` phrase says who speaks (``a number of lawmakers``)."""
    statement_nouns: frozenset[str] = frozenset()
    """Nouns whose that-clause is a statement of their possessor (``Trump's claim that ...``)."""
    intention_nouns: frozenset[str] = frozenset()
    """Nouns whose infinitive is a statement of their possessor (``the army's decision to ...``)."""
    shared_view_nouns: frozenset[str] = frozenset()
    """Nouns of a view many hold whose that-clause is a statement without an owner (``growing
    fears that ...``, ``a consensus that ...``)."""
    topic_nouns: frozenset[str] = frozenset()
    """Nouns of comment or judgement whose prepositional object is what their possessor's
    statement is about (``the minister's remarks on ...``, ``her criticism of ...``)."""
    topic_preps: frozenset[str] = frozenset()
    """Prepositions that carry what a topic noun is about."""
    rated_passives: frozenset[str] = frozenset()
    """Verbs of rating whose passive without an agent reports a judgement by nobody named,
    with what the subject is taken for (``is considered a threat``, ``is seen as``)."""
    drawing_verbs: frozenset[str] = frozenset()
    """Verbs whose subject draws criticism from nobody named (``faced questions about``)."""
    criticism_nouns: frozenset[str] = frozenset()
    """Nouns of criticism a subject draws (``questions``, ``ridicule``, ``scrutiny``)."""
    evident_adjectives: frozenset[str] = frozenset()
    """Adjectives of evidence whose ``it is ... that`` clause is a judgement by nobody named."""
    seeming_verbs: frozenset[str] = frozenset()
    """Verbs that judge how things seem, by nobody named (``the truce seems to hold``)."""
    count_nouns: frozenset[str] = frozenset()
    """Nouns of a count whose ``by`` phrase attributes a sentence (``by the UN's count``,
    ``by one estimate``)."""
    reply_objects: frozenset[str] = frozenset()
    """Nouns of something said or asked that a reply answers (``responded to requests for
    comment``), not a deed (``police responded to the attack``)."""
    attempt_verbs: frozenset[str] = frozenset()
    """Verbs of an attempt, whose infinitive in a relative clause is no statement (``the team
    that was trying to repair the bridge``)."""
    naming_verbs: frozenset[str] = frozenset()
    """Verbs whose agentless passive complement is a condition of speaking unnamed (``declined
    to be identified``)."""
    identity_nouns: frozenset[str] = frozenset()
    """Nouns of who a source is, whose giving or use is such a condition (``refused to give his
    name``)."""
    aside_verbs: frozenset[str] = frozenset()
    """Verbs that report speech only in an aside with ``it`` (``as the envoy put it, ...``)."""
    judged_passives: frozenset[str] = frozenset()
    """Verbs of judging whose passive without an agent reports a judgement by nobody named
    (``was accused of``, ``has been blamed for``)."""
    saying: frozenset[str] = frozenset()
    """Verbs of the ``say`` kind: whatever their subject names speaks (``one slide says``,
    ``developers say``), so it needs no speaker noun."""
    stance_adjectives: frozenset[str] = frozenset()
    """Predicate adjectives that state their subject's stance (``critical of``, ``afraid that``)."""
    stance_nouns: frozenset[str] = frozenset()
    """Predicate nouns that state their subject's stance (``a supporter of``)."""
    stance_preps: frozenset[str] = frozenset()
    """Prepositions that carry what a stance predicate is about."""
    addressee_verbs: frozenset[str] = frozenset()
    """Speech verbs whose direct object is the person addressed (``told me``), not the words."""
    statement_content: dict[str, frozenset[str]] = field(default_factory=dict)
    """For each verb lemma that attributes a reported statement, the complements that carry the
    statement (``clause``, ``infinitive``, ``object``, ``topic``), from its kinds."""
    authoring_verbs: frozenset[str] = frozenset()
    """Verbs whose subject authors the document they take as object (``issued a statement``)."""
    seats_of_power: frozenset[str] = frozenset()
    """Lower-cased buildings that stand for a government (``white house``, ``kremlin``), from the
    country table: a speaker named by one is the office as written, not the state."""
    force_verbs: frozenset[str] = frozenset()
    """Statement verbs that also name a use of force (``attacked a checkpoint``): their object is
    a statement only between people or about a thing said."""
    armed_titles: frozenset[str] = frozenset()
    """Titles of people who use force (``commander``, ``police``): such a subject of a force verb
    is not taken for a critic."""


@lru_cache(maxsize=1)
def load_lexicon() -> QuoteLexicon:
    """Load (once) the reporting verbs, titles and outlet words used by the quote rules."""
    verbs = load_json("quotes/verbs.json")
    words = load_json("quotes/titles.json")
    names = load_json("quotes/first_names.json")
    table = country_table()
    labels = sorted(words["crosslink_labels"], key=len, reverse=True)
    crosslink = re.compile(
        r"^\s*(?:" + "|".join(re.escape(label) for label in labels) + r")\s*:", re.IGNORECASE
    )
    return QuoteLexicon(
        reporting=frozenset(verbs["speech"]) | frozenset(verbs["evaluative"]),
        speech=frozenset(verbs["speech"]),
        evaluative=frozenset(verbs["evaluative"]),
        titles=frozenset(words["titles"]),
        generic_audiences=frozenset(words["generic_audiences"]),
        outlet_suffixes=tuple(
            tuple(s.split()) for s in sorted(words["outlet_suffixes"], key=len, reverse=True)
        ),
        document_heads=frozenset(words["document_heads"]),
        crosslink_re=crosslink,
        abbreviation_re=re.compile(
            r"\b(?:" + "|".join(sorted(words["title_abbreviations"], key=len, reverse=True))
            + r")\.", re.IGNORECASE
        ),
        pronouns=dict(words["pronouns"]),
        org_nouns=frozenset(words["org_nouns"]),
        nominal_preps=frozenset(words["nominal_preps"]),
        gender_words={
            **{w: "f" for w in words["female_words"]}, **{w: "m" for w in words["male_words"]}
        },
        first_names={
            **{w: "f" for w in names["female"]}, **{w: "m" for w in names["male"]}
        },
        speaker_nouns=frozenset(words["speaker_nouns"]) | frozenset(words["titles"])
        | frozenset(words["org_nouns"]) | frozenset(words["document_heads"])
        | frozenset(words["female_words"]) | frozenset(words["male_words"]),
        speaker_suffixes=tuple(words["speaker_suffixes"]),
        indefinite_speakers=frozenset(words["indefinite_speakers"]),
        share_speakers=frozenset(words["share_speakers"]),
        quantity_heads=frozenset(words["quantity_heads"]),
        statement_nouns=frozenset(verbs["statement_nouns"]),
        intention_nouns=frozenset(verbs["noun_statements"]["intention_nouns"]),
        topic_nouns=frozenset(verbs["noun_statements"]["topic_nouns"]),
        shared_view_nouns=frozenset(verbs["noun_statements"]["shared_view_nouns"]),
        topic_preps=frozenset(verbs["noun_statements"]["topic_prepositions"]),
        judged_passives=frozenset(verbs["judged_passives"]["verbs"]),
        rated_passives=frozenset(verbs["judged_passives"]["rating_verbs"]),
        aside_verbs=frozenset(verbs["aside_verbs"]["verbs"]),
        naming_verbs=frozenset(verbs["anonymity_conditions"]["naming_verbs"]),
        identity_nouns=frozenset(verbs["anonymity_conditions"]["identity_nouns"]),
        attempt_verbs=frozenset(verbs["attempt_verbs"]["verbs"]),
        reply_objects=frozenset(verbs["reply_objects"]["nouns"]),
        count_nouns=frozenset(verbs["count_nouns"]["nouns"]),
        seeming_verbs=frozenset(verbs["seeming_verbs"]["verbs"]),
        evident_adjectives=frozenset(verbs["seeming_verbs"]["evident_adjectives"]),
        drawing_verbs=frozenset(verbs["drawn_criticism"]["verbs"]),
        criticism_nouns=frozenset(verbs["drawn_criticism"]["nouns"]),
        saying=frozenset(verbs["statement_kinds"]["say"]["verbs"]),
        stance_adjectives=frozenset(verbs["stance_predicates"]["adjectives"]),
        stance_nouns=frozenset(verbs["stance_predicates"]["nouns"]),
        stance_preps=frozenset(verbs["stance_predicates"]["prepositions"]),
        addressee_verbs=frozenset(verbs["addressee_objects"]["verbs"]),
        statement_content=_statement_content(verbs["statement_kinds"]),
        authoring_verbs=frozenset(verbs["authoring_verbs"]["verbs"]),
        force_verbs=frozenset(verbs["force_verbs"]["verbs"]),
        armed_titles=frozenset(verbs["force_verbs"]["armed_titles"]),
        seats_of_power=frozenset(
            seat.lower() for code in table.codes() for seat in table.seats_of_power(code)
        ),
    )


def _statement_content(kinds: dict[str, dict[str, list[str]]]) -> dict[str, frozenset[str]]:
    """Verb lemma -> the complements that carry its statement, merged over the verb's kinds."""
    content: dict[str, set[str]] = {}
    for kind in kinds.values():
        for verb in kind["verbs"]:
            content.setdefault(verb, set()).update(kind["content"])
    return {verb: frozenset(forms) for verb, forms in content.items()}


@lru_cache(maxsize=1)
def speech_hashes() -> numpy.ndarray:
    """String-store hashes of the speech and statement verbs, stance predicates and ``according``,
    sorted for :func:`~conflict_extract.nlp.hashes.member_mask`."""
    lexicon = load_lexicon()
    verbs = set(lexicon.speech) | set(lexicon.statement_content)
    # Forms of verbs in a silent e, which the lemmatizer may cut wrongly (see verb_lemma).
    past = {form for verb in verbs if verb.endswith("e")
            for form in (verb + "d", verb + "s", verb[:-1] + "ing")}
    stances = lexicon.stance_adjectives | lexicon.stance_nouns | lexicon.evident_adjectives
    nouns = (lexicon.statement_nouns | lexicon.intention_nouns | lexicon.topic_nouns
             | lexicon.shared_view_nouns)
    nouns |= lexicon.count_nouns
    verbs |= lexicon.aside_verbs | lexicon.seeming_verbs | lexicon.drawing_verbs
    return sorted_hashes(verbs | past | nouns | stances | {"according"})


def verb_lemma(token: Token) -> str:
    """The lemma of a verb token, mended where the lemmatizer cut a silent ``e`` with the
    ending into another word (``rated`` -> ``rat``, ``hopes``, ``hoping`` -> ``hop``): the
    lemma with its ``e`` back when that is a reporting or statement verb."""
    lemma = token.lemma_.lower()
    word = token.lower_
    if lemma in _verb_words():
        return lemma
    if word.endswith("ed") and word[:-1] in _verb_words():
        return word[:-1]
    if token.tag_.startswith("VB") and word.startswith(lemma) and lemma + "e" in _verb_words():
        return lemma + "e"
    return lemma


@lru_cache(maxsize=1)
def _verb_words() -> frozenset[str]:
    """Every reporting and statement verb lemma."""
    lexicon = load_lexicon()
    return lexicon.reporting | frozenset(lexicon.statement_content)


def is_speaker_noun(token: Token) -> bool:
    """True if common noun ``token`` can name who speaks: a person description (``official``,
    ``witness``, ``spokesman``), an organisation (``ministry``, ``army``) or a document
    (``statement``, ``report``); not ``number``, ``mortality``, ``boat`` or ``papers``."""
    return is_speaker_lemma(token.lemma_.lower(), token.lower_)


@lru_cache(maxsize=4096)
def is_speaker_lemma(lemma: str, word: str = "") -> bool:
    """:func:`is_speaker_noun` on a lemma (and its surface form)."""
    lexicon = load_lexicon()
    for key in (lemma, word):
        if not key:
            continue
        if key in lexicon.speaker_nouns:
            return True
        if any(key.endswith(suffix) and len(key) > len(suffix) + 2
               for suffix in lexicon.speaker_suffixes):
            return True
    return False
