"""GeoJSON output (``--geojson FILE``): a FeatureCollection that QGIS, geopandas and kepler.gl open.

One Point feature per geocoded place of each article (places without coordinates are left out, never
placed at a guess; a place at the point of the unit the text sets it in says so in ``point_of``), or with ``--events`` one per event that has coordinates. Properties are flat
(numbers and strings, lists joined with ``; ``) so every tool shows them as columns; the figures,
actors and dates of a place come from the casualty figures stated there. Coordinates are
``[longitude, latitude]`` in WGS84 (RFC 7946).
"""

from __future__ import annotations

import json
from typing import IO, Any

from conflict_extract.io.json_writer import RecordWriter
from conflict_extract.io.tables import date_labels, figure, value_label
from conflict_extract.models import ArticleRecord, Event, to_dict


def _point(lon: float, lat: float, properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]},
        "properties": properties,
    }


def _joined(values) -> str:
    """Distinct non-empty values in order, joined with ``; ``."""
    return "; ".join(dict.fromkeys(v for v in values if v))


def _outcome_sums(casualties: list[dict]) -> dict[str, int | None]:
    """Per outcome, the sum of the top-level best figures (sub-counts are inside their parent)."""
    sums: dict[str, int | None] = {}
    for c in casualties:
        if c["part_of"] is None and c["count"] is not None and not c["cumulative"]:
            sums[c["outcome"]] = (sums.get(c["outcome"]) or 0) + c["count"]
    return sums


def place_index(casualty: dict, places: list[dict]) -> int | None:
    """The index in ``places`` of a casualty's place: its ``place_index``, else the place whose name
    or a mention is its ``place`` (case aside), else the place named at its end (``west Aleppo``)."""
    if casualty["place_index"] is not None or not casualty["place"]:
        return casualty["place_index"]
    wanted = casualty["place"].casefold()
    for index, place in enumerate(places):
        if wanted in (n.casefold() for n in (place["name"], *place["mentions"])):
            return index
    for index, place in enumerate(places):
        if wanted.endswith(" " + place["name"].casefold()):
            return index
    return None


def place_features(record: ArticleRecord) -> list[dict[str, Any]]:
    """One Point per place of ``record`` that has coordinates, with the figures stated there."""
    data = to_dict(record)
    labels = date_labels(data["dates"])
    features = []
    for index, place in enumerate(data["places"]):
        if place["lat"] is None or place["lon"] is None:
            continue
        here = [c for c in data["casualties"] if place_index(c, data["places"]) == index]
        sums = _outcome_sums(here)
        features.append(_point(place["lon"], place["lat"], {
            "article_id": data["id"],
            "title": data["title"],
            "published": data["published"],
            "name": place["name"],
            "type": place["type"],
            "country": place["country"],
            "admin1": place["admin1"],
            "geonameid": place["geonameid"],
            "point_of": place.get("point_of"),
            "role": place["role"],
            "mentions": _joined(place["mentions"]),
            "killed": sums.get("killed"),
            "injured": sums.get("injured"),
            "figures": _joined(f"{c['outcome']} {figure(c)} {c['victims']}" for c in here),
            "perpetrators": _joined(c["perpetrator"] for c in here),
            "causes": _joined(c["cause"] for c in here),
            "sources": _joined(c["attributed_to"] for c in here),
            "dates": _joined(value_label(c["date"], labels) for c in here if c["date"]),
            "evidence": " | ".join(c["text"] for c in here),
        }))
    return features


def event_feature(event: Event | dict) -> dict[str, Any] | None:
    """The Point of one event (``--events``), or ``None`` when its place has no coordinates."""
    data = event if isinstance(event, dict) else to_dict(event)
    place = data["place"] or {}
    if place.get("lat") is None or place.get("lon") is None:
        return None
    outcomes = data["outcomes"]
    return _point(place["lon"], place["lat"], {
        "event_id": data["id"],
        "date": data["date"],
        "date_label": value_label(data["date"], {}) if data["date"] else None,
        "time_precision": data["time_precision"],
        "location": place.get("location") or place.get("name"),
        "country": place.get("country"),
        "admin1": place.get("admin1"),
        "geo_precision": data["geo_precision"],
        "killed": (outcomes.get("killed") or {}).get("best"),
        "fatalities": (outcomes.get("killed") or {}).get("conservative"),
        "injured": (outcomes.get("injured") or {}).get("best"),
        "outcomes": _joined(
            f"{name} {figure({**f, 'count': f['best'], 'qualifier': f['qualifier'] or 'exact'})}"
            for name, f in outcomes.items()
        ),
        "perpetrator": data["perpetrator"],
        "cause": data["cause"],
        "sources": _joined(data["attributed_to"]),
        "cumulative": data["cumulative"],
        "article_ids": _joined(data["article_ids"]),
        "reports": len(data["reports"]),
        "evidence": " | ".join(e["text"] for e in data["evidence"]),
    })


class GeoJsonWriter(RecordWriter):
    """A FeatureCollection written feature by feature: places of records, or events."""

    def __init__(self, stream: IO[str], events: bool = False) -> None:
        super().__init__(stream)
        self.events = events
        self.count = 0
        self.stream.write('{"type": "FeatureCollection", "features": [')

    def write(self, item) -> None:  # type: ignore[override]
        """Add the features of one article record (or of one event with ``events=True``)."""
        features = [event_feature(item)] if self.events else place_features(item)
        for feature in features:
            if feature is None:
                continue
            self.stream.write(("\n" if self.count == 0 else ",\n") + json.dumps(feature, ensure_ascii=False))
            self.count += 1

    def close(self) -> None:
        """Close the collection."""
        self.stream.write("\n]}\n" if self.count else "]}\n")
        super().close()
