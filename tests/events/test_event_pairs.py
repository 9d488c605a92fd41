"""The events precision check of issue 19: 40 pairs of reports written for this test (same incident
told twice; two incidents of one day in one province), every merge decision taken by
``extract --events``."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from conflict_extract.cli.app import extract_app
from conflict_extract.io.schema import record_schema

PAIRS = json.loads((Path(__file__).parent / "pairs" / "pairs.json").read_text(encoding="utf-8"))[
    "pairs"
]

UPSTREAM = {
    "p18": "places: Palma (Mozambique) is resolved as Palma (Spain)",
}
"""Pairs decided wrongly because another component misreads a report, not by the merge rules."""


def _param(pair: dict) -> pytest.param:
    marks = [pytest.mark.xfail(reason=UPSTREAM[pair["id"]], strict=True)] if pair["id"] in UPSTREAM else []
    return pytest.param(pair, id=f"{pair['id']} {pair['expect']}: {pair['why']} ({pair['conflict']})",
                        marks=marks)


@pytest.fixture(scope="module")
def pair_events(tmp_path_factory) -> list[dict]:
    """Every pair's two reports through ``extract --events --json`` in one run (each pair has its
    own month, so pairs cannot meet)."""
    path = tmp_path_factory.mktemp("pairs") / "pairs.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for pair in PAIRS:
            for side in ("a", "b"):
                report = pair[side]
                handle.write(json.dumps({"id": pair["id"] + side, **report}) + "\n")
    result = CliRunner().invoke(extract_app, [str(path), "--events", "--json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_there_are_forty_pairs_of_both_kinds():
    assert len(PAIRS) == 40 and len({p["id"] for p in PAIRS}) == 40
    assert sum(p["expect"] == "same" for p in PAIRS) == 20
    assert len({p["conflict"] for p in PAIRS}) >= 15


@pytest.mark.parametrize("pair", [_param(p) for p in PAIRS])
def test_merge_decision(pair, pair_events):
    a, b = pair["id"] + "a", pair["id"] + "b"
    both = [e for e in pair_events if a in e["article_ids"] and b in e["article_ids"]]
    assert bool(both) == (pair["expect"] == "same"), [
        (e["article_ids"], e["place"] and e["place"]["name"], e["outcomes"], e["attack_kinds"])
        for e in pair_events if a in e["article_ids"] or b in e["article_ids"]
    ]
    for event in both:
        assert all(m["merged_because"] for m in event["merged"])


def test_no_event_joins_two_pairs(pair_events):
    for event in pair_events:
        assert len({article[:3] for article in event["article_ids"]}) == 1, event["article_ids"]


def test_pair_events_validate_against_the_schema(pair_events):
    defs = record_schema()["$defs"]
    for event in pair_events:
        jsonschema.validate(event, {**defs["event"], "$defs": defs})
