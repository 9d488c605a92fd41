"""Lookup keys of a place name: folded, article unified, article dropped; and the skeleton."""

from __future__ import annotations

from conflict_extract.text import translit
from conflict_extract.text.names import place_key


def name_keys(name: str) -> set[str]:
    """Exact-lookup keys of a name: folded, article unified, and article dropped.

    ``Ma'arrat an-Nu'man`` gives ``maarrat an numan``, ``maarrat al numan`` and ``maarrat numan``.
    """
    return keys_of_folded(translit.fold(name))


def keys_of_folded(folded: str) -> set[str]:
    """:func:`name_keys` of an already folded name."""
    if not folded:
        return set()
    return {k for k in (folded, translit.drop_article(folded), place_key(folded)) if k}
