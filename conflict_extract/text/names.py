"""Name keys: the one function that decides when two written names are the same name.

Folded (accents, Arabic transliteration variants), the Arabic article unified, a leading ``the``
and a possessive dropped, British spellings made American, dotted initials joined. The actor
dictionary indexes its names by this key; any module comparing names should use it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from conflict_extract.text.translit import drop_article, fold

# A plural possessive (``Forces'``) needs nothing: ``fold`` drops the apostrophe.
_POSSESSIVE = re.compile(r"['’]s\s*$")
_LEADING_THE = re.compile(r"^the ")
_SINGLE_LETTERS = re.compile(r"\b(?:[a-z0-9] )+[a-z0-9]\b")
# British and American spellings of the words organisations' names are made of.
_SPELLINGS = {
    "defence": "defense",
    "organisation": "organization",
    "mobilisation": "mobilization",
    "stabilisation": "stabilization",
    "centre": "center",
    "programme": "program",
    "armoured": "armored",
    "labour": "labor",
}
_SPELLING = re.compile(r"\b(?:" + "|".join(_SPELLINGS) + r")\b")


@lru_cache(maxsize=2**16)  # asked for the same names by every rule that compares them
def name_key(text: str) -> str:
    """The exact-match key of a name: folded, Arabic article unified, leading ``the`` and a
    possessive ``'s`` dropped, British spellings made American (``Defence``), dotted initials
    joined (``U.N.`` and ``UN`` give ``un``).

    >>> name_key("the Nusra Front's") == name_key("Nusra Front")
    True
    >>> name_key("Jabhat an-Nusra") == name_key("Jabhat al-Nusra")
    True
    >>> name_key("U.N.")
    'un'
    """
    text = _POSSESSIVE.sub("", text.strip())
    key = drop_article(fold(text))
    key = _LEADING_THE.sub("", key)
    key = _SPELLING.sub(lambda m: _SPELLINGS[m.group(0)], key)
    return _SINGLE_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), key)


@lru_cache(maxsize=2**16)
def place_key(name: str) -> str:
    """The merge key of a place name: folded, the Arabic article unified and then dropped, so
    ``al-Shaar``, ``Al Shaar`` and ``Shaar`` are one place. Place names keep a leading ``the``
    (``The Hague``) and need no spelling table, hence a key of their own."""
    unified = drop_article(fold(name))
    return " ".join(word for word in unified.split() if word != "al")
