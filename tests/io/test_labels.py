"""The stderr note when articles have no publication date (issue 22, item 2)."""

from __future__ import annotations

import pytest

from conflict_extract.io.labels import missing_published_note


@pytest.mark.parametrize(
    "missing, total, expected",
    [(0, 5, None), (1, 1, "The article has no publication date"), (3, 40, "3 of 40 articles have")],
)
def test_missing_published_note(missing, total, expected):
    note = missing_published_note(missing, total)
    if expected is None:
        assert note is None
    else:
        assert note.startswith(expected) and "--published" in note and "\n" not in note
