"""Vague references to the present, past and future (``now``, ``currently``, ``recently``,
``the past``, ``soon``, ``the near future``): TIMEX3 ``PRESENT_REF``, ``PAST_REF``,
``FUTURE_REF``. The phrases are data: ``data/dates/references.json``."""

from __future__ import annotations

from functools import cache

from conflict_extract.lexicon import load_json

_TOKENS = {"present": "PRESENT_REF", "past": "PAST_REF", "future": "FUTURE_REF"}


@cache
def reference_phrases() -> dict[str, str]:
    """Cleaned phrase -> TIMEX3 token (``"recently"`` -> ``"PAST_REF"``)."""
    data = load_json("dates/references.json")
    return {phrase: token for key, token in _TOKENS.items() for phrase in data[key]}


@cache
def reference_triggers() -> frozenset[str]:
    """Single words that make a span a vague temporal reference (``now``, ``recently``)."""
    return frozenset(load_json("dates/references.json")["trigger_words"])


def vague_reference(s: str) -> str | None:
    """``PRESENT_REF``, ``PAST_REF`` or ``FUTURE_REF`` for a cleaned phrase, else ``None``."""
    return reference_phrases().get(s)
