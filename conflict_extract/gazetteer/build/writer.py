"""Writing the built tables to the SQLite index file, atomically."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import astuple, fields
from pathlib import Path

from conflict_extract.gazetteer.build.rows import Tables
from conflict_extract.gazetteer.index import Entry

_SCHEMA = """
PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
CREATE TABLE entries (id INTEGER PRIMARY KEY, name TEXT, type TEXT, country TEXT,
    admin1 TEXT, lat REAL, lon REAL, geonameid INTEGER, population INTEGER,
    n_names INTEGER);
CREATE TABLE keys (key TEXT, id INTEGER, country TEXT, rank INTEGER);
CREATE TABLE skels (key TEXT, id INTEGER, country TEXT);
"""
_INDEXES = """
CREATE INDEX keys_key ON keys(key);
CREATE INDEX keys_country ON keys(country, key);
CREATE INDEX skels_key ON skels(key);
"""


def write_index(tables: Tables, path: Path) -> None:
    """Write ``tables`` to ``path`` through a temporary file renamed into place, so concurrent
    first runs never read a half written index; then remove indexes of other versions."""
    tmp_fd, tmp_name = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(tmp_fd)
    try:
        con = sqlite3.connect(tmp_name)
        con.executescript(_SCHEMA)
        placeholders = ",".join("?" * len(fields(Entry)))
        con.executemany(
            f"INSERT INTO entries VALUES ({placeholders})", (astuple(r) for r in tables.rows)
        )
        con.executemany("INSERT INTO keys VALUES (?,?,?,?)", tables.keys)
        con.executemany("INSERT INTO skels VALUES (?,?,?)", tables.skels)
        con.executescript(_INDEXES)
        con.commit()
        con.close()
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
        _remove_stale(path)
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)


def _remove_stale(current: Path) -> None:
    """Delete indexes built for other source versions (80 MB each); readers keep open files."""
    for old in current.parent.glob("gazetteer-*.sqlite"):
        if old != current:
            try:
                old.unlink()
            except OSError:
                pass
