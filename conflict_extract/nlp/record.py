"""Assembling the article record from the annotated pieces of one article, piece by piece.

A piece's doc is folded into the record as soon as it is annotated and then dropped, so memory
holds the results, never the docs, of a long article.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc

from conflict_extract.components.casualties.totals import article_totals
from conflict_extract.linking import pending_place_indexes, resolve_place_indexes
from conflict_extract.models import (
    CATEGORIES,
    Article,
    ArticleRecord,
    Casualty,
    DateMention,
    Group,
    Place,
    Quote,
)


def _shift(item: Casualty | Place | Group | Quote | DateMention, offset: int):
    """A copy of a result object with its character offsets moved by ``offset``."""
    if offset == 0:
        return item
    if isinstance(item, (Place, Group)):
        return dataclasses.replace(item, spans=[[s + offset, e + offset] for s, e in item.spans])
    changes: dict = {"start": item.start + offset, "end": item.end + offset}
    if isinstance(item, Quote) and item.speaker_span is not None:
        changes["speaker_span"] = [position + offset for position in item.speaker_span]
    if isinstance(item, Casualty) and item.site_span is not None:
        changes["site_span"] = [position + offset for position in item.site_span]
    return dataclasses.replace(item, **changes)


def _surfaces(item: Place | Group) -> list[str]:
    """The surface forms a named result keeps: a place's mentions, a group's aliases."""
    return item.mentions if isinstance(item, Place) else item.aliases


@dataclass
class RecordBuilder:
    """The record of one article, filled one annotated piece at a time.

    Places found in several pieces are merged by canonical name and reading (type, country,
    first-level division), groups by canonical name; sub-counts
    (``part_of``) are renumbered into the article's list of casualties; offsets become absolute.
    """

    article: Article
    categories: tuple[str, ...] = CATEGORIES
    record: ArticleRecord = field(init=False)
    _by_name: dict[str, dict[tuple, Place | Group]] = field(init=False, repr=False)
    _pending_places: list[tuple[Casualty, str]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        published = self.article.published
        self.record = ArticleRecord(
            id=self.article.id, source=self.article.source, title=self.article.title,
            published=published,
        )
        self._by_name = {"places": {}, "groups": {}}
        self._pending_places = []

    def add(self, offset: int, doc: Doc) -> None:
        """Fold one annotated piece, which starts at ``offset`` in the article text, into the record."""
        if self.record.published is None and doc._.published is not None:
            self.record.published = doc._.published.isoformat()
        for category in self.categories:
            found = [_shift(item, offset) for item in (doc._.get(category) or [])]
            target = getattr(self.record, category)
            if category in self._by_name:
                self._merge_named(self._by_name[category], target, found)
                continue
            if category == "casualties":
                base = len(target)
                for casualty in found:
                    if casualty.part_of is not None:
                        casualty.part_of += base
                self._pending_places.extend(pending_place_indexes(found, doc))
            target.extend(found)
        self.record.errors.extend(doc._.extraction_errors or [])

    @staticmethod
    def _merge_named(by_name: dict, items: list, found: list) -> None:
        for item in found:
            # One name may be two places (California the state, and the Pennsylvania town); a
            # group is one group by its name.
            identity = (item.name, item.type, item.country, item.admin1) if isinstance(
                item, Place) else (item.name,)
            known = by_name.get(identity)
            if known is None:
                items.append(item)
                by_name[identity] = item
                continue
            known.spans.extend(item.spans)
            seen = _surfaces(known)
            seen.extend(s for s in _surfaces(item) if s not in seen)

    def warn(self, message: str) -> None:
        """Note something the reader of the record must know (it is incomplete, say)."""
        self.record.warnings.append(message)

    def finish(self) -> ArticleRecord:
        """The finished record: figures pointed at the article's merged places, article totals, and
        the figures linked into events."""
        if "casualties" in self.categories:
            resolve_place_indexes(self._pending_places, self.record.places)
            self.record.totals = article_totals(self.record.casualties)
            _add_events(self.record, self.article.text)
        return self.record


def build_record(
    article: Article, parts: Sequence[tuple[int, Doc]], categories: Sequence[str] = CATEGORIES
) -> ArticleRecord:
    """The record of ``article`` from its annotated docs (``(offset, doc)`` pairs in text order)."""
    builder = RecordBuilder(article, tuple(categories))
    for offset, doc in parts:
        builder.add(offset, doc)
    return builder.finish()


def _add_events(record: ArticleRecord, text: str) -> None:
    """Link the record's casualty figures into events; a failure is reported, never fatal."""
    from conflict_extract.events.build import article_events

    try:
        record.events = article_events(record, text)
    except Exception as exc:  # noqa: BLE001 - same policy as extensions.run_extractor
        record.errors.append(f"events: {type(exc).__name__}: {exc}")
