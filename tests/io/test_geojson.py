"""``--geojson`` (issue 22, item 8): a valid FeatureCollection of Points, one per geocoded place or
event, with figures, actors and dates as flat properties."""

from __future__ import annotations

import io
import json

import jsonschema
import pytest

from conflict_extract.io.geojson import GeoJsonWriter, event_feature, place_index
from conflict_extract.models import Event

# RFC 7946, the parts this output uses: a FeatureCollection of Point features, [lon, lat] in range,
# no "crs" member, flat properties (scalars only, so QGIS and kepler.gl show them as columns).
POINT_COLLECTION = {
    "type": "object",
    "required": ["type", "features"],
    "not": {"required": ["crs"]},
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["type", "geometry", "properties"],
                "properties": {
                    "type": {"const": "Feature"},
                    "geometry": {
                        "type": "object",
                        "required": ["type", "coordinates"],
                        "properties": {
                            "type": {"const": "Point"},
                            "coordinates": {
                                "type": "array", "minItems": 2, "maxItems": 2,
                                "prefixItems": [
                                    {"type": "number", "minimum": -180, "maximum": 180},
                                    {"type": "number", "minimum": -90, "maximum": 90},
                                ],
                            },
                        },
                    },
                    "properties": {
                        "type": "object",
                        "additionalProperties": {"type": ["string", "number", "boolean", "null"]},
                    },
                },
            },
        },
    },
}


def _collection(items, events: bool = False) -> dict:
    stream = io.StringIO()
    writer = GeoJsonWriter(stream, events=events)
    for item in items:
        writer.write(item)
    writer.close()
    return json.loads(stream.getvalue())


def test_one_point_per_geocoded_place(fasher):
    collection = _collection([fasher(), fasher(published="2024-06-11")])
    jsonschema.validate(collection, POINT_COLLECTION)
    # North Darfur has no coordinates: left out, never placed at a guess.
    assert [f["properties"]["name"] for f in collection["features"]] == ["El Fasher", "El Fasher"]
    first = collection["features"][0]
    assert first["geometry"]["coordinates"] == [25.35, 13.628]
    props = first["properties"]
    assert props["killed"] == 14 and props["injured"] == 30
    assert props["perpetrators"] == "Rapid Support Forces"
    assert props["sources"] == "El Fasher Resistance Committee"
    assert props["dates"] == "Monday (date unknown)"
    assert collection["features"][1]["properties"]["dates"] == "Monday 10 Jun 2024"


def test_a_point_borrowed_from_the_unit_says_so(fasher):
    record = fasher()
    record.places[0].point_of = "Al Fasher district"
    features = _collection([record])["features"]
    assert features[0]["properties"]["point_of"] == "Al Fasher district"
    assert _collection([fasher()])["features"][0]["properties"]["point_of"] is None


def test_empty_input_is_an_empty_valid_collection():
    collection = _collection([])
    jsonschema.validate(collection, POINT_COLLECTION)
    assert collection["features"] == []


def _event(lat, lon) -> Event:
    return Event(
        id="kidal#e1", outcomes={"killed": {"best": 9, "low": 7, "high": 9, "conservative": 7,
                                            "qualifier": "exact", "victims": "soldiers"}},
        date="2023-10-01/2023-10-02", time_precision=2,
        place={"name": "Kidal", "location": "near Kidal", "area": "near", "type": "city",
               "country": "ML", "admin1": "Kidal", "lat": lat, "lon": lon, "geonameid": None,
               "within": ["Mali"]},
        geo_precision=2, perpetrator="JNIM", cause="ambush", attributed_to=["army", "AFP"],
        article_ids=["kidal", "kidal-2"], reports=[{}, {}],
        evidence=[{"article_id": "kidal", "start": 0, "end": 5, "text": "seven soldiers"}],
    )


def test_events_become_points_with_acled_like_properties():
    collection = _collection([_event(18.44, 1.41), _event(None, None)], events=True)
    jsonschema.validate(collection, POINT_COLLECTION)
    (feature,) = collection["features"]
    props = feature["properties"]
    assert feature["geometry"]["coordinates"] == [1.41, 18.44]
    assert (props["killed"], props["fatalities"], props["reports"]) == (9, 7, 2)
    assert props["date_label"] == "1–2 Oct 2023"
    assert props["sources"] == "army; AFP" and props["article_ids"] == "kidal; kidal-2"
    assert event_feature(_event(None, 3.0)) is None


@pytest.mark.parametrize(
    "stated, expected",
    [("El Fasher", 0), ("el fasher", 0), ("west El Fasher", 0), ("Nyala", None), (None, None)],
)
def test_a_figure_finds_its_place(stated, expected):
    places = [{"name": "El Fasher", "mentions": ["El Fasher", "Al-Fashir"]},
              {"name": "Darfur", "mentions": ["Darfur"]}]
    casualty = {"place": stated, "place_index": None}
    assert place_index(casualty, places) == expected


@pytest.mark.parametrize("events", [False, True])
def test_seed_geojson_from_the_command_line_is_valid(tmp_path, events):
    from pathlib import Path

    from typer.testing import CliRunner

    from conflict_extract.cli.app import extract_app

    seeds = Path(__file__).resolve().parents[2] / "seeds"
    target = tmp_path / "out.geojson"
    args = [str(seeds), "--geojson", str(target), *(["--events"] if events else [])]
    result = CliRunner().invoke(extract_app, args)
    assert result.exit_code == 0, result.stderr
    collection = json.loads(target.read_text(encoding="utf-8"))
    jsonschema.validate(collection, POINT_COLLECTION)
    assert collection["features"], "the seeds name places with coordinates"
