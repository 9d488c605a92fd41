"""What the writers say about dates as a whole (the words for one TIMEX3 value live in
:mod:`conflict_extract.text.timex_labels`)."""

from __future__ import annotations


def missing_published_note(missing: int, total: int) -> str | None:
    """The one stderr line when articles had no publication date; ``None`` when all had one."""
    if not missing:
        return None
    which = "The article has" if total == 1 else f"{missing} of {total} articles have"
    return (
        f"{which} no publication date, so relative dates (Monday, last week) stay unresolved: "
        'pass --published YYYY-MM-DD, or a "published" field on each JSONL line.'
    )
