"""CSV is read by people: dates in words (issue 22, item 2), the TIMEX3 value beside them."""

from __future__ import annotations

import csv
import io

import pytest

from conflict_extract.io.csv_writer import CsvWriter


def _rows(record, category):
    stream = io.StringIO()
    writer = CsvWriter(stream, category)
    writer.write(record)
    writer.close()
    return list(csv.DictReader(io.StringIO(stream.getvalue())))


@pytest.mark.parametrize(
    "published, label, value",
    [(None, "Monday (date unknown)", "XXXX-WXX-1"), ("2024-06-11", "Monday 10 Jun 2024", "2024-06-10")],
)
def test_casualty_dates_in_words(fasher, published, label, value):
    rows = _rows(fasher(published=published), "casualties")
    assert [(r["date"], r["date_value"]) for r in rows] == [(label, value)] * 2
    assert rows[0]["attributed_to"] == "El Fasher Resistance Committee"


def test_date_rows_carry_label_and_value(fasher):
    (row,) = _rows(fasher(), "dates")
    assert (row["text"], row["label"], row["value"]) == ("Monday", "Monday (date unknown)", "XXXX-WXX-1")
