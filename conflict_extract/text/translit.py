"""Matching keys that survive transliteration of names (Arabic, Kurdish, Pashto, Somali, Ukrainian...).

``fold`` is a light normalisation (case, diacritics, apostrophes, hyphens, the Arabic article);
``skeleton`` is a coarse consonant key (``Maaret al-Numan`` and ``Ma'arrat an Nu'man`` both give
``mrt l nmn``) meant for a second, context-checked lookup, never as the only evidence.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

_APOSTROPHES = re.compile(r"[’'‘`ʿʾʼ´′]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# The Arabic definite article in its assimilated spellings: al-, el-, an-, ar-, as-, ash-, at-, ad-...
_ARTICLE = re.compile(r"\b(?:al|el|il|ul|an|ar|as|ash|at|ath|ad|adh|az|en|er|es|esh|et|ed|ez)\b")
_REPEATS = re.compile(r"([a-z])\1+")
_VOWELS = re.compile(r"[aeiouy]")


@lru_cache(maxsize=2**16)  # the same names are folded again by every rule that compares them
def fold(text: str) -> str:
    """Lower-case ASCII key: diacritics and apostrophes dropped, punctuation to single spaces.

    >>> fold("Ma‘arrat an-Nu‘mān")
    'maarrat an numan'
    """
    if text.isascii():  # fast path, same result: NFKC and anyascii leave ASCII alone
        text = _APOSTROPHES.sub("", text).lower()
    else:
        text = unicodedata.normalize("NFKC", text)
        text = _APOSTROPHES.sub("", text)
        text = anyascii(text).lower()
    return _NON_ALNUM.sub(" ", text).strip()


def drop_article(folded: str) -> str:
    """``fold`` output with every spelling of the Arabic article normalised to ``al``."""
    return _ARTICLE.sub("al", folded)


def skeleton(text: str) -> str:
    """Consonant skeleton of a name: folded, article unified, vowels and doubled letters removed,
    word breaks kept only where they separate the article.

    >>> skeleton("Maaret al-Numan") == skeleton("Ma'arrat an Nu'man")
    True
    >>> skeleton("Kafr Nabal") == skeleton("Kafranbel")
    True
    """
    return skeleton_of_folded(fold(text))


_DROP_VOWELS = str.maketrans("", "", "aeiouy")


@lru_cache(maxsize=2**16)
def skeleton_of_folded(folded: str) -> str:
    """:func:`skeleton` of a name already passed through :func:`fold` (saves folding twice when
    building an index)."""
    key = drop_article(folded)
    key = key.replace("kh", "h").replace("sh", "s").replace("th", "t").replace("dh", "d")
    key = key.replace("gh", "g").replace("ou", "u").replace("q", "k").replace("w", "").replace("j", "g")
    key = _REPEATS.sub(r"\1", key)
    words = [w.translate(_DROP_VOWELS) or w[:1] for w in key.split()]
    words = [w for w in words if w != "l"]
    return "".join(words)
