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
    rows = [r for r in _rows(fasher(published=published), "casualties") if r["row"] == "figure"]
    assert [(r["date"], r["date_value"]) for r in rows] == [(label, value)] * 2
    assert rows[0]["attributed_to"] == "El Fasher Resistance Committee"


def test_date_rows_carry_label_and_value(fasher):
    (row,) = _rows(fasher(), "dates")
    assert (row["text"], row["label"], row["value"]) == ("Monday", "Monday (date unknown)", "XXXX-WXX-1")


@pytest.mark.parametrize(
    "published, expected",
    [
        (None, {"event_date": "", "time_precision": ""}),
        ("2024-06-11", {"event_date": "2024-06-10", "time_precision": "1"}),
    ],
)
def test_one_article_row_before_the_figures_in_acled_columns(fasher, published, expected):
    rows = _rows(fasher(published=published), "casualties")
    assert [r["row"] for r in rows] == ["article", "figure", "figure"]
    article = rows[0]
    assert {k: article[k] for k in expected} == expected
    assert (article["country"], article["admin1"], article["location"]) == ("Sudan", "Northern Darfur", "El Fasher")
    assert (article["latitude"], article["longitude"], article["geo_precision"]) == ("13.628", "25.35", "1")
    assert article["actor1"] == "Rapid Support Forces"
    assert (article["fatalities"], article["fatalities_low"], article["fatalities_high"]) == ("14", "14", "")
    assert (article["injured"], article["injured_low"], article["injured_high"]) == ("0", "", "")
    assert article["totals"] == "killed 14 (14-)"
    assert article["notes"] == "At least 14 civilians were killed"
    assert article["outcome"] == article["text"] == ""  # figure columns stay empty on the article row
    assert all(r["fatalities"] == "" for r in rows[1:])  # and article columns on figure rows


def test_article_row_without_figures_says_zero(fasher):
    record = fasher()
    record.casualties, record.totals = [], {}
    (row,) = _rows(record, "casualties")
    assert (row["row"], row["fatalities"], row["injured"], row["totals"]) == ("article", "0", "0", "")
    assert row["location"] == "El Fasher"  # the first place of the story, not the reporting place


@pytest.mark.parametrize(
    "text, precision",
    [
        ("Gunmen killed five farmers in Maiduguri on Sunday, police said.", "1"),
        ("Gunmen killed five farmers near Maiduguri on Sunday, police said.", "2"),
        ("Shelling killed five people in eastern Maiduguri on Sunday, police said.", "2"),
        ("Gunmen killed five farmers on the outskirts of Maiduguri on Sunday, police said.", "2"),
    ],
)
def test_article_row_geo_precision_follows_the_figure_wording(analyse, text, precision):
    """ACLED's geo precision: 1 for the town itself, 2 for near it or a part of it."""
    stream = io.StringIO()
    writer = CsvWriter(stream, "casualties")
    writer.write(analyse(text, published="2024-03-05"))
    writer.close()
    article = next(csv.DictReader(io.StringIO(stream.getvalue())))
    assert (article["location"], article["geo_precision"]) == ("Maiduguri", precision)


def test_figure_rows_carry_the_site(fasher):
    record = fasher()
    record.casualties[0].site, record.casualties[0].site_span = "market", [0, 6]
    rows = [r for r in _rows(record, "casualties") if r["row"] == "figure"]
    assert [(r["place"], r["site"]) for r in rows] == [("El Fasher", "market"), ("El Fasher", "")]


def test_figure_rows_carry_the_parties_joined(fasher):
    record = fasher()
    record.casualties[0].parties = ["Sudanese Armed Forces", "Rapid Support Forces"]
    rows = [r for r in _rows(record, "casualties") if r["row"] == "figure"]
    assert rows[0]["parties"] == "Sudanese Armed Forces; Rapid Support Forces"
