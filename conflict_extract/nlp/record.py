"""Assembling the article record from the annotated doc(s) of one article."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Doc

from conflict_extract.components.casualties.totals import article_totals
from conflict_extract.linking import pending_place_indexes, resolve_place_indexes
from conflict_extract.models import CATEGORIES, Article, ArticleRecord, Group, Place


def _shift(item, offset: int):
    """A copy of a result object with its character offsets moved by ``offset``."""
    if offset == 0:
        return item
    changes = {}
    if hasattr(item, "start"):
        changes["start"] = item.start + offset
        changes["end"] = item.end + offset
    if hasattr(item, "spans"):
        changes["spans"] = [[s + offset, e + offset] for s, e in item.spans]
    return dataclasses.replace(item, **changes)


def _merge_named(items: list, offset_items: list) -> None:
    """Merge places or groups from a later chunk into ``items`` by canonical name."""
    by_name = {item.name: item for item in items}
    surface_field = "mentions" if offset_items and isinstance(offset_items[0], Place) else "aliases"
    for item in offset_items:
        known: Place | Group | None = by_name.get(item.name)
        if known is None:
            items.append(item)
            by_name[item.name] = item
            continue
        known.spans.extend(item.spans)
        seen = getattr(known, surface_field)
        seen.extend(s for s in getattr(item, surface_field) if s not in seen)


def build_record(
    article: Article, parts: Sequence[tuple[int, Doc]], categories: Sequence[str] = CATEGORIES
) -> ArticleRecord:
    """Build the record of ``article`` from its annotated docs (``(offset, doc)`` pairs in text order).

    Only ``categories`` are filled; the others stay empty lists. Offsets are made absolute in the
    article text, and places and groups found in different chunks of a long article are merged.
    """
    published = article.published
    if published is None:  # a dateline read by the dates component (``BEIRUT, Dec 5, 2016 ...``)
        published = next((doc._.published.isoformat() for _, doc in parts
                          if getattr(doc._, "published", None) is not None), None)
    record = ArticleRecord(
        id=article.id, source=article.source, title=article.title, published=published
    )
    pending: list = []
    for offset, doc in parts:
        for category in categories:
            found = [_shift(item, offset) for item in (getattr(doc._, category) or [])]
            target = getattr(record, category)
            if category in ("places", "groups"):
                _merge_named(target, found)
            elif category == "casualties":
                base = len(target)
                for casualty in found:
                    if casualty.part_of is not None:
                        casualty.part_of += base
                pending.extend(pending_place_indexes(found, doc))
                target.extend(found)
            else:
                target.extend(found)
        record.errors.extend(doc._.extraction_errors or [])
    if "casualties" in categories:
        resolve_place_indexes(pending, record.places)
        record.totals = article_totals(record.casualties)
        _add_events(record, article.text)
    return record


def _add_events(record: ArticleRecord, text: str) -> None:
    """Link the record's casualty figures into events; a failure is reported, never fatal."""
    from conflict_extract.events.events import article_events

    try:
        record.events = article_events(record, text)
    except Exception as exc:  # noqa: BLE001 - same policy as extensions.run_extractor
        record.errors.append(f"events: {type(exc).__name__}: {exc}")
