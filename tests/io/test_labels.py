"""Dates in words for tables and CSV (issue 22, item 2): never a raw TIMEX3 value."""

from __future__ import annotations

import pytest

from conflict_extract.io.labels import label_for, missing_published_note


@pytest.mark.parametrize(
    "value, type_, text, expected",
    [
        ("XXXX-WXX-1", "date", "Monday", "Monday (date unknown)"),
        ("XXXX-WXX-7", "date", "on Sunday", "Sunday (date unknown)"),
        ("2016-12-05", "date", "Monday", "Monday 5 Dec 2016"),
        ("2023-04-15", "date", "April 15", "Saturday 15 Apr 2023"),
        ("2016-W46", "date", "that week", "week of 14 Nov 2016"),
        ("2022-W01", "date", "the first week", "week of 3 Jan 2022"),
        ("2014-W32-3", "date", "Wednesday", "Wednesday 6 Aug 2014"),
        ("P3W", "duration", "three weeks", "3 weeks"),
        ("P1D", "duration", "a day", "1 day"),
        ("PXD", "duration", "recent days", "several days"),
        ("PXM", "duration", "months", "several months"),
        ("PT6H", "duration", "six hours", "6 hours"),
        ("PT30M", "duration", "half an hour", "30 minutes"),
        ("P1D", "set", "daily", "every day"),
        ("2011-03", "date", "March 2011", "March 2011"),
        ("XXXX-07", "date", "mid-July", "July (year unknown)"),
        ("2019", "date", "in 2019", "2019"),
        ("199X", "date", "the 1990s", "the 1990s"),
        ("2015-SU", "date", "summer 2015", "summer 2015"),
        ("2018-Q3", "date", "the third quarter", "Q3 2018"),
        ("2021-02-24TNI", "time", "Wednesday night", "Wednesday 24 Feb 2021, night"),
        ("2024-10-01/2024-10-05", "date", "1-5 October", "1–5 Oct 2024"),
        ("2013-12-28/2014-01-03", "date", "over new year", "28 Dec 2013 – 3 Jan 2014"),
        ("../2020-06-30", "date", "until 30 June", "until Tuesday 30 Jun 2020"),
        ("PRESENT_REF", "date", "now", "now"),
        (None, "date", "this week", "this week (date unknown)"),
        (None, "date", "Yesterday", "Yesterday (date unknown)"),
    ],
)
def test_label_for(value, type_, text, expected):
    assert label_for(value, type_, text) == expected


@pytest.mark.parametrize("value", ["2016-02-30", "XXXX-13", "banana", "2019-W60"])
def test_unreadable_value_falls_back_to_the_words(value):
    assert label_for(value, "date", "as written") == "as written"


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
