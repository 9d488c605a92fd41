"""A small offline map for the HTML report: an SVG drawn from the world outline shipped as package data.

The outline (``data/report/world.json``) is Natural Earth's 1:110m countries (public domain),
simplified to about 0.2 degree by ``scripts/build_world_outline.py``. It is written once per page as
an SVG ``<path>`` that each article's map reuses with ``<use>``; the map frames the article's places
that have coordinates (equirectangular, x scaled by the cosine of the middle latitude) and shades the
countries they are in.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from html import escape

from conflict_extract.lexicon import load_json

MAP_WIDTH = 640
MAP_HEIGHT = 320
MIN_SPAN_DEGREES = 8.0
"""The narrowest stretch of latitude a map shows, so a single town still has its country around it."""
PAD = 0.25
"""Margin around the places, as a share of their spread."""


@dataclass(frozen=True)
class MapPoint:
    """One place to draw: its name, coordinates and role (``event`` or ``reporting``)."""

    name: str
    lon: float
    lat: float
    role: str = "event"


@functools.lru_cache(maxsize=1)
def outline() -> dict:
    """The world outline: ``{"source", "countries": [{"cc", "name", "rings"}]}``."""
    return load_json("report/world.json")


def _path(rings: list[list[list[float]]]) -> str:
    """SVG path data for rings of ``[lon, lat]`` (y is minus the latitude)."""
    return "".join(
        "M" + " ".join(f"{lon:g} {-lat:g}" for lon, lat in ring) + "Z" for ring in rings
    )


def world_defs() -> str:
    """A hidden SVG holding the world outline once, as ``#world``, for every map of the page."""
    paths = _path([ring for country in outline()["countries"] for ring in country["rings"]])
    return (
        '<svg width="0" height="0" style="position:absolute" aria-hidden="true"><defs>'
        f'<path id="world" vector-effect="non-scaling-stroke" d="{paths}"/></defs></svg>'
    )


def _frame(points: list[MapPoint]) -> tuple[float, float, float, float, float]:
    """x scale, and the view box (x, y, width, height) around the points, in map units."""
    lats = [p.lat for p in points]
    lons = [p.lon for p in points]
    middle = (max(lats) + min(lats)) / 2
    scale = max(math.cos(math.radians(middle)), 0.2)
    height = max(max(lats) - min(lats), MIN_SPAN_DEGREES) * (1 + 2 * PAD)
    width = max((max(lons) - min(lons)) * scale * (1 + 2 * PAD), height * MAP_WIDTH / MAP_HEIGHT)
    height = max(height, width * MAP_HEIGHT / MAP_WIDTH)
    centre_x = (max(lons) + min(lons)) / 2 * scale
    return scale, centre_x - width / 2, -middle - height / 2, width, height


def _label_spot(
    name: str, cx: float, cy: float, radius: float, font: float,
    placed: list[tuple[float, float, float, float]],
) -> tuple[str, float, float] | None:
    """Where a point's label goes (right, left, above or below it) without covering an earlier
    label; ``None`` when every spot is taken (the name stays in the point's tooltip)."""
    width, gap = 0.6 * font * len(name), radius * 1.4
    spots = (
        ("start", cx + gap, cy + font / 3, cx + gap, cy - font * 0.7),
        ("end", cx - gap, cy + font / 3, cx - gap - width, cy - font * 0.7),
        ("middle", cx, cy - gap, cx - width / 2, cy - gap - font),
        ("middle", cx, cy + gap + font * 0.8, cx - width / 2, cy + gap),
    )
    for anchor, tx, ty, left, top in spots:
        box = (left, top, left + width, top + font)
        if not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3]
                   for b in placed):
            placed.append(box)
            return anchor, tx, ty
    return None


def map_svg(points: list[MapPoint], countries: set[str], title: str = "") -> str:
    """An SVG map of ``points`` with ``countries`` (ISO alpha-2 codes) shaded; no network needed."""
    if not points:
        return '<p class="nomap">No place in this article has coordinates.</p>'
    scale, x, y, width, height = _frame(points)
    shaded = _path([
        ring for c in outline()["countries"] if c["cc"] in countries for ring in c["rings"]
    ])
    radius = width / 110
    font = width / 48
    marks, labels = [], []
    placed: list[tuple[float, float, float, float]] = []
    for point in points:
        cx, cy = point.lon * scale, -point.lat
        marks.append(
            f'<circle class="pt {escape(point.role)}" cx="{cx:.3f}" cy="{cy:.3f}" r="{radius:.3f}">'
            f"<title>{escape(point.name)} ({point.lat:.3f}, {point.lon:.3f})</title></circle>"
        )
        spot = _label_spot(point.name, cx, cy, radius, font, placed)
        if spot is not None:
            anchor, tx, ty = spot
            labels.append(
                f'<text x="{tx:.3f}" y="{ty:.3f}" font-size="{font:.3f}" text-anchor="{anchor}">'
                f"{escape(point.name)}</text>"
            )
    return (
        f'<svg class="map" viewBox="{x:.3f} {y:.3f} {width:.3f} {height:.3f}" '
        f'width="{MAP_WIDTH}" height="{MAP_HEIGHT}" role="img" aria-label="{escape(title)}">'
        f'<rect x="{x:.3f}" y="{y:.3f}" width="{width:.3f}" height="{height:.3f}" class="sea"/>'
        f'<g transform="scale({scale:.5f},1)"><use href="#world" class="land"/>'
        f'<path d="{shaded}" class="shaded"/></g>{"".join(marks)}{"".join(labels)}</svg>'
    )
