"""Articles to bounded docs, and docs through the pipeline to one record per article.

An article of any size is cut into pieces of at most :data:`PIECE_CHARS` characters before the
parser sees it: whole paragraphs packed together, a paragraph longer than that cut at sentence
ends (a cheap regex, not the parser), a sentence longer than that at a space. No ``Doc`` is ever
bigger than a piece, so time grows with the text and memory with the piece, not the article.
What a piece must know about its article (the publication date or dateline) is set on every
piece here; what the record needs across pieces (places and groups merged by name) is kept by the
:class:`~conflict_extract.nlp.record.RecordBuilder`.

Each article has a time budget: once it is spent, its remaining pieces are skipped, the record is
written with what was found and a ``warnings`` entry, and the run goes on.
"""

from __future__ import annotations

import bisect
import ctypes
import ctypes.util
import re
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from conflict_extract.components.dates.component import dateline_value
from conflict_extract.models import CATEGORIES, Article, ArticleRecord, parse_iso_date
from conflict_extract.nlp.record import RecordBuilder

PIECE_CHARS = 30_000
"""Largest piece of text made into one ``Doc``. News articles fit in one piece (the longest in the
dev sets has 22 k characters), so components see the whole article as before; only a scraped page
or a pasted log is cut, and then context a component keeps within a doc (the current speaker, say)
does not cross the cut."""

BATCH_SIZE = 32
"""Pieces parsed together by ``nlp.pipe``."""

BATCH_CHARS = 30_000
"""Characters parsed together at most: bounds memory, and how late a time budget is noticed."""

ARTICLE_TIMEOUT = 120.0
"""Default seconds of processing per article before its record is written with what was found."""

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")


def _allowed_cuts(text: str, limit: int) -> Iterator[int]:
    """Positions where a piece may end: paragraph ends, and sentence ends inside long paragraphs."""
    start = 0
    ends = [m.end() for m in _PARAGRAPH_BREAK.finditer(text)] if len(text) > limit else []
    for end in [*ends, len(text)]:
        if end - start > limit:
            for m in _SENTENCE_END.finditer(text, start, end):
                if m.end() < end:
                    yield m.end()
        yield end
        start = end


def _forced_cut(text: str, start: int, limit: int) -> int:
    """Where to cut a run of text with no sentence end: after the last space, else at the limit."""
    end = start + limit
    space = max(text.rfind(" ", start + 1, end), text.rfind("\n", start + 1, end))
    return space + 1 if space > start + limit // 2 else end


def split_pieces(text: str, limit: int = PIECE_CHARS) -> Iterator[tuple[int, int]]:
    """``(start, end)`` ranges that tile ``text``, each at most ``limit`` characters.

    Paragraphs are packed whole; a paragraph over ``limit`` is cut at sentence ends, a sentence
    over ``limit`` after a space. Concatenated, the ranges give back ``text`` exactly.
    """
    start = last = 0
    for cut in _allowed_cuts(text, limit):
        if cut - start > limit and last > start:
            yield start, last
            start = last
        while cut - start > limit:
            forced = _forced_cut(text, start, limit)
            yield start, forced
            start = forced
        last = cut
    if last > start:
        yield start, last


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """``(offset, chunk)`` pieces of ``text`` as made by :func:`split_pieces`."""
    return [(start, text[start:end]) for start, end in split_pieces(text, limit)]


@dataclass
class _ArticleRun:
    """One article on its way through the pipeline: its record so far and its clock."""

    builder: RecordBuilder
    deadline: float
    pending: int = 0
    split_done: bool = False
    skipped_from: int | None = None

    @property
    def complete(self) -> bool:
        return self.split_done and self.pending == 0


@dataclass
class _Piece:
    run: _ArticleRun
    offset: int
    length: int
    doc: Doc = field(repr=False)


def _article_context(article: Article) -> tuple[object, str | None]:
    """The publication date every piece is told (the caller's, else a dated dateline), and the
    dateline's value (``XXXX-12-05`` when it names no year)."""
    published = parse_iso_date(article.published)
    dateline = dateline_value(article.text) if published is None else None
    if published is None and dateline and not dateline.startswith("XXXX"):
        published = parse_iso_date(dateline)
    return published, dateline


def _pieces(
    nlp: Language, article: Article, run: _ArticleRun, limit: int
) -> Iterator[_Piece]:
    """The article's pieces as docs with their context, until the article's time is spent."""
    published, dateline = _article_context(article)
    skips = article.skip_spans
    skip_ends = [hi for _, hi in skips]
    spans = split_pieces(article.text, limit)
    upcoming = next(spans, None)
    while upcoming is not None:
        start, end = upcoming
        if time.monotonic() > run.deadline:
            run.skipped_from = start
            break
        upcoming = next(spans, None)
        doc = nlp.make_doc(article.text[start:end])
        doc._.article_id = article.id
        doc._.published = published
        doc._.dateline = dateline
        doc._.skip_spans = _skips_within(skips, skip_ends, start, end)
        run.pending += 1
        # Known before the piece is parsed, so the record can be written as soon as it is.
        run.split_done = upcoming is None
        yield _Piece(run, start, end - start, doc)
    run.split_done = True


def _skips_within(
    skips: list[tuple[int, int]], skip_ends: list[int], start: int, end: int
) -> list[tuple[int, int]]:
    """The non-prose ranges (sorted, disjoint) overlapping ``[start, end)``, relative to ``start``."""
    found = []
    i = bisect.bisect_right(skip_ends, start)
    while i < len(skips) and skips[i][0] < end:
        lo, hi = skips[i]
        found.append((max(lo - start, 0), min(hi - start, end - start)))
        i += 1
    return found


def make_docs(nlp: Language, article: Article) -> list[tuple[int, Doc]]:
    """The article's tokenised pieces (not yet through the pipeline) with their offsets."""
    run = _ArticleRun(RecordBuilder(article, CATEGORIES), deadline=float("inf"))
    return [(p.offset, p.doc) for p in _pieces(nlp, article, run, piece_limit(nlp))]


def piece_limit(nlp: Language) -> int:
    """The largest piece for ``nlp``: :data:`PIECE_CHARS`, or less when ``nlp.max_length`` is."""
    return min(PIECE_CHARS, nlp.max_length - 1)


def _load_malloc_trim():
    """glibc's ``malloc_trim``, or ``None`` where the C library has none (musl, macOS, Windows)."""
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError, TypeError):
        return None


_MALLOC_TRIM = _load_malloc_trim()


def release_freed_memory() -> None:
    """Give memory the parser has freed back to the system.

    glibc keeps the parser's freed work buffers in its heap, and fragments of them pin it: over
    hundreds of pieces of one long article resident memory crept from 400 MB to 700 MB although
    nothing was alive. Trimming after each batch holds it at what one piece needs (a no-op
    elsewhere; about 0.05 ms a call).
    """
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)


def _batches(pieces: Iterator[_Piece], size: int) -> Iterator[list[_Piece]]:
    """Lists of pieces to parse together: the first alone (so the first record streams out at
    once), then up to ``size`` pieces and :data:`BATCH_CHARS` characters."""
    batch: list[_Piece] = []
    chars = 0
    first = True
    for piece in pieces:
        batch.append(piece)
        chars += piece.length
        if first or len(batch) >= size or chars >= BATCH_CHARS:
            yield batch
            batch, chars, first = [], 0, False
    if batch:
        yield batch


def annotate(
    nlp: Language,
    articles: Iterable[Article],
    categories: Sequence[str] = CATEGORIES,
    batch_size: int = BATCH_SIZE,
    article_timeout: float | None = ARTICLE_TIMEOUT,
) -> Iterator[ArticleRecord]:
    """Run articles through ``nlp`` and yield one record per article, in input order.

    ``article_timeout`` seconds (``None``: no limit) after an article's first piece is made, its
    remaining pieces are skipped and its record carries a warning.
    """
    runs: deque[_ArticleRun] = deque()
    limit = piece_limit(nlp)

    def all_pieces() -> Iterator[_Piece]:
        for article in articles:
            budget = float("inf") if not article_timeout else time.monotonic() + article_timeout
            run = _ArticleRun(RecordBuilder(article, tuple(categories)), deadline=budget)
            runs.append(run)
            yield from _pieces(nlp, article, run, limit)

    for batch in _batches(all_pieces(), batch_size):
        docs = nlp.pipe([p.doc for p in batch], batch_size=len(batch))
        for piece, doc in zip(batch, docs, strict=True):
            piece.run.builder.add(piece.offset, doc)
            piece.run.pending -= 1
        release_freed_memory()
        yield from _finished(runs, article_timeout)
    yield from _finished(runs, article_timeout)


def _finished(runs: deque[_ArticleRun], timeout: float | None) -> Iterator[ArticleRecord]:
    """The records of the articles at the head of ``runs`` that are complete, in order."""
    while runs and runs[0].complete:
        run = runs.popleft()
        if run.skipped_from is not None:
            run.builder.warn(
                f"article-timeout: stopped after {timeout:g} s; text from character "
                f"{run.skipped_from:,} of {len(run.builder.article.text):,} was not analysed"
            )
        yield run.builder.finish()
