"""The JSON Schema of the article record (schema ``conflict-extract/1``), built from models.py's
value sets so the two cannot drift apart."""

from __future__ import annotations

from typing import Any

from conflict_extract.models import (
    ACTOR_CLASSES,
    DATE_ANCHORS,
    DATE_TYPES,
    GROUP_TYPES,
    OUTCOMES,
    PLACE_LEVELS,
    PLACE_TYPES,
    QUALIFIERS,
    QUOTE_KINDS,
    SCHEMA_ID,
)

_INT = {"type": "integer"}
_OPT_INT = {"type": ["integer", "null"]}
_OPT_STR = {"type": ["string", "null"]}
_OPT_NUM = {"type": ["number", "null"]}
_SPAN_LIST = {
    "type": "array",
    "items": {"type": "array", "items": _INT, "minItems": 2, "maxItems": 2},
}
_STR_LIST = {"type": "array", "items": {"type": "string"}}


def _object(properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": True,
    }


def record_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) every article record validates against."""
    casualty = _object({
        "outcome": {"enum": list(OUTCOMES)},
        "count": _OPT_INT,
        "low": _OPT_INT,
        "high": _OPT_INT,
        "qualifier": {"enum": list(QUALIFIERS)},
        "victims": {"type": "string"},
        "part_of": _OPT_INT,
        "place": _OPT_STR,
        "place_index": _OPT_INT,
        "date": _OPT_STR,
        "cause": _OPT_STR,
        "perpetrator": _OPT_STR,
        "attributed_to": _OPT_STR,
        "cumulative": {"type": "boolean"},
        "target": _OPT_STR,
        "links": {"type": "object", "additionalProperties": {"type": "string"}},
        "text": {"type": "string"},
        "start": _INT,
        "end": _INT,
    })
    place = _object({
        "name": {"type": "string"},
        "mentions": _STR_LIST,
        "type": {"enum": list(PLACE_TYPES)},
        "country": {"type": ["string", "null"], "pattern": "^[A-Z]{2}$"},
        "admin1": _OPT_STR,
        "lat": {**_OPT_NUM, "minimum": -90, "maximum": 90},
        "lon": {**_OPT_NUM, "minimum": -180, "maximum": 180},
        "geonameid": _OPT_INT,
        "level": {"enum": [*PLACE_LEVELS, None]},
        "parent": _OPT_STR,
        "role": {"enum": ["event", "reporting"]},
        "spans": _SPAN_LIST,
    })
    group = _object({
        "name": {"type": "string"},
        "aliases": _STR_LIST,
        "type": {"enum": list(GROUP_TYPES)},
        "actor_class": {"enum": [*ACTOR_CLASSES, None]},
        "country": {"type": ["string", "null"], "pattern": "^[A-Z]{2}$"},
        "spans": _SPAN_LIST,
    })
    quote = _object({
        "text": {"type": "string"},
        "kind": {"enum": list(QUOTE_KINDS)},
        "speaker": _OPT_STR,
        "speaker_title": _OPT_STR,
        "speaker_span": {"oneOf": [{"type": "null"}, {"type": "array", "items": _INT, "minItems": 2, "maxItems": 2}]},
        "speaker_group": _OPT_STR,
        "cue": _OPT_STR,
        "outlet": _OPT_STR,
        "start": _INT,
        "end": _INT,
    })
    date = _object({
        "text": {"type": "string"},
        "value": _OPT_STR,
        "type": {"enum": list(DATE_TYPES)},
        "label": _OPT_STR,
        "anchor": {"enum": [*DATE_ANCHORS, None]},
        "start": _INT,
        "end": _INT,
    })
    total = _object({
        "count": _OPT_INT,
        "low": _OPT_INT,
        "high": _OPT_INT,
        "evidence": _SPAN_LIST,
    })
    event = _event_schema()
    record = _object({
        "schema": {"const": SCHEMA_ID},
        "id": {"type": "string"},
        "source": {"type": "string"},
        "title": _OPT_STR,
        "published": {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}"},
        "casualties": {"type": "array", "items": {"$ref": "#/$defs/casualty"}},
        "places": {"type": "array", "items": {"$ref": "#/$defs/place"}},
        "groups": {"type": "array", "items": {"$ref": "#/$defs/group"}},
        "quotes": {"type": "array", "items": {"$ref": "#/$defs/quote"}},
        "dates": {"type": "array", "items": {"$ref": "#/$defs/date"}},
        "totals": {
            "type": "object",
            "propertyNames": {"enum": list(OUTCOMES)},
            "additionalProperties": {"$ref": "#/$defs/total"},
        },
        "events": {"type": "array", "items": {"$ref": "#/$defs/event"}},
        "errors": _STR_LIST,
    })
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://github.com/conflict-extract/conflict-extract/schema/conflict-extract-1.json",
        "title": "conflict-extract article record",
        "description": "One article's extractions (schema conflict-extract/1).",
        **record,
        "$defs": {
            "casualty": casualty,
            "place": place,
            "group": group,
            "quote": quote,
            "date": date,
            "total": total,
            "event": event,
        },
    }


def _event_schema() -> dict[str, Any]:
    """The schema of one event (``record.events`` items and ``--events`` output)."""
    figure = _object({
        "best": _OPT_INT,
        "low": _OPT_INT,
        "high": _OPT_INT,
        "conservative": _OPT_INT,
        "qualifier": {"enum": [*QUALIFIERS, None]},
        "victims": _OPT_STR,
    })
    breakdown = _object({
        "outcome": {"enum": list(OUTCOMES)},
        "victims": {"type": "string"},
        "best": _OPT_INT,
        "low": _OPT_INT,
        "high": _OPT_INT,
        "conservative": _OPT_INT,
    })
    place = _object({
        "name": {"type": "string"},
        "location": {"type": "string"},
        "area": _OPT_STR,
        "type": {"enum": [*PLACE_TYPES, None]},
        "country": {"type": ["string", "null"], "pattern": "^[A-Z]{2}$"},
        "admin1": _OPT_STR,
        "lat": {**_OPT_NUM, "minimum": -90, "maximum": 90},
        "lon": {**_OPT_NUM, "minimum": -180, "maximum": 180},
        "geonameid": _OPT_INT,
        "within": _STR_LIST,
    })
    report = _object({
        "article_id": {"type": "string"},
        "source": {"type": "string"},
        "published": _OPT_STR,
        "outcome": {"enum": list(OUTCOMES)},
        "best": _OPT_INT,
        "low": _OPT_INT,
        "high": _OPT_INT,
        "qualifier": {"enum": list(QUALIFIERS)},
        "victims": {"type": "string"},
        "breakdown": {"type": "array", "items": {"type": "object"}},
        "date": _OPT_STR,
        "place": _OPT_STR,
        "attributed_to": _OPT_STR,
        "text": {"type": "string"},
        "start": _INT,
        "end": _INT,
    })
    evidence = _object({
        "article_id": {"type": "string"},
        "start": _INT,
        "end": _INT,
        "text": {"type": "string"},
    })
    merge = _object({
        "event": {"type": "string"},
        "joined": _STR_LIST,
        "score": {"type": "number"},
        "agreed": {"type": "object", "additionalProperties": {"type": "string"}},
    })
    precision = {"enum": [1, 2, 3, None]}
    return _object({
        "id": {"type": "string"},
        "outcomes": {
            "type": "object",
            "propertyNames": {"enum": list(OUTCOMES)},
            "additionalProperties": figure,
        },
        "victims": {"type": "array", "items": breakdown},
        "date": _OPT_STR,
        "time_precision": precision,
        "date_basis": {
            "enum": ["stated", "sentence", "period", "same period", "published", "merged", None]
        },
        "place": {"oneOf": [{"type": "null"}, place]},
        "geo_precision": precision,
        "perpetrator": _OPT_STR,
        "cause": _OPT_STR,
        "attributed_to": _STR_LIST,
        "cumulative": {"type": "boolean"},
        "article_ids": _STR_LIST,
        "reports": {"type": "array", "items": report, "minItems": 1},
        "evidence": {"type": "array", "items": evidence},
        "merged": {"type": "array", "items": merge},
    })
