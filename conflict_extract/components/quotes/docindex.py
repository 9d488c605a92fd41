"""Per-document lookups the quote rules share: token at a character, entity of a token, quote
ranges, seams and captions, and group names through :mod:`conflict_extract.linking`."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy
from spacy.attrs import IDX, LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from conflict_extract.components.quotes.headings import CAPTION_RE, find_seams, line_bounds
from conflict_extract.components.quotes.lexicon import QuoteLexicon, speech_hashes
from conflict_extract.components.quotes.marks import QuoteMarks
from conflict_extract.components.quotes.settings import QuoteSettings
from conflict_extract.linking import group_at, groups_in
from conflict_extract.nlp.hashes import member_mask


@dataclass
class DocIndex:
    """Lookups over one Doc, built once by :func:`index_doc` and read by every quote rule."""

    doc: Doc
    text: str
    lexicon: QuoteLexicon
    settings: QuoteSettings
    token_starts: list[int]
    """Character offset of every token."""
    candidates: list[int]
    """Indices of tokens that may open reported speech (speech verbs, ``according``)."""
    ent_of: dict[int, Span]
    """The entity covering each token index."""
    quote_ranges: list[tuple[int, int]]
    """``(open_mark, outer_end)`` of every quotation, in order."""
    quote_starts: list[int]
    group_type: dict[str, str]
    """Type of each group of ``doc._.groups`` by name."""
    lowercased: bool
    """Text without capitals (MUC-style): names look like common nouns."""
    seams: list[int]
    """Offsets where lost line breaks glued sentences together (:func:`find_seams`)."""
    captions: list[tuple[int, int]]
    """Photo captions run into the text (``FILE - ...``)."""
    group_forms: dict[str, str] = field(default_factory=dict)
    """The acronym the article names a group by most (``IMF``, ``FBI``), by group name."""
    group_spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    """Where each group of ``doc._.groups`` is mentioned, by group name."""

    @property
    def reporting(self) -> frozenset[str]:
        """Every reporting verb lemma."""
        return self.lexicon.reporting

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
        ranges = [(lo, hi)] if exclude is None else [
            (lo, min(hi, exclude[0])), (max(lo, exclude[1]), hi)
        ]
        for a, b in ranges:
            if a < b:
                for found in groups_in(self.doc, a, b):
                    return found.name
        return None

    def speaker_name(self, group: str, lo: int, hi: int) -> str:
        """The name a group speaker mentioned at ``[lo, hi)`` is given: a seat of power as
        written (``White House``, ``Kremlin``: the office speaks, not the state), else the
        acronym the article uses most for the group (``IMF``), else the group's name."""
        for s, e in self.group_spans.get(group, ()):
            if s < hi and lo < e:
                written = strip_article(self.text[s:e])
                if written.lower() in self.lexicon.seats_of_power:
                    return written
        return self.group_forms.get(group, group)

    def group_of(self, token: Token) -> str | None:
        """Name of the group with a mention covering ``token`` (``Observatory`` in ``Syrian
        Observatory for Human Rights``) or inside it."""
        found = group_at(self.doc, token.idx, token.idx + len(token))
        return found.name if found is not None else None


def index_doc(doc: Doc, text: str, quotes: Sequence[QuoteMarks], lexicon: QuoteLexicon,
              settings: QuoteSettings) -> DocIndex:
    """Build the :class:`DocIndex` of ``doc`` (``text`` is ``doc.text``, read once)."""
    columns = doc.to_array([IDX, LEMMA, LOWER]) if len(doc) else None
    hashes = speech_hashes()
    ent_of: dict[int, Span] = {}
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            ent_of[i] = ent
    quote_ranges = [(q.open_mark, q.outer_end) for q in quotes]
    head = text[:2000]
    index = DocIndex(
        doc=doc, text=text, lexicon=lexicon, settings=settings,
        token_starts=[] if columns is None else columns[:, 0].tolist(),
        candidates=[] if columns is None else numpy.flatnonzero(
            member_mask(columns[:, 1], hashes) | member_mask(columns[:, 2], hashes)
        ).tolist(),
        ent_of=ent_of,
        quote_ranges=quote_ranges,
        quote_starts=[lo for lo, _ in quote_ranges],
        group_type={group.name: group.type for group in doc._.groups or ()},
        lowercased=head == head.lower(),
        seams=sorted(set(find_seams(text))),
        captions=[],
    )
    for group in doc._.groups or ():
        index.group_spans[group.name] = [(s, e) for s, e in group.spans]
        form = _acronym_form(text, group.name, group.spans)
        if form is not None:
            index.group_forms[group.name] = form
    for lo in [0, *index.seams, *(m.end() for m in re.finditer(r"\n", text))]:
        if CAPTION_RE.match(text, lo):
            index.captions.append((lo, index.bounds(lo)[1]))
    return index


def strip_article(text: str) -> str:
    """A name as written without a leading ``the`` or a trailing possessive."""
    text = text.strip()
    if text[:4].lower() == "the ":
        text = text[4:]
    return text.removesuffix("’s").removesuffix("'s")


def _acronym_form(text: str, name: str, spans: Sequence[Sequence[int]]) -> str | None:
    """The acronym (``IMF``, ``U.N.``) the article writes most often for a group, when that is
    its most frequent form and not the group's name; else ``None``."""
    forms = Counter(strip_article(text[s:e]) for s, e in spans)
    if not forms:
        return None
    form, _ = forms.most_common(1)[0]
    letters = form.replace(".", "")
    if form != name and 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper():
        return form
    return None
