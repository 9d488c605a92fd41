"""One span index for linking: which extracted item (group, place, date) lies at a character range.

Later components read what earlier ones stored on the Doc (``doc._.groups``, ``doc._.places``,
``doc._.dates``); every "what is at these characters" question is answered here, once. Offsets are
the doc's own, as stored on the results.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from conflict_extract.models import Group


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
    found = []
    for group in doc._.groups or ():
        for s, e in group.spans:
            if start_char <= s and e <= end_char:
                found.append((s, group))
    seen: list[Group] = []
    for _s, group in sorted(found, key=lambda x: x[0]):
        if all(group is not g for g in seen):
            seen.append(group)
    return seen
