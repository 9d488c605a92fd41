"""The thresholds of the quote rules, carried from the factory's ``default_config``."""

from __future__ import annotations

from dataclasses import dataclass

SPEAKER_FORMS = ("canonical", "as_written")
"""The values of :attr:`QuoteSettings.speaker_form`."""


@dataclass(frozen=True)
class QuoteSettings:
    """Thresholds of the quote rules (each one a ``conflict_quotes`` config option)."""

    max_quote_chars: int = 3000
    """A quotation left open longer than this is an unbalanced mark, not a quote."""
    max_single_quote_chars: int = 300
    """Single-quoted passages at top level are short (titles, scare quotes, British-style quotes)."""
    heading_max_words: int = 25
    """A line at most this long without final punctuation is a title or section heading."""
    pronoun_reach: int = 400
    """How far back (characters) a pronoun may reach for a person who is not a subject."""
    speaker_form: str = "as_written"
    """How ``speaker`` gives a named speaker: ``as_written``, the name as the attributing mention
    writes it (``Mr. Clarke``, ``IMF``), as a reader checking the sentence sees it;
    ``canonical``, the article's full name for a person and the group name for an organisation
    (``Tom Clarke`` for ``Mr. Clarke said``). ``speaker_name`` carries the canonical name either
    way, and pronouns resolve to it."""

    def __post_init__(self) -> None:
        if self.speaker_form not in SPEAKER_FORMS:
            raise ValueError(
                f"speaker_form {self.speaker_form!r} is not one of {', '.join(SPEAKER_FORMS)}"
            )
