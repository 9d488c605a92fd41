"""The state one casualty figure carries between the finders: :class:`Candidate`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from conflict_extract.models import Casualty
from conflict_extract.text.numbers import Quantity


@dataclass
class Candidate:
    """A figure tied to its victims and outcome, before linking."""

    qty: Quantity
    anchor: Token
    noun: Token | None
    victims: str | None
    outcome: str
    trigger: Token
    kind: str
    sub: bool = False
    sub_marker: Token | None = None
    inherit: bool = False
    record: Casualty | None = None
