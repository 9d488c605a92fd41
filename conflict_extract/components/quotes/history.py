"""The speaker history of one article: who has spoken so far and the people it names, the state
speaker resolution reads and extends in text order."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span


@dataclass
class Speaker:
    """A resolved speaker: display ``name``, its ``kind`` and group.

    ``kind`` is ``person`` (named), ``org`` (an organisation, named or described), ``human`` or
    ``humans`` (a described person or people: ``the official``, ``witnesses``); it decides which
    pronouns may refer back to the speaker. ``head`` is the lemma of a described speaker's noun.
    """

    name: str
    kind: str
    group: str | None = None
    position: int = 0
    head: str = ""


@dataclass
class SpeakerHistory:
    """What speaker resolution knows at a point of the article.

    ``speakers`` are the speakers resolved so far, in text order; ``full_names`` the multi-word
    person names (``(start, name keys, name)``) short names resolve to; ``person_subjects`` and
    ``person_mentions`` the person entities outside quotes (sentence subjects, and all) pronouns
    may refer to; ``gender`` the ``m``/``f`` known for a speaker name.
    """

    speakers: list[Speaker] = field(default_factory=list)
    full_names: list[tuple[int, tuple[str, ...], str]] = field(default_factory=list)
    person_subjects: list[tuple[int, Span]] = field(default_factory=list)
    person_mentions: list[tuple[int, Span]] = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Where each speaker was last named, for quotes attributed through a pronoun."""
