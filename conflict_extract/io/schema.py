"""The JSON Schema of the article record (schema ``conflict-extract/1``): the user's reference.

Every field carries a description; value sets come from models.py so the two cannot drift apart.
``conflict-extract schema`` prints it; :func:`fields_markdown` renders the field tables of
``docs/schema.md`` from it.
"""

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

Fields = dict[str, tuple[dict[str, Any], str]]
"""Field name → (JSON Schema type, description)."""

_INT = {"type": "integer"}
_OPT_INT = {"type": ["integer", "null"]}
_OPT_STR = {"type": ["string", "null"]}
_STR = {"type": "string"}
_LAT = {"type": ["number", "null"], "minimum": -90, "maximum": 90}
_LON = {"type": ["number", "null"], "minimum": -180, "maximum": 180}
_COUNTRY = {"type": ["string", "null"], "pattern": "^[A-Z]{2}$"}
_SPAN = {"type": "array", "items": _INT, "minItems": 2, "maxItems": 2}
_SPAN_LIST = {"type": "array", "items": _SPAN}
_STR_LIST = {"type": "array", "items": _STR}
_PRECISION = {"enum": [1, 2, 3, None]}


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _list_of(name: str) -> dict[str, Any]:
    return {"type": "array", "items": _ref(name)}


def _object(fields: Fields, description: str) -> dict[str, Any]:
    """An object schema whose every field is required (unknowns are null or [], never missing)."""
    return {
        "type": "object",
        "description": description,
        "properties": {name: {**kind, "description": text} for name, (kind, text) in fields.items()},
        "required": list(fields),
        "additionalProperties": True,
    }


_EVIDENCE_START = "Character offset where the evidence starts in the article text (title included)."
_EVIDENCE_END = "Character offset just after the evidence (exclusive): text[start:end] is the evidence."

CASUALTY: Fields = {
    "outcome": ({"enum": list(OUTCOMES)}, "What happened to the victims; `casualties` means killed or injured without saying which."),
    "count": (_OPT_INT, "The best single figure (`at least 319` gives 319); null for vague wording such as `dozens`."),
    "low": (_OPT_INT, "Lowest figure the wording allows (`tens of thousands` gives 10000; `more than 341` gives 342)."),
    "high": (_OPT_INT, "Highest figure the wording allows; null when open-ended (`more than 341`)."),
    "qualifier": ({"enum": list(QUALIFIERS)}, "How the figure was worded: exact, at_least, more_than, at_most, less_than, about or vague."),
    "victims": (_STR, "Who the victims were, as a plural noun: people, civilians, children, soldiers, fighters, police ..."),
    "text": (_STR, "The evidence: the words the figure was read from, exactly as in the article."),
    "start": (_INT, _EVIDENCE_START),
    "end": (_INT, _EVIDENCE_END),
    "part_of": (_OPT_INT, "Index in `casualties` of the figure this one is part of (`69 people, including 28 children`); null for top-level figures."),
    "place": (_OPT_STR, "Where it happened: a place `name` from `places` when resolvable."),
    "place_index": (_OPT_INT, "Index of that place in `places`, to join a figure to its coordinates."),
    "date": (_OPT_STR, "When it happened, as a TIMEX3 value (see the date `value` field); null when not stated."),
    "cause": (_OPT_STR, "The weapon or action that caused the casualties (`air strikes`, `shelling`)."),
    "perpetrator": (_OPT_STR, "Who caused them: a group `name` from `groups`, when the article says so."),
    "attributed_to": (_OPT_STR, "Who reports the figure (`Syrian Observatory for Human Rights`, `the health ministry`)."),
    "cumulative": ({"type": "boolean"}, "True for a running toll (`since the war began`) rather than one incident."),
    "target": (_OPT_STR, "What was attacked (`apartment building`), as written, when stated."),
    "site": (_OPT_STR, "The exact spot inside `place`, as written, when the figure's clause names one the map has no point for (`Deerpark Road`, `busy Oxford Street bus station`, `checkpoint`)."),
    "site_span": ({"oneOf": [{"type": "null"}, _SPAN]}, "[start, end] of `site` in the article text."),
    "parties": (_STR_LIST, "The sides of the fight the figure's clause tells of (`in a battle between troops and terrorists`), in text order: group `name`s from `groups`, else the phrases as written; a fight names no one `perpetrator`, but an event coder wants both actors. Empty when none."),
    "links": ({"type": "object", "additionalProperties": _STR}, "For each linked field (place, date, attributed_to, perpetrator ...), the rule that decided it (`clause`, `sentence`, `paragraph`, `article`, `quote_speaker` ...)."),
}
PLACE: Fields = {
    "name": (_STR, "Canonical name: the gazetteer's name where resolved, otherwise as written."),
    "type": ({"enum": list(PLACE_TYPES)}, "What kind of place it is."),
    "mentions": (_STR_LIST, "Every surface form seen in the article (`east Aleppo`, `Aleppo`)."),
    "country": (_COUNTRY, "ISO 3166-1 alpha-2 country code; null when unknown."),
    "admin1": (_OPT_STR, "First-order administrative division (province, state, governorate)."),
    "lat": (_LAT, "Latitude (WGS84); null when the place was not resolved, never invented: a place the gazetteer lacks but the text pins inside a unit it has takes that unit's point, named in `point_of`."),
    "lon": (_LON, "Longitude (WGS84); null when the place was not resolved, never invented (see `lat`)."),
    "geonameid": (_OPT_INT, "GeoNames id when resolved from a GeoNames-derived gazetteer."),
    "level": ({"enum": [*PLACE_LEVELS, None]}, "The gazetteer level the name resolved to; null when unresolved."),
    "parent": (_OPT_STR, "Name of the containing place given in the article (`al-Shaar` is in `Aleppo`)."),
    "role": ({"enum": ["event", "reporting"]}, "`reporting` where the place is only where a reporter or speaker is (a dateline, `speaking from Turkey`); otherwise `event`."),
    "spans": (_SPAN_LIST, "Every mention as [start, end] character offsets."),
    "point_of": (_OPT_STR, "When the gazetteer lacks the place but the text pins it inside a unit it has (`Gani (Bandiagara, Mopti)`), `lat`/`lon` are that unit's point and this names the unit (`Bandiagara`): a second-level division's or a town's point, never a first-level division's (often hundreds of kilometres across); a camp named after a town (`the Jenin refugee camp`) has the town's. Null when the point is the place's own."),
}
GROUP: Fields = {
    "name": (_STR, "Canonical name (`Nour al-Din al-Zinki` for `Nureddin al-Zinki`)."),
    "type": ({"enum": list(GROUP_TYPES)}, "What kind of actor it is."),
    "aliases": (_STR_LIST, "Every name used for it in this article."),
    "actor_class": ({"enum": [*ACTOR_CLASSES, None]}, "Actor type after the ACLED codebook; null when unknown."),
    "country": (_COUNTRY, "ISO alpha-2 code of the country it belongs to; null when unknown or international."),
    "spans": (_SPAN_LIST, "Every mention as [start, end] character offsets."),
}
QUOTE: Fields = {
    "text": (_STR, "The quoted or reported words, without the outer quotation marks."),
    "kind": ({"enum": list(QUOTE_KINDS)}, "`direct`: whole quoted sentences; `partial`: a few quoted words inside a sentence; `indirect`: reported speech without quotation marks."),
    "start": (_INT, "Character offset where the quoted words start."),
    "end": (_INT, "Character offset just after the quoted words."),
    "speaker": (_OPT_STR, "Who said it, as the attributing mention names them (`Mr. Clarke`, `the ministry`); a pronoun `he` becomes the person it refers to; null when unknown."),
    "speaker_name": (_OPT_STR, "The article's full name for the speaker (`Tom Clarke` for `Mr. Clarke said`; a group's `name` for an organisation), the same for every statement by them; null when unknown."),
    "speaker_title": (_OPT_STR, "The title or role given with the speaker (`head of the monitoring group`)."),
    "speaker_span": ({"oneOf": [{"type": "null"}, _SPAN]}, "[start, end] of the speaker's mention nearest the quote."),
    "speaker_group": (_OPT_STR, "The group `name` the speaker speaks for, when stated."),
    "cue": (_OPT_STR, "The reporting verb (`said`, `told`)."),
    "outlet": (_OPT_STR, "Who the words were given to (`Reuters`, `AFP`)."),
}
DATE: Fields = {
    "text": (_STR, "The expression as written (`on Monday` may be given as `Monday`)."),
    "value": (_OPT_STR, "TIMEX3-style value: `2016-12-05`, week `2016-W49`, month `2016-07`, year `2011`, duration `P3W`; `XXXX-WXX-1` (a Monday) when there is no publication date to resolve against; null when it cannot be resolved."),
    "type": ({"enum": list(DATE_TYPES)}, "`date`, `time`, `duration` or `set` (a repetition such as `every day`)."),
    "start": (_INT, "Character offset where the expression starts."),
    "end": (_INT, "Character offset just after the expression."),
    "label": (_OPT_STR, "The value in words for people (`Monday 5 Dec 2016`, `Monday (date unknown)`, `3 weeks`)."),
    "anchor": ({"enum": [*DATE_ANCHORS, None]}, "What a relative value was resolved against: `absolute` (needed nothing), `published` (the publication date) or `narrative` (a date mentioned earlier)."),
}
TOTAL: Fields = {
    "count": (_OPT_INT, "The article-level figure: disjoint figures added, restated or updated ones counted once, sub-counts never added to their parent."),
    "low": (_OPT_INT, "Lowest total the figures allow."),
    "high": (_OPT_INT, "Highest total the figures allow; null when open-ended."),
    "evidence": (_SPAN_LIST, "[start, end] of every figure used."),
}
RECORD: Fields = {
    "schema": ({"const": SCHEMA_ID}, f"Always `{SCHEMA_ID}`: the version of this contract."),
    "id": (_STR, "Article id: the file path relative to the folder given, without extension, or the `id` field of a JSONL line."),
    "source": (_STR, "Where the article was read from (file path, or `<stdin>`)."),
    "title": (_OPT_STR, "The headline: the first line of a text file, the `title` field of JSONL, or the HTML title."),
    "published": ({"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}"}, "Publication date (ISO `YYYY-MM-DD`) from --published, a JSONL `published` field, HTML metadata or a dateline; null when unknown."),
    "casualties": (_list_of("casualty"), "Every casualty figure, in text order."),
    "places": (_list_of("place"), "Every place, merged over its mentions."),
    "groups": (_list_of("group"), "Every actor (armed group, state, force, organisation, outlet), merged over its names."),
    "quotes": (_list_of("quote"), "Every direct, partial and indirect quote with its speaker."),
    "dates": (_list_of("date"), "Every date, time and duration expression."),
    "totals": ({"type": "object", "propertyNames": {"enum": list(OUTCOMES)}, "additionalProperties": _ref("total")}, "Article-level totals, one per outcome that has a figure: what a user puts in a `fatalities` column."),
    "events": (_list_of("event"), "The article's violent events, built from its casualty figures (see `--events` to merge them across articles)."),
    "errors": (_STR_LIST, "Categories whose extraction failed for this article, with the reason; empty when all went well."),
    "warnings": (_STR_LIST, "Why the record may be incomplete though valid (`article-timeout: ...`); empty when all went well."),
}

_FIGURE_FIELDS: Fields = {
    "best": (_OPT_INT, "The best figure: the latest or highest report of a restated toll."),
    "low": (_OPT_INT, "Lowest figure reported or allowed by the wording."),
    "high": (_OPT_INT, "Highest figure; null when open-ended."),
    "conservative": (_OPT_INT, "The lowest reported figure, as ACLED codes fatalities."),
}
EVENT_FIGURE: Fields = {
    **_FIGURE_FIELDS,
    "qualifier": ({"enum": [*QUALIFIERS, None]}, "How the best figure was worded."),
    "victims": (_OPT_STR, "Who the victims were (plural noun)."),
}
EVENT_VICTIMS: Fields = {
    "outcome": ({"enum": list(OUTCOMES)}, "What happened to this part of the victims."),
    "victims": (_STR, "Which victims (`children`, `women`)."),
    **_FIGURE_FIELDS,
}
EVENT_PLACE: Fields = {
    "name": (_STR, "The resolved place's canonical name (`Aleppo` for `east Aleppo`)."),
    "location": (_STR, "The place as the figure states it (`east Aleppo`)."),
    "area": (_OPT_STR, "The part of the place named (`east`, `near`); null for the place itself."),
    "type": ({"enum": [*PLACE_TYPES, None]}, "What kind of place it is."),
    "country": (_COUNTRY, "ISO alpha-2 country code."),
    "country_name": (_OPT_STR, "The country's English name (`Syria`)."),
    "admin1": (_OPT_STR, "First-order administrative division."),
    "lat": (_LAT, "Latitude (WGS84), null when unresolved."),
    "lon": (_LON, "Longitude (WGS84), null when unresolved."),
    "geonameid": (_OPT_INT, "GeoNames id when resolved."),
    "within": (_STR_LIST, "Containing places, innermost first."),
}
EVENT_REPORT: Fields = {
    "article_id": (_STR, "The article that reports this figure."),
    "source": (_STR, "Where that article was read from."),
    "published": (_OPT_STR, "That article's publication date."),
    "outcome": ({"enum": list(OUTCOMES)}, "What happened to the victims."),
    "best": (_OPT_INT, "The reported figure."),
    "low": (_OPT_INT, "Lowest figure the wording allows."),
    "high": (_OPT_INT, "Highest figure the wording allows."),
    "qualifier": ({"enum": list(QUALIFIERS)}, "How the figure was worded."),
    "victims": (_STR, "Who the victims were."),
    "breakdown": ({"type": "array", "items": {"type": "object"}}, "Sub-counts of this figure (`including 28 children`)."),
    "date": (_OPT_STR, "When, as the article dates it (TIMEX3 value)."),
    "place": (_OPT_STR, "Where, as the article names it."),
    "attributed_to": (_OPT_STR, "Who the article says reports the figure."),
    "text": (_STR, "The evidence in that article."),
    "start": (_INT, "Offset of the evidence in that article."),
    "end": (_INT, "End offset of the evidence in that article."),
}
EVENT_EVIDENCE: Fields = {
    "article_id": (_STR, "The article the evidence is in."),
    "start": (_INT, "Offset where the evidence starts."),
    "end": (_INT, "Offset just after the evidence."),
    "text": (_STR, "The evidence, exactly as in the article."),
}
EVENT_MERGE: Fields = {
    "event": (_STR, "The id of the event the others were merged into."),
    "joined": (_STR_LIST, "Ids of the article events merged."),
    "score": ({"type": "number"}, "How well they matched (higher is closer)."),
    "agreed": ({"type": "object", "additionalProperties": _STR}, "Which fields agreed, and how."),
    "merged_because": (_STR, "One line saying why the events are one incident (place, dates, figures, perpetrator, kind)."),
}
EVENT_ACTOR: Fields = {
    "name": (_STR, "The actor's group `name`."),
    "role": ({"enum": ["perpetrator", "target"]}, "Whether the actor acted or was targeted."),
    "actor_class": ({"enum": [*ACTOR_CLASSES, None]}, "ACLED-style actor class, when known."),
}


def _event() -> dict[str, Any]:
    fields: Fields = {
        "id": (_STR, "Event id: `<article id>#e<n>` for one article's event."),
        "outcomes": ({"type": "object", "propertyNames": {"enum": list(OUTCOMES)}, "additionalProperties": _ref("event_figure")}, "One figure per outcome (killed, injured ...)."),
        "victims": (_list_of("event_victims"), "The victims breakdown from sub-counts."),
        "date": (_OPT_STR, "When: a TIMEX3 value or an ISO range `start/end` (`..` for an open start)."),
        "time_precision": (_PRECISION, "ACLED's time precision: 1 the day is known, 2 only the week, 3 the month or coarser."),
        "date_basis": ({"enum": ["stated", "sentence", "article", "period", "same period", "published", "merged", None]}, "Where the date came from: stated with the figure, elsewhere in its sentence, the one day the article names, a stated period, the period of an earlier figure, the publication date, or merged reports."),
        "place": ({"oneOf": [{"type": "null"}, _ref("event_place")]}, "Where, with coordinates and containing places; null when unknown."),
        "geo_precision": (_PRECISION, "ACLED's geo precision: 1 the town itself, 2 near it or part of it, 3 only the province or country."),
        "perpetrator": (_OPT_STR, "Who caused the casualties, when stated."),
        "actors": (_list_of("event_actor"), "Who acted (`perpetrator`) and who was targeted (`target`)."),
        "attack_kinds": (_STR_LIST, "Kinds of attack named with the figures (air strike, shelling, suicide bombing ...)."),
        "cause": (_OPT_STR, "The weapon or action."),
        "attributed_to": (_STR_LIST, "Every source reporting the figures."),
        "cumulative": ({"type": "boolean"}, "True for a running toll rather than one incident."),
        "article_ids": (_STR_LIST, "The articles that report the event."),
        "reports": ({"type": "array", "items": _ref("event_report"), "minItems": 1}, "Every figure reported, with its article, source and date."),
        "evidence": (_list_of("event_evidence"), "The evidence spans, per article."),
        "merged": (_list_of("event_merge"), "Why reports of different articles were merged."),
    }
    return _object(fields, "One violent event built from casualty figures, possibly merged across articles.")


def record_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) every article record validates against."""
    record = _object(RECORD, f"One article's extractions (schema {SCHEMA_ID}).")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://github.com/conflict-extract/conflict-extract/schema/conflict-extract-1.json",
        "title": "conflict-extract article record",
        **record,
        "$defs": {
            "casualty": _object(CASUALTY, "One casualty figure and the evidence it was read from."),
            "place": _object(PLACE, "A place, merged over all its mentions."),
            "group": _object(GROUP, "An actor, merged over all its names."),
            "quote": _object(QUOTE, "A statement with its resolved speaker."),
            "date": _object(DATE, "A temporal expression and its value."),
            "total": _object(TOTAL, "The article-level figure for one outcome."),
            "event": _event(),
            "event_figure": _object(EVENT_FIGURE, "An event's figure for one outcome."),
            "event_victims": _object(EVENT_VICTIMS, "One part of an event's victims breakdown."),
            "event_place": _object(EVENT_PLACE, "Where an event happened."),
            "event_report": _object(EVENT_REPORT, "One article's report of an event's figure."),
            "event_evidence": _object(EVENT_EVIDENCE, "One evidence span of an event."),
            "event_merge": _object(EVENT_MERGE, "One merge of article events."),
            "event_actor": _object(EVENT_ACTOR, "One actor of an event, with its role."),
        },
    }


_DOC_SECTIONS = (
    ("Article record", None), ("Casualty", "casualty"), ("Place", "place"), ("Group", "group"),
    ("Quote", "quote"), ("DateMention", "date"), ("Total", "total"), ("Event", "event"),
    ("Event figure", "event_figure"), ("Event victims", "event_victims"),
    ("Event place", "event_place"), ("Event report", "event_report"),
    ("Event evidence", "event_evidence"), ("Event merge", "event_merge"), ("Event actor", "event_actor"),
)


def _type_text(kind: dict[str, Any]) -> str:
    if "enum" in kind:
        return " ".join(f"`{v}`" if v is not None else "null" for v in kind["enum"])
    if "const" in kind:
        return f"`{kind['const']}`"
    if "$ref" in kind or kind.get("type") == "array":
        items = kind.get("items", kind)
        inner = items.get("$ref", "").rsplit("/", 1)[-1] or items.get("type", "value")
        return f"list of {inner}" if kind.get("type") == "array" else inner
    if "oneOf" in kind:
        return " or ".join(_type_text(k) if k.get("type") != "null" else "null" for k in kind["oneOf"])
    types = kind.get("type", "object")
    return " or ".join(types) if isinstance(types, list) else types


def fields_markdown() -> str:
    """The field tables of ``docs/schema.md``, one per object of the schema."""
    schema = record_schema()
    parts = []
    for title, key in _DOC_SECTIONS:
        obj = schema if key is None else schema["$defs"][key]
        rows = [
            f"| `{name}` | {_type_text(kind)} | {kind['description']} |"
            for name, kind in obj["properties"].items()
        ]
        parts.append(
            "\n".join([f"### {title}", "", obj["description"], "",
                       "| field | type | meaning |", "|---|---|---|", *rows])
        )
    return "\n\n".join(parts) + "\n"
