"""Events: figures linked into events per article, and the same event merged across articles (issue 9)."""

from __future__ import annotations

import copy
import csv
import dataclasses
import io
import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from conflict_extract import annotate
from conflict_extract.cli.app import extract_app
from conflict_extract.events.acled import time_precision
from conflict_extract.events.build import article_events
from conflict_extract.events.intervals import value_interval
from conflict_extract.events.merge import merge_events
from conflict_extract.io.schema import record_schema
from conflict_extract.io.writers import EVENT_CSV_COLUMNS
from conflict_extract.models import (
    Article,
    ArticleRecord,
    Casualty,
    DateMention,
    Group,
    Place,
    to_dict,
)

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
SEED_PUBLISHED = {"000_6a841c6e880e025e": "2016-12-05", "001_564137f732126cc2": "2016-12-06"}


# --- hand-built records ------------------------------------------------------------------------


def place(name, type_, country, admin1=None, lat=None, lon=None, parent=None, mentions=()):
    return Place(name=name, type=type_, mentions=[name, *mentions], country=country, admin1=admin1,
                 lat=lat, lon=lon, parent=parent)


KHARKIV = place("Kharkiv", "city", "UA", "Kharkivska", 49.98, 36.25)
KOUNA_AT_BANDIAGARA = Place(name="Kouna", type="town", mentions=["Kouna"], country="ML", admin1="Mopti",
                           lat=14.35, lon=-3.61, point_of="Bandiagara")
KABUL = place("Kabul", "city", "AF", "Kabul", 34.53, 69.17)
MOGADISHU = place("Mogadishu", "city", "SO", "Banaadir", 2.04, 45.34)
KISMAYO = place("Kismayo", "city", "SO", "Lower Juba", -0.36, 42.55)
GAZA_CITY = place("Gaza City", "city", "PS", "Gaza", 31.50, 34.47)
GAZA = place("Gaza", "region", "PS")
TRIPOLI_LY = place("Tripoli", "city", "LY", "Tripoli", 32.89, 13.19)
TRIPOLI_LB = place("Tripoli", "city", "LB", "North", 34.44, 35.85)
BAGHDAD = place("Baghdad", "city", "IQ", "Baghdad", 33.34, 44.40)
SADR_CITY = place("Sadr City", "neighbourhood", "IQ", "Baghdad", parent="Baghdad")
MOSUL = place("Mosul", "city", "IQ", "Nineveh", 36.34, 43.13, mentions=("east Mosul", "west Mosul"))
BORNO = place("Borno", "admin1", "NG", "Borno", 11.85, 13.16)
BAMA = place("Bama", "town", "NG", "Borno", 11.52, 13.69)
MAIDUGURI = place("Maiduguri", "city", "NG", "Borno", 11.85, 13.16)
LYON = place("Lyon", "city", "FR", "Auvergne-Rhone-Alpes", 45.75, 4.85)
KHARTOUM = place("Khartoum", "city", "SD", "Khartoum", 15.55, 32.53)
SUDAN = place("Sudan", "country", "SD")
UKRAINE = place("Ukraine", "country", "UA")
DONETSK = place("Donetsk", "city", "UA", "Donetska", 48.02, 37.80)
BAKHMUT = place("Bakhmut", "town", "UA", "Donetska", 48.60, 38.00)
KUPIANSK = place("Kupiansk", "town", "UA", "Kharkiv", 49.71, 37.61)
SYRIA = place("Syria", "country", "SY")
DARFUR = place("Darfur", "region", "SD")
TAIZ = place("Taiz", "city", "YE", "Taiz", 13.58, 44.02)
HODEIDAH = place("Hodeidah", "city", "YE", "Al Hudaydah", 14.80, 42.95)
IDLIB_CITY = dataclasses.replace(place("Idlib", "city", "SY", "Idlib", 35.93, 36.63), geonameid=169389)
IDLIB_PROVINCE = dataclasses.replace(place("Idlib", "admin1", "SY", "Idlib", 35.8, 36.6), geonameid=169388)
SAN_JOSE_A = dataclasses.replace(place("San Jose", "town", "PH", "Mindoro", 12.35, 121.07), geonameid=1)
SAN_JOSE_B = dataclasses.replace(place("San Jose", "town", "PH", "Nueva Ecija", 15.79, 120.99), geonameid=2)


def record(
    article_id: str,
    published: str | None,
    sentences: list[str],
    figures: list[dict],
    places: list[Place] = (),
    dates: list[tuple[str, str, str]] = (),
) -> tuple[ArticleRecord, str]:
    """A record as the extractors would give it: figures name their evidence, which is located in
    the text (one sentence per line)."""
    text = "\n".join(sentences)
    casualties = []
    for spec in figures:
        spec = dict(spec)
        evidence = spec.pop("text")
        start = text.index(evidence)
        count = spec.pop("count")
        qualifier = spec.pop("qualifier", "exact")
        casualties.append(Casualty(
            outcome=spec.pop("outcome", "killed"), count=count,
            low=spec.pop("low", count), high=spec.pop("high", count if qualifier == "exact" else None),
            qualifier=qualifier, victims=spec.pop("victims", "people"), text=evidence,
            start=start, end=start + len(evidence), **spec,
        ))
    mentions = []
    for words, value, type_ in dates:
        start = text.index(words)
        mentions.append(DateMention(text=words, value=value, type=type_, start=start,
                                    end=start + len(words)))
    rec = ArticleRecord(id=article_id, source=f"{article_id}.txt", title=None, published=published,
                        casualties=casualties, places=list(places), dates=mentions)
    return rec, text


def events_of(*articles) -> list:
    found = []
    for rec, text in articles:
        found.extend(article_events(rec, text))
    return found


# --- per-article events ---------------------------------------------------------------------------


def test_sub_counts_become_the_victims_breakdown():
    rec, text = record("a", "2023-10-18", [
        "An air strike on the Jabalia camp killed 47 people, including 21 children and 9 women, on Tuesday.",
    ], [
        {"count": 47, "text": "killed 47 people", "place": "Gaza City", "date": "2023-10-17"},
        {"count": 21, "victims": "children", "part_of": 0, "text": "21 children", "place": "Gaza City"},
        {"count": 9, "victims": "women", "part_of": 0, "text": "9 women", "place": "Gaza City"},
    ], [GAZA_CITY], [("Tuesday", "2023-10-17", "date")])
    (event,) = article_events(rec, text)
    assert event.outcomes["killed"]["best"] == 47
    assert [(v["victims"], v["best"]) for v in event.victims] == [("children", 21), ("women", 9)]
    assert event.date == "2023-10-17" and event.time_precision == 1
    assert event.place["name"] == "Gaza City" and event.geo_precision == 1
    assert event.place["lat"] == 31.50 and event.place["country"] == "PS"
    for span in event.evidence:
        assert text[span["start"]: span["end"]] == span["text"]
    assert len(event.evidence) == 3


def test_killed_and_injured_of_one_sentence_are_one_event():
    rec, text = record("a", "2019-03-16", [
        "A gunman killed 49 people and wounded 48 at two mosques in Christchurch on Friday.",
        "Separately, police said 2 people were wounded in Auckland.",
    ], [
        {"count": 49, "text": "killed 49 people", "date": "2019-03-15"},
        {"count": 48, "outcome": "injured", "text": "wounded 48", "date": "2019-03-15"},
        {"count": 2, "outcome": "injured", "text": "2 people were wounded"},
    ])
    events = article_events(rec, text)
    assert [sorted(e.outcomes) for e in events] == [["injured", "killed"], ["injured"]]
    assert events[0].outcomes["injured"]["best"] == 48
    assert len(events[0].reports) == 2


def test_a_figure_repeated_in_headline_and_body_is_one_event():
    rec, text = record("a", "2022-05-03", [
        "Shelling kills 21 in Kharkiv",
        "Russian shelling killed 21 civilians in Kharkiv on Monday, the governor said.",
    ], [
        {"count": 21, "victims": "civilians", "text": "kills 21", "place": "Kharkiv"},
        {"count": 21, "victims": "civilians", "text": "killed 21 civilians", "place": "Kharkiv",
         "date": "2022-05-02"},
    ], [KHARKIV], [("Monday", "2022-05-02", "date")])
    events = article_events(rec, text)
    assert len(events) == 1
    assert events[0].date == "2022-05-02" and len(events[0].reports) == 2


SOUTH_DARFUR = place("South Darfur", "admin1", "SD", "South Darfur", 11.49, 24.24)
NYALA = place("Nyala", "city", "SD", "South Darfur", 12.05, 24.88)
NORTH_KORDOFAN = place("North Kordofan", "admin1", "SD", "North Kordofan", 13.5, 30.0)
KORDOFAN = place("Kordofan", "region", "SD")


@pytest.mark.parametrize("headline, body, places, events", [
    ("Clashes in Darfur kill 12", "South Darfur", [DARFUR, SOUTH_DARFUR], 1),
    ("Clashes in Darfur kill 12", "Nyala", [DARFUR, NYALA], 1),
    ("Clashes in Kordofan kill 12", "South Darfur", [KORDOFAN, SOUTH_DARFUR], 2),
    ("Clashes in North Kordofan kill 12", "South Darfur", [NORTH_KORDOFAN, SOUTH_DARFUR], 2),
])
def test_headline_region_holds_the_body_place_named_after_it(headline, body, places, events):
    """Issue 19: a headline's region (``Darfur``) holds the body's ``South Darfur`` or a town of
    it: one figure told twice is one event; a region that does not hold it keeps two."""
    region = headline.split(" in ")[1].removesuffix(" kill 12")
    rec, text = record("a", "2024-03-06", [
        headline, f"At least 12 people were killed in clashes in {body} on Tuesday, officials said.",
    ], [
        {"count": 12, "text": "kill 12", "place": region},
        {"count": 12, "qualifier": "at_least", "text": "At least 12 people were killed", "place": body,
         "date": "2024-03-05"},
    ], places, [("Tuesday", "2024-03-05", "date")])
    assert len(article_events(rec, text)) == events


def test_different_figures_of_one_article_stay_apart():
    rec, text = record("a", "2016-12-05", [
        "At least 72 people were killed in Idlib on Sunday.",
        "In Aleppo, 12 people were killed on Sunday.",
    ], [
        {"count": 72, "qualifier": "at_least", "text": "At least 72 people were killed", "place": "Idlib",
         "date": "2016-12-04"},
        {"count": 12, "text": "12 people were killed", "place": "Aleppo", "date": "2016-12-04"},
    ], [place("Idlib", "admin1", "SY", "Idlib", 35.93, 36.63), place("Aleppo", "city", "SY", "Aleppo")])
    assert len(article_events(rec, text)) == 2


def test_an_unlinked_breakdown_sharing_its_evidence_is_a_sub_count():
    evidence = "police arrested 12 people, seven women and five men"
    rec, text = record("a", "2017-06-05", [f"On Sunday {evidence} in connection with the attack."], [
        {"count": 12, "outcome": "arrested", "text": evidence},
        {"count": 7, "outcome": "arrested", "victims": "women", "text": evidence},
        {"count": 5, "outcome": "arrested", "victims": "men", "text": evidence},
    ])
    (event,) = article_events(rec, text)
    assert event.outcomes["arrested"]["best"] == 12
    assert [(v["victims"], v["best"]) for v in event.victims] == [("women", 7), ("men", 5)]


@pytest.mark.parametrize("sentence, groups, outcome, total", [
    ("Among the dead, four Ulsterbus workers and two soldiers were killed at Oxford Street.",
     [(4, "workers", "four Ulsterbus workers and two soldiers were killed"),
      (2, "soldiers", "two soldiers were killed")], "killed", 6),
    ("The blast left eight women, a 10-year-old girl and four men injured.",
     [(8, "women", "eight women, a 10-year-old girl and four men injured"),
      (1, "girls", "a 10-year-old girl and four men injured"), (4, "men", "four men injured")],
     "injured", 13),
])
def test_victim_groups_sharing_their_evidence_add_up(sentence, groups, outcome, total):
    rec, text = record("a", None, [sentence], [
        {"count": n, "victims": victims, "outcome": outcome, "text": words}
        for n, victims, words in groups
    ])
    (event,) = article_events(rec, text)
    assert event.outcomes[outcome]["best"] == total
    assert [(v["victims"], v["best"]) for v in event.victims] == [(v, n) for n, v, _ in groups]
    assert len(event.reports) == len(groups)


def test_a_repeated_figure_without_place_or_date_is_one_event_when_not_tiny():
    rec, text = record("a", None, [
        "Six American service members were killed by a suicide bomber.",
        "The attack was the deadliest this year, with six service members killed.",
        "A man was killed in the first incident.",
        "Later a man was killed in a second one.",
    ], [
        {"count": 6, "victims": "service members", "text": "Six American service members were killed"},
        {"count": 6, "victims": "service members", "text": "six service members killed"},
        {"count": 1, "victims": "men", "text": "A man was killed"},
        {"count": 1, "victims": "men", "text": "a man was killed in a second"},
    ])
    assert [len(e.reports) for e in article_events(rec, text)] == [2, 1, 1]


def test_sentences_glued_without_spaces_are_still_apart():
    rec, text = record("a", None, [
        "Officials said a general was killed in Syria by a bomb.Three soldiers were wounded in Deir ez-Zor."
    ], [
        {"count": 1, "victims": "generals", "text": "a general was killed in Syria", "place": "Syria"},
        {"count": 3, "outcome": "injured", "victims": "soldiers", "text": "Three soldiers were wounded"},
    ], [place("Syria", "country", "SY")])
    assert len(article_events(rec, text)) == 2


def test_article_events_do_not_change_the_record():
    rec, text = record("a", "2016-12-05", ["Rebel fire on west Aleppo killed 69 people."],
                       [{"count": 69, "text": "killed 69 people", "place": "west Aleppo"}],
                       [place("Aleppo", "city", "SY", "Aleppo", 36.2, 37.16)])
    before = copy.deepcopy(rec)
    article_events(rec, text)
    assert rec == before


@pytest.mark.parametrize("sentence, place_name, places, expected_precision, expected_area", [
    ("A car bomb killed 8 people in Mogadishu.", "Mogadishu", [MOGADISHU], 1, None),
    ("Shelling killed 6 people in east Mosul.", "east Mosul", [MOSUL], 2, "east"),
    ("Shelling on the western part of the city killed 6 people.", "Mosul", [MOSUL], 2, "west"),
    ("A bomb killed 4 people near Bama.", "Bama", [BAMA], 2, "near"),
    ("A suicide bomber killed 5 people in Sadr City.", "Sadr City", [SADR_CITY, BAGHDAD], 2, None),
    ("Floods and fighting killed 30 people across Borno state.", "Borno", [BORNO], 3, None),
    ("Fighting has killed 12,000 people in Sudan.", "Sudan", [SUDAN], 3, None),
    ("Gunmen killed 3 people in Wadi Zeina.", "Wadi Zeina", [], None, None),
    ("A bomb killed 4 people in Northern Ireland.", "Northern Ireland",
     [place("Northern Ireland", "admin1", "GB", "Northern Ireland")], 3, None),
    ("Clashes killed 9 people in South Sudan.", "South Sudan", [place("South Sudan", "country", "SS")],
     3, None),
    # a village at its district's point (``point_of``): never more precise than 2
    ("A drone killed 2 people in Kouna.", "Kouna", [KOUNA_AT_BANDIAGARA], 2, None),
])
def test_geo_precision(sentence, place_name, places, expected_precision, expected_area):
    figure = {"count": int(next(w for w in sentence.replace(",", "").split() if w.isdigit())),
              "text": sentence.rstrip("."), "place": place_name}
    rec, text = record("a", "2020-01-01", [sentence], [figure], places)
    (event,) = article_events(rec, text)
    assert event.geo_precision == expected_precision
    assert event.place["area"] == expected_area


def test_a_neighbourhood_takes_its_city_coordinates():
    rec, text = record("a", "2016-07-24", ["A suicide bomber killed 5 people in Sadr City."],
                       [{"count": 5, "text": "killed 5 people", "place": "Sadr City"}],
                       [SADR_CITY, BAGHDAD])
    (event,) = article_events(rec, text)
    assert (event.place["lat"], event.place["lon"]) == (33.34, 44.40)
    assert event.place["within"][0] == "Baghdad" and event.place["admin1"] == "Baghdad"


@pytest.mark.parametrize("sentence, date, mentions, expected_date, expected_precision, basis", [
    ("12 people were killed on Monday.", "2022-05-02", [("Monday", "2022-05-02", "date")],
     "2022-05-02", 1, "stated"),
    ("12 people were killed this week.", "2022-W18", [("this week", "2022-W18", "date")],
     "2022-W18", 2, "stated"),
    ("12 people were killed in April.", "2022-04", [("April", "2022-04", "date")], "2022-04", 3,
     "stated"),
    ("12 people were killed.", None, [], "2022-05-02/2022-05-03", 2, "published"),
    ("12 people have been killed since the offensive began two weeks ago.", None,
     [("two weeks ago", "2022-W16", "date")], "2022-04-18/2022-05-03", 3, "period"),
    ("12 people have been killed over the past week.", None, [("the past week", "P1W", "duration")],
     "2022-04-26/2022-05-03", 2, "period"),
    ("12 people were killed on Sunday.", None, [("Sunday", "2022-05-01", "date")], "2022-05-01", 1,
     "sentence"),
])
def test_dates_and_time_precision(sentence, date, mentions, expected_date, expected_precision, basis):
    rec, text = record("a", "2022-05-03", [sentence],
                       [{"count": 12, "text": "12 people", "date": date}], [], mentions)
    (event,) = article_events(rec, text)
    assert (event.date, event.time_precision, event.date_basis) == (
        expected_date, expected_precision, basis
    )


def test_value_interval_and_precision():
    assert value_interval("2016-W49") == value_interval("2016-12-05/2016-12-11")
    assert value_interval("2016-12")[1].isoformat() == "2016-12-31"
    assert value_interval("XXXX-WXX-1") is None and value_interval("P3W") is None
    assert value_interval("../2016-12-06")[0] is None
    assert time_precision(value_interval("2016-12-05")) == 1
    assert time_precision(value_interval("2016-W49")) == 2
    assert time_precision(value_interval("2016")) == 3


# --- merging: a table of merge and no-merge cases across conflicts --------------------------------


def art(published, sentence, figure, places, dates=()):
    return {"published": published, "sentence": sentence, "figure": figure, "places": places,
            "dates": dates}


MERGE_CASES = [
    pytest.param(
        art("2022-05-02", "Russian shelling has killed 12 people in Kharkiv, the governor said.",
            {"count": 12, "text": "killed 12 people", "place": "Kharkiv"}, [KHARKIV]),
        art("2022-05-03", "The toll from Russian shelling in Kharkiv has risen to 19 dead.",
            {"count": 19, "text": "risen to 19 dead", "place": "Kharkiv"}, [KHARKIV]),
        True, id="running toll, same town, consecutive days (Ukraine)"),
    pytest.param(
        art("2017-05-31", "A truck bomb killed at least 80 people in Kabul on Wednesday.",
            {"count": 80, "qualifier": "at_least", "text": "killed at least 80 people", "place": "Kabul",
             "date": "2017-05-31"}, [KABUL], [("Wednesday", "2017-05-31", "date")]),
        art("2017-06-01", "The death toll of Wednesday's truck bombing in Kabul rose to 90.",
            {"count": 90, "text": "rose to 90", "place": "Kabul"}, [KABUL]),
        True, id="updated toll of a dated incident the next day (Afghanistan)"),
    pytest.param(
        art("2016-07-24", "A suicide bomber killed 21 people in Sadr City on Sunday.",
            {"count": 21, "text": "killed 21 people", "place": "Sadr City", "date": "2016-07-24"},
            [SADR_CITY, BAGHDAD], [("Sunday", "2016-07-24", "date")]),
        art("2016-07-24", "A bombing in Baghdad killed 23 people on Sunday, police said.",
            {"count": 23, "text": "killed 23 people", "place": "Baghdad", "date": "2016-07-24"},
            [BAGHDAD], [("Sunday", "2016-07-24", "date")]),
        True, id="neighbourhood inside its city, same day (Iraq)"),
    pytest.param(
        art("2015-02-17", "Boko Haram fighters killed 30 people in Bama on Monday.",
            {"count": 30, "text": "killed 30 people", "place": "Bama", "date": "2015-02-16",
             "perpetrator": "Boko Haram"}, [BAMA], [("Monday", "2015-02-16", "date")]),
        art("2015-02-17", "At least 32 people were killed in an attack in Borno state on Monday.",
            {"count": 32, "qualifier": "at_least", "text": "At least 32 people were killed",
             "place": "Borno", "date": "2015-02-16"}, [BORNO], [("Monday", "2015-02-16", "date")]),
        True, id="town inside its province, perpetrator unknown on one side (Nigeria)"),
    pytest.param(
        art(None, "A blast on a busy street in Lyon on Friday injured several people.",
            {"count": None, "low": 3, "high": 9, "qualifier": "vague", "outcome": "injured",
             "text": "injured several people", "place": "Lyon", "date": "XXXX-WXX-5"}, [LYON]),
        art(None, "The parcel bomb that exploded in Lyon on Friday wounded 13 people.",
            {"count": 13, "outcome": "injured", "text": "wounded 13 people", "place": "Lyon",
             "date": "XXXX-WXX-5"}, [LYON]),
        True, id="no publication date, same unresolved day (France, WikiEvents)"),
    pytest.param(
        art("2023-05-20", "Fighting has killed at least 705 people since April 15, the WHO said.",
            {"count": 705, "qualifier": "at_least", "text": "killed at least 705 people",
             "place": "Sudan", "cumulative": True}, [SUDAN], [("April 15", "2023-04-15", "date")]),
        art("2023-05-22", "At least 822 people have been killed in Sudan since April 15.",
            {"count": 822, "qualifier": "at_least", "text": "At least 822 people have been killed",
             "place": "Sudan", "cumulative": True}, [SUDAN], [("April 15", "2023-04-15", "date")]),
        True, id="running tolls from the same start two days apart (Sudan)"),
    pytest.param(
        art("2019-09-21", "Militants killed 10 people in Mogadishu on Saturday.",
            {"count": 10, "text": "killed 10 people", "place": "Mogadishu", "date": "2019-09-21"},
            [MOGADISHU], [("Saturday", "2019-09-21", "date")]),
        art("2019-09-22", "Police said on Sunday that 11 people were killed in Mogadishu.",
            {"count": 11, "text": "11 people were killed", "place": "Mogadishu"}, [MOGADISHU],
            [("Sunday", "2019-09-22", "date")]),
        True, id="the day a figure was reported, next to the stated day (Somalia)"),
    pytest.param(
        art("2017-05-29", "A car bomb killed 8 people in Kabul on Monday.",
            {"count": 8, "text": "killed 8 people", "place": "Kabul", "date": "2017-05-29"}, [KABUL],
            [("Monday", "2017-05-29", "date")]),
        art("2017-05-31", "A truck bomb killed 9 people in Kabul on Wednesday.",
            {"count": 9, "text": "killed 9 people", "place": "Kabul", "date": "2017-05-31"}, [KABUL],
            [("Wednesday", "2017-05-31", "date")]),
        False, id="same town, different stated days (Afghanistan)"),
    pytest.param(
        art("2017-05-29", "A bomb killed 8 people in Kabul on Monday.",
            {"count": 8, "text": "killed 8 people", "place": "Kabul", "date": "2017-05-29"}, [KABUL],
            [("Monday", "2017-05-29", "date")]),
        art("2017-05-30", "A bomb killed 8 people in Kabul on Tuesday.",
            {"count": 8, "text": "killed 8 people", "place": "Kabul", "date": "2017-05-30"}, [KABUL],
            [("Tuesday", "2017-05-30", "date")]),
        False, id="same town and figure, consecutive stated days (Afghanistan)"),
    pytest.param(
        art("2019-09-21", "Al-Shabaab militants killed 10 people in Mogadishu on Saturday.",
            {"count": 10, "text": "killed 10 people", "place": "Mogadishu", "date": "2019-09-21"},
            [MOGADISHU], [("Saturday", "2019-09-21", "date")]),
        art("2019-09-21", "Al-Shabaab militants killed 10 people in Kismayo on Saturday.",
            {"count": 10, "text": "killed 10 people", "place": "Kismayo", "date": "2019-09-21"},
            [KISMAYO], [("Saturday", "2019-09-21", "date")]),
        False, id="different towns, same day (Somalia)"),
    pytest.param(
        art("2023-12-10", "An Israeli strike killed 30 people in Gaza City on Saturday.",
            {"count": 30, "text": "killed 30 people", "place": "Gaza City", "date": "2023-12-09"},
            [GAZA_CITY], [("Saturday", "2023-12-09", "date")]),
        art("2023-12-10", "More than 17,700 people have been killed in Gaza since October 7.",
            {"count": 17700, "qualifier": "more_than", "text": "More than 17,700 people have been killed",
             "place": "Gaza", "cumulative": True}, [GAZA], [("October 7", "2023-10-07", "date")]),
        False, id="incident against cumulative toll (Gaza)"),
    pytest.param(
        art("2023-12-10", "The strike killed 30 people in Gaza City on Saturday.",
            {"count": 30, "text": "killed 30 people", "place": "Gaza City", "date": "2023-12-09"},
            [GAZA_CITY], [("Saturday", "2023-12-09", "date")]),
        art("2023-12-10", "The strike wounded 30 people in Gaza City on Saturday.",
            {"count": 30, "outcome": "injured", "text": "wounded 30 people", "place": "Gaza City",
             "date": "2023-12-09"}, [GAZA_CITY], [("Saturday", "2023-12-09", "date")]),
        False, id="different outcomes (Gaza)"),
    pytest.param(
        art("2014-07-14", "Clashes killed 15 people in Tripoli on Sunday.",
            {"count": 15, "text": "killed 15 people", "place": "Tripoli", "date": "2014-07-13"},
            [TRIPOLI_LY], [("Sunday", "2014-07-13", "date")]),
        art("2014-07-14", "Clashes killed 15 people in Tripoli on Sunday.",
            {"count": 15, "text": "killed 15 people", "place": "Tripoli", "date": "2014-07-13"},
            [TRIPOLI_LB], [("Sunday", "2014-07-13", "date")]),
        False, id="same name, different countries (Libya, Lebanon)"),
    pytest.param(
        art("2017-03-01", "Air strikes killed 20 people in east Mosul.",
            {"count": 20, "text": "killed 20 people", "place": "east Mosul"}, [MOSUL]),
        art("2017-03-01", "Shelling killed 20 people in west Mosul.",
            {"count": 20, "text": "killed 20 people", "place": "west Mosul"}, [MOSUL]),
        False, id="two parts of one city (Iraq)"),
    pytest.param(
        art("2023-01-10", "Shelling killed 5 people in Bakhmut.",
            {"count": 5, "text": "killed 5 people", "place": "Bakhmut"}, [BAKHMUT]),
        art("2023-01-11", "Fighting around Bakhmut has killed 400 soldiers.",
            {"count": 400, "text": "killed 400 soldiers", "place": "Bakhmut"}, [BAKHMUT]),
        False, id="figures too far apart for one toll (Ukraine)"),
    pytest.param(
        art("2015-01-05", "Boko Haram killed 16 people in Maiduguri.",
            {"count": 16, "text": "killed 16 people", "place": "Maiduguri", "perpetrator": "Boko Haram"},
            [MAIDUGURI]),
        art("2015-01-05", "Nigerian troops killed 16 people in Maiduguri.",
            {"count": 16, "text": "killed 16 people", "place": "Maiduguri",
             "perpetrator": "Nigerian Army"}, [MAIDUGURI]),
        False, id="different perpetrators (Nigeria)"),
    pytest.param(
        art("2023-06-01", "Air strikes killed 17 people in Khartoum.",
            {"count": 17, "text": "killed 17 people", "place": "Khartoum"}, [KHARTOUM]),
        art("2023-06-08", "Air strikes killed 17 people in Khartoum.",
            {"count": 17, "text": "killed 17 people", "place": "Khartoum"}, [KHARTOUM]),
        False, id="same town a week apart (Sudan)"),
    pytest.param(
        art("2022-08-01", "Shelling killed 6 people in Donetsk, the mayor said.",
            {"count": 6, "text": "killed 6 people", "place": "Donetsk"}, [DONETSK]),
        art("2022-08-02", "Shelling killed 2 people in Donetsk, the mayor said.",
            {"count": 2, "text": "killed 2 people", "place": "Donetsk"}, [DONETSK]),
        False, id="a later undated report with a lower toll is another incident (Ukraine)"),
    pytest.param(
        art("2023-06-01", "Air strikes killed 17 people, medics said.",
            {"count": 17, "text": "killed 17 people"}, []),
        art("2023-06-01", "Air strikes killed 17 people, medics said.",
            {"count": 17, "text": "killed 17 people"}, []),
        False, id="place unknown on both sides"),
    pytest.param(
        art("2023-02-21", "The UN has recorded 8,006 civilian deaths in Ukraine since February 24, 2022.",
            {"count": 8006, "victims": "civilians", "text": "recorded 8,006 civilian deaths",
             "place": "Ukraine", "cumulative": True}, [UKRAINE],
            [("February 24, 2022", "2022-02-24", "date")]),
        art("2023-02-22", "Fighting has killed 14,400 people in Ukraine since 2014.",
            {"count": 14400, "text": "killed 14,400 people", "place": "Ukraine", "cumulative": True},
            [UKRAINE], [("2014", "2014", "date")]),
        False, id="running tolls from different starts (Ukraine)"),
    # issue 19: merge only what is the same incident
    pytest.param(
        art("2017-01-07", "A car bomb killed 5 people in Syria on Friday.",
            {"count": 5, "text": "A car bomb killed 5 people", "place": "Syria", "date": "2017-01-06"},
            [SYRIA], [("Friday", "2017-01-06", "date")]),
        art("2017-01-07", "A car bomb killed 5 people in Syria on Friday, a monitor said.",
            {"count": 5, "text": "A car bomb killed 5 people", "place": "Syria", "date": "2017-01-06"},
            [SYRIA], [("Friday", "2017-01-06", "date")]),
        False, id="a country-level place alone never merges incidents (Syria)"),
    pytest.param(
        art("2014-03-04", "Janjaweed gunmen killed 9 people in Darfur on Monday.",
            {"count": 9, "text": "killed 9 people", "place": "Darfur", "date": "2014-03-03"},
            [DARFUR], [("Monday", "2014-03-03", "date")]),
        art("2014-03-04", "Gunmen killed 9 people in Darfur on Monday, the UN said.",
            {"count": 9, "text": "killed 9 people", "place": "Darfur", "date": "2014-03-03"},
            [DARFUR], [("Monday", "2014-03-03", "date")]),
        False, id="a region-level place alone never merges incidents (Sudan)"),
    pytest.param(
        art("2016-03-14", "Houthi shelling killed 6 civilians in Taiz on Monday.",
            {"count": 6, "victims": "civilians", "text": "killed 6 civilians", "place": "Taiz",
             "date": "2016-03-14"}, [TAIZ], [("Monday", "2016-03-14", "date")]),
        art("2016-03-14", "Houthi shelling killed 15 civilians in Taiz on Monday.",
            {"count": 15, "victims": "civilians", "text": "killed 15 civilians", "place": "Taiz",
             "date": "2016-03-14"}, [TAIZ], [("Monday", "2016-03-14", "date")]),
        False, id="same-day tolls that contradict are two incidents (Yemen)"),
    pytest.param(
        art("2016-03-14", "Houthi shelling killed 6 civilians in Taiz on Monday.",
            {"count": 6, "victims": "civilians", "text": "killed 6 civilians", "place": "Taiz",
             "date": "2016-03-14"}, [TAIZ], [("Monday", "2016-03-14", "date")]),
        art("2016-03-15", "The toll of Monday's Houthi shelling of Taiz rose to 15 civilians.",
            {"count": 15, "victims": "civilians", "text": "rose to 15 civilians", "place": "Taiz",
             "date": "2016-03-14"}, [TAIZ], [("Monday", "2016-03-14", "date")]),
        True, id="a higher toll published the next day is an update (Yemen)"),
    pytest.param(
        art("2018-11-04", "Coalition air strikes killed 16 people in Hodeidah on Saturday.",
            {"count": 16, "text": "Coalition air strikes killed 16 people", "place": "Hodeidah",
             "date": "2018-11-03"}, [HODEIDAH], [("Saturday", "2018-11-03", "date")]),
        art("2018-11-05", "Rebels executed 18 people in Hodeidah on Saturday.",
            {"count": 18, "text": "Rebels executed 18 people", "place": "Hodeidah",
             "date": "2018-11-03"}, [HODEIDAH], [("Saturday", "2018-11-03", "date")]),
        False, id="different kinds of attack: air strikes and executions (Yemen)"),
    pytest.param(
        art("2023-09-11", "Russian shelling killed 3 people in Kharkiv on Sunday.",
            {"count": 3, "text": "Russian shelling killed 3 people", "place": "Kharkiv",
             "date": "2023-09-10"}, [KHARKIV], [("Sunday", "2023-09-10", "date")]),
        art("2023-09-11", "Russian shelling killed 3 people in Kupiansk on Sunday.",
            {"count": 3, "text": "Russian shelling killed 3 people", "place": "Kupiansk",
             "date": "2023-09-10"}, [KUPIANSK], [("Sunday", "2023-09-10", "date")]),
        False, id="a city does not hold a town of the province named like it (Ukraine)"),
    pytest.param(
        art("2020-02-11", "An air strike killed 6 people in Idlib on Monday.",
            {"count": 6, "text": "An air strike killed 6 people", "place": "Idlib", "date": "2020-02-10"},
            [IDLIB_CITY], [("Monday", "2020-02-10", "date")]),
        art("2020-02-11", "Air strikes killed 7 people in Idlib province on Monday.",
            {"count": 7, "text": "Air strikes killed 7 people", "place": "Idlib", "date": "2020-02-10"},
            [IDLIB_PROVINCE], [("Monday", "2020-02-10", "date")]),
        True, id="a city inside the province it is named after (Syria)"),
    pytest.param(
        art("2019-06-02", "Gunmen killed 4 farmers in San Jose on Saturday.",
            {"count": 4, "victims": "farmers", "text": "Gunmen killed 4 farmers", "place": "San Jose",
             "date": "2019-06-01"}, [SAN_JOSE_A], [("Saturday", "2019-06-01", "date")]),
        art("2019-06-02", "Gunmen killed 4 farmers in San Jose on Saturday.",
            {"count": 4, "victims": "farmers", "text": "Gunmen killed 4 farmers", "place": "San Jose",
             "date": "2019-06-01"}, [SAN_JOSE_B], [("Saturday", "2019-06-01", "date")]),
        False, id="two towns of one name in two provinces (Philippines)"),
    pytest.param(
        art("2025-04-10", "Army drones struck Filo El Gringo on Wednesday. No fatalities.",
            {"count": 0, "text": "No fatalities", "place": "Tibu"}, [place("Tibu", "town", "CO", "Norte de Santander")]),
        art("2025-04-11", "Rebels shot down a drone over Tibu on Thursday. No fatalities.",
            {"count": 0, "text": "No fatalities", "place": "Tibu"}, [place("Tibu", "town", "CO", "Norte de Santander")]),
        False, id="two reports of no casualties are not one incident (Colombia)"),
]


@pytest.mark.parametrize("first, second, merged", MERGE_CASES)
def test_merge_table(first, second, merged):
    articles = [
        record(f"art{n}", spec["published"], [spec["sentence"]], [spec["figure"]], spec["places"],
               spec["dates"])
        for n, spec in enumerate((first, second), 1)
    ]
    events = events_of(*articles)
    assert len(events) == 2
    result = merge_events(events)
    assert len(result) == (1 if merged else 2)
    # merging never loses a figure
    assert sorted(r["best"] or 0 for e in result for r in e.reports) == sorted(
        r["best"] or 0 for e in events for r in e.reports
    )
    if merged:
        (event,) = result
        assert event.article_ids == ["art1", "art2"]
        assert len(event.merged) == 1 and {"place", "date", "outcome"} <= set(event.merged[0]["agreed"])
        assert event.merged[0]["merged_because"].startswith(event.merged[0]["agreed"]["place"])


def test_merge_takes_the_latest_as_best_and_the_lowest_as_conservative():
    a = record("a", "2022-05-02", ["Shelling has killed 12 people in Kharkiv."],
               [{"count": 12, "text": "killed 12 people", "place": "Kharkiv"}], [KHARKIV])
    b = record("b", "2022-05-03", ["The toll in Kharkiv has risen to 19 dead."],
               [{"count": 19, "text": "risen to 19 dead", "place": "Kharkiv"}], [KHARKIV])
    (event,) = merge_events(events_of(b, a))  # input order does not matter
    assert event.outcomes["killed"]["best"] == 19
    assert event.outcomes["killed"]["conservative"] == 12
    assert [(r["article_id"], r["published"], r["best"]) for r in event.reports] == [
        ("a", "2022-05-02", 12), ("b", "2022-05-03", 19)
    ]
    assert event.date == "2022-05-01/2022-05-03"
    assert merge_events(events_of(b, a))[0].id == event.id  # stable id


def test_reports_more_than_a_week_apart_are_a_new_snapshot():
    articles = [
        record(f"d{n}", f"2022-05-{n:02d}", [f"Shelling has killed {10 + n} people in Kharkiv."],
               [{"count": 10 + n, "text": f"killed {10 + n} people", "place": "Kharkiv"}], [KHARKIV])
        for n in range(1, 11)
    ]
    merged = merge_events(events_of(*articles))
    assert [len(e.reports) for e in merged] == [8, 2]
    assert sum(len(e.reports) for e in merged) == 10


def test_merge_does_not_change_its_input():
    events = events_of(
        record("a", "2022-05-02", ["Shelling has killed 12 people in Kharkiv."],
               [{"count": 12, "text": "killed 12 people", "place": "Kharkiv"}], [KHARKIV]),
        record("b", "2022-05-03", ["The toll in Kharkiv has risen to 19 dead."],
               [{"count": 19, "text": "risen to 19 dead", "place": "Kharkiv"}], [KHARKIV]),
    )
    before = copy.deepcopy(events)
    merge_events(events)
    assert events == before


def test_a_toll_updated_day_after_day_chains_into_one_event():
    days = [("2022-05-02", 12), ("2022-05-03", 19), ("2022-05-04", 25), ("2022-05-05", 31),
            ("2022-05-06", 40)]
    articles = [
        record(f"d{n}", day, [f"Shelling has killed {count} people in Kharkiv."],
               [{"count": count, "text": f"killed {count} people", "place": "Kharkiv"}], [KHARKIV])
        for n, (day, count) in enumerate(days)
    ]
    (event,) = merge_events(events_of(*articles))
    assert [r["best"] for r in event.reports] == [12, 19, 25, 31, 40]
    assert len(event.merged) == 4
    assert (event.outcomes["killed"]["best"], event.outcomes["killed"]["conservative"]) == (40, 12)


# --- the seed bars, on real extractor output ----------------------------------------------------


@pytest.fixture(scope="module")
def seed_records(nlp):
    articles = [
        Article(id=stem, text=(SEEDS / f"{stem}.txt").read_text(encoding="utf-8"),
                source=f"seeds/{stem}.txt", published=published)
        for stem, published in SEED_PUBLISHED.items()
    ]
    return list(annotate(nlp, articles))


def _killed_reports(event):
    return [(r["article_id"][:3], r["best"], r["qualifier"], [b["best"] for b in r["breakdown"]])
            for r in event.reports if r["outcome"] == "killed"]


def test_seed_bars(seed_records):
    for rec in seed_records:
        text = (SEEDS / f"{rec.id}.txt").read_text(encoding="utf-8")
        for event in rec.events:
            for span in event.evidence:
                assert text[span["start"]: span["end"]] == span["text"]
    merged = merge_events([e for rec in seed_records for e in rec.events])
    killed = [e for e in merged if "killed" in e.outcomes]
    east = [e for e in killed if any(r["best"] == 319 for r in e.reports)]
    assert len(east) == 1
    assert _killed_reports(east[0]) == [("000", 319, "at_least", [44]),
                                        ("001", 341, "more_than", [44])]
    assert east[0].place["area"] == "east"
    west = [e for e in killed if any(r["best"] == 69 for r in e.reports)]
    assert len(west) == 1
    assert _killed_reports(west[0]) == [("000", 69, "exact", [28]), ("001", 81, "exact", [31])]
    assert west[0].outcomes["killed"]["conservative"] == 69
    assert west[0].outcomes["killed"]["best"] == 81
    war = [e for e in killed if any(r["best"] == 400000 for r in e.reports)]
    assert len(war) == 1 and war[0].cumulative and len(war[0].reports) == 1


def test_records_with_events_validate_against_the_schema(seed_records):
    for rec in seed_records:
        jsonschema.validate(to_dict(rec), record_schema())


# --- the command line ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_jsonl(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("events") / "seeds.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for stem, published in SEED_PUBLISHED.items():
            text = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
            handle.write(json.dumps({"id": stem, "text": text, "published": published}) + "\n")
    return path


def test_cli_events_json_merges_across_inputs(seeds_jsonl):
    result = CliRunner().invoke(extract_app, [str(seeds_jsonl), "--events", "--json"])
    assert result.exit_code == 0, result.stderr
    events = json.loads(result.stdout)
    event_schema = record_schema()["$defs"]["event"]
    for event in events:
        jsonschema.validate(event, {**event_schema, "$defs": record_schema()["$defs"]})
    both = [e for e in events if len(e["article_ids"]) == 2 and "killed" in e["outcomes"]]
    assert {e["outcomes"]["killed"]["best"] for e in both} >= {341, 81}


def test_cli_events_csv_has_acled_columns(seeds_jsonl):
    result = CliRunner().invoke(extract_app, [str(seeds_jsonl), "--events", "--csv"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == EVENT_CSV_COLUMNS
    for column in ("event_date", "country", "admin1", "location", "latitude", "longitude",
                   "geo_precision", "time_precision", "actor1", "fatalities", "notes", "source"):
        assert column in EVENT_CSV_COLUMNS
    west = next(r for r in rows if r["fatalities_best"] == "81")
    assert (west["fatalities"], west["country"], west["location"], west["event_date"]) == (
        "69", "Syria", "Aleppo", "2016-12-06"
    )


def test_cli_events_rejects_only(seeds_jsonl):
    result = CliRunner().invoke(extract_app, [str(seeds_jsonl), "--events", "--only", "places"])
    assert result.exit_code == 2
    assert "--events" in result.stderr


def test_a_merged_event_keeps_the_innermost_place():
    a = record("a", "2016-07-24", ["A bombing in Baghdad killed 23 people on Sunday."],
               [{"count": 23, "text": "killed 23 people", "place": "Baghdad", "date": "2016-07-24"}],
               [BAGHDAD])
    b = record("b", "2016-07-25", ["A suicide bomber killed 21 people in Sadr City on Sunday."],
               [{"count": 21, "text": "killed 21 people", "place": "Sadr City", "date": "2016-07-24"}],
               [SADR_CITY, BAGHDAD])
    (event,) = merge_events(events_of(a, b))
    assert event.place["name"] == "Sadr City" and event.geo_precision == 2
    assert event.place["lat"] == 33.34  # the city's point, as ACLED codes a neighbourhood
    assert event.merged[0]["agreed"]["place"].startswith("one inside the other")


def test_a_merged_incident_keeps_its_stated_day():
    a = record("a", "2017-05-31", ["A truck bomb killed at least 80 people in Kabul on Wednesday."],
               [{"count": 80, "qualifier": "at_least", "text": "killed at least 80 people",
                 "place": "Kabul", "date": "2017-05-31"}], [KABUL],
               [("Wednesday", "2017-05-31", "date")])
    b = record("b", "2017-06-01", ["The toll of the truck bombing in Kabul rose to 90."],
               [{"count": 90, "text": "rose to 90", "place": "Kabul"}], [KABUL])
    (event,) = merge_events(events_of(a, b))
    assert (event.date, event.time_precision, event.date_basis) == ("2017-05-31", 1, "stated")
    assert [r["date"] for r in event.reports] == ["2017-05-31", "2017-05-31/2017-06-01"]


def test_a_place_without_coordinates_falls_back_to_its_province_at_precision_3():
    homs = place("Homs", "admin1", "SY", "Homs", 34.73, 36.72)
    sukhnah = place("Al-Sukhnah", "town", "SY", "Homs")
    rec, text = record("a", "2019-03-02", ["IS fighters killed 25 soldiers in Al-Sukhnah."],
                       [{"count": 25, "victims": "soldiers", "text": "killed 25 soldiers",
                         "place": "Al-Sukhnah"}], [sukhnah, homs])
    (event,) = article_events(rec, text)
    assert (event.place["lat"], event.place["admin1"], event.geo_precision) == (34.73, "Homs", 3)


# --- issue 19 / 18: the sentence's place, actors with roles --------------------------------------


def _spanned(place_, text):
    at = text.index(place_.name)
    return dataclasses.replace(place_, spans=[[at, at + len(place_.name)]])


@pytest.mark.parametrize("sentence, places, expected", [
    ("A car bomb exploded at a checkpoint in Mogadishu on Saturday, killing 61 people.",
     [MOGADISHU], "Mogadishu"),
    ("Jets bombed a market in Bama in Borno state, killing 61 people.", [BAMA, BORNO], "Bama"),
    ("Fighting in Mogadishu and Kismayo on Saturday, killing 61 people.", [MOGADISHU, KISMAYO], None),
    ("A car bomb exploded on Saturday, killing 61 people.", [], None),
])
def test_a_figure_without_a_place_takes_the_one_its_sentence_names(sentence, places, expected):
    rec, text = record("a", "2019-12-28", [sentence], [{"count": 61, "text": "killing 61 people"}],
                       [_spanned(p, sentence) for p in places])
    (event,) = article_events(rec, text)
    assert (event.place or {}).get("name") == expected
    assert rec.casualties[0].place is None  # the record is not changed


def test_events_name_their_actors_with_roles():
    sentence = "Boko Haram fighters killed 16 farmers in Gwoza on Saturday."
    rec, text = record("a", "2016-05-15", [sentence],
                       [{"count": 16, "victims": "farmers", "text": "killed 16 farmers", "place": "Gwoza",
                         "perpetrator": "Boko Haram"}],
                       [place("Gwoza", "town", "NG", "Borno", 11.08, 13.69)])
    rec.groups = [Group(name="Boko Haram", aliases=["Boko Haram"], actor_class="rebel_group",
                        spans=[[0, 10]])]
    rec.places.append(dataclasses.replace(place("Nigeria", "country", "NG")))
    (event,) = article_events(rec, text)
    assert [(a["name"], a["role"]) for a in event.actors] == [
        ("Boko Haram", "perpetrator"), ("Civilians (Nigeria)", "target")
    ]


def test_an_actor_acting_in_one_report_and_targeted_in_the_other_keeps_them_apart():
    damboa = place("Damboa", "town", "NG", "Borno", 11.15, 12.76)
    first = "Boko Haram militants killed 10 people in Damboa on Sunday."
    second = "Ten Boko Haram fighters were killed near Damboa on Sunday."
    a = record("a", "2017-08-21", [first],
               [{"count": 10, "text": "killed 10 people", "place": "Damboa", "date": "2017-08-20",
                 "perpetrator": "Boko Haram"}], [damboa], [("Sunday", "2017-08-20", "date")])
    b = record("b", "2017-08-21", [second],
               [{"count": 10, "victims": "fighters", "text": "Ten Boko Haram fighters were killed",
                 "place": "Damboa", "date": "2017-08-20"}], [damboa], [("Sunday", "2017-08-20", "date")])
    for (rec, _), sentence in ((a, first), (b, second)):
        at = sentence.index("Boko Haram")
        rec.groups = [Group(name="Boko Haram", aliases=["Boko Haram"], spans=[[at, at + 10]])]
    assert len(merge_events(events_of(a, b))) == 2


@pytest.mark.parametrize("headline, body, figures, places, one_event", [
    ("Air strikes kill 12 in Idlib",
     "Air strikes killed 12 civilians in Saraqib in Idlib province on Friday.",
     [{"count": 12, "text": "Air strikes kill 12", "place": "Idlib"},
      {"count": 12, "victims": "civilians", "text": "killed 12 civilians", "place": "Saraqib"}],
     [place("Idlib", "admin1", "SY", "Idlib", 35.8, 36.6), place("Saraqib", "town", "SY", "Idlib", 35.86, 36.8)],
     True),
    ("Clashes in Darfur kill 12",
     "At least 12 people were killed in clashes in Nyala on Tuesday.",
     [{"count": 12, "text": "Clashes in Darfur kill 12", "place": "Darfur"},
      {"count": 12, "text": "At least 12 people were killed", "place": "Nyala"}],
     [place("Darfur", "region", "SD"), place("Nyala", "city", "SD", "Darfur", 12.05, 24.88)],
     True),
    ("Gunmen kill 12 in Kaduna",
     "Gunmen killed 12 villagers in Kaduna. In Zamfara, bandits killed 12 traders.",
     [{"count": 12, "text": "Gunmen kill 12", "place": "Kaduna"},
      {"count": 12, "victims": "villagers", "text": "killed 12 villagers", "place": "Kaduna"},
      {"count": 12, "victims": "traders", "text": "killed 12 traders", "place": "Zamfara"}],
     [place("Kaduna", "admin1", "NG", "Kaduna", 10.5, 7.4), place("Zamfara", "admin1", "NG", "Zamfara", 12.1, 6.2)],
     False),
])
def test_a_headline_figure_and_its_body_figure_are_one_event(headline, body, figures, places, one_event):
    rec, text = record("a", "2021-03-06", [headline, body], figures, places)
    events = article_events(rec, text)
    assert (len(events) == 1) is one_event
    if one_event:
        assert events[0].place["name"] == figures[-1]["place"]  # the inner place is kept
        assert len(events[0].reports) == 2


@pytest.mark.parametrize("sentences, places, expected", [
    (["On Sunday a drone hit a truck near Kidal.", "Two fatalities."], [place("Kidal", "town", "ML", "Kidal", 18.44, 1.41)],
     "Kidal"),
    (["Troops clashed with rebels in Kawkareik in Kayin state.", "Five fatalities."],
     [place("Kawkareik", "town", "MM", "Kayin", 16.55, 98.24), place("Kayin", "admin1", "MM", "Kayin", 17.0, 97.8)],
     "Kawkareik"),
    (["Drones struck Kidal and Gao.", "Two fatalities."],
     [place("Kidal", "town", "ML", "Kidal", 18.44, 1.41), place("Gao", "town", "ML", "Gao", 16.27, -0.04)], None),
])
def test_a_figure_without_a_place_in_its_sentence_takes_the_articles_one_place(sentences, places, expected):
    text = "\n".join(sentences)
    rec, text = record("a", "2024-03-04", sentences, [{"count": 2, "text": sentences[1][:-1]}],
                       [_spanned(p, text) for p in places])
    (event,) = article_events(rec, text)
    assert (event.place or {}).get("name") == expected


@pytest.mark.parametrize("sentences, mentions, cumulative, expected", [
    (["On Sunday, drones hit an army post near Kidal.", "12 people were killed."],
     [("Sunday", "2022-05-01", "date")], False, ("2022-05-01", 1, "article")),
    (["On Sunday, drones hit an army post near Kidal.", "On Monday, a convoy was ambushed.",
      "12 people were killed."],
     [("Sunday", "2022-05-01", "date"), ("Monday", "2022-05-02", "date")], False,
     ("2022-05-02/2022-05-03", 2, "published")),
    (["Drones hit army posts in May.", "12 people were killed."], [("May", "2022-05", "date")], False,
     ("2022-05-02/2022-05-03", 2, "published")),
    (["On Sunday, drones hit an army post near Kidal.", "12 people were killed."],
     [("Sunday", "2022-05-01", "date")], True, ("2022-05-02/2022-05-03", 2, "published")),
])
def test_a_figure_without_a_date_in_its_sentence_takes_the_articles_one_day(
    sentences, mentions, cumulative, expected
):
    rec, text = record("a", "2022-05-03", sentences,
                       [{"count": 12, "text": "12 people were killed", "cumulative": cumulative}], [], mentions)
    (event,) = article_events(rec, text)
    assert (event.date, event.time_precision, event.date_basis) == expected


@pytest.mark.parametrize("named, unnamed, group, where", [
    ("Government air strikes killed 11 civilians in Maarat al-Numan on Friday.",
     "Warplanes killed 9 civilians in Maarat al-Numan on Friday.", "Syria",
     place("Maarat al-Numan", "town", "SY", "Idlib", 35.64, 36.67)),
    ("Boko Haram fighters killed 11 civilians in Konduga on Friday.",
     "Gunmen killed 9 civilians in Konduga on Friday.", "Boko Haram",
     place("Konduga", "town", "NG", "Borno", 11.65, 13.42)),
    ("Al-Shabaab militants killed 11 civilians in Afgooye on Friday.",
     "Unknown attackers killed 9 civilians in Afgooye on Friday.", "Al-Shabaab",
     place("Afgooye", "town", "SO", "Lower Shabelle", 2.14, 45.12)),
])
def test_an_unidentified_perpetrator_agrees_with_a_named_one(named, unnamed, group, where):
    """``warplanes``/``gunmen`` (an unidentified actor) say only that someone did it: the two
    reports of one incident merge, and the merged event names the perpetrator one report names."""
    unknown = "Unidentified Armed Group"
    a = record("a", "2019-03-09", [named],
               [{"count": 11, "victims": "civilians", "text": "killed 11 civilians",
                 "place": where.name, "date": "2019-03-08", "perpetrator": group}],
               [where], [("Friday", "2019-03-08", "date")])
    b = record("b", "2019-03-09", [unnamed],
               [{"count": 9, "victims": "civilians", "text": "killed 9 civilians",
                 "place": where.name, "date": "2019-03-08", "perpetrator": unknown}],
               [where], [("Friday", "2019-03-08", "date")])
    a[0].groups = [Group(name=group, aliases=[group], actor_class="rebel_group", spans=[[0, 5]])]
    b[0].groups = [Group(name=unknown, aliases=["x"], actor_class="unidentified", spans=[[0, 5]])]
    (event,) = merge_events(events_of(b, a))
    assert event.perpetrator == group
    assert [x["name"] for x in event.actors if x["role"] == "perpetrator"] == [group]
