"""Speaker names: a person entity's clean name, the article's full name for a short one, a
proper-noun name with its parts, an organisation named near a person, a described speaker
(``official with the Jabha Shamiya group``), and gender hints for ``he``/``she``."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from conflict_extract.components.quotes.cues import overlaps
from conflict_extract.components.quotes.docindex import DocIndex
from conflict_extract.components.quotes.history import Speaker, SpeakerHistory

# A word glued to the front of a name by a lost line break ("BombZabiullah Mujahid"), not a
# name with an inner capital (McVeigh, MacDonald, DeShawn, LaToya, FitzGerald, AbuBakr).
GLUED_NAME_RE = re.compile(
    r"^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|Abu|Al|El|Ben|Bin|O)[A-Z])[A-Z][a-z]+(?=[A-Z][a-z]{2,})"
)
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
NOMINAL_DROP_DEPS = frozenset({"relcl", "appos", "punct", "acl", "advcl", "cc", "conj"})
"""Dependents left out of a described speaker (``a witness who declined to be named``)."""


def name_part_key(word: str) -> str:
    """A name token for matching short to full names (``al-Assad`` ~ ``Assad``)."""
    word = word.lower().strip(".,’'")
    for prefix in ("al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-"):
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            return word[len(prefix) :]
    return word


def strip_determiner(text: str) -> str:
    """``the Foreign Ministry`` -> ``Foreign Ministry``."""
    for det in ("the ", "The ", "a ", "A ", "an ", "An "):
        if text.startswith(det):
            return text[len(det) :]
    return text


def clean_person(index: DocIndex, ent: Span) -> str:
    """A person entity's name without leading titles, determiners or a possessive."""
    tokens = [t for t in ent if not t.is_space]
    while tokens and (tokens[-1].lower_ in ("’s", "'s", "’", "'") or tokens[-1].is_punct):
        tokens = tokens[:-1]
    while tokens and (
        tokens[0].lower_.rstrip(".") in index.lexicon.titles
        or tokens[0].lower_ in DETERMINERS
        or tokens[0].is_punct
        or tokens[0].is_lower
    ) and len(tokens) > 1:
        tokens = tokens[1:]
    if not tokens:
        return ""
    name = index.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
    return GLUED_NAME_RE.sub("", name)


def canonical_person(index: DocIndex, history: SpeakerHistory, name: str, position: int,
                     gender: str | None = None) -> str:
    """The article's full name for ``name`` (``Lavrov`` -> ``Sergey Lavrov``); with ``gender``
    (``m``/``f`` from ``Mr.``/``Ms.``) only a full name of that gender or of none known
    (``Mr. Obama`` is not ``Michelle Obama``)."""
    keys = tuple(name_part_key(w) for w in name.split())
    if not keys:
        return name
    best = None
    for start, full_keys, full in history.full_names:
        if gender is not None and gender_of(index, history, full) not in (None, gender):
            continue
        if len(full_keys) > len(keys) and full_keys[-len(keys) :] == keys:
            if start <= position or best is None:
                best = full
    return best or name


def person(index: DocIndex, history: SpeakerHistory, ent: Span) -> Speaker:
    """A speaker from a PERSON entity."""
    name = canonical_person(index, history, clean_person(index, ent), ent.start_char,
                            courtesy_gender(index, ent))
    root = ent.root
    bounds = (root.left_edge.idx, root.right_edge.idx + len(root.right_edge))
    group = index.group(*bounds, exclude=(ent.start_char, ent.end_char)) or org_in(index,
        bounds, exclude=ent)
    return Speaker(name, "person", group, position=ent.start_char)


def propn_name(index: DocIndex, subject: Token) -> str:
    """A proper-noun subject with its compound name parts, titles left out."""
    first = subject
    for left in reversed(list(subject.lefts)):
        # Adjacent capitalised name parts: "Abu Zuhri", "Um Mohammed" (tagged INTJ).
        if (left.i == first.i - 1 and left.text.istitle() and left.pos_ in ("PROPN", "INTJ", "X")
                and left.lower_.rstrip(".") not in index.lexicon.titles):
            first = left
        else:
            break
    return index.text[first.idx : subject.idx + len(subject)]


def org_in(index: DocIndex, bounds: tuple[int, int], exclude: Span | Token | None = None) -> str | None:
    """An organisation entity inside ``bounds`` (not the one of ``exclude``) when no group
    mention is known."""
    skip = None
    if exclude is not None:
        skip = (exclude.idx, exclude.idx + len(exclude.text)) if isinstance(exclude, Token) else (
            exclude.start_char, exclude.end_char)
    for token in index.tokens(*bounds):
        ent = index.ent_of.get(token.i)
        if ent is None or ent.label_ != "ORG":
            continue
        if len(ent) == 1 and ent.root.lower_ in index.lexicon.titles:
            continue  # "Secretary of Defense", "Interior Minister": part of a title
        if skip is None or not (ent.start_char < skip[1] and ent.end_char > skip[0]):
            return strip_determiner(ent.text.removesuffix("’s").removesuffix("'s"))
    return None


def describe(index: DocIndex, subject: Token) -> str:
    """``the official with the Jabha Shamiya group`` -> ``official with the Jabha Shamiya group``."""
    keep = [subject]
    for child in subject.children:
        if child.dep_ in NOMINAL_DROP_DEPS:
            continue
        if child.dep_ == "prep" and (
            child.lower_ not in index.lexicon.nominal_preps or child.i < subject.i
        ):
            continue
        keep.extend(child.subtree)
    line = index.bounds(subject.idx)
    keep = [t for t in keep if not index.in_quote(t.idx) and overlaps(t, line)]
    keep.sort(key=lambda t: t.i)
    # Stop at the first comma: what follows is an apposition the parse left attached.
    cut = next((k for k, t in enumerate(keep) if t.text == "," and t.i > subject.i), len(keep))
    keep = keep[:cut]
    while keep and (keep[0].lower_ in DETERMINERS or keep[0].is_punct or keep[0].dep_ == "case"
                    or keep[0].dep_ == "poss" and keep[0].pos_ == "PRON"):
        keep = keep[1:]
    while keep and (keep[-1].is_punct or keep[-1].dep_ == "case"):
        keep = keep[:-1]
    if not keep:
        return ""
    # "calmA police source": a word glued on by a lost line break is cut off.
    return index.text[max(keep[0].idx, line[0]) : keep[-1].idx + len(keep[-1])]


def courtesy_gender(index: DocIndex, ent: Span) -> str | None:
    """``m``/``f`` from a courtesy title right before or at the start of a person entity
    (``Mr. Obama``, ``Mrs. Clinton``), else ``None``."""
    words = [index.doc[i] for i in range(max(ent.start - 2, 0), ent.start)] + [ent[0]]
    for word in reversed(words):
        key = word.lower_.rstrip(".")
        if key in COURTESY_TITLES and key != "messrs":
            return index.lexicon.gender_words.get(key)
    return None


def gender_hint(index: DocIndex, ent: Span) -> str | None:
    """``m``/``f`` from a title or role word next to a person's name (``Mr``, ``Ms``,
    ``spokeswoman``), else ``None``."""
    words = [index.doc[i] for i in range(max(ent.start - 2, 0), ent.start)]
    words += [t for t in ent[:2]]
    words += [c for c in ent.root.children if c.dep_ == "appos"]
    for word in reversed(words):
        hint = index.lexicon.gender_words.get(word.lower_.rstrip("."))
        if hint:
            return hint
    return None


def gender_of(index: DocIndex, history: SpeakerHistory, name: str) -> str | None:
    """``m``/``f`` for a speaker name: from the article's own hints (``Ms``, ``spokeswoman``,
    an earlier ``he``/``she``), else from a common first name."""
    known = history.gender.get(name)
    if known:
        return known
    words = name.lower().split()
    for word in words:
        if word in index.lexicon.gender_words:
            return index.lexicon.gender_words[word]
    return index.lexicon.first_names.get(words[0]) if len(words) > 1 else None



def mention_span(index: DocIndex, subject: Token, name: str) -> tuple[int, int]:
    """Where ``subject``'s phrase names the speaker ``name``: the full name, else its last word
    with the capitalised words before it (``Mr. Clarke`` for ``Tom Clarke`` gives ``Clarke``),
    else the subject token."""
    lo = subject.left_edge.idx
    hi = subject.right_edge.idx + len(subject.right_edge)
    window = index.text[lo:hi]
    found = window.find(name)
    if found >= 0:
        return lo + found, lo + found + len(name)
    last = name.split()[-1] if name.split() else name
    found = window.rfind(last)
    if found >= 0:
        start = lo + found
        words = window[:found].split(" ")
        while len(words) > 1 and words[-2][:1].isupper() and words[-2].rstrip(".").lower() not in (
            index.lexicon.titles
        ):
            start -= len(words[-2]) + 1
            words.pop()
        return start, lo + found + len(last)
    return subject.idx, subject.idx + len(subject)


COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "messrs"})
"""Titles that go with a surname as part of how the text names a person (``Mr. Clarke``)."""


def as_written(index: DocIndex, span: tuple[int, int]) -> str | None:
    """A speaker's name as the attributing mention writes it, with the courtesy title just
    before it (``Mr. Clarke``, ``Ms. Moore``, ``Clarke``, ``Tom Clarke``, ``IMF``): the speaker
    as the sentence names them, where the article's full name for them may be another person's
    (``Mr. Obama`` is not ``Michelle Obama``) and a group's canonical name stays in
    ``speaker_group``; ``None`` for a span that is no name."""
    lo, hi = span
    name = strip_determiner(index.text[lo:hi].strip())
    if not name or not name[:1].isupper():
        return None
    before = index.text[max(0, lo - 6) : lo].split()
    if before and before[-1].rstrip(".").lower() in COURTESY_TITLES:
        return f"{before[-1]} {name}"
    return name


def title_of(index: DocIndex, subject: Token, span: tuple[int, int]) -> str | None:
    """The title or role given with a speaker: an apposition (``head of the Congressional Black
    Caucus``) or the title words right before the name (``Rep.``, ``Foreign Minister``)."""
    for child in subject.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.idx > span[0]:
            words = [t for t in child.subtree if not t.is_punct or t.i < child.right_edge.i]
            while words and words[0].lower_ in DETERMINERS:
                words = words[1:]
            if words:
                return index.text[words[0].idx : words[-1].idx + len(words[-1])]
    before = [t for t in index.tokens(subject.left_edge.idx, span[0]) if t.i < subject.i]
    while before and before[0].lower_.rstrip(".") not in index.lexicon.titles:
        before = before[1:]
    if before and all(t.lower_.rstrip(".") in index.lexicon.titles or t.text[:1].isupper()
                      or t.lower_ in ("of", "-") for t in before):
        return index.text[before[0].idx : before[-1].idx + len(before[-1])]
    return None


def layout_speaker(index: DocIndex, history: SpeakerHistory, span: tuple[int, int]) -> Speaker:
    """The speaker of a name written by layout (``PENCE``, ``Steve Quinlan``): a group under its
    group name, else a person under the article's full name (titles left out)."""
    group = index.group(*span)
    if group is not None:
        return Speaker(index.speaker_name(group, *span), "org", group, span[0])
    words = index.text[span[0] : span[1]].split()
    if all(w.isupper() for w in words):
        words = [w.title() for w in words]
    while len(words) > 1 and words[0].lower().rstrip(".") in index.lexicon.titles:
        words = words[1:]
    name = canonical_person(index, history, " ".join(words), span[0])
    return Speaker(name, "person", None, span[0])
