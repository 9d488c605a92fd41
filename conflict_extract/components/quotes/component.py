"""Quoted sources: direct, partial and reported statements with their speakers.

The extraction runs in three steps over one Doc:

1. :func:`find_quote_marks` scans the text for quotation marks (curly and straight doubles, and
   single quotes at top level), pairing them paragraph by paragraph. A paragraph left open whose
   successor opens with a mark again is a continued quote. Nested single quotes stay inside the
   double-quoted text, and an apostrophe (``They’re``) never closes a quote.
2. Each quote is classified (``direct`` when it is a whole sentence or more, ``partial`` when a few
   words are embedded in the writer's sentence) and attributed: a reporting verb after the quote
   (``"...," X said`` / ``said X``), before it (``X said: "..."``), or governing it in the parse
   (``slammed the truce as a "provocative step"``). Reported speech without marks (a speech verb
   with a clausal complement, ``according to X, ...``) gives ``indirect`` statements.
3. Speakers are resolved in text order: pronouns to the nearest preceding compatible speaker,
   short names to the full name given in the article, titles stripped, organisations to their
   group name, and a quote without attribution that continues the previous statement keeps its
   speaker.

Headlines, section headings (a short line without final punctuation) and cross-link lines
(``doc._.skip_spans`` or a ``READ MORE:``-style label) yield nothing.

Scraped text often lost its line breaks (``in SyriaThe army``, ``injured 15.Twenty``,
``injured.==Reactions==U.S.``). :func:`find_seams` marks such places, and no speaker, lead-in or
said clause crosses one, so a headline glued to the lede is not part of a statement. Photo
captions run into the text (``FILE - A police officer stands ...``) and datelines opening a
said clause (``KANDAHAR, Afghanistan, Oct. 3 (Xinhua) --``) are left out too.

A speaker is a person, a description of one (``official``, ``witness``, ``resident``), an
organisation or a document (``statement``, ``report``): a described speaker whose head noun is
none of these (``number``, ``mortality``, ``boat``) is no speaker, and a reported statement
without one is dropped (a quoted one keeps ``speaker = None``). Passive reporting verbs
(``it was announced``) name no speaker either. A relative ``who`` never refers to a place,
coordinated verbs share their subject, and ``it``/``they`` may refer back to an organisation or
to plural people that were a sentence subject just before. A reported statement nested in one
of the same speaker is not repeated.

Word lists live in ``data/``: ``quote_verbs.json`` (speech and evaluative reporting verbs),
``quote_titles.json`` (titles stripped from names, outlet suffixes, organisation nouns, cross-link
labels, gendered role words) and ``quote_first_names.json`` (first names with a conventional
gender, a hint for ``he``/``she``). Groups come from ``doc._.groups`` (``linking.group_at`` when the
groups module provides it), so an organisation speaks under its canonical group name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy
from spacy.attrs import IDX, LEMMA, LOWER
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from conflict_extract.lexicon import load_json
from conflict_extract.linking import group_at
from conflict_extract.models import Quote
from conflict_extract.nlp.extensions import in_skipped, register_extensions, run_extractor

register_extensions()

MAX_QUOTE_CHARS = 3000
"""A quotation left open longer than this is an unbalanced mark, not a quote."""

MAX_SINGLE_QUOTE_CHARS = 300
"""Single-quoted passages at top level are short (titles, scare quotes, British-style quotes)."""

HEADING_MAX_WORDS = 25
"""A line at most this long without final punctuation is a title or section heading."""

OPENERS = "“„«"
CLOSERS = "”»"
STRAIGHT = '"'
SINGLE_OPENERS = "‘'"
SINGLE_CLOSERS = "’'"

_MARK_RE = re.compile(r"[“”\"„«»\n]")
# Sentence ends outside quotes: "[.!?] space", or text glued without a space ("injured.The").
# Initials (U.S., J.) and common abbreviations do not end a sentence.
_TERMINATOR_RE = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bGen)(?<!\bCol)(?<!\bLt)"
    r"[.!?…](?:['\"”’](?=\s|[A-Z“\"‘]))?(?:\s+|(?=[A-Z][a-z])|(?=[“\"‘]\S))"
)
_FINAL_PUNCT = ".!?;:…"
# Text whose paragraph breaks were lost glues sentences together ("in 2017.A friend",
# "AFP.District mayor"); a phrase is cut at such a seam.
_GLUED_LEAD_RE = re.compile(r"^.*?[a-z0-9]{2,}[.\]!?)](?=[A-Z])")
_GLUED_TAIL_RE = re.compile(r"(?<=\w)[.\]!?)](?=[A-Z][a-z])")
_WORD_RE = re.compile(r"\w+")
# Seams where scraped text lost a paragraph break: "insurgentsRussia’s", "OK.Insufficient",
# "AfghanistanKANDAHAR", "injured.==Reactions==U.S.", "SyriaThe". Speakers and said clauses never
# cross one. (A capitalised run such as "AstraZeneca" is no seam: only a lower-case word glued to
# a capital, a sentence starter or an upper-case dateline is.)
_SEAM_STARTERS = frozenset((
    "The A An In On At It He She They We But And This That These Those His Her Its Their There "
    "However Meanwhile According After Before While When As If Some Many Police Officials Neither"
).split())
# Candidates only (a lower-case letter before a capital, a stop or bracket before a capital, a
# wiki heading); each is then checked in plain Python, which keeps the scan to one pass.
_SEAM_CANDIDATE_RE = re.compile(
    r"[a-z][A-Z][A-Za-z]*|[.!?\]][)\]]?[A-Z]|={2,}[^=\n]{1,80}={2,}|(?<=[A-Za-z.])\*(?=[0-9A-Z])"
)
# Photo captions run into the text: "FILE - A police officer stands outside ...".
_CAPTION_RE = re.compile(
    r"(?:FILE(?: PHOTO)?|PHOTO|Photo|Image caption|image caption|Image copyright|"
    r"image copyright|Caption)\s*(?:[-–—:]|(?=[A-Z]))"
)
# A dateline opening a said clause: "KANDAHAR, Afghanistan, Oct. 3 (Xinhua) -- ".
_DATELINE_RE = re.compile(
    r"[A-Z][A-Z/.' -]{2,}(?:,[^\n—–]{0,40}?)?\s*(?:\([A-Za-z .]+\))?\s*(?:--|—|–|-)\s+"
)


# A word glued to the front of a name by a lost line break ("BombZabiullah Mujahid"), not a
# name with an inner capital (McVeigh, MacDonald, DeShawn, LaToya, FitzGerald, AbuBakr).
_GLUED_NAME_RE = re.compile(
    r"^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|Abu|Al|El|Ben|Bin|O)[A-Z])[A-Z][a-z]+(?=[A-Z][a-z]{2,})"
)


def find_seams(text: str) -> list[int]:
    """Character offsets where ``text`` glues two sentences or a heading and a sentence
    together without a line break (both ends of a ``==Heading==``)."""
    seams: list[int] = []
    for match in _SEAM_CANDIDATE_RE.finditer(text):
        found = match.group()
        lo = match.start()
        if found[0] == "=":
            seams.extend((lo, match.end()))
            continue
        if found == "*":
            seams.append(lo)  # a list bullet glued on: "nationality.|*2015-12-21, Special Agent"
            continue
        cut = lo + 1
        if found[0].islower():
            word_start = lo
            while word_start > 0 and text[word_start - 1].isalpha():
                word_start -= 1
            left, right = text[word_start:cut], found[1:]
            if not (left.isalpha() and len(left) >= 3):
                continue
            if left.islower() or right in _SEAM_STARTERS or (
                len(right) >= 3 and right.isupper() and left[-3:].islower()
            ):
                seams.append(cut)  # "insurgents|Russia", "Syria|The", "Afghanistan|KANDAHAR"
            continue
        before = text[max(lo - 2, 0) : lo]
        if found[0] == "]" and before[-1:].isalnum():
            seams.append(cut)  # "at any cost]|Maduro"
        elif found[0] in ".!?" and len(before) == 2 and all(c.isalnum() or c == "%" for c in before):
            seams.append(lo + len(found) - 1)  # "15.|Twenty", "OK.|Insufficient", "(Reuters).)|The"
    return seams


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep", "dep", "npadvmod", "parataxis"})
"""Dependencies through which a subject-less reporting verb borrows its governor's subject
(``X told journalists, adding that ...``)."""

NOMINAL_DROP_DEPS = frozenset({"relcl", "appos", "punct", "acl", "advcl", "cc", "conj"})
"""Dependents left out of a described speaker (``a witness who declined to be named``)."""
PRONOUN_KINDS: dict[str, tuple[str, ...]] = {
    "person": ("person", "human"),
    "plural": ("org", "humans"),
    "org": ("org",),
}
"""Speaker kinds a pronoun class may refer back to (``he`` -> a named or described person)."""

PRONOUN_REACH = 400
"""How far back (characters) a pronoun may reach for a person who is not a subject."""

ATTRIBUTION_START_POS = frozenset({"PROPN", "PRON", "DET", "NOUN", "VERB", "ADJ", "NUM"})
"""Parts of speech an attribution after a question or exclamation can start with (``Smith
asked``, ``she said``, ``the minister asked``), unlike a new sentence (``On being told ...``)."""

RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})


@dataclass(frozen=True)
class QuoteLexicon:
    """The word lists the quote rules read, from ``data/quote_*.json``."""

    speech: frozenset[str]
    evaluative: frozenset[str]
    titles: frozenset[str]
    generic_audiences: frozenset[str]
    outlet_suffixes: tuple[tuple[str, ...], ...]
    document_heads: frozenset[str]
    crosslink_re: re.Pattern[str]
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


@lru_cache(maxsize=1)
def load_lexicon() -> QuoteLexicon:
    """Load (once) the reporting verbs, titles and outlet words used by the quote rules."""
    verbs = load_json("quotes/verbs.json")
    words = load_json("quotes/titles.json")
    names = load_json("quotes/first_names.json")
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
    )


# --------------------------------------------------------------------------------------------
# Step 1: quotation marks


@dataclass
class QuoteMarks:
    """One quoted passage as found in the text.

    ``start``/``end`` delimit the quoted words (marks excluded); ``open_mark`` is the index of the
    opening mark and ``close_mark`` that of the closing one (``None`` when a paragraph is left open
    because the quote continues in the next). ``continued`` marks the part after such a break.
    """

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    continued: bool = False
    single: bool = False

    @property
    def outer_end(self) -> int:
        """End of the quote including its closing mark."""
        return self.end if self.close_mark is None else self.close_mark + 1


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` moved inwards past whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _double_quotes(text: str) -> list[QuoteMarks]:
    """Pair the double quotation marks of ``text`` (curly, straight, guillemets)."""
    found: list[QuoteMarks] = []
    open_at: int | None = None
    open_continued = False
    pending_continuation = False

    def emit(close: int | None, end: int) -> None:
        start, stop = _trimmed(text, open_at + 1, end)
        if _WORD_RE.search(text, start, stop):
            found.append(QuoteMarks(start, stop, open_at, close, open_continued))

    n = len(text)
    for match in _MARK_RE.finditer(text):
        i = match.start()
        char = text[i]
        if open_at is not None and i - open_at > MAX_QUOTE_CHARS:
            open_at = None
        if char == "\n":
            if open_at is None:
                continue
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j < n and (text[j] in OPENERS or text[j] == STRAIGHT):
                # The paragraph is left open and the next one reopens: a continued quote.
                emit(None, i)
                pending_continuation = True
            open_at = None
            continue
        following = text[i + 1] if i + 1 < n else " "
        if char in OPENERS:
            if open_at is None:
                open_at, open_continued, pending_continuation = i, pending_continuation, False
            elif char == "“" and text[open_at] == "„":
                emit(i, i)  # German-style „...“
                open_at = None
            continue
        if char in CLOSERS:
            if open_at is not None:
                emit(i, i)
                open_at = None
            continue
        if open_at is None:
            if not following.isspace():
                open_at, open_continued, pending_continuation = i, pending_continuation, False
        else:
            emit(i, i)
            open_at = None
    return found


def _single_quotes(text: str, lo: int, hi: int) -> list[QuoteMarks]:
    """Top-level single-quoted passages in ``text[lo:hi]`` (a stretch outside double quotes).

    An opening mark follows a non-word character and precedes a letter; a closing mark follows a
    non-space and precedes a non-word character, so ``They’re`` and ``Syria’s`` never close.
    """
    found: list[QuoteMarks] = []
    i = lo
    while i < hi:
        char = text[i]
        if char in SINGLE_OPENERS and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "’'")):
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if nxt.isalpha() or (char == "‘" and (nxt.isdigit() or nxt == "[")):
                limit = min(hi, i + MAX_SINGLE_QUOTE_CHARS)
                j = i + 1
                close = None
                while j < limit and text[j] != "\n":
                    if (
                        text[j] in SINGLE_CLOSERS
                        and not text[j - 1].isspace()
                        and (j + 1 >= len(text) or not text[j + 1].isalnum())
                        and (char == "‘" or text[j] == "'")
                    ):
                        close = j
                        break
                    j += 1
                if close is not None:
                    start, end = _trimmed(text, i + 1, close)
                    if _WORD_RE.search(text, start, end):
                        found.append(QuoteMarks(start, end, i, close, single=True))
                    i = close + 1
                    continue
        i += 1
    return found


def find_quote_marks(text: str) -> list[QuoteMarks]:
    """Every quoted passage of ``text`` in order: double-quoted ones, and single-quoted ones that
    are not inside a double-quoted passage."""
    doubles = _double_quotes(text)
    singles: list[QuoteMarks] = []
    cursor = 0
    for quote in doubles:
        singles.extend(_single_quotes(text, cursor, quote.open_mark))
        cursor = quote.outer_end
    singles.extend(_single_quotes(text, cursor, len(text)))
    return sorted(doubles + singles, key=lambda q: q.start)


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the line (paragraph) holding ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def is_heading_line(line: str) -> bool:
    """True for a title or section heading: a short line without final punctuation
    (``‘Attempt to buy time’``, ``Situation in Aleppo is a ‘human catastrophe’``)."""
    stripped = line.strip().rstrip("”’\"' ")
    if not stripped:
        return True
    if stripped[-1] in _FINAL_PUNCT:
        return False
    return len(_WORD_RE.findall(stripped)) <= HEADING_MAX_WORDS


# --------------------------------------------------------------------------------------------
# Step 2: attribution


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


@lru_cache(maxsize=1)
def _speech_hashes() -> numpy.ndarray:
    """String-store hashes of the speech verbs and ``according`` (hashes do not depend on the
    vocab, so one array serves every doc)."""
    words = sorted(set(load_lexicon().speech) | {"according"})
    return numpy.array([hash_string(word) for word in words], dtype=numpy.uint64)


class _DocIndex:
    """Per-doc lookups built once: token at a character, entity of a token, group mentions."""

    def __init__(self, doc: Doc, text: str, quotes: Sequence[QuoteMarks], lexicon: QuoteLexicon):
        self.doc = doc
        self.reporting = lexicon.reporting
        self.text = text
        columns = doc.to_array([IDX, LEMMA, LOWER]) if len(doc) else None
        self.token_starts = [] if columns is None else columns[:, 0].tolist()
        hashes = _speech_hashes()
        self.candidates: list[int] = [] if columns is None else numpy.flatnonzero(
            numpy.isin(columns[:, 1], hashes) | numpy.isin(columns[:, 2], hashes)
        ).tolist()
        """Indices of tokens that may open reported speech (speech verbs, ``according``)."""
        self.ent_of: dict[int, Span] = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent
        self.quote_ranges = [(q.open_mark, q.outer_end) for q in quotes]
        self.quote_starts = [lo for lo, _ in self.quote_ranges]
        mentions: list[tuple[int, int, str]] = []
        self.group_type: dict[str, str] = {}
        for group in doc._.groups or ():
            self.group_type[group.name] = getattr(group, "type", "other")
            for span in getattr(group, "spans", ()) or ():
                mentions.append((int(span[0]), int(span[1]), group.name))
        mentions.sort()
        self.group_mentions = mentions
        self.group_starts = [m[0] for m in mentions]
        head = text[:2000]
        self.lowercased = head == head.lower()
        """Text without capitals (MUC-style): names look like common nouns."""
        self.seams = sorted(set(find_seams(text)))
        self.captions: list[tuple[int, int]] = []
        for lo in [0, *self.seams, *(m.end() for m in re.finditer(r"\n", text))]:
            if _CAPTION_RE.match(text, lo):
                self.captions.append((lo, self.bounds(lo)[1]))

    def bounds(self, pos: int) -> tuple[int, int]:
        """The stretch of text around ``pos`` no statement crosses: its line, cut at seams
        where lost line breaks glued sentences or headings together."""
        lo, hi = line_bounds(self.text, pos)
        i = bisect.bisect_right(self.seams, pos)
        if i and self.seams[i - 1] > lo:
            lo = self.seams[i - 1]
        if i < len(self.seams) and self.seams[i] < hi:
            hi = self.seams[i]
        return lo, hi

    def in_caption(self, pos: int) -> bool:
        """True if ``pos`` lies in a photo caption run into the text (``FILE - ...``)."""
        return any(lo <= pos < hi for lo, hi in self.captions)

    def tokens(self, lo: int, hi: int) -> list[Token]:
        """Tokens lying wholly inside ``[lo, hi)``."""
        first = bisect.bisect_left(self.token_starts, lo)
        out = []
        for i in range(first, len(self.doc)):
            token = self.doc[i]
            if token.idx + len(token) > hi:
                break
            out.append(token)
        return out

    def in_quote(self, char: int) -> bool:
        """True if ``char`` lies inside a quotation (marks included)."""
        i = bisect.bisect_right(self.quote_starts, char) - 1
        return i >= 0 and char < self.quote_ranges[i][1]

    def group(self, lo: int, hi: int, exclude: tuple[int, int] | None = None) -> str | None:
        """Name of the first group mentioned inside ``[lo, hi)``, outside ``exclude``."""
        i = bisect.bisect_left(self.group_starts, lo)
        while i < len(self.group_mentions) and self.group_mentions[i][0] < hi:
            start, end, name = self.group_mentions[i]
            if end <= hi and not (exclude and start < exclude[1] and end > exclude[0]):
                return name
            i += 1
        return None

    def group_of(self, token: Token) -> str | None:
        """Name of the group whose mention covers ``token`` (``Observatory`` in ``Syrian
        Observatory for Human Rights``), via :func:`conflict_extract.linking.group_at`."""
        lo, hi = token.idx, token.idx + len(token)
        found = group_at(self.doc, lo, hi)
        if found is not None:
            return found.name
        i = bisect.bisect_right(self.group_starts, lo) - 1
        while i >= 0 and lo - self.group_mentions[i][0] < 200:
            start, end, name = self.group_mentions[i]
            if start <= lo and hi <= end:
                return name
            i -= 1
        return self.group(lo, hi)


def _is_reporting(token: Token, lexicon: QuoteLexicon, speech_only: bool = False) -> bool:
    """True for a verb token whose lemma is a reporting verb."""
    if not (token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")):
        return False
    if token.i and token.doc[token.i - 1].text == "-":
        return False  # "so-called", "self-described": part of a compound adjective
    if token.dep_ in ("amod", "compound") and token.head.pos_ in ("NOUN", "PROPN"):
        return False  # "charging papers", "the stated aim": a modifier, not a saying
    if token.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in token.children):
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if following is not None and following.dep_ == "nsubj" and (
            following.tag_ in ("NN", "NNS") and following.head.head.i == token.i
        ):
            return False  # "that charging papers pointed out": a gerund read as an adjective
    lemma = token.lemma_.lower()
    return lemma in (lexicon.speech if speech_only else lexicon.reporting)


def _subject_of(verb: Token, index: _DocIndex) -> tuple[Token | None, Token]:
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
            if subjects[0].lower_ in ("who", "whom") and not _may_be_person(token.head, index):
                # "Yuhua Bai, owner of Hunam Palace, in Junction City, who testified": the
                # parse hung "who" on a place; the person named before it speaks.
                return _person_before(token.head, subjects[0], index)
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
        head = first_head = verb.head
        while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in (
            "NOUN", "PROPN"
        ):
            head = head.head.head
        if head.pos_ == "PROPN" or index.ent_of.get(head.i) is not None and (
            index.ent_of[head.i].label_ in ("PERSON", "ORG", "NORP", "GPE")
        ):
            return head, verb
        for noun in (first_head, head):
            if noun.pos_ == "NOUN" and _speaker_noun(noun, index):
                return noun, verb  # "newspaper reports stating that ...", "a source saying"
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


def _may_be_person(token: Token, index: _DocIndex) -> bool:
    """False for a place, date or other non-human entity a relative ``who`` cannot refer to."""
    ent = index.ent_of.get(token.i)
    if ent is not None:
        return ent.label_ in ("PERSON", "NORP", "ORG")
    return token.pos_ in ("PROPN", "PRON") or _speaker_noun(token, index)


def _person_before(head: Token, pronoun: Token, index: _DocIndex) -> Token | None:
    """The nearest person entity before relative ``pronoun`` in its sentence."""
    sent_start = pronoun.sent.start
    for i in range(pronoun.i - 1, max(sent_start, pronoun.i - 30) - 1, -1):
        ent = index.ent_of.get(i)
        if ent is not None and ent.label_ == "PERSON":
            return ent.root
    return None


def _common_noun_phrase(token: Token) -> bool:
    """True if ``token`` heads an ordinary noun phrase rather than a name: it takes an
    adjective, number, possessive or a determiner other than ``the`` (``the coprefa`` may be
    a lower-cased name), or has an abstract ending."""
    if any(c.dep_ in ("poss", "amod", "nummod") or c.dep_ == "det" and c.lower_ != "the"
           for c in token.children):
        return True
    return token.lower_.endswith(("tion", "sion", "ity", "ment", "ness", "ance", "ence", "ism"))


def _speaker_noun(token: Token, index: _DocIndex) -> bool:
    """True if common noun ``token`` can name who speaks: a person description (``official``,
    ``witness``, ``spokesman``), an organisation (``ministry``, ``army``) or a document
    (``statement``, ``report``); not ``number``, ``mortality``, ``boat`` or ``papers``."""
    return _speaker_lemma(token.lemma_.lower(), token.lower_)


@lru_cache(maxsize=4096)
def _speaker_lemma(lemma: str, word: str = "") -> bool:
    """:func:`_speaker_noun` on a lemma (and its surface form)."""
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


def _phrase_root(tokens: list[Token]) -> Token | None:
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


def _region_after(text: str, quote: QuoteMarks, next_open: int, line_end: int) -> tuple[int, int]:
    """Characters after the closing mark up to the end of that sentence."""
    lo = quote.outer_end
    hi = min(next_open, line_end)
    match = _TERMINATOR_RE.search(text, lo, hi)
    return lo, (match.end() if match else hi)


def _region_before(text: str, quote: QuoteMarks, prev_close: int, line_start: int) -> tuple[int, int]:
    """Characters from the start of the sentence (or the previous quote) up to the opening mark."""
    lo = max(prev_close, line_start)
    hi = quote.open_mark
    last = None
    # Look two characters past the mark: a sentence glued to the quote ("area."There") ends there.
    for match in _TERMINATOR_RE.finditer(text, lo, min(len(text), hi + 2)):
        if match.start() < hi:
            last = match
    return (min(last.end(), hi) if last else lo), hi


def _after_attribution_allowed(text: str, quote: QuoteMarks) -> bool:
    """True if the words after the closing mark can attribute the quote: it ends mid-sentence
    (``,”`` ``—”``), with a question or exclamation (``“Why?” Smith asked``), or the text goes
    on in lower case."""
    inner = text[quote.start : quote.end].rstrip("’'\" ")
    if not inner:
        return False
    j = quote.outer_end
    if j < len(text) and text[j] in ",—–":
        return True
    if inner[-1] in ",—–-:;…":
        return True
    if inner[-1] in "?!":
        return True  # '"Who was it?" Mendeloff asked.'
    while j < len(text) and text[j] in " \t":
        j += 1
    return inner[-1] == "." and j < len(text) and text[j].islower()


def _ends_sentence(text: str, quote: QuoteMarks) -> bool:
    """True if the quoted words end with a full stop, question or exclamation mark."""
    return text[quote.start : quote.end].rstrip("’'\" ")[-1:] in (".", "?", "!", "…")


def _verb_in(tokens: Iterable[Token], lexicon: QuoteLexicon, last: bool = False) -> Token | None:
    """The first (or last) reporting verb among ``tokens``, preferring one that is not inside a
    relative clause (``Ahmed, who asked that his name not be used, told the BBC``)."""
    verbs = [t for t in tokens if _is_reporting(t, lexicon) and not _passive(t)]
    main = [t for t in verbs if t.dep_ not in ("relcl", "acl")] or verbs
    if not main:
        return None
    return main[-1] if last else main[0]


def _according_in(tokens: list[Token]) -> Token | None:
    """The object of ``according to`` among ``tokens``."""
    for k, token in enumerate(tokens[:-1]):
        if token.lower_ == "according" and tokens[k + 1].lower_ == "to":
            for child in tokens[k + 1].children:
                if child.dep_ == "pobj":
                    return child
            rest = tokens[k + 2 :]
            end = next((m for m, t in enumerate(rest) if t.is_punct), len(rest))
            return _phrase_root(rest[:end])
    return None


def _outlet(verb: Token, index: _DocIndex, lexicon: QuoteLexicon) -> str | None:
    """Who the words were given to: ``told Reuters``, ``in an interview with the BBC``."""
    candidates: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "iobj") and verb.lemma_.lower() == "tell":
            candidates.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("to", "with"):
            candidates.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ in ("in", "during"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in ("interview", "comment", "statement"):
                    for prep in pobj.children:
                        if prep.dep_ == "prep" and prep.lower_ in ("with", "to"):
                            candidates.extend(c for c in prep.children if c.dep_ == "pobj")
        elif child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() in ("speak", "talk"):
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
                    candidates.extend(c for c in prep.children if c.dep_ == "pobj")
    if not candidates and verb.lemma_.lower() == "tell":
        # A parse that lost the object of "told": take the proper noun right after the verb.
        k = verb.i + 1
        doc = verb.doc
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        run = []
        while k < len(doc) and doc[k].pos_ == "PROPN":
            run.append(doc[k])
            k += 1
        candidates = run[-1:]
    for candidate in candidates:
        name = _outlet_name(candidate, index, lexicon)
        if name:
            return name
    return None


def _outlet_name(token: Token, index: _DocIndex, lexicon: QuoteLexicon) -> str | None:
    """A proper outlet name from the phrase headed by ``token`` (``AFP news agency`` -> ``AFP``)."""
    words = [t for t in token.subtree if t.dep_ not in ("prep", "pobj", "punct") or t is token]
    words = [t for t in words if t.i <= token.i]
    while words and (words[0].pos_ == "DET" or not (
        words[0].pos_ == "PROPN" or words[0].ent_type_ in ("ORG", "PERSON")
    )):
        words = words[1:]
    lowered = [t.lower_ for t in words]
    for suffix in lexicon.outlet_suffixes:
        if len(lowered) > len(suffix) and tuple(lowered[-len(suffix) :]) == suffix:
            words = words[: -len(suffix)]
            break
    if not words or not any(t.pos_ == "PROPN" or t.ent_type_ for t in words):
        return None
    if all(t.lemma_.lower() in lexicon.generic_audiences for t in words):
        return None
    group = index.group_of(words[-1])
    if group is not None and index.group_type.get(group, "media") not in ("media", "other"):
        return None  # an audience such as the Security Council, not a news outlet
    name = index.text[words[0].idx : words[-1].idx + len(words[-1])]
    return _GLUED_TAIL_RE.split(name, maxsplit=1)[0] or None


def _speech_verb_before(tokens: list[Token], lexicon: QuoteLexicon) -> bool:
    """True if the sentence lead-in ends on a reporting verb or its object (``X told AFP:``)."""
    words = [t for t in tokens if not t.is_space]
    if not words:
        return False
    last = words[-1]
    if last.text in (":", ","):
        return True
    if _is_reporting(last, lexicon):
        return True
    return False


def classify(text: str, quote: QuoteMarks, lead_in: list[Token], lexicon: QuoteLexicon,
             line: tuple[int, int], lowercased: bool = False) -> str:
    """``direct`` for a whole quoted sentence (or more), ``partial`` for quoted words inside the
    writer's own sentence. In ``lowercased`` text (no capitals at all) only the lead-in tells."""
    inner = text[quote.start : quote.end]
    first = next((c for c in inner if c.isalnum() or c in "[…"), "")
    capital = bool(first) and (first.isupper() or first.isdigit() or first in "[…" or lowercased)
    lead = text[line[0] : quote.open_mark].strip()
    if quote.continued or not lead and text[quote.outer_end : line[1]].strip(" .,") == "":
        return "direct"
    words = len(_WORD_RE.findall(inner))
    multi_sentence = bool(re.search(r"[.!?][’'\"]?\s+[A-Z‘“]", inner))
    if not multi_sentence and inner.rstrip("’'\" ")[-1:].isalnum():
        # Words running on after the closing mark ("Operation Iron Swords" would continue):
        # the quote is part of the writer's sentence.
        follow = text[quote.outer_end : quote.outer_end + 3].lstrip(" ")
        if follow[:1].isalnum():
            return "partial"
    lead_words = [t for t in lead_in if not t.is_space]
    if not lead_words:
        return "direct" if capital or multi_sentence else "partial"
    if _speech_verb_before(lead_words, lexicon):
        if capital or multi_sentence or (words >= 4 and lead_words[-1].text == ","):
            return "direct"
    return "partial"


# --------------------------------------------------------------------------------------------
# Step 3: speakers


@dataclass
class Speaker:
    """A resolved speaker: display ``name``, its ``kind`` and group.

    ``kind`` is ``person`` (named), ``org`` (an organisation, named or described), ``human`` or
    ``humans`` (a described person or people: ``the official``, ``witnesses``); it decides which
    pronouns may refer back to the speaker.
    """

    name: str
    kind: str
    group: str | None = None
    position: int = 0
    head: str = ""


@dataclass
class _Resolver:
    """Resolves subject tokens to canonical speakers, keeping the history of speakers so far."""

    doc: Doc
    index: _DocIndex
    lexicon: QuoteLexicon
    history: list[Speaker] = field(default_factory=list)
    full_names: list[tuple[int, tuple[str, ...], str]] = field(default_factory=list)
    person_subjects: list[tuple[int, Span]] = field(default_factory=list)
    person_mentions: list[tuple[int, Span]] = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" or self.index.in_quote(ent.start_char):
                continue
            name = self.clean_person(ent)
            if not name:
                continue
            hint = self._gender_hint(ent)
            if hint:
                self.gender.setdefault(self.canonical_person(name, ent.start_char), hint)
            keys = tuple(_name_key(w) for w in name.split())
            if len(keys) >= 2:
                self.full_names.append((ent.start_char, keys, name))
            self.person_mentions.append((ent.start_char, ent))
            if ent.root.dep_ in SUBJECT_DEPS:
                self.person_subjects.append((ent.start_char, ent))

    def clean_person(self, ent: Span) -> str:
        """A person entity's name without leading titles, determiners or a possessive."""
        tokens = [t for t in ent if not t.is_space]
        while tokens and (tokens[-1].lower_ in ("’s", "'s", "’", "'") or tokens[-1].is_punct):
            tokens = tokens[:-1]
        while tokens and (
            tokens[0].lower_.rstrip(".") in self.lexicon.titles
            or tokens[0].lower_ in DETERMINERS
            or tokens[0].is_punct
            or tokens[0].is_lower
        ) and len(tokens) > 1:
            tokens = tokens[1:]
        if not tokens:
            return ""
        name = self.index.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
        return _GLUED_NAME_RE.sub("", name)

    def canonical_person(self, name: str, position: int) -> str:
        """The article's full name for ``name`` (``Lavrov`` -> ``Sergey Lavrov``)."""
        keys = tuple(_name_key(w) for w in name.split())
        if not keys:
            return name
        best = None
        for start, full_keys, full in self.full_names:
            if len(full_keys) > len(keys) and full_keys[-len(keys) :] == keys:
                if start <= position or best is None:
                    best = full
        return best or name

    def person(self, ent: Span) -> Speaker:
        """A speaker from a PERSON entity."""
        name = self.canonical_person(self.clean_person(ent), ent.start_char)
        root = ent.root
        bounds = (root.left_edge.idx, root.right_edge.idx + len(root.right_edge))
        group = self.index.group(*bounds, exclude=(ent.start_char, ent.end_char)) or self._org_in(
            bounds, exclude=ent)
        return Speaker(name, "person", group, position=ent.start_char)

    def from_subject(self, subject: Token) -> Speaker | None:
        """The speaker named by the subject token of a reporting verb."""
        speaker = self._from_subject(subject)
        if speaker is not None and speaker.kind == "person" and speaker.name not in self.gender:
            for child in subject.children:
                hint = self.lexicon.gender_words.get(child.lemma_.lower())
                if child.dep_ == "appos" and hint:
                    self.gender[speaker.name] = hint
        return speaker

    def _from_subject(self, subject: Token) -> Speaker | None:
        """:meth:`from_subject` before the gender bookkeeping."""
        lower = subject.lower_
        if lower in self.lexicon.pronouns:
            return self.pronoun(subject)
        if subject.pos_ == "PRON":
            return None  # "you", "someone", "which": no one the article names
        full = self._subject_span(subject)
        subject = self._past_title(subject)
        if subject.pos_ == "NOUN" and subject.ent_type_ != "PERSON":
            named = self._appositive_person(subject)
            if named is not None:
                subject = named
        ent = self.index.ent_of.get(subject.i)
        if ent is None:
            ent = next(
                (self.index.ent_of[c.i] for c in subject.children
                 if c.dep_ in ("appos", "compound") and c.i in self.index.ent_of
                 and self.index.ent_of[c.i].label_ == "PERSON"),
                None,
            ) if subject.pos_ == "NOUN" else None
        own_group = self.index.group_of(subject)
        if self._bare_surname(subject, ent, own_group):
            # "Lavrov said": a lone capitalised name the tagger took for an organisation.
            name = self.canonical_person(self._propn_name(subject), subject.idx)
            return Speaker(name, "person", None, subject.idx)
        if own_group is not None and (ent is None or ent.label_ != "PERSON" or len(ent) == 1):
            longer = self._longer_name(subject, own_group)
            if longer:
                # "White House Office of the Press Secretary": the group matched only a part.
                return Speaker(longer, "org", None, subject.idx)
            return Speaker(own_group, "org", own_group, subject.idx)
        if ent is not None and ent.label_ == "PERSON":
            speaker = self.person(ent)
            speaker.group = self.index.group(full[0], full[1], (ent.start_char, ent.end_char))
            if speaker.group is None:
                speaker.group = self._org_in(full, exclude=ent)
            return speaker
        if subject.pos_ in ("PROPN", "NOUN") and subject.text[:1].isupper() and (
            ent is None or ent.label_ != "PERSON"
        ):
            short = self._propn_name(subject)
            name = self.canonical_person(short, subject.idx)
            if name != short:
                group = self.index.group(*full, exclude=_token_range(subject)) or self._org_in(
                    full, exclude=subject)
                return Speaker(name, "person", group, subject.idx)
        group = own_group
        if group is None and subject.lemma_.lower() in self.lexicon.document_heads:
            group = self.index.group(full[0], subject.idx)
            if group is None:
                org = self._org_in((full[0], subject.idx))
                if org:
                    return Speaker(org, "org", org, subject.idx)
        if group is not None:
            return Speaker(group, "org", group, subject.idx)
        if subject.pos_ == "PROPN" and self._human_apposition(subject):
            name = self.canonical_person(self._propn_name(subject), subject.idx)
            group = self.index.group(*full, exclude=_token_range(subject)) or self._org_in(
                full, exclude=subject)
            return Speaker(name, "person", group, subject.idx)
        if ent is not None and ent.label_ == "ORG" and subject.pos_ == "PROPN":
            short = self._propn_name(subject)
            lead = ent.text[: len(ent.text) - len(short)].split()
            if " " in short and ent.text.endswith(short) and lead and (
                lead[-1].lower().rstrip(".") in self.lexicon.titles
            ):
                # "Secretary of Defense Lloyd Austin" tagged as one organisation: the name
                # after the title is a person.
                name = self.canonical_person(short, subject.idx)
                return Speaker(name, "person", None, subject.idx)
        if ent is not None and ent.label_ in ("ORG", "NORP", "GPE", "FAC"):
            # Named, but not a known group: no group is claimed for it.
            name = _strip_determiner(ent.text)
            return Speaker(self._longer_name(subject, name) or name, "org", None, subject.idx)
        if subject.pos_ == "PROPN":
            name = self.canonical_person(self._propn_name(subject), subject.idx)
            group = self.index.group(*full, exclude=_token_range(subject)) or self._org_in(
                full, exclude=subject)
            return Speaker(name, "person", group, subject.idx)
        description = _strip_determiner(_GLUED_LEAD_RE.sub("", self._nominal(subject)))
        if not description:
            return None
        if not _speaker_noun(subject, self.index) and (
            not self.index.lowercased or _common_noun_phrase(subject)
        ):
            # "number", "mortality for chikungunya", "serious repercussions"; in text without
            # capitals a bare unknown word may be a name ("vargas carreno said").
            return None
        if " " not in description and description.istitle():
            name = self.canonical_person(description, subject.idx)
            if name != description:
                return Speaker(name, "person", None, subject.idx)
        lemma = subject.lemma_.lower()
        if " " not in description:
            # A bare "the official" goes back to the official described earlier.
            for earlier in reversed(self.history):
                if earlier.head == lemma and earlier.kind != "person":
                    return Speaker(earlier.name, earlier.kind, earlier.group, subject.idx, lemma)
        if lemma in self.lexicon.org_nouns or lemma in self.lexicon.document_heads:
            kind = "org"
        else:
            kind = "humans" if subject.tag_ in ("NNS", "NNPS") else "human"
        return Speaker(description, kind, self.index.group(*full) or self._org_in(full),
                       subject.idx, lemma)

    def _longer_name(self, subject: Token, group: str) -> str | None:
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
        name = self.index.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])].lstrip("\"“'‘")
        if group in name and len(name) > len(group) and not name.startswith(group):
            return name
        return None

    def _bare_surname(self, subject: Token, ent: Span | None, group: str | None) -> bool:
        """True for a single capitalised proper noun (not an acronym, place or nationality) that
        no group of a definite type claims: read as a person's surname."""
        if subject.pos_ != "PROPN" or not subject.text.istitle() or subject.text.isupper():
            return False
        if any(c.dep_ in ("compound", "det", "amod", "poss") for c in subject.children):
            return False
        if ent is not None and (len(ent) > 1 or ent.label_ not in ("ORG", "PERSON")):
            return False
        return group is None or self.index.group_type.get(group, "other") == "other" and (
            group == subject.text
        )

    def _past_title(self, subject: Token) -> Token:
        """The name after a title taken for the subject (``said Capt. John Smith``)."""
        if subject.lower_.rstrip(".") not in self.lexicon.titles or subject.ent_type_ == "PERSON":
            return subject
        following = subject.i + 1
        if following < len(self.doc) and self.doc[following].text == ".":
            following += 1
        if following >= len(self.doc):
            return subject
        ent = self.index.ent_of.get(following)
        if ent is not None and ent.label_ == "PERSON":
            return ent.root
        last = None
        while following < len(self.doc) and self.doc[following].pos_ == "PROPN":
            last = self.doc[following]
            following += 1
        return last if last is not None else subject

    def _appositive_person(self, subject: Token) -> Token | None:
        """The named person in apposition to a nominal subject (``A spokesman for the army,
        Lt. Col. Peter Lerner, said``; ``the mayor of Mariupol, Vadym Boychenko``)."""
        for token in subject.subtree:
            if token.dep_ == "appos" and token.ent_type_ == "PERSON":
                ent = self.index.ent_of.get(token.i)
                return ent.root if ent is not None else token
        return None

    def _human_apposition(self, subject: Token) -> bool:
        """True if the name is glossed by a common noun for a person
        (``Eva, a 17-year-old student``), not for an organisation (``Hamas, a militant group``)."""
        for child in subject.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                return child.lemma_.lower() not in self.lexicon.org_nouns
        return False

    def _propn_name(self, subject: Token) -> str:
        """A proper-noun subject with its compound name parts, titles left out."""
        first = subject
        for left in reversed(list(subject.lefts)):
            # Adjacent capitalised name parts: "Abu Zuhri", "Um Mohammed" (tagged INTJ).
            if (left.i == first.i - 1 and left.text.istitle() and left.pos_ in ("PROPN", "INTJ", "X")
                    and left.lower_.rstrip(".") not in self.lexicon.titles):
                first = left
            else:
                break
        return self.index.text[first.idx : subject.idx + len(subject)]

    def _subject_span(self, subject: Token) -> tuple[int, int]:
        """Character range of the subject's whole phrase (appositions included)."""
        left, right = subject.left_edge, subject.right_edge
        return left.idx, right.idx + len(right)

    def _org_in(self, bounds: tuple[int, int], exclude: Span | Token | None = None) -> str | None:
        """An organisation entity inside ``bounds`` (not the one of ``exclude``) when no group
        mention is known."""
        skip = None
        if exclude is not None:
            skip = (exclude.idx, exclude.idx + len(exclude.text)) if isinstance(exclude, Token) else (
                exclude.start_char, exclude.end_char)
        for token in self.index.tokens(*bounds):
            ent = self.index.ent_of.get(token.i)
            if ent is None or ent.label_ != "ORG":
                continue
            if len(ent) == 1 and ent.root.lower_ in self.lexicon.titles:
                continue  # "Secretary of Defense", "Interior Minister": part of a title
            if skip is None or not (ent.start_char < skip[1] and ent.end_char > skip[0]):
                return _strip_determiner(ent.text.removesuffix("’s").removesuffix("'s"))
        return None

    def _nominal(self, subject: Token) -> str:
        """``the official with the Jabha Shamiya group`` -> ``official with the Jabha Shamiya group``."""
        keep = [subject]
        for child in subject.children:
            if child.dep_ in NOMINAL_DROP_DEPS:
                continue
            if child.dep_ == "prep" and (
                child.lower_ not in self.lexicon.nominal_preps or child.i < subject.i
            ):
                continue
            keep.extend(child.subtree)
        line = self.index.bounds(subject.idx)
        keep = [t for t in keep if not self.index.in_quote(t.idx) and _overlaps(t, line)]
        keep.sort(key=lambda t: t.i)
        # Stop at the first comma: what follows is an apposition the parse left attached.
        cut = next((k for k, t in enumerate(keep) if t.text == "," and t.i > subject.i), len(keep))
        keep = keep[:cut]
        while keep and (keep[0].lower_ in DETERMINERS or keep[0].is_punct or keep[0].dep_ == "case"
                        or keep[0].dep_ == "poss" and keep[0].pos_ == "PRON"):
            keep = keep[1:]
        while keep and keep[-1].is_punct:
            keep = keep[:-1]
        if not keep:
            return ""
        # "calmA police source": a word glued on by a lost line break is cut off.
        return self.index.text[max(keep[0].idx, line[0]) : keep[-1].idx + len(keep[-1])]

    def _gender_hint(self, ent: Span) -> str | None:
        """``m``/``f`` from a title or role word next to a person's name (``Mr``, ``Ms``,
        ``spokeswoman``), else ``None``."""
        words = [self.doc[i] for i in range(max(ent.start - 2, 0), ent.start)]
        words += [t for t in ent[:2]]
        words += [c for c in ent.root.children if c.dep_ == "appos"]
        for word in reversed(words):
            hint = self.lexicon.gender_words.get(word.lower_.rstrip("."))
            if hint:
                return hint
        return None

    def _plural_subject_before(self, pronoun: Token) -> Token | None:
        """The nearest plural people that are a sentence subject before ``pronoun``, within
        reach (``Many Venezuelans fear ... It is already starting, they say.``)."""
        doc = self.doc
        k = pronoun.i - 1
        while k >= 0 and pronoun.idx - doc[k].idx <= PRONOUN_REACH:
            token = doc[k]
            if token.dep_ == "nsubj" and token.tag_ in ("NNS", "NNPS") and (
                _speaker_noun(token, self.index) or token.ent_type_ == "NORP"
            ) and not self.index.in_quote(token.idx):
                return token
            k -= 1
        return None

    def _org_subject_before(self, pronoun: Token) -> Speaker | None:
        """The nearest organisation that is a sentence subject before ``pronoun``, in reach."""
        doc = self.doc
        k = pronoun.i - 1
        while k >= 0 and pronoun.idx - doc[k].idx <= PRONOUN_REACH:
            token = doc[k]
            if token.dep_ == "nsubj" and token.pos_ == "PROPN" and not self.index.in_quote(
                token.idx
            ):
                group = self.index.group_of(token)
                if group is not None:
                    return Speaker(group, "org", group, token.idx)
            k -= 1
        return None

    def gender_of(self, name: str) -> str | None:
        """``m``/``f`` for a speaker name: from the article's own hints (``Ms``, ``spokeswoman``,
        an earlier ``he``/``she``), else from a common first name."""
        known = self.gender.get(name)
        if known:
            return known
        words = name.lower().split()
        for word in words:
            if word in self.lexicon.gender_words:
                return self.lexicon.gender_words[word]
        return self.lexicon.first_names.get(words[0]) if len(words) > 1 else None

    def pronoun(self, token: Token) -> Speaker | None:
        """The nearest preceding compatible speaker for a pronoun subject.

        ``he``/``she`` take the nearest person named as a speaker or as the subject of a sentence
        whose known gender does not clash; ``they``/``it`` take the nearest organisation or
        nominal speaker.
        """
        lower = token.lower_
        wanted = self.lexicon.pronouns.get(lower, "person")
        position = token.idx
        kinds = PRONOUN_KINDS.get(wanted, ("person", "human"))
        clash = {"he": "f", "him": "f", "she": "m", "her": "m"}.get(lower)
        candidates: list[Speaker] = [s for s in self.history if s.kind in kinds]
        if "person" in kinds:
            i = bisect.bisect_left(self.person_subjects, (position,))
            candidates.extend(
                self.person(ent) for _, ent in self.person_subjects[max(i - 3, 0) : i]
            )
        if "humans" in kinds:
            subject = self._plural_subject_before(token)
            if subject is not None:
                description = _strip_determiner(self._nominal(subject))
                if description:
                    candidates.append(Speaker(description, "humans", None, subject.idx,
                                              subject.lemma_.lower()))
        if kinds == ("org",):
            # "The Provisional IRA accepted responsibility ... It claimed that ...": the
            # organisation that was a sentence subject just before.
            found = self._org_subject_before(token)
            if found is not None:
                candidates.append(found)
        candidates.sort(key=lambda s: s.position)
        for speaker in reversed(candidates):
            if speaker.position >= position:
                continue
            if clash and self.gender_of(speaker.name) == clash:
                continue
            if lower in ("he", "she") and speaker.name not in self.gender:
                self.gender[speaker.name] = "m" if lower == "he" else "f"
            return Speaker(speaker.name, speaker.kind, speaker.group, speaker.position)
        if clash:
            # No speaker or subject fits: a recent mention whose gender is known to fit
            # ("Zelensky met Svetlana Tikhanovskaya. ... she said").
            wanted_gender = "m" if clash == "f" else "f"
            i = bisect.bisect_left(self.person_mentions, (position,))
            for start, ent in reversed(self.person_mentions[max(i - 4, 0) : i]):
                if position - start > PRONOUN_REACH:
                    break
                speaker = self.person(ent)
                if self.gender_of(speaker.name) == wanted_gender:
                    return speaker
        return None


def _token_range(token: Token) -> tuple[int, int]:
    """Character range of one token."""
    return token.idx, token.idx + len(token)


def _name_key(word: str) -> str:
    """A name token for matching short to full names (``al-Assad`` ~ ``Assad``)."""
    word = word.lower().strip(".,’'")
    for prefix in ("al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-"):
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            return word[len(prefix) :]
    return word


def _strip_determiner(text: str) -> str:
    """``the Foreign Ministry`` -> ``Foreign Ministry``."""
    for det in ("the ", "The ", "a ", "A ", "an ", "An "):
        if text.startswith(det):
            return text[len(det) :]
    return text


# --------------------------------------------------------------------------------------------
# Putting it together


def _attribute_marked(doc: Doc, quotes: list[QuoteMarks], index: _DocIndex,
                      lexicon: QuoteLexicon) -> list[Attribution]:
    """Kind, reporting verb and subject token for each quoted passage."""
    text = index.text
    head = text[:2000]
    lowercased = head == head.lower()
    found: list[Attribution] = []
    for k, quote in enumerate(quotes):
        line = (index.bounds(quote.open_mark)[0], index.bounds(quote.outer_end)[1])
        if index.in_caption(quote.open_mark):
            continue
        prev_close = quotes[k - 1].outer_end if k else 0
        next_open = quotes[k + 1].open_mark if k + 1 < len(quotes) else len(text)
        before = _region_before(text, quote, prev_close, line[0])
        lead_in = index.tokens(*before)
        kind = classify(text, quote, lead_in, lexicon, line, lowercased)
        item = Attribution(quote.start, quote.end, kind, marks=quote)
        verb = subject = None
        if _after_attribution_allowed(text, quote):
            after = index.tokens(*_region_after(text, quote, next_open, line[1]))
            verb, subject = _attribution_in(after, lexicon, index, after_quote=True)
            if verb is not None and _ends_sentence(text, quote) and (
                after.index(verb) > 6 or after[0].pos_ not in ATTRIBUTION_START_POS
            ):
                # '"...?" On being told about it, he said': a new sentence, not an attribution.
                verb = subject = None
            if verb is None:
                pobj = _according_in(after)
                if pobj is not None:
                    item.cue, item.subject = "according to", pobj
                    found.append(item)
                    continue
        if verb is None and kind == "partial":
            verb, subject = _governing_verb(doc, quote, index, lexicon)
        if verb is None and lead_in:
            verb, subject = _attribution_in(lead_in, lexicon, index, after_quote=False)
            if verb is None:
                pobj = _according_in(lead_in)
                if pobj is not None:
                    item.cue, item.subject = "according to", pobj
        if verb is None and kind == "direct":
            verb, subject = _governing_verb(doc, quote, index, lexicon)
        if verb is not None:
            item.verb, item.subject, item.cue = verb, subject, verb.text
            item.outlet = _outlet(verb, index, lexicon)
        found.append(item)
    return found


def _attribution_in(tokens: list[Token], lexicon: QuoteLexicon, index: _DocIndex,
                    after_quote: bool) -> tuple[Token | None, Token | None]:
    """The reporting verb in an attribution clause and its subject (parse first, then position:
    ``X said`` / ``said X``)."""
    verb = _verb_in(tokens, lexicon, last=not after_quote)
    if verb is None:
        return None, None
    subject, _ = _subject_of(verb, index)
    position = tokens.index(verb)
    pre = [t for t in tokens[:position] if t.dep_ != "cc"]
    in_region = {t.i for t in tokens}
    if subject is not None and not after_quote:
        if subject.i in in_region:
            return verb, subject
        # The parse reached into an earlier sentence: prefer the words before the verb.
        return verb, _phrase_root(pre) or subject
    if subject is not None and subject.i in in_region:
        # '"...," X told Y': a parse that makes Y the subject is overruled by the words before
        # the verb; only an empty lead ('said X') lets the subject follow the verb.
        if subject.i < verb.i or not any(not t.is_punct for t in pre):
            return verb, subject
    root = _phrase_root(pre)
    if root is None:
        post = []
        for t in tokens[position + 1 :]:
            if t.is_punct or t.pos_ in ("ADP", "VERB", "SCONJ", "AUX"):
                break
            post.append(t)
        root = _phrase_root(post)
    return verb, root if root is not None else subject


def _governing_verb(doc: Doc, quote: QuoteMarks, index: _DocIndex,
                    lexicon: QuoteLexicon) -> tuple[Token | None, Token | None]:
    """The reporting verb that governs the quoted words in the parse, and its subject
    (``slammed the truce as a "provocative step"``, ``describing the proposal as "unacceptable"``)."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not len(span):
        return None, None
    token = span.root
    for _ in range(8):
        if token.head is token:
            break
        child, token = token, token.head
        if span.start <= token.i < span.end:
            continue
        if child.dep_ in SUBJECT_DEPS:
            continue  # the quoted words act ("terrorist elements" attacked), they are not said
        if _is_reporting(token, lexicon) and not _passive(token):
            subject, _ = _subject_of(token, index)
            if subject is not None:
                return token, subject
    return None, None


def _indirect(doc: Doc, marked: list[Attribution], index: _DocIndex, lexicon: QuoteLexicon,
              skip: list[tuple[int, int]]) -> list[Attribution]:
    """Reported speech without quotation marks: a speech verb's clausal complement, or the rest of
    a sentence led or closed by ``according to X``. A said clause may hold a few quoted words
    (a partial quote) but not a quoted sentence."""
    found: list[Attribution] = []
    direct_ranges = sorted(
        (a.marks.open_mark, a.marks.outer_end) for a in marked if a.kind == "direct" and a.marks
    )

    def overlaps_quote(lo: int, hi: int) -> bool:
        i = bisect.bisect_left(direct_ranges, (hi,)) - 1
        while i >= 0:
            qlo, qhi = direct_ranges[i]
            if qhi <= lo:
                return False
            if qlo < hi:
                return True
            i -= 1
        return False

    def blocked(lo: int, hi: int) -> bool:
        return any(lo < b and hi > a for a, b in skip)

    for position in index.candidates:
        token = doc[position]
        clause: list[Token] | None = None
        subject: Token | None = None
        verb: Token | None = None
        if _is_reporting(token, lexicon, speech_only=True):
            if index.in_quote(token.idx) or index.in_caption(token.idx) or _passive(token):
                continue
            line = index.bounds(token.idx)
            # A complement whose head lies before a seam still has its words after it.
            complements = [
                c for c in token.children if c.dep_ == "ccomp" and (
                    line[0] <= c.idx < line[1] or c.i < token.i and _overlaps(c.right_edge, line)
                )
            ]
            if complements:
                # A complement after the verb is the said clause; one before it is a fronted
                # clause ("X were killed, the monitor said").
                complement = max(complements, key=lambda c: (c.i > token.i, -abs(c.i - token.i)))
                if complement.i < token.i and any(c.dep_ == "dobj" for c in token.children):
                    continue  # "..., officials report; however, the governor denies these"
                if not any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in complement.children):
                    continue  # a said clause has its own subject; a bare verb phrase is a mis-parse
                clause = [t for t in complement.subtree if _overlaps(t, line)]
                clause = _without_leading_adverbial(clause, complement, token)
            else:
                clause = _fronted_clause(token, line, index)
                if not clause:
                    continue
            verb = token
            subject, _ = _subject_of(token, index)
            if subject is not None and not _overlaps(subject, line):
                subject = None  # the parse ran across a lost line break
            if subject is None:
                subject = _adjacent_subject(token, line)
            if subject is None:
                # A parse broken by a heading glued to the sentence: the words before the verb.
                lead_lo = max(line[0], token.sent.start_char)
                subject = _phrase_root(index.tokens(lead_lo, token.idx))
            if subject is None or index.in_quote(subject.idx):
                continue
        elif token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            sent = token.sent
            phrase = list(token.subtree)
            if not phrase or index.in_quote(token.idx) or index.in_caption(token.idx):
                continue
            line = index.bounds(token.idx)
            subject = _according_in([token, doc[token.i + 1], *phrase[2:]])
            if subject is None:
                continue
            if phrase[0].i <= sent.start + 1:
                clause = list(sent[phrase[-1].i + 1 - sent.start :])
            elif phrase[-1].i >= sent.end - 2:
                clause = list(sent[: phrase[0].i - sent.start])
            else:
                continue
        if not clause or subject is None:
            continue
        clause = [t for t in clause if not t.is_space and _overlaps(t, line)]
        while clause and (clause[0].is_punct or clause[0].dep_ == "mark" and clause[0].lower_ == "that"):
            clause = clause[1:]
        while clause and (clause[-1].is_punct or clause[-1].lower_ in ("and", "but")):
            clause = clause[:-1]
        if len(clause) < 3:
            continue
        first = clause[0]
        if first.dep_ == "case" and first.head.i == first.i - 1:
            first = first.head  # "insurgentsRussia ’s foray": the possessor straddles a seam
        lo = max(first.idx, line[0])
        hi = clause[-1].idx + len(clause[-1])
        if line[1] < hi:  # the last token straddles a seam ("was OK.Insufficient")
            hi = line[1]
            while hi > lo and index.text[hi - 1] in " .,;:":
                hi -= 1
        dateline = _DATELINE_RE.match(index.text, lo, hi)
        if dateline:
            lo = dateline.end()
        lo, hi = _widen_to_quotes(lo, hi, index.quote_ranges)
        if _only_quoted(index.text, lo, hi, index.quote_ranges):
            continue  # the said clause is one quotation: the marked quote carries it
        if overlaps_quote(lo, hi) or blocked(lo, hi):
            continue
        if _crosslink_or_heading(index.text, lo, lexicon):
            continue
        item = Attribution(lo, hi, "indirect", verb=verb, subject=subject,
                           cue=verb.text if verb is not None else "according to")
        if verb is not None:
            item.outlet = _outlet(verb, index, lexicon)
        found.append(item)
    return found


def _adjacent_subject(verb: Token, bounds: tuple[int, int]) -> Token | None:
    """The head of the noun phrase right before ``verb`` when the parse gave the verb no
    subject of its own in reach (``Zabiullah Mujahid, the spokesperson for the Taliban,
    claimed``): climbed through prepositions, appositions and modifiers to a name or noun."""
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and (doc[k].is_punct or doc[k].pos_ in ("ADV", "AUX", "PART")):
        k -= 1
    if k < 0 or not _overlaps(doc[k], bounds) or doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    token = doc[k]
    for _ in range(6):
        head = token.head
        if token.dep_ not in ("pobj", "prep", "appos", "compound", "amod", "poss") or (
            head.i >= verb.i or not _overlaps(head, bounds) or head.i == token.i
        ):
            break
        token = head
    return token if token.pos_ in ("NOUN", "PROPN") else None


def _overlaps(token: Token, bounds: tuple[int, int]) -> bool:
    """True if ``token`` has characters inside ``bounds`` (a token may straddle a seam)."""
    return token.idx + len(token) > bounds[0] and token.idx < bounds[1]


def _passive(verb: Token) -> bool:
    """True for a passive reporting verb (``it was announced``, ``the authenticity of which has
    been denied``, ``six soldiers are being charged``): its subject is not the speaker. ``X was
    quoted as saying`` stays active."""
    if verb.lemma_.lower() in ("quote", "cite"):
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _only_quoted(text: str, lo: int, hi: int, ranges: list[tuple[int, int]]) -> bool:
    """True if ``text[lo:hi]`` is a quotation with at most two words outside its marks."""
    i = bisect.bisect_right(ranges, (hi,)) - 1
    while i >= 0 and ranges[i][1] > lo:
        qlo, qhi = ranges[i]
        if qlo <= lo + 30 and qhi >= hi - 30:
            outside = text[lo:qlo] + " " + text[qhi:hi]
            return len(_WORD_RE.findall(outside)) <= 2
        i -= 1
    return False


def _without_leading_adverbial(clause: list[Token], complement: Token, verb: Token) -> list[Token]:
    """Drop a time or place phrase the parse put at the head of a said clause although it goes
    with the saying (``said on Friday it had shot down 20 drones``)."""
    if not clause or clause[0].i < verb.i or clause[0].lower_ == "that":
        return clause
    subjects = [c for c in complement.children if c.dep_ in CLAUSE_SUBJECT_DEPS]
    if not subjects:
        return clause
    start = subjects[0].left_edge.i
    lead = [t for t in clause if t.i < start]
    if lead and lead[0].dep_ in ("prep", "npadvmod") and all(
        t.lower_ != "that" for t in lead
    ):
        return [t for t in clause if t.i >= start]
    return clause


def _fronted_clause(verb: Token, line: tuple[int, int], index: _DocIndex) -> list[Token]:
    """The clause before a parenthetical attribution the parse did not link to it
    (``strikes killed 40 people on Tuesday, health officials said, as ...``): the sentence up to
    the comma before the verb's subject, when that stretch has a verb of its own."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in verb.children):
        return []  # "..., the governor denies these allegations": not a parenthetical "X said"
    if not subjects or verb.dep_ == "relcl":
        return []  # "Bai, who testified": the words before a relative clause were not said
    comma = subjects[-1].left_edge.i - 1
    sent = verb.sent
    if comma <= sent.start + 2 or verb.doc[comma].text != ",":
        return []
    clause = [t for t in verb.doc[sent.start : comma] if line[0] <= t.idx < line[1]]
    if len(clause) < 4 or not any(t.pos_ in ("VERB", "AUX") for t in clause):
        return []
    return clause


def _widen_to_quotes(lo: int, hi: int, ranges: list[tuple[int, int]]) -> tuple[int, int]:
    """Widen ``[lo, hi)`` so that no quotation (marks included) is cut in two."""
    i = bisect.bisect_right(ranges, (hi,)) - 1
    while i >= 0 and ranges[i][1] > lo:
        qlo, qhi = ranges[i]
        if qlo < hi and qhi > lo:
            lo, hi = min(lo, qlo), max(hi, qhi)
        i -= 1
    return lo, hi


def _crosslink_or_heading(text: str, start: int, lexicon: QuoteLexicon) -> bool:
    """True if ``start`` lies on a title/heading line or a ``READ MORE:``-style cross-link line."""
    lo, hi = line_bounds(text, start)
    line = text[lo:hi]
    return is_heading_line(line) or bool(lexicon.crosslink_re.match(line))


def _continues(text: str, previous: Attribution, current: Attribution) -> bool:
    """True if an unattributed quote goes on with the previous statement: a quoted one with
    nothing but its own attribution in between, or a reported one in the sentence just before
    (``Lavrov said Moscow would respond. "We will not tolerate this."``)."""
    if current.marks is None:
        return False
    if current.marks.continued:
        return True
    if current.kind != "direct" or previous.kind == "partial":
        return False
    end = previous.marks.outer_end if previous.marks is not None else previous.end
    gap = text[end : current.marks.open_mark]
    if len(_WORD_RE.findall(gap)) > 30:
        return False
    if previous.marks is None and _WORD_RE.search(gap):
        return False
    return len(_TERMINATOR_RE.findall(gap.strip() + " ")) <= 1


def extract_quotes(doc: Doc) -> list[Quote]:
    """Return the direct, partial and indirect statements of ``doc`` with resolved speakers."""
    lexicon = load_lexicon()
    text = doc.text  # built from the tokens on every access: read once
    skip = list(doc._.skip_spans or ())
    marks = [
        q for q in find_quote_marks(text)
        if not in_skipped(doc, q.open_mark, q.outer_end)
        and not _crosslink_or_heading(text, q.start, lexicon)
    ]
    index = _DocIndex(doc, text, marks, lexicon)
    items = _attribute_marked(doc, marks, index, lexicon)
    items.extend(_indirect(doc, items, index, lexicon, skip))
    items.sort(key=lambda a: a.start)

    resolver = _Resolver(doc, index, lexicon)
    out: list[Quote] = []
    made: list[tuple[Attribution, Quote]] = []
    previous: tuple[Attribution, Quote] | None = None
    for item in items:
        speaker: Speaker | None = None
        if item.subject is not None:
            speaker = resolver.from_subject(item.subject)
            if speaker is None and item.marks is None and item.subject.pos_ != "PRON":
                continue  # reported by no one credible ("investigations revealed")
        quote = Quote(text=text[item.start : item.end], kind=item.kind, start=item.start,
                      end=item.end, cue=item.cue, outlet=item.outlet)
        if speaker is None and item.marks is not None and previous is not None:
            prev_item, prev_quote = previous
            if _continues(text, prev_item, item):
                quote.speaker, quote.speaker_group = prev_quote.speaker, prev_quote.speaker_group
                quote.cue, quote.outlet = prev_quote.cue, prev_quote.outlet
        if speaker is not None:
            quote.speaker, quote.speaker_group = speaker.name, speaker.group
            resolver.history.append(Speaker(speaker.name, speaker.kind, speaker.group,
                                            item.subject.idx if item.subject is not None else 0,
                                            speaker.head))
        if item.marks is not None and item.kind == "partial" and (
            _is_name(quote.text) or _quoted_name(doc, index, item.marks)
        ):
            continue  # the "Islamic State", "Operation Iron Swords": a name, not words said
        if item.marks is not None and quote.speaker is None and (
            item.marks.single or item.kind == "partial" and _scare_quote_or_title(quote.text)
        ):
            continue
        previous = (item, quote)
        out.append(quote)
        made.append((item, quote))
    out = _nested_reported(text, made)
    _backfill_continued(out, items)
    _share_groups(out)
    return out


def _nested_reported(text: str, made: list[tuple[Attribution, Quote]]) -> list[Quote]:
    """Reported statements nested in another of the same speaker: a coordinated one (``announced
    that an inquiry was opened and stated that ...``) ends the outer clause; any other (``adds: we
    reiterate that ...``) is carried by the outer one and dropped."""
    out: list[Quote] = []
    outer: Quote | None = None
    for item, quote in made:
        if (quote.kind == "indirect" and outer is not None and quote.speaker == outer.speaker
                and outer.start < quote.start and quote.end <= outer.end):
            verb = item.verb
            cc = verb.doc[verb.i - 1] if verb is not None and verb.i else None
            if cc is not None and cc.dep_ == "cc" and outer.start < cc.idx:
                end = cc.idx
                while end > outer.start and text[end - 1] in " ,;":
                    end -= 1
                outer.end, outer.text = end, text[outer.start : end]
            else:
                continue
        if quote.kind == "indirect":
            outer = quote
        out.append(quote)
    return out


NAMING_WORDS = frozenset({"alias", "aka", "nicknamed", "codenamed", "dubbed", "named", "titled",
                          "entitled", "meaning", "means", "translates", "known"})
"""Words before quoted words that are a name or a gloss (``alias "el mexicano"``,
``which translates as "land of the mountains"``), not a statement."""


def _quoted_name(doc: Doc, index: _DocIndex, marks: QuoteMarks) -> bool:
    """True for a few quoted words used as a name: after a naming word (``alias``, ``known
    as``, ``translates as``), or, in text without capitals, a short phrase that modifies the
    noun after it (``the "santo tomas" presidential farm``, ``the "cerigua" news agency``)."""
    words = _WORD_RE.findall(index.text[marks.start : marks.end])
    first = bisect.bisect_left(index.token_starts, marks.open_mark)
    before = [doc[i] for i in range(max(first - 2, 0), first)]
    if before and before[-1].lower_ == "as" and len(before) > 1:
        before = before[:-1]  # "known as", "translates as"
    if before and before[-1].lower_ in NAMING_WORDS and len(words) <= 6:
        return True
    if not index.lowercased or len(words) > 3 or marks.close_mark is None:
        return False
    after = bisect.bisect_left(index.token_starts, marks.close_mark + 1)
    if after < len(doc) - 1 and doc[after].pos_ == "ADJ":
        after += 1  # the "santo tomas" presidential farm
    return after < len(doc) and doc[after].pos_ in ("NOUN", "PROPN") and (
        doc[after].dep_ not in SUBJECT_DEPS
    )


def _scare_quote_or_title(words: str) -> bool:
    """Unattributed quoted words that are a name, title or scare quote rather than a statement:
    a few words (``the so-called "Islamic State"``) or title case (``"The Battle of Algiers"``)."""
    tokens = _WORD_RE.findall(words)
    if len(tokens) <= 3:
        return True
    return all(t[:1].isupper() for t in tokens if len(t) > 3)


def _is_name(words: str) -> bool:
    """True for a short title-case phrase, a proper name put in quotation marks."""
    tokens = _WORD_RE.findall(words)
    return 0 < len(tokens) <= 4 and all(t[:1].isupper() for t in tokens if len(t) > 3) and (
        tokens[0][:1].isupper() and words.rstrip()[-1:] not in ".!?,"
    )


def _backfill_continued(quotes: list[Quote], items: list[Attribution]) -> None:
    """A paragraph left open takes the speaker of its continuation when only the latter is
    attributed (``“We hid for three days.¶“Then the street was gone,” said Olena.``)."""
    by_start = {item.start: item for item in items if item.marks is not None}
    for k in range(len(quotes) - 2, -1, -1):
        quote, following = quotes[k], quotes[k + 1]
        marks = by_start.get(quote.start)
        after = by_start.get(following.start)
        if (marks is not None and after is not None and marks.marks.close_mark is None
                and after.marks.continued and quote.speaker is None):
            quote.speaker, quote.speaker_group = following.speaker, following.speaker_group
            quote.cue, quote.outlet = following.cue, following.outlet


def _share_groups(quotes: list[Quote]) -> None:
    """Give every quote of a speaker the group stated at any of that speaker's quotes."""
    known: dict[str, str] = {}
    for quote in quotes:
        if quote.speaker and quote.speaker_group and quote.speaker not in known:
            known[quote.speaker] = quote.speaker_group
    for quote in quotes:
        if quote.speaker and not quote.speaker_group:
            quote.speaker_group = known.get(quote.speaker)


class QuoteExtractor:
    """Pipeline component: stores :func:`extract_quotes` results on ``doc._.quotes``."""

    def __init__(self) -> None:
        load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = run_extractor(doc, "quotes", extract_quotes)
        return doc


@Language.factory(
    "conflict_quotes",
    assigns=["doc._.quotes"],
    requires=["doc._.groups"],
)
def make_quote_extractor(nlp: Language, name: str) -> QuoteExtractor:
    """Factory for the ``conflict_quotes`` component."""
    return QuoteExtractor()
