"""Names the casualty links take from the span index: the group, place or date at a range.

The index itself is :mod:`conflict_extract.linking`; these helpers turn what it finds into the
strings a :class:`~conflict_extract.models.Casualty` carries (``east Aleppo`` for a place written
``eastern Aleppo``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from conflict_extract.components.casualties.victims import victim_name
from conflict_extract.linking import (
    PlaceMention,
    date_in,
    event_place_mentions,
    group_at,
    group_named_by,
    place_before,
    place_in,
    quotes_over,
)
from conflict_extract.models import Place
from conflict_extract.nlp.extensions import doc_text

DIRECTIONS = {
    "east": "east", "eastern": "east", "west": "west", "western": "west", "north": "north",
    "northern": "north", "south": "south", "southern": "south",
}


def group_name_in(doc: Doc, start: int, end: int) -> str | None:
    """Name of the group mentioned at ``[start, end)`` (covering it, else the first inside)."""
    group = group_at(doc, start, end)
    return group.name if group is not None else None


def group_name_by_head(head: Token, before: int) -> str | None:
    """Resolve ``the monitor`` / ``the ministry`` to the last group named before ``before`` whose
    name, aliases or type contain the head noun."""
    group = group_named_by(head.doc, head.lower_, before)
    return group.name if group is not None else None


def quote_group(doc: Doc, start: int, end: int) -> str | None:
    """The group of the speaker whose quoted or reported words hold ``[start, end)``."""
    return next((q.speaker_group for q in quotes_over(doc, start, end) if q.speaker_group), None)


def quote_speaker(doc: Doc, start: int, end: int) -> str | None:
    """The speaker, under the article's full name for them, of the quote or reported statement
    that holds ``[start, end)``, generic ones included (``a local official``, ``Ukrainian
    officials``)."""
    return next((q.speaker_name or q.speaker for q in quotes_over(doc, start, end) if q.speaker),
                None)


def place_mention_in(doc: Doc, start: int, end: int, anchor: int) -> PlaceMention | None:
    """The event-place mention in ``[start, end)`` nearest ``anchor``; a place inside it named in
    the same range wins over it, the most specific the text supports (``in Myanmar's Sagaing
    region`` gives Sagaing)."""
    mentions = event_place_mentions(doc)
    best = place_in(doc, start, end, anchor)
    if best is not None and _modifier(doc, best):
        best = min((m for m in mentions if start <= m.start and m.end <= end
                    and not _modifier(doc, m)),
                   key=lambda m: abs(m.start - anchor), default=None)
    if best is None:
        return None
    for mention in mentions:
        if start <= mention.start and mention.end <= end and _inside(mention.place, best.place) \
                and not _modifier(doc, mention):
            return mention
    return best


def _modifier(doc: Doc, mention: PlaceMention) -> bool:
    """A place name that tells who, not where: inside a hyphenated modifier (``a Saudi-led
    coalition``, ``US-backed forces``) or a country modifying a noun of people (``six U.S.
    service members``), a nationality; a town before such a noun (``Aleppo residents``) still
    says where."""
    text = doc_text(doc)
    if text[mention.end:mention.end + 1] == "-" and text[mention.end + 1:mention.end + 2].isalpha():
        return True
    if mention.place.type != "country":
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    last = span[-1]
    head = last.head
    return last.dep_ in ("compound", "amod", "nmod") and head.pos_ == "NOUN" and \
        head.i > last.i and victim_name(head) is not None


def _inside(place: Place, container: Place) -> bool:
    """True when ``place`` lies in ``container`` (its parent, province or country)."""
    if place is container:
        return False
    if place.parent == container.name or place.admin1 == container.name and (
            container.type in ("admin1", "region")):
        return True
    return container.type == "country" and place.country is not None and \
        place.country == container.country and place.type != "country"


def place_name(doc: Doc, mention: PlaceMention) -> str:
    """The place's name, with the direction it was written with (``east Aleppo``)."""
    surface = doc_text(doc)[mention.start:mention.end]
    direction = _direction_before(doc, mention.start, surface)
    name = mention.place.name
    if direction and not name.lower().startswith(direction):
        return f"{direction} {name}"
    return name


def place_name_in(doc: Doc, start: int, end: int, anchor: int) -> str | None:
    """Name of the place mentioned in ``[start, end)`` nearest ``anchor``."""
    mention = place_in(doc, start, end, anchor)
    return place_name(doc, mention) if mention is not None else None


def city_before(doc: Doc, before: int) -> str | None:
    """The last city or town named before ``before`` (antecedent of ``the city``)."""
    mention = place_before(doc, before, ("city", "town"))
    return mention.place.name if mention is not None else None


def date_value_in(doc: Doc, start: int, end: int, anchor: int,
                  exclude: Sequence[tuple[int, int]] = ()) -> str | None:
    """ISO value of the event date in ``[start, end)`` nearest ``anchor``; spans opened by
    ``since`` or ``until`` are the bounds of a period, not the date of the event."""
    date = date_in(doc, start, end, anchor, exclude)
    return date.value if date is not None else None


def _direction_before(doc: Doc, start: int, surface: str) -> str | None:
    """``east`` for a place written ``east Aleppo`` / ``eastern Aleppo``."""
    first = surface.split()[0].lower() if surface.split() else ""
    if first in DIRECTIONS and len(surface.split()) > 1:
        return DIRECTIONS[first]
    before = doc_text(doc)[max(0, start - 10):start].split()
    if before and before[-1].lower() in DIRECTIONS:
        return DIRECTIONS[before[-1].lower()]
    return None
