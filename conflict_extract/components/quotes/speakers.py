"""Speakers from the parse: the subject token of a reporting verb (or the object of ``according
to``) resolved to a named person, an organisation (under its group name), a document or a
described person; pronouns go to :mod:`pronouns`. Short names take the article's full name, titles
are stripped, and a bare ``the official`` goes back to the official described earlier."""

from __future__ import annotations

from spacy.tokens import Span, Token

from conflict_extract.components.quotes.cues import SUBJECT_DEPS, common_noun_phrase, token_range
from conflict_extract.components.quotes.docindex import DocIndex
from conflict_extract.components.quotes.headings import GLUED_LEAD_RE
from conflict_extract.components.quotes.history import Speaker, SpeakerHistory
from conflict_extract.components.quotes.lexicon import is_speaker_noun
from conflict_extract.components.quotes.names import (
    canonical_person,
    clean_person,
    describe,
    gender_hint,
    name_part_key,
    org_in,
    person,
    propn_name,
    strip_determiner,
)
from conflict_extract.components.quotes.pronouns import pronoun


def new_history(index: DocIndex) -> SpeakerHistory:
    """The speaker history at the start of the article: its person entities outside quotes,
    full names, and gender hints from titles and role words (``Ms``, ``spokeswoman``)."""
    history = SpeakerHistory()
    for ent in index.doc.ents:
        if not _names_person(index, ent) or index.in_quote(ent.start_char):
            continue
        name = clean_person(index, ent)
        if not name:
            continue
        hint = gender_hint(index, ent)
        if hint:
            history.gender.setdefault(canonical_person(index, history, name, ent.start_char), hint)
        keys = tuple(name_part_key(w) for w in name.split())
        if len(keys) >= 2:
            history.full_names.append((ent.start_char, keys, name))
        history.person_mentions.append((ent.start_char, ent))
        if ent.root.dep_ in SUBJECT_DEPS:
            history.person_subjects.append((ent.start_char, ent))
    return history


def _names_person(index: DocIndex, ent: Span) -> bool:
    """True for a person entity, or a short proper name right after a person's title or role
    (``police spokesman Olumuyiwa Adejobi`` tagged as an organisation)."""
    if ent.label_ == "PERSON":
        return True
    before = index.doc[ent.start - 1] if ent.start else None
    return (ent.label_ in ("ORG", "GPE", "NORP") and len(ent) <= 3 and before is not None
            and all(t.pos_ == "PROPN" for t in ent) and index.group(ent.start_char, ent.end_char) is None
            and before.lower_.rstrip(".") in index.lexicon.titles)


def from_subject(index: DocIndex, history: SpeakerHistory, subject: Token,
                 saying: bool = False) -> Speaker | None:
    """The speaker named by the subject token of a reporting verb; with ``saying`` (a verb of
    the ``say`` kind) any common noun is one (``one slide says``, ``developers say``)."""
    speaker = _from_subject(index, history, subject, saying)
    if speaker is not None and speaker.kind == "person" and speaker.name not in history.gender:
        for child in subject.children:
            hint = index.lexicon.gender_words.get(child.lemma_.lower())
            if child.dep_ == "appos" and hint:
                history.gender[speaker.name] = hint
    return speaker


def _from_subject(index: DocIndex, history: SpeakerHistory, subject: Token,
                  saying: bool = False) -> Speaker | None:
    """:func:`from_subject` before the gender bookkeeping."""
    if subject.lower_ in index.lexicon.pronouns:
        return pronoun(index, history, subject)
    # A pronoun keeps its modifier ("those close to him"); a determiner or number with one
    # heads a noun phrase of its own.
    if subject.lower_ in index.lexicon.indefinite_speakers and (subject.pos_ == "PRON" or not any(
        c.dep_ in ("compound", "amod") for c in subject.children
    )) and subject.pos_ in ("PRON", "DET", "NUM", "ADJ"):
        return _indefinite_speaker(index, subject)
    if subject.lemma_.lower() in index.lexicon.share_speakers and subject.pos_ == "NOUN":
        return _indefinite_speaker(index, subject)  # "63 percent said", "a majority believe"
    if subject.pos_ == "PRON":
        return None  # "you", "which": no one the article names
    full = _subject_span(subject)
    subject = _past_title(index, subject)
    if subject.pos_ == "NOUN" and subject.ent_type_ != "PERSON" or _dateline(index, subject):
        named = _appositive_person(index, subject)
        if named is not None:
            subject = named
    ent = index.ent_of.get(subject.i)
    if ent is None and subject.pos_ == "NOUN":
        # A person in apposition is the speaker ("the mayor, Vadym Boychenko"); one before the
        # noun says whose it is ("the Clinton campaign", "Trump aides").
        ent = next(
            (index.ent_of[c.i] for c in subject.children
             if (c.dep_ == "appos" or c.dep_ == "compound" and not _owner_before(index, c, subject))
             and c.i in index.ent_of and index.ent_of[c.i].label_ == "PERSON"),
            None,
        )
    speaker = _named_speaker(index, history, subject, ent, full)
    if speaker is not None:
        return speaker
    return _described_speaker(index, history, subject, full, saying)


def _owner_before(index: DocIndex, part: Token, noun: Token) -> bool:
    """True if a person's name right before a speaker noun says whose the noun is (``Clinton
    campaign``, ``McConnell aides``, ``Trump spokesman``) rather than naming the speaker: the
    name ends where the noun begins, and the noun is an organisation or people."""
    ent = index.ent_of.get(part.i)
    return ent is not None and ent.end == noun.i and (
        noun.lemma_.lower() in index.lexicon.org_nouns or noun.tag_ == "NNS"
        or noun.lower_.endswith(("man", "woman", "person"))
    )


def _indefinite_speaker(index: DocIndex, subject: Token) -> Speaker | None:
    """People described by a quantifier (``some``, ``others``, ``those close to him``, ``not
    everyone``): the phrase as written, without a relative clause."""
    line = index.bounds(subject.idx)
    clauses = [c for c in subject.children if c.dep_ == "relcl"]
    skipped = {t.i for c in clauses for t in c.subtree}
    words = [t for t in subject.subtree if t.i not in skipped and line[0] <= t.idx < line[1]]
    while words and words[-1].is_punct:
        words = words[:-1]
    if not words:
        return None
    name = index.text[words[0].idx : words[-1].idx + len(words[-1])]
    return Speaker(name, "humans", None, subject.idx, subject.lower_)


def _group_near(index: DocIndex, full: tuple[int, int], subject: Token) -> str | None:
    """The group or organisation named in the subject's phrase ``full``, besides the subject."""
    return index.group(*full, exclude=token_range(subject)) or org_in(index, full, exclude=subject)


def _noun_phrase_words(index: DocIndex, subject: Token) -> str:
    """A common-noun subject with the modifiers just before it (``Kenyan police``), as written."""
    start = subject
    for child in reversed(list(subject.lefts)):
        if child.dep_ in ("amod", "compound") and child.i == start.i - 1:
            start = child
    return index.text[start.idx : subject.idx + len(subject)]


def _named_speaker(index: DocIndex, history: SpeakerHistory, subject: Token, ent: Span | None,
                   full: tuple[int, int]) -> Speaker | None:
    """The speaker a proper-name subject (or one holding a group or entity) names, else ``None``."""
    own_group = index.group_of(subject)
    if _bare_surname(index, subject, ent, own_group):
        # "Lavrov said": a lone capitalised name the tagger took for an organisation.
        name = canonical_person(index, history, propn_name(index, subject), subject.idx)
        return Speaker(name, "person", None, subject.idx)
    if own_group is not None and (ent is None or ent.label_ != "PERSON" or len(ent) == 1):
        longer = _longer_name(index, subject, own_group)
        if longer:
            # "White House Office of the Press Secretary": the group matched only a part.
            return Speaker(longer, "org", None, subject.idx)
        if subject.pos_ == "NOUN":
            # "police said": the speaker is who the text names; the canonical actor (``Police
            # Forces of Kenya``) is the group it speaks for.
            return Speaker(_noun_phrase_words(index, subject), "org", own_group, subject.idx)
        name = index.speaker_name(own_group, *token_range(subject))
        return Speaker(name, "org", own_group, subject.idx)
    if ent is not None and ent.label_ == "PERSON":
        speaker = person(index, history, ent)
        speaker.group = index.group(full[0], full[1], (ent.start_char, ent.end_char))
        if speaker.group is None:
            speaker.group = org_in(index, full, exclude=ent)
        return speaker
    if subject.pos_ in ("PROPN", "NOUN") and subject.text[:1].isupper() and (
        ent is None or ent.label_ != "PERSON"
    ):
        short = propn_name(index, subject)
        name = canonical_person(index, history, short, subject.idx)
        if name != short:
            return Speaker(name, "person", _group_near(index, full, subject), subject.idx)
    group, named_at = own_group, token_range(subject)
    if group is None and subject.lemma_.lower() in index.lexicon.document_heads:
        group, named_at = index.group(full[0], subject.idx), (full[0], subject.idx)
        if group is None:
            org = org_in(index, (full[0], subject.idx))
            if org:
                return Speaker(org, "org", org, subject.idx)
    if group is not None:
        return Speaker(index.speaker_name(group, *named_at), "org", group, subject.idx)
    if subject.pos_ == "PROPN" and _human_apposition(index, subject):
        name = canonical_person(index, history, propn_name(index, subject), subject.idx)
        return Speaker(name, "person", _group_near(index, full, subject), subject.idx)
    if ent is not None and ent.label_ == "ORG" and subject.pos_ == "PROPN":
        short = propn_name(index, subject)
        lead = ent.text[: len(ent.text) - len(short)].split()
        if " " in short and ent.text.endswith(short) and lead and (
            lead[-1].lower().rstrip(".") in index.lexicon.titles
        ):
            # "Secretary of Defense Lloyd Austin" tagged as one organisation: the name
            # after the title is a person.
            name = canonical_person(index, history, short, subject.idx)
            return Speaker(name, "person", None, subject.idx)
    if ent is not None and ent.label_ in ("ORG", "NORP", "GPE", "FAC"):
        # Named, but not a known group: no group is claimed for it.
        name = strip_determiner(ent.text)
        return Speaker(_longer_name(index, subject, name) or name, "org", None, subject.idx)
    if subject.pos_ == "PROPN":
        name = canonical_person(index, history, propn_name(index, subject), subject.idx)
        return Speaker(name, "person", _group_near(index, full, subject), subject.idx)
    return None


def _described_speaker(index: DocIndex, history: SpeakerHistory, subject: Token,
                       full: tuple[int, int], saying: bool = False) -> Speaker | None:
    """The speaker a common-noun subject describes (``the official with the Jabha Shamiya
    group``, ``the ministry``, ``witnesses``), or ``None`` for a noun that names no speaker."""
    description = strip_determiner(GLUED_LEAD_RE.sub("", describe(index, subject)))
    if not description:
        return None
    if not saying and not is_speaker_noun(subject) and not _amount_of_speakers(index, subject) and (
        not index.lowercased or common_noun_phrase(subject)
    ):
        # "number", "mortality for chikungunya", "serious repercussions"; in text without
        # capitals a bare unknown word may be a name ("vargas carreno said").
        return None
    if " " not in description and description.istitle():
        name = canonical_person(index, history, description, subject.idx)
        if name != description:
            return Speaker(name, "person", None, subject.idx)
    lemma = subject.lemma_.lower()
    if " " not in description:
        # A bare "the official" goes back to the official described earlier.
        for earlier in reversed(history.speakers):
            if earlier.head == lemma and earlier.kind != "person":
                return Speaker(earlier.name, earlier.kind, earlier.group, subject.idx, lemma)
    if lemma in index.lexicon.org_nouns or lemma in index.lexicon.document_heads or (
        not is_speaker_noun(subject) and subject.tag_ == "NN"
    ):
        kind = "org"  # "the slide says ... It also shows": a thing, referred to as "it"
    else:
        kind = "humans" if subject.tag_ in ("NNS", "NNPS") else "human"
    return Speaker(description, kind, index.group(*full) or org_in(index, full),
                   subject.idx, lemma)


def _amount_of_speakers(index: DocIndex, subject: Token) -> bool:
    """True for a noun of an amount whose ``of`` phrase names who could speak (``a number of
    lawmakers``, ``dozens of newspapers``, ``a handful of Republicans``), not of things
    (``a number of rockets``)."""
    if subject.lemma_.lower() not in index.lexicon.quantity_heads and (
        subject.lower_ not in index.lexicon.quantity_heads
    ):
        return False
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i > subject.i:
            return any(o.dep_ == "pobj" and (is_speaker_noun(o) or o.ent_type_ in (
                "PERSON", "ORG", "NORP")) for o in prep.children)
    return False


def _longer_name(index: DocIndex, subject: Token, group: str) -> str | None:
    """The subject's whole proper name (compounds and ``of`` phrases) when it holds the
    group's mention as a strict part, else ``None``."""
    if subject.pos_ != "PROPN":
        return None
    parts = [t for t in subject.subtree if t.i <= subject.i and t.dep_ == "compound"]
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            parts.extend(t for t in prep.subtree if not t.is_space)
    tokens = sorted([subject, *parts], key=lambda t: t.i)
    if any(b.i - a.i != 1 for a, b in zip(tokens, tokens[1:], strict=False)) or not all(
        t.pos_ == "PROPN" or t.lower_ in ("of", "the") for t in tokens
    ):
        return None
    name = index.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])].lstrip("\"“'‘")
    if group in name and len(name) > len(group) and not name.startswith(group):
        return name
    return None


def _bare_surname(index: DocIndex, subject: Token, ent: Span | None, group: str | None) -> bool:
    """True for a single capitalised proper noun (not an acronym, place or nationality) that
    no group of a definite type claims: read as a person's surname."""
    if subject.pos_ != "PROPN" or not subject.text.istitle() or subject.text.isupper():
        return False
    if any(c.dep_ in ("compound", "det", "amod", "poss") for c in subject.children):
        return False
    if ent is not None and (len(ent) > 1 or ent.label_ not in ("ORG", "PERSON")):
        return False
    return group is None or index.group_type.get(group, "other") == "other" and (
        group == subject.text
    )


def _past_title(index: DocIndex, subject: Token) -> Token:
    """The name after a title taken for the subject (``said Capt. John Smith``)."""
    if subject.lower_.rstrip(".") not in index.lexicon.titles or subject.ent_type_ == "PERSON":
        return subject
    following = subject.i + 1
    if following < len(index.doc) and index.doc[following].text == ".":
        following += 1
    if following >= len(index.doc):
        return subject
    ent = index.ent_of.get(following)
    if ent is not None and ent.label_ == "PERSON":
        return ent.root
    last = None
    while following < len(index.doc) and index.doc[following].pos_ == "PROPN":
        last = index.doc[following]
        following += 1
    return last if last is not None else subject


def _dateline(index: DocIndex, subject: Token) -> bool:
    """True for a place taken for the subject (``WASHINGTON -- President Obama, ..., said``):
    a place name, or a word in capitals before a dash; a person in apposition to it speaks."""
    following = index.doc[subject.i + 1] if subject.i + 1 < len(index.doc) else None
    return subject.ent_type_ in ("GPE", "LOC") or subject.is_upper and following is not None and (
        following.text in ("--", "—", "–", "-"))


def _appositive_person(index: DocIndex, subject: Token) -> Token | None:
    """The named person in apposition to a nominal subject (``A spokesman for the army,
    Lt. Col. Peter Lerner, said``; ``the mayor of Mariupol, Vadym Boychenko``)."""
    for token in subject.subtree:
        if token.dep_ == "appos" and token.ent_type_ == "PERSON":
            ent = index.ent_of.get(token.i)
            return ent.root if ent is not None else token
    return None


def _human_apposition(index: DocIndex, subject: Token) -> bool:
    """True if the name is glossed by a common noun for a person
    (``Eva, a 17-year-old student``), not for an organisation (``Hamas, a militant group``)."""
    for child in subject.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            return child.lemma_.lower() not in index.lexicon.org_nouns
    return False


def _subject_span(subject: Token) -> tuple[int, int]:
    """Character range of the subject's whole phrase (appositions included)."""
    left, right = subject.left_edge, subject.right_edge
    return left.idx, right.idx + len(right)
