"""TIMEX3 values in words for tables and CSV (issues 17 and 22 item 2): never a raw TIMEX3 value."""

from __future__ import annotations

import pytest

from conflict_extract.text.timex_labels import timex_label


@pytest.mark.parametrize(
    "value, type_, text, expected",
    [
        # days, with and without a publication date
        ("2016-12-05", "date", "Monday", "Monday 5 Dec 2016"),
        ("2023-04-15", "date", "April 15", "Saturday 15 Apr 2023"),
        ("XXXX-WXX-1", "date", "Monday", "Monday (date unknown)"),
        ("XXXX-WXX-7", "date", "on Sunday", "Sunday (date unknown)"),
        ("XXXX-WXX-5TNI", "time", "Friday night", "Friday, night (date unknown)"),
        ("XXXX-12-05", "date", "Dec 5", "5 Dec (year unknown)"),
        (None, "date", "this week", "this week (date unknown)"),
        (None, "date", "Yesterday", "Yesterday (date unknown)"),
        (None, "date", None, "date unknown"),
        ("XXXX-WXX", "date", "this week", "this week (date unknown)"),
        ("XXXX-XX-XXTMO", "time", "this morning", "this morning (date unknown)"),
        # times of day
        ("2016-12-05T10:35", "time", "10:35 a.m. on Monday", "Monday 5 Dec 2016, 10:35"),
        ("2014-04-15TEV", "time", "that evening", "Tuesday 15 Apr 2014, evening"),
        ("2021-02-24TNI", "time", "Wednesday night", "Wednesday 24 Feb 2021, night"),
        # weeks
        ("2016-W46", "date", "last week", "week of 14 Nov 2016"),
        ("2016-W46", "date", "that week", "week of 14 Nov 2016"),
        ("2022-W01", "date", "the first week", "week of 3 Jan 2022"),
        ("2014-W32-3", "date", "Wednesday", "Wednesday 6 Aug 2014"),
        ("2016-W46-WE", "date", "last weekend", "weekend of 19 Nov 2016"),
        # months, seasons, quarters, years, decades, centuries
        ("2011-03", "date", "March 2011", "March 2011"),
        ("2019-05", "date", "Ramadan", "May 2019"),
        ("XXXX-07", "date", "mid-July", "July (year unknown)"),
        ("2015-SU", "date", "summer 2015", "summer 2015"),
        ("2018-Q3", "date", "the third quarter", "Q3 2018"),
        ("2016-Q3", "date", "the third quarter", "Q3 2016"),
        ("2020-H1", "date", "the first half of 2020", "first half of 2020"),
        ("2019", "date", "in 2019", "2019"),
        ("199", "date", "the 1990s", "the 1990s"),
        ("199X", "date", "the 1990s", "the 1990s"),
        ("19", "date", "the last century", "the 1900s"),
        ("PRESENT_REF", "date", "now", "now"),
        ("PAST_REF", "date", "recently", "in the past"),
        # durations
        ("P3W", "duration", "three weeks", "3 weeks"),
        ("P1D", "duration", "a day", "1 day"),
        ("PXD", "duration", "recent days", "several days"),
        ("PXD", "duration", "several days", "several days"),
        ("PXM", "duration", "months", "several months"),
        ("PT6H", "duration", "six hours", "6 hours"),
        ("PT30M", "duration", "half an hour", "30 minutes"),
        ("P1.5Y", "duration", "a year and a half", "1.5 years"),
        ("P2Y6M", "duration", "two and a half years", "2 years 6 months"),
        ("PT5H30M", "duration", "five and a half hours", "5 hours 30 minutes"),
        ("P1DE", "duration", "a decade", "1 decade"),
        # sets
        ("P1D", "set", "daily", "every day"),
        ("P2W", "set", "every two weeks", "every 2 weeks"),
        ("XXXX-WXX-5", "set", "every Friday", "every Friday"),
        ("XXXX-XX-XXTEV", "set", "every evening", "every evening"),
        # ranges
        ("2024-10-01/2024-10-05", "date", "1-5 October", "1–5 Oct 2024"),
        ("2013-12-28/2014-01-03", "date", "over new year", "28 Dec 2013 – 3 Jan 2014"),
        ("2022-02-24/2022-03-02", "date", "in the first week", "24 Feb – 2 Mar 2022"),
        ("../2020-06-30", "date", "until 30 June", "until Tuesday 30 Jun 2020"),
        ("2017-05/2017-07", "date", "from May to July", "May 2017 – July 2017"),
    ],
)
def test_timex_label(value, type_, text, expected):
    assert timex_label(value, type_, text) == expected


@pytest.mark.parametrize("value", ["2016-02-30", "banana", "2019-W60", "2019-13", "P"])
def test_unreadable_value_falls_back_to_the_words(value):
    assert timex_label(value, "date", "as written") == "as written"


@pytest.mark.parametrize("value", ["XXXX-13", "XXXX-XX-XX", "XXXX-WXX-WE"])
def test_unknown_value_says_so_with_the_words(value):
    assert timex_label(value, "date", "as written") == "as written (date unknown)"


@pytest.mark.parametrize("value", ["XXXX-WXX-1", "2016-W46", "P3W", "2019-05", None, "XXXX-XX-XX"])
def test_no_label_is_a_raw_value(value):
    label = timex_label(value)
    assert label and "XX" not in label and not label.startswith("P")
