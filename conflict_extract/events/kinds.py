"""The kind of attack an event is (air strike, suicide bombing, execution ...), read from the words
of its figures' evidence and cause with the curated phrases of ``data/events/kinds.json``.

A phrase names the kinds it can describe: ``warplanes`` one, ``blast`` every kind that explodes.
An event's kinds are what all its phrases allow together (``suicide car bomb``: a suicide bombing);
phrases that do not meet (``air strikes and shelling``) leave every kind any of them names. Two
events whose kinds do not meet are two incidents; an event with no such word fits any kind.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from conflict_extract.lexicon import load_json

_ENDINGS = r"(?:s|es|d|ed|ing)?"
"""Endings a phrase's last word may take (``shells``, ``shelled``, ``shelling``, ``executed``)."""


@dataclass(frozen=True)
class KindLexicon:
    """The kinds of attack, their descriptions, and one pattern over all phrases."""

    names: dict[str, str]
    phrases: dict[str, frozenset[str]]
    pattern: re.Pattern[str]


@functools.cache
def kind_lexicon() -> KindLexicon:
    """The kinds lexicon, read once per process."""
    data = load_json("events/kinds.json")
    phrases = {p.lower(): frozenset(kinds) for p, kinds in data["phrases"].items()}
    alternatives = "|".join(
        re.escape(p).replace(r"\ ", r"[\s-]+") for p in sorted(phrases, key=len, reverse=True)
    )
    pattern = re.compile(rf"(?<!\w)(?:{alternatives}){_ENDINGS}(?!\w)", re.IGNORECASE)
    return KindLexicon(names=dict(data["kinds"]), phrases=phrases, pattern=pattern)


def _phrase_kinds(lex: KindLexicon, found: str) -> frozenset[str]:
    key = " ".join(found.lower().split())
    for form in (key, key.replace("-", " ")):  # "car-bomb" is "car bomb"; "drive-by" keeps its hyphen
        for candidate in (form, form[:-1], form[:-2], form[:-3]):  # the phrase without its ending
            if candidate in lex.phrases:
                return lex.phrases[candidate]
    return frozenset()


def attack_kinds(texts: Iterable[str | None]) -> frozenset[str]:
    """The kinds of attack ``texts`` (evidence, cause) can describe; empty when they do not say."""
    lex = kind_lexicon()
    sets = [
        kinds for text in texts if text
        for m in lex.pattern.finditer(text)
        if (kinds := _phrase_kinds(lex, m.group()))
    ]
    if not sets:
        return frozenset()
    common = frozenset.intersection(*sets)
    return common if common else frozenset.union(*sets)


def kinds_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two events can be one attack: a kind in common, or one side does not say."""
    return not a or not b or bool(a & b)


def kinds_text(kinds: frozenset[str]) -> str:
    """The kinds in words, for merge explanations (``air strike (jets ...) or drone strike``)."""
    names = kind_lexicon().names
    return " or ".join(names[k] for k in sorted(kinds))
