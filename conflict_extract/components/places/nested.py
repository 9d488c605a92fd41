"""Places found through another place: the town a landmark is named after (``the Harir Air
Base`` -> Harir), and a name written inside a known place (``near Tanf in rural Damascus``)."""

from __future__ import annotations

import re

from conflict_extract.components.places.cues import (
    NON_PLACE_LABELS,
    STREET_WORDS,
    eponymous_words,
    feature_words,
    not_places,
    street_name,
)
from conflict_extract.components.places.evidence import (
    building_name,
    group_name,
    landmark_head,
    well_known,
)
from conflict_extract.components.places.mention import Mention, name_key
from conflict_extract.components.places.resolve import Resolver

_INSIDE = re.compile(
    r"\s+(?:in|near|inside|within)\s+(?:the\s+)?(?:(?:rural|countryside\s+of|outskirts\s+of|"
    r"(?:north|south|east|west)(?:ern|[-\w]*)?(?:\s+countryside\s+of)?)\s+)?"
)
_CONTAINERS = frozenset({"country", "admin1", "admin2", "region", "city"})
_UNIT_HINTS = frozenset({"admin1", "admin2", "district", "region"})
_KIND_OR_NOTE = re.compile(r"(?:[ ](?P<kind>[a-z]+))?(?:[ ]\([^()]{1,30}\))?")
"""What may follow a name before ``in`` its container: its kind of place and a note in brackets
(``Gire Sorke hill in``, ``Sehit Baran (Kurdish name) in``)."""


def towns_of_landmarks(accepted: list[Mention], resolver: Resolver) -> list[Mention]:
    """A mention of the town each accepted landmark is named after, where that town resolves in
    the article's countries (``the Kunduz airport``: Kunduz)."""
    found = []
    named_alone = {
        name_key(m.core) for m in accepted if m.entry is not None and m.hint != "landmark"
    }
    for m in accepted:
        if m.hint != "landmark" or m.entry is not None:
            continue
        head = landmark_head(m.core)
        if head == m.core or head.lower() in not_places() or (
            m.core.rsplit(" ", 1)[-1].lower() in STREET_WORDS
        ):
            continue  # Oxford Street in Belfast is not in Oxford
        kind = m.core[len(head):].split()[-1].lower()
        if kind in eponymous_words() and name_key(head) not in named_alone:
            continue  # Columbia University, the Pinecrest Motel: unless the text names the town
        entry, _ = resolver.resolve(head, "town", True)
        # A report naming no country at all ("a drone targeted Kunduz airport") still names a
        # big, widely known town.
        if entry is not None and (resolver.in_context(entry) or (
            not resolver.context and well_known(resolver.gaz, head)
        )):
            found.append(Mention(start=m.core_start, end=m.core_start + len(head), core=head,
                                 core_start=m.core_start, entry=entry, evidence={"named"}))
    return found


def inside_known(text: str, mentions: list[Mention], accepted: list[Mention]) -> list[Mention]:
    """Rejected names after a locative word, or with a feature word or an area cue, written
    inside an accepted country, division or city (``near Tanf in rural Damascus``, ``in
    Al-Malikeyyeh in the countryside of Hasakah``, ``on Gire Sorke hill in Sidakan region``)."""
    taken = {(m.start, m.end) for m in accepted}
    by_start = {m.start: m for m in accepted}
    found = []
    for m in mentions:
        if (m.start, m.end) in taken or not m.evidence & {"prep", "feature", "area"} or (
            m.label in NON_PLACE_LABELS - {"ORG"} and "area" not in m.evidence
        ) or m.label in ("NORP", "LANGUAGE") or "title" in m.evidence:
            continue
        gap = _INSIDE.match(text, _after_kind(text, m))
        if gap is None:
            continue
        outer = by_start.get(gap.end())
        if outer is None or not (
            outer.entry is not None and outer.entry.type in _CONTAINERS
            or outer.hint in _UNIT_HINTS and "feature" in outer.evidence  # "in Sidakan region"
        ):
            continue
        if m.core.lower() in not_places() or group_name(m.core) or m.core.isupper() or (
            building_name(m.core)
        ):
            continue
        m.evidence.add("inside")
        found.append(m)
    return found


def _after_kind(text: str, m: Mention) -> int:
    """Where a mention's name ends past its kind of place and a bracketed note, if any."""
    after = _KIND_OR_NOTE.match(text, m.end)
    kind = after.group("kind")
    if kind is not None and kind not in feature_words():
        return m.end  # "Tanf in rural Damascus": no kind, the gap starts at once
    return after.end()


_LEADS = frozenset("north south east west northern southern eastern western northeast northwest "
                   "southeast southwest central upper lower greater metropolitan downtown".split())


_ROAD_OWNERS = frozenset({"admin1", "admin2"})
"""Divisions whose roads carry their name (``Wabasha County Road 3``, ``the Ohio Turnpike``)."""


def prefixes_of_accepted(mentions: list[Mention], accepted: list[Mention]) -> list[Mention]:
    """An accepted place opening another name run (``Gainesville`` in ``Gainesville VFW Post``,
    ``Walker County`` in ``the Walker County Fairgrounds``, ``Georgia`` in ``Northeast Georgia
    Medical Center``): a mention of that place, as its bare repeats are."""
    known = {name_key(m.core): m for m in accepted if "surname" not in m.evidence}
    taken = {(m.start, m.end) for m in accepted}
    found = []
    for m in mentions:
        if (m.start, m.end) in taken or " " not in m.core or m.label == "PERSON" or (
            "surname" in m.evidence
        ):
            continue
        words = m.core.split(" ")
        offset = 0
        if words[0].lower() in _LEADS:
            offset, words = len(words[0]) + 1, words[1:]
        for n in range(min(3, len(words) - 1), 0, -1):
            head = " ".join(words[:n])
            ref = known.get(name_key(head))
            if ref is None:
                continue
            if street_name(m.core) and (ref.entry is None or ref.entry.type not in _ROAD_OWNERS):
                break  # "Lancaster Avenue" is no mention of Lancaster; "Wabasha County Road 8" is
            start = m.core_start + offset
            found.append(Mention(start=start, end=start + len(head), core=head, core_start=start,
                                 entry=ref.entry, hint=ref.hint, evidence={"named"}))
            break
    return found
