"""Pronoun speakers: ``he``/``she`` to the nearest preceding compatible person (named as a speaker
or as a sentence subject, gender permitting), ``they``/``it`` to the nearest organisation or
described people."""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from conflict_extract.components.quotes.docindex import DocIndex
from conflict_extract.components.quotes.history import Speaker, SpeakerHistory
from conflict_extract.components.quotes.lexicon import is_speaker_noun
from conflict_extract.components.quotes.names import describe, gender_of, person, strip_determiner

PRONOUN_KINDS: dict[str, tuple[str, ...]] = {
    "person": ("person", "human"),
    "plural": ("org", "humans"),
    "org": ("org",),
}
"""Speaker kinds a pronoun class may refer back to (``he`` -> a named or described person)."""


def _plural_subject_before(index: DocIndex, pronoun: Token) -> Token | None:
    """The nearest plural people that are a sentence subject before ``pronoun``, within
    reach (``Many Venezuelans fear ... It is already starting, they say.``)."""
    doc = index.doc
    k = pronoun.i - 1
    while k >= 0 and pronoun.idx - doc[k].idx <= index.settings.pronoun_reach:
        token = doc[k]
        if token.dep_ == "nsubj" and token.tag_ in ("NNS", "NNPS") and (
            is_speaker_noun(token) or token.ent_type_ == "NORP"
        ) and not index.in_quote(token.idx):
            return token
        k -= 1
    return None


def _org_subject_before(index: DocIndex, pronoun: Token) -> Speaker | None:
    """The nearest organisation that is a sentence subject before ``pronoun``, in reach."""
    doc = index.doc
    k = pronoun.i - 1
    while k >= 0 and pronoun.idx - doc[k].idx <= index.settings.pronoun_reach:
        token = doc[k]
        if token.dep_ == "nsubj" and token.pos_ == "PROPN" and not index.in_quote(
            token.idx
        ):
            group = index.group_of(token)
            if group is not None:
                name = index.speaker_name(group, token.idx, token.idx + len(token))
                return Speaker(name, "org", group, token.idx)
        k -= 1
    return None


def pronoun(index: DocIndex, history: SpeakerHistory, token: Token) -> Speaker | None:
    """The nearest preceding compatible speaker for a pronoun subject.

    ``he``/``she`` take the nearest person named as a speaker or as the subject of a sentence
    whose known gender does not clash; ``they``/``it`` take the nearest organisation or
    nominal speaker.
    """
    lower = token.lower_
    wanted = index.lexicon.pronouns.get(lower, "person")
    position = token.idx
    kinds = PRONOUN_KINDS.get(wanted, ("person", "human"))
    clash = {"he": "f", "him": "f", "his": "f", "she": "m", "her": "m"}.get(lower)
    candidates: list[Speaker] = [s for s in history.speakers if s.kind in kinds]
    if "person" in kinds:
        i = bisect.bisect_left(history.person_subjects, (position,))
        candidates.extend(
            person(index, history, ent) for _, ent in history.person_subjects[max(i - 3, 0) : i]
        )
    if "humans" in kinds:
        subject = _plural_subject_before(index, token)
        if subject is not None:
            description = strip_determiner(describe(index, subject))
            if description:
                candidates.append(Speaker(description, "humans", None, subject.idx,
                                          subject.lemma_.lower()))
    if kinds == ("org",):
        # "The Provisional IRA accepted responsibility ... It claimed that ...": the
        # organisation that was a sentence subject just before.
        found = _org_subject_before(index, token)
        if found is not None:
            candidates.append(found)
    candidates.sort(key=lambda s: s.position)
    for speaker in reversed(candidates):
        if speaker.position >= position:
            continue
        if clash and gender_of(index, history, speaker.name) == clash:
            continue
        if lower in ("he", "she") and speaker.name not in history.gender:
            history.gender[speaker.name] = "m" if lower == "he" else "f"
        return Speaker(speaker.name, speaker.kind, speaker.group, speaker.position)
    if clash:
        # No speaker or subject fits: a recent mention whose gender is known to fit
        # ("Zelensky met Svetlana Tikhanovskaya. ... she said").
        wanted_gender = "m" if clash == "f" else "f"
        i = bisect.bisect_left(history.person_mentions, (position,))
        for start, ent in reversed(history.person_mentions[max(i - 4, 0) : i]):
            if position - start > index.settings.pronoun_reach:
                break
            speaker = person(index, history, ent)
            if gender_of(index, history, speaker.name) == wanted_gender:
                return speaker
    return None
