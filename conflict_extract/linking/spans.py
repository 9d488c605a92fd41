"""One span index for linking: which extracted item (group, place, date, quote) lies at a range.

Later components read what earlier ones stored on the Doc (``doc._.groups``, ``doc._.places``,
``doc._.dates``, ``doc._.quotes``); every "what is at these characters" question is answered here,
once. Offsets are the doc's own, as stored on the results.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from spacy.tokens import Doc

from conflict_extract.models import Casualty, DateMention, Group, Place, Quote
from conflict_extract.nlp.extensions import doc_text

PERIOD_WORDS = ("since", "until", "till", "from", "before", "after")
"""Words that make a date the bound of a period, not the date of the event (``since Monday``)."""


class PlaceMention(NamedTuple):
    """One mention of a place: the place, its index in ``doc._.places`` and the mention's span."""

    place: Place
    index: int
    start: int
    end: int


class GroupMention(NamedTuple):
    """One mention of a group: the group and the mention's span."""

    group: Group
    start: int
    end: int


def group_at(doc: Doc, start_char: int, end_char: int) -> Group | None:
    """The group of ``doc._.groups`` with a mention covering, or covered by, the character range.

    Offsets are the doc's own (as stored on ``doc._.groups``). A mention covering the range wins
    (the tightest one: ``Observatory`` inside ``Observatory director Rami Abdel Rahman`` gives the
    Syrian Observatory for Human Rights); otherwise the first mention inside the range.
    """
    covering: tuple[int, Group] | None = None
    inside: tuple[int, Group] | None = None
    for group in doc._.groups or ():
        for s, e in group.spans:
            if s <= start_char and end_char <= e:
                if covering is None or e - s < covering[0]:
                    covering = (e - s, group)
            elif start_char <= s and e <= end_char:
                if inside is None or s < inside[0]:
                    inside = (s, group)
    if covering is not None:
        return covering[1]
    return inside[1] if inside is not None else None


def groups_in(doc: Doc, start_char: int, end_char: int) -> Iterable[Group]:
    """Every group of ``doc._.groups`` with a mention inside the character range, in text order."""
    seen: list[Group] = []
    for mention in group_mentions(doc):
        if start_char <= mention.start and mention.end <= end_char and all(
                mention.group is not g for g in seen):
            seen.append(mention.group)
    return seen


def group_mentions(doc: Doc) -> tuple[GroupMention, ...]:
    """Every mention of every group of ``doc._.groups``, in text order (kept for the doc last
    asked about: the quote and casualty linkers ask once per statement)."""
    groups = doc._.groups or ()
    last = _LAST_GROUP_MENTIONS
    if last and last[0] is doc and last[1] is groups:
        return last[2]
    found = tuple(sorted(
        (GroupMention(group, s, e) for group in groups for s, e in group.spans),
        key=lambda m: m.start,
    ))
    _LAST_GROUP_MENTIONS[:] = [doc, groups, found]
    return found


_LAST_GROUP_MENTIONS: list = []
"""``[doc, its groups list, their mentions]`` of the last call of :func:`group_mentions`."""


def group_named_by(doc: Doc, word: str, before: int) -> Group | None:
    """The last group mentioned before ``before`` whose name or alias holds the word ``word`` or
    whose type is ``word``: the antecedent of ``the monitor``, ``the ministry``."""
    best = None
    for mention in group_mentions(doc):
        if mention.start >= before:
            break
        group = mention.group
        if group.type == word or any(word in n.lower().split() for n in [group.name, *group.aliases]):
            best = group
    return best


def event_place_mentions(doc: Doc) -> list[PlaceMention]:
    """Every mention of a place of ``doc._.places`` that can be where something happened (places
    only named as where a reporter or speaker is are left out), in text order."""
    found = [PlaceMention(place, k, s, e) for k, place in enumerate(doc._.places or ())
             if place.role != "reporting" for s, e in place.spans]
    return sorted(found, key=lambda m: m.start)


def place_in(doc: Doc, start_char: int, end_char: int, anchor: int) -> PlaceMention | None:
    """The event-place mention inside the character range nearest ``anchor`` (first on a tie)."""
    best: PlaceMention | None = None
    best_dist = None
    for mention in event_place_mentions(doc):
        if mention.start >= start_char and mention.end <= end_char:
            dist = abs(mention.start - anchor)
            if best_dist is None or dist < best_dist:
                best, best_dist = mention, dist
    return best


def place_before(doc: Doc, before: int, types: Sequence[str]) -> PlaceMention | None:
    """The last event-place mention of one of ``types`` starting before ``before``."""
    best = None
    for mention in event_place_mentions(doc):
        if mention.start >= before:
            break
        if mention.place.type in types:
            best = mention
    return best


def date_in(doc: Doc, start_char: int, end_char: int, anchor: int,
            exclude: Sequence[tuple[int, int]] = ()) -> DateMention | None:
    """The dated expression (a date or time with a value) inside the character range nearest
    ``anchor``, as the date an event happened: never one inside ``exclude`` or opened by
    ``since``/``until``/``before`` ... (the bound of a period), never a vague ``PAST_REF``."""
    best, best_dist = None, None
    text = doc_text(doc)
    for date in doc._.dates or ():
        if date.start < start_char or date.end > end_char or not date.value:
            continue
        if any(lo <= date.start < hi for lo, hi in exclude):
            continue
        if date.type not in ("date", "time") or date.value.endswith("_REF"):
            continue
        before = text[max(0, date.start - 8):date.start].lower()
        if (before.rstrip().endswith(PERIOD_WORDS) and not _source_of_toll(text, date)) or \
                date.text.lower().startswith(("since", "until")):
            continue
        dist = abs(date.start - anchor)
        if best_dist is None or dist < best_dist:
            best, best_dist = date, dist
    return best


def _source_of_toll(text: str, date: DateMention) -> bool:
    """``(the toll) from Saturday's bombing``: after ``from``, a possessive date dates the incident
    the figure comes from; it opens no period."""
    before = text[max(0, date.start - 8):date.start].lower().rstrip()
    return before.endswith("from") and text[date.end:date.end + 2] in ("'s", "’s")


def quotes_over(doc: Doc, start_char: int, end_char: int) -> list[Quote]:
    """The quotes of ``doc._.quotes`` whose words hold the character range, in stored order."""
    return [q for q in doc._.quotes or () if q.start <= start_char and end_char <= q.end]


def pending_place_indexes(casualties: Sequence[Casualty], doc: Doc) -> list[tuple[Casualty, str]]:
    """(casualty, place name) for every figure of one chunk's doc linked to a place: its
    ``place_index`` points into that doc's places until :func:`resolve_place_indexes` runs."""
    places = doc._.places or []
    return [(c, places[c.place_index].name) for c in casualties
            if c.place_index is not None and c.place_index < len(places)]


def resolve_place_indexes(pending: Sequence[tuple[Casualty, str]], places: Sequence[Place]) -> None:
    """Point each figure's ``place_index`` at its place in the article's merged ``places`` (the
    chunk's own index stands when the record carries no places)."""
    if not places:
        return
    index = {place.name: k for k, place in enumerate(places)}
    for casualty, name in pending:
        casualty.place_index = index.get(name)
