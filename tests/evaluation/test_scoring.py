"""Tests for the scorer behind ``conflict-extract eval``: hand-made gold/prediction pairs whose
precision, recall and accuracies are worked out by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conflict_extract.evaluation.scoring import (
    date_key,
    evaluate,
    match_items,
    name_match,
    norm_name,
    prf,
    score_article,
    token_f1,
)
from conflict_extract.gazetteer.index import distance_km

GOLD_DIR = Path(__file__).resolve().parents[1] / "gold"


def cas(outcome, count, victims="people", text="", part_of=None, **extra):
    """A casualty item (gold or predicted)."""
    return {"outcome": outcome, "count": count, "victims": victims, "text": text,
            "part_of": part_of, **extra}


def counts(scored, category):
    c = scored["categories"][category]
    return c["tp"], c["fp"], c["fn"]


def acc(scored, name):
    a = scored["accuracies"][name]
    return a["correct"], a["total"]


# -------------------------------------------------------------------------------------------------
# Normalisation helpers


@pytest.mark.parametrize(
    "a, b, equal",
    [
        ("on Monday", "Monday", True),
        ("Monday’s", "Monday", True),
        ("since 2011", "2011", True),
        ("the past week", "past week", True),
        ("nearly three weeks ago", "some three weeks ago", False),
        ("in mid-July", "mid-July", True),
        ("2012", "2011", False),
    ],
)
def test_date_key(a, b, equal):
    assert (date_key(a) == date_key(b)) is equal


@pytest.mark.parametrize(
    "a, b",
    [("Türkiye", "Turkiye"), ("The White Helmets", "White Helmets"), ("Ma‘arrat", "Maarrat")],
)
def test_norm_name_folds(a, b):
    assert norm_name(a) == norm_name(b)


def test_token_f1():
    assert token_f1("There is no other way.", "There is no other way") == 1.0
    # 2 common of 4 predicted and 2 gold tokens: P 0.5, R 1.0, F1 2/3
    assert token_f1("provocative step", "a provocative step indeed") == pytest.approx(2 / 3)
    assert token_f1("", "anything") == 0.0


def test_haversine_known_distance():
    # Aleppo to Idlib is about 56 km as the crow flies.
    assert distance_km(36.2021, 37.1343, 35.9306, 36.6339) == pytest.approx(53.5, abs=3)


def test_prf_zero_denominators():
    assert prf(0, 0, 3) == {"precision": None, "recall": 0.0, "f1": None}
    assert prf(2, 2, 0) == {"precision": 0.5, "recall": 1.0, "f1": pytest.approx(2 / 3)}


# -------------------------------------------------------------------------------------------------
# Casualties


def test_perfect_casualties_with_part_of_reordered():
    gold = {"casualties": [
        cas("killed", 69, text="has killed 69 people", qualifier="exact"),
        cas("killed", 28, "children", text="including 28 children", part_of=0, qualifier="exact"),
    ]}
    # Predictions in the other order: part_of 1 points at the 69, i.e. gold index 0.
    pred = {"casualties": [
        cas("killed", 28, "children", text="including 28 children", part_of=1, qualifier="exact"),
        cas("killed", 69, text="has killed 69 people", qualifier="exact"),
    ]}
    scored = score_article(gold, pred)
    assert counts(scored, "casualties") == (2, 0, 0)
    assert acc(scored, "casualty_part_of") == (2, 2)
    assert acc(scored, "casualty_victims") == (2, 2)
    assert acc(scored, "casualty_qualifier") == (2, 2)


def test_casualty_miss_false_positive_and_wrong_attributes():
    gold = {"casualties": [
        cas("killed", 24, text="24 people were killed", qualifier="at_least"),
        cas("injured", 85, text="85 injured", qualifier="any"),
        cas("killed", 44, "children", part_of=0, text="including 44 children"),
    ]}
    pred = {"casualties": [
        cas("killed", 24, "civilians", text="24 people were killed", qualifier="exact"),
        cas("killed", 85, text="85 injured"),  # wrong outcome: a false positive, gold 85 missed
        cas("killed", 44, "children", part_of=None, text="including 44 children"),
    ]}
    scored = score_article(gold, pred)
    assert counts(scored, "casualties") == (2, 1, 1)
    assert acc(scored, "casualty_victims") == (1, 2)
    assert acc(scored, "casualty_part_of") == (1, 2)
    # qualifier "any" is not scored; the 24's "exact" is wrong
    assert acc(scored, "casualty_qualifier") == (0, 1)
    assert scored["categories"]["casualties"]["missed"] == ["injured 85 people: 85 injured"]


def test_casualty_links_place_attribution_cumulative():
    gold = {
        "places": [{"name": "Aleppo", "aliases": ["east Aleppo"]}, {"name": "Syria"}],
        "groups": [{"name": "Syrian Observatory for Human Rights", "aliases": ["SOHR"]},
                   {"name": "White Helmets"}],
        "casualties": [
            cas("killed", 69, text="has killed 69 people", place="west Aleppo",
                attributed_to="Syrian Observatory for Human Rights"),
            cas("killed", 400000, text="400,000 killed since 2011", place="Syria",
                cumulative=True),
            cas("killed", 24, text="24 people were killed", attributed_to="White Helmets"),
        ],
    }
    pred = {"casualties": [
        # "west Aleppo" resolves to the gold place Aleppo, as does the predicted canonical name
        cas("killed", 69, text="has killed 69 people", place="Aleppo", attributed_to="SOHR"),
        cas("killed", 400000, text="400,000 killed since 2011", place="Damascus"),
        cas("killed", 24, text="24 people were killed", attributed_to=None, cumulative=True),
    ]}
    scored = score_article(gold, pred)
    assert acc(scored, "casualty_place") == (1, 2)
    assert acc(scored, "casualty_attributed_to") == (1, 2)
    assert acc(scored, "casualty_cumulative") == (1, 3)


@pytest.mark.parametrize(
    "pred_item, matches",
    [
        ({"count": None, "low": 24, "high": 99}, True),      # same range
        ({"count": None, "low": 12, "high": 30}, True),      # overlaps 24-99
        ({"count": 40, "low": None, "high": None}, True),    # a figure inside the range
        ({"count": 10, "low": None, "high": None}, False),   # below the range
        ({"count": None, "low": 100, "high": 999}, False),   # "hundreds" vs "dozens"
        ({"count": None, "low": 50, "high": None}, True),    # open-ended "more than 49"
    ],
)
def test_vague_gold_matches_by_range_overlap(pred_item, matches):
    gold = {"casualties": [cas("killed", None, low=24, high=99, text="left dozens dead")]}
    pred = {"casualties": [{**cas("killed", None, text="left dozens dead"), **pred_item}]}
    assert counts(score_article(gold, pred), "casualties") == ((1, 0, 0) if matches else (0, 1, 1))


def test_open_gold_range():
    gold = {"casualties": [cas("displaced", None, low=1000000, high=None, text="millions")]}
    pred = {"casualties": [cas("displaced", None, low=2000000, high=9999999, text="millions")]}
    assert counts(score_article(gold, pred), "casualties") == (1, 0, 0)


def test_exact_gold_count_not_matched_by_null_prediction():
    gold = {"casualties": [cas("killed", 319, text="at least 319 people")]}
    pred = {"casualties": [cas("killed", None, low=300, high=400, text="at least 319 people")]}
    assert counts(score_article(gold, pred), "casualties") == (0, 1, 1)


def test_duplicate_figure_prefers_closest_evidence():
    gold = {"casualties": [
        cas("killed", 44, "children", text="including 44 children", part_of=1),
        cas("killed", 341, text="more than 341 people dead"),
    ]}
    pred = {"casualties": [
        cas("killed", 44, "children", text="44 children were among the dead in Idlib"),
        cas("killed", 44, "children", text="including 44 children", part_of=2),
        cas("killed", 341, text="more than 341 people dead"),
    ]}
    scored = score_article(gold, pred)
    assert counts(scored, "casualties") == (2, 1, 0)
    assert acc(scored, "casualty_part_of") == (2, 2)
    assert scored["categories"]["casualties"]["false_positives"] == [
        "killed 44 children: 44 children were among the dead in Idlib"
    ]


def test_not_casualties_hit_by_text():
    gold = {"casualties": [], "not_casualties": ["seven-day truce", "800 metres"]}
    pred = {"casualties": [cas("killed", 7, text="a seven-day truce")]}
    scored = score_article(gold, pred)
    assert counts(scored, "casualties") == (0, 1, 0)
    assert len(scored["not_casualties_hits"]) == 1


def test_not_casualties_hit_by_offsets():
    text = "The UN sought a seven-day truce. At least 24 people were killed."
    start = text.index("seven-day")
    gold = {"casualties": [cas("killed", 24, text="At least 24 people were killed")],
            "not_casualties": ["seven-day truce"]}
    pred = {"casualties": [
        cas("killed", 7, text="seven-day", start=start, end=start + 9),
        cas("killed", 24, text="At least 24 people were killed",
            start=text.index("At"), end=len(text) - 1),
    ]}
    scored = score_article(gold, pred, text=text)
    assert counts(scored, "casualties") == (1, 1, 0)
    assert len(scored["not_casualties_hits"]) == 1


def test_matched_casualty_is_not_a_not_casualties_hit():
    # The seed gold lists "319 people" as a non-casualty phrase inside a real casualty's evidence.
    gold = {"casualties": [cas("killed", 319, text="at least 319 people have been killed")],
            "not_casualties": ["319 people"]}
    pred = {"casualties": [cas("killed", 319, text="at least 319 people have been killed")]}
    assert score_article(gold, pred)["not_casualties_hits"] == []


# -------------------------------------------------------------------------------------------------
# Places and groups


def test_places_miss_optional_and_geocoding():
    gold = {"places": [
        {"name": "Aleppo", "aliases": ["east Aleppo"], "type": "city",
         "lat": 36.2021, "lon": 37.1343},
        {"name": "Idlib", "aliases": ["Idleb"], "type": "admin1", "lat": 35.9306, "lon": 36.6339},
        {"name": "Gaziantep", "type": "city", "lat": 37.0594, "lon": 37.3825},
        {"name": "Kafr Nabal", "aliases": ["Kafranbel"], "type": "town"},
        {"name": "Russia", "type": "country", "optional": True},
        {"name": "China", "type": "country", "optional": True},
    ]}
    pred = {"places": [
        # matched through a mention; 5 km off: geocoded
        {"name": "Halab", "mentions": ["east Aleppo"], "type": "city", "lat": 36.24, "lon": 37.16},
        # matched by alias; about 110 km off: wrong
        {"name": "Idleb", "type": "city", "lat": 36.93, "lon": 36.63},
        # matched; no coordinates: wrong
        {"name": "Gaziantep", "type": "city", "lat": None, "lon": None},
        {"name": "Russia", "type": "country"},        # optional: neither TP nor FP
        {"name": "Geneva", "type": "city"},           # false positive
    ]}
    scored = score_article(gold, pred)
    # required gold 4 (Kafr Nabal missed); predictions 5, one on an optional item
    assert counts(scored, "places") == (3, 1, 1)
    c = scored["categories"]["places"]
    assert c["optional_matched"] == 1
    # P = 3 / (5 - 1) = 0.75, R = 3 / 4
    assert prf(*counts(scored, "places"))["precision"] == 0.75
    assert acc(scored, "place_geocoding") == (1, 3)
    assert acc(scored, "place_type") == (2, 3)


def test_groups_aliases_one_to_one():
    gold = {"groups": [
        {"name": "Syrian government forces", "aliases": ["Syrian army", "regime forces"],
         "type": "state_forces"},
        {"name": "Syrian Observatory for Human Rights", "aliases": ["SOHR", "the monitor"],
         "type": "monitor"},
    ]}
    pred = {"groups": [
        {"name": "Syrian Arab Army", "aliases": ["Syrian army"], "type": "state_forces"},
        # a second entity for the same gold group: unmerged, so a false positive
        {"name": "regime forces", "aliases": [], "type": "state_forces"},
        {"name": "Monitor", "aliases": ["SOHR"], "type": "ngo"},
    ]}
    scored = score_article(gold, pred)
    assert counts(scored, "groups") == (2, 1, 0)
    assert acc(scored, "group_type") == (1, 2)


def test_required_gold_served_before_optional():
    gold = [{"name": "Russia", "aliases": ["Moscow"], "optional": True},
            {"name": "Moscow", "aliases": []}]
    pred = [{"name": "Moscow"}]
    assert match_items(gold, pred, name_match) == {1: 0}


# -------------------------------------------------------------------------------------------------
# Quotes


def test_quote_speaker_pronoun_resolved_to_alias():
    gold = {"quotes": [
        {"text": "The regime is draining the rebel fighters of ammunition,",
         "speaker": "Rami Abdel Rahman", "speaker_aliases": ["Abdel Rahman"], "kind": "direct"},
        {"text": "There is no other way.", "speaker": "Sergey Lavrov",
         "speaker_aliases": ["Lavrov"], "kind": "direct"},
        {"text": "human catastrophe", "speaker": None, "kind": "partial"},
        {"text": "provocative step", "speaker": "Sergey Lavrov", "speaker_aliases": ["Lavrov"],
         "kind": "partial"},
    ]}
    pred = {"quotes": [
        {"text": "The regime is draining the rebel fighters of ammunition",
         "speaker": "Abdel Rahman", "kind": "direct"},          # alias: right
        {"text": "There is no other way.", "speaker": "he", "kind": "direct"},  # unresolved: wrong
        {"text": "human catastrophe", "speaker": "UN envoy", "kind": "partial"},  # gold null: wrong
        # 2 of 6 tokens shared with "provocative step": F1 0.5, a match at the threshold
        {"text": "a provocative step that undermines efforts", "speaker": "Lavrov",
         "kind": "direct"},
    ]}
    scored = score_article(gold, pred)
    assert counts(scored, "quotes") == (4, 0, 0)
    assert acc(scored, "quote_speaker") == (2, 4)
    assert acc(scored, "quote_kind") == (3, 4)


def test_quote_below_threshold_is_miss_and_false_positive():
    gold = {"quotes": [{"text": "provocative step", "speaker": "Sergey Lavrov", "kind": "partial"}]}
    pred = {"quotes": [{"text": "the draft resolution is for the most part a provocative step",
                        "speaker": "Lavrov", "kind": "direct"}]}
    assert counts(score_article(gold, pred), "quotes") == (0, 1, 1)


@pytest.mark.parametrize("gold_has_indirect, expected", [(False, (1, 0, 0)), (True, (2, 1, 0))])
def test_indirect_quotes_scored_only_where_gold_annotates_them(gold_has_indirect, expected):
    gold_quotes = [{"text": "There is no other way.", "speaker": "Sergey Lavrov", "kind": "direct"}]
    if gold_has_indirect:
        gold_quotes.append({"text": "the army had taken the district", "speaker": "Rami Abdel Rahman",
                            "kind": "indirect"})
    pred = {"quotes": [
        {"text": "There is no other way.", "speaker": "Sergey Lavrov", "kind": "direct"},
        {"text": "the army had taken the district", "speaker": "he", "kind": "indirect"},
        {"text": "rebels would be destroyed", "speaker": "Lavrov", "kind": "indirect"},
    ]}
    scored = score_article({"quotes": gold_quotes}, pred)
    assert counts(scored, "quotes") == expected
    assert scored["categories"]["quotes"]["unscored"] == (0 if gold_has_indirect else 2)


def test_optional_quote_found_leaves_precision_denominator():
    gold = {"quotes": [{"text": "destroy", "speaker": None, "kind": "partial", "optional": True}]}
    pred = {"quotes": [{"text": "destroy", "speaker": None, "kind": "partial"}]}
    scored = score_article(gold, pred)
    assert counts(scored, "quotes") == (0, 0, 0)
    assert acc(scored, "quote_speaker") == (0, 0)  # optional items are not judged


# -------------------------------------------------------------------------------------------------
# Dates


def test_dates_containment_dedupe_and_optional_value():
    gold = {"dates": [
        {"text": "Monday", "value": "2016-12-05"},
        {"text": "since 2011", "value": "2011"},
        {"text": "nearly three weeks ago", "value": "2016-W46", "optional_value": True},
        {"text": "mid-July", "value": "2016-07"},
        {"text": "overnight", "value": "2016-12-05", "optional": True},
    ]}
    pred = {"dates": [
        {"text": "on Monday", "value": "2016-12-05"},
        {"text": "Monday", "value": "2016-12-05"},       # same mention again: counted once
        {"text": "2011", "value": "2011"},
        {"text": "nearly three weeks ago", "value": "2016-W47"},  # value not scored
        {"text": "Sunday", "value": "2016-12-04"},       # false positive
    ]}
    scored = score_article(gold, pred)
    assert counts(scored, "dates") == (3, 1, 1)
    assert scored["categories"]["dates"]["unscored"] == 1
    assert acc(scored, "date_value") == (2, 2)


def test_date_value_wrong():
    gold = {"dates": [{"text": "this week", "value": "2016-W49"}]}
    pred = {"dates": [{"text": "this week", "value": "XXXX-WXX"}]}
    assert acc(score_article(gold, pred), "date_value") == (0, 1)


# -------------------------------------------------------------------------------------------------
# Micro-averaging


def test_evaluate_micro_averages_and_lists_unscored():
    golds = [
        {"id": "a", "places": [{"name": "Aleppo"}, {"name": "Idlib"}]},
        {"id": "b", "places": [{"name": "Mosul"}]},
        {"id": "c", "places": [{"name": "Gaza"}]},
    ]
    preds = [
        {"id": "a", "places": [{"name": "Aleppo"}, {"name": "Homs"}, {"name": "Hama"}]},
        {"id": "b", "places": [{"name": "Mosul"}]},
        {"id": "z", "places": []},
    ]
    report = evaluate(golds, preds, categories=["places"])
    places = report["categories"]["places"]
    # tp 2, fp 2, fn 1: P 0.5, R 2/3 (per-file averages would give P 2/3)
    assert (places["tp"], places["fp"], places["fn"]) == (2, 2, 1)
    assert places["precision"] == 0.5
    assert places["recall"] == pytest.approx(2 / 3)
    assert report["files"] == 2
    assert report["unscored"] == ["c"]
    assert report["unmatched_predictions"] == ["z"]
    assert [f["id"] for f in report["per_file"]] == ["a", "b"]


def test_seed_gold_scored_against_itself_is_perfect():
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD_DIR.glob("*.json"))]
    report = evaluate(golds, golds)
    for category, c in report["categories"].items():
        assert (c["precision"], c["recall"]) == (1.0, 1.0), category
    for name, a in report["accuracies"].items():
        assert a["accuracy"] in (1.0, None), name
    assert report["not_casualties_hits"] == 0
