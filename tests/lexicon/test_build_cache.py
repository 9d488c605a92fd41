"""The build cache: a table is built once, read back, rebuilt when its file is damaged, and a
folder that cannot be written never stops the tool."""

from __future__ import annotations

import pytest

from conflict_extract.lexicon import cache


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    return tmp_path


def counting_builder(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_a_table_is_built_once_then_read_back(cache_folder):
    build, calls = counting_builder({"aleppo": "SY"})
    assert cache.cached("t", "k1", build) == {"aleppo": "SY"}
    assert cache.cached("t", "k1", build) == {"aleppo": "SY"}
    assert len(calls) == 1
    assert [p.suffix for p in cache_folder.iterdir()] == [".pickle"]


def test_another_key_builds_its_own_table(cache_folder):
    build, calls = counting_builder([1, 2])
    cache.cached("t", "k1", build)
    cache.cached("t", "k2", build)
    assert len(calls) == 2
    assert cache.cache_path("t", "k1") != cache.cache_path("t", "k2")


def test_a_damaged_file_is_rebuilt(cache_folder):
    build, calls = counting_builder("table")
    cache.cache_path("t", "k").write_bytes(b"\x80\x05 not a pickle")
    assert cache.cached("t", "k", build) == "table"
    assert cache.cached("t", "k", build) == "table"
    assert len(calls) == 1


def test_an_unwritable_folder_only_costs_the_build(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "cache"))
    build, calls = counting_builder("table")
    assert cache.cached("t", "k", build) == "table"
    assert cache.cached("t", "k", build) == "table"
    assert len(calls) == 2


def test_the_package_digest_is_stable_within_a_process():
    assert cache.package_digest() == cache.package_digest()
    assert len(cache.package_digest()) == 12


def test_a_rebuild_deletes_week_old_tables_of_the_same_name_only(cache_folder):
    import os
    import time

    stale, recent, other = (cache_folder / n for n in ("t-old.pickle", "t-new.pickle", "u-old.pickle"))
    for path in (stale, recent, other):
        path.write_bytes(b"x")
    week_ago = time.time() - cache.STALE_SECONDS - 60
    os.utime(stale, (week_ago, week_ago))
    os.utime(other, (week_ago, week_ago))
    cache.cached("t", "k", lambda: 1)
    assert not stale.exists()
    assert recent.exists() and other.exists()
