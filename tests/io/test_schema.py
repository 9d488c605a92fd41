"""The JSON Schema is the user's reference (issue 22, item 6): every field any record can contain is
in it, with a description, and docs/schema.md shows the same tables."""

from __future__ import annotations

import dataclasses
import json
import typing
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from conflict_extract import models
from conflict_extract.cli.app import extract_app
from conflict_extract.io.schema import fields_markdown, record_schema

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = record_schema()
DEFS = SCHEMA["$defs"]

# Which schema object describes each dataclass of the models.
MODEL_DEFS = {
    models.ArticleRecord: SCHEMA,
    models.Casualty: DEFS["casualty"],
    models.Place: DEFS["place"],
    models.Group: DEFS["group"],
    models.Quote: DEFS["quote"],
    models.DateMention: DEFS["date"],
    models.Total: DEFS["total"],
    models.Event: DEFS["event"],
}


def _record_classes() -> set[type]:
    """Every dataclass an ArticleRecord can hold, found by walking the field types."""
    found: set[type] = set()
    todo = [models.ArticleRecord]
    while todo:
        cls = todo.pop()
        if cls in found:
            continue
        found.add(cls)
        for hint in typing.get_type_hints(cls).values():
            for arg in (hint, *typing.get_args(hint), *(
                inner for a in typing.get_args(hint) for inner in typing.get_args(a)
            )):
                if dataclasses.is_dataclass(arg):
                    todo.append(arg)
    return found


def test_every_model_class_has_a_schema_object():
    assert _record_classes() == set(MODEL_DEFS)


@pytest.mark.parametrize("cls", sorted(MODEL_DEFS, key=lambda c: c.__name__), ids=lambda c: c.__name__)
def test_every_dataclass_field_is_described(cls):
    properties = MODEL_DEFS[cls]["properties"]
    for f in dataclasses.fields(cls):
        assert f.name in properties, f"{cls.__name__}.{f.name} missing from the schema"
        assert properties[f.name]["description"].strip()


def _walk(schema: dict, node: dict) -> list[tuple[str, dict]]:
    """Every object schema reachable from ``node`` (refs resolved)."""
    seen, out, todo = set(), [], [node]
    while todo:
        item = todo.pop()
        if "$ref" in item:
            name = item["$ref"].rsplit("/", 1)[-1]
            if name not in seen:
                seen.add(name)
                todo.append(DEFS[name])
            continue
        for key in ("items", "additionalProperties"):
            if isinstance(item.get(key), dict):
                todo.append(item[key])
        for option in item.get("oneOf", []):
            todo.append(option)
        for name, prop in item.get("properties", {}).items():
            out.append((name, prop))
            todo.append(prop)
    return out


def test_every_property_has_a_description():
    for name, prop in _walk(SCHEMA, SCHEMA):
        assert prop.get("description", "").strip(), name


def _undescribed(value, schema: dict, path: str) -> list[str]:
    """Keys of ``value`` that the schema node does not declare, recursively."""
    if "$ref" in schema:
        return _undescribed(value, DEFS[schema["$ref"].rsplit("/", 1)[-1]], path)
    if "oneOf" in schema and value is not None:
        schema = next(o for o in schema["oneOf"] if o.get("type") != "null")
        return _undescribed(value, schema, path)
    missing = []
    if isinstance(value, dict) and "properties" in schema:
        for key, item in value.items():
            if key not in schema["properties"]:
                missing.append(f"{path}.{key}")
            else:
                missing += _undescribed(item, schema["properties"][key], f"{path}.{key}")
    elif isinstance(value, dict) and isinstance(schema.get("additionalProperties"), dict):
        for key, item in value.items():
            missing += _undescribed(item, schema["additionalProperties"], f"{path}.{key}")
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for item in value:
            missing += _undescribed(item, schema["items"], f"{path}[]")
    return missing


def test_every_key_of_real_records_is_in_the_schema():
    result = CliRunner().invoke(extract_app, [str(ROOT / "seeds"), "--json"])
    records = json.loads(result.stdout)
    assert any(r["events"] for r in records)
    for record in records:
        jsonschema.validate(record, SCHEMA)
        assert _undescribed(record, SCHEMA, "record") == []


def test_schema_command_prints_descriptions_and_errors():
    from conflict_extract.cli.app import app

    printed = json.loads(CliRunner().invoke(app, ["schema"]).stdout)
    assert "errors" in printed["properties"] and "totals" in printed["properties"]
    assert printed["$defs"]["casualty"]["properties"]["attributed_to"]["description"]


def test_docs_schema_md_is_generated_from_the_schema():
    doc = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    start = doc.index("-->\n", doc.index("<!-- fields")) + len("-->\n")
    end = doc.index("<!-- end of fields -->")
    assert doc[start:end] == fields_markdown(), (
        "regenerate the tables of docs/schema.md from conflict_extract.io.schema.fields_markdown()"
    )
