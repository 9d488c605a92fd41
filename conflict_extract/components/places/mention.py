"""The state of one candidate place mention, and the key that merges mentions of one name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from conflict_extract.components.places.cues import OPENING_PREPOSITIONS, PLACE_LABELS
from conflict_extract.components.places.pins import NO_PIN, Pin
from conflict_extract.gazetteer.index import Entry
from conflict_extract.text.names import place_key


@dataclass
class Mention:
    """A candidate place mention and the evidence gathered for it."""

    start: int  # surface span (directional prefix included)
    end: int
    core: str  # the name proper
    core_start: int
    hint: str | None = None
    role: str = "event"
    evidence: set[str] = field(default_factory=set)
    label: str | None = None
    entry: Entry | None = None
    key: str = ""
    within: Pin = NO_PIN
    """Where the text pins the name: ``Paris, Texas``, ``Morales (Cauca)``, ``Karaj, Nineveh,
    Iraq`` (:mod:`conflict_extract.components.places.pins`)."""


name_key = place_key
"""Merge key of a place mention: :func:`conflict_extract.text.names.place_key`."""


def ent_labels(doc: Doc) -> dict[int, str]:
    """Character offset of each entity-token start -> entity label."""
    labels: dict[int, str] = {}
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS and opens_with_preposition(ent):
            continue  # the label of "Near Kismayo" says nothing about Kismayo
        for tok in ent:
            labels[tok.idx] = ent.label_
    return labels


def opens_with_preposition(ent: Span) -> bool:
    """Whether the model ran a sentence's opening preposition into the entity (``Near Kismayo``,
    ``Inside Gaza`` tagged PERSON)."""
    return ent[0].pos_ == "ADP" or ent[0].lower_ in OPENING_PREPOSITIONS


LIST_GAP = re.compile(r"\s*(?:,|and|or|,\s*and|, or)(?:\s+(?:nearby|neighbouring|neighboring))?\s*")
"""What may stand between two listed names: a comma, ``and``, ``or``, ``and nearby``."""


def list_ending(text: str, ordered: list[Mention], i: int) -> list[Mention]:
    """The names listed up to ``ordered[i]`` (``Walton and Oconee``), last first."""
    listed = [ordered[i]]
    for a in reversed(ordered[:i]):
        if not LIST_GAP.fullmatch(text[a.end:listed[-1].start]):
            break
        listed.append(a)
    return listed
