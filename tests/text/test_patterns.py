"""Helpers for cue patterns: the first-letter guard before word alternations and patterns
searched from the end; both faster than the plain pattern, with the same matches."""

from __future__ import annotations

import re

import pytest

from conflict_extract.text.patterns import ending_pattern, first_letter_guard

WORDS = ["Syrian", "South Sudanese", "Sudanese", "Iraqi", "U.S.", "É-town"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Syrian and Iraqi forces met South Sudanese envoys.", ["Syrian", "Iraqi", "South Sudanese"]),
    ("The Sudanese army and U.S. officials", ["Sudanese", "U.S."]),
    ("É-town residents, unsyrian text, SYRIAN caps", ["É-town"]),
    ("nothing here", []),
])
def test_guarded_alternation_finds_what_the_plain_one_finds(text, expected):
    body = "(?:" + "|".join(re.escape(w) for w in sorted(WORDS, key=len, reverse=True)) + ")"
    plain = re.compile(r"(?<!\w)" + body + r"(?![\w])")
    guarded = re.compile(r"(?<!\w)" + first_letter_guard(WORDS) + body + r"(?![\w])")
    assert guarded.findall(text) == plain.findall(text) == expected


@pytest.mark.parametrize(("words", "expected"), [
    (["b", "a", "ab"], "(?=[ab])"),
    (["-x", "]y"], r"(?=[\-\]])"),
    ([], ""),
    ([""], ""),
])
def test_guard_lists_each_first_character_once(words, expected):
    assert first_letter_guard(words) == expected


CUES = [
    (r"\b(?:shell(?:ed|ing)?|struck|captured)(?:\s+(?:the\s+)?(?:city|town)\s+of)?\s+(?:the\s+)?$",
     re.IGNORECASE),
    (r"(?P<feat>[a-z][a-z-]*(?: camp| crossing)?)(?:\s+of)\s+$", 0),
    (r"(?:(?:the\s+)?(?:north-eastern|eastern|east|north)(?:\s+(?:outskirts|suburbs)\s+of)?\s+)$",
     re.IGNORECASE),
    (r"\b(the|a|an|one|another)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE),
]


@pytest.mark.parametrize("before", [
    "Government forces shelled ", "Rebels captured the town of ", "They STRUCK the ",
    "shelled and then ", "the outskirts of ", "the refugee camp of ", "a mid-province of ",
    "in the north-eastern outskirts of ", "troops in farnorth ", "in eastern ", "the east ",
    "an old walled ", "one of the three ", "the a b c d ", "", "   ", "no cue here",
])
@pytest.mark.parametrize(("pattern", "flags"), CUES)
def test_an_ending_pattern_finds_what_re_finds(pattern, flags, before):
    forward = re.compile(pattern, flags).search(before)
    backward = ending_pattern(pattern, flags).search(before)
    assert (backward is None) == (forward is None)
    if forward is not None:
        assert backward.span() == forward.span()
        assert backward.groups() == forward.groups()


def test_an_ending_pattern_must_be_anchored_at_the_end():
    with pytest.raises(ValueError, match="must end in"):
        ending_pattern(r"\bshelled\s+")
