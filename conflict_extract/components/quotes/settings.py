"""The thresholds of the quote rules, carried from the factory's ``default_config``."""

from __future__ import annotations

from dataclasses import dataclass


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
