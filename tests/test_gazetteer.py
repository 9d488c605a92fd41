"""The offline gazetteer: cache location, load speed, transliteration-proof lookups."""

from __future__ import annotations

import time

import pytest

from conflict_extract import gazetteer, translit
from conflict_extract.gazetteer import Gazetteer, distance_km, load_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def test_index_path_follows_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(gazetteer.CACHE_ENV, str(tmp_path))
    path = gazetteer.index_path()
    assert path.parent == tmp_path
    # The file name carries the source versions, so an upgrade triggers a rebuild.
    assert "gnc" in path.name and f"v{gazetteer.INDEX_VERSION}" in path.name


def test_loading_the_built_index_is_fast(gaz):
    start = time.perf_counter()
    fresh = Gazetteer(gaz.path)
    fresh.lookup("Aleppo")
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize(
    "name, expected",
    [
        ("maarrat an numan", {"maarrat an numan", "maarrat al numan", "maarrat numan"}),
        ("Deir ez-Zor", {"deir ez zor", "deir al zor", "deir zor"}),
        ("Kabul", {"kabul"}),
    ],
)
def test_name_keys(name, expected):
    assert gazetteer.name_keys(name) == expected


@pytest.mark.parametrize(
    "a, b",
    [
        ("Maaret al-Numan", "Ma'arrat an Nu'man"),
        ("Kafr Nabal", "Kafranbel"),
        ("Deir el-Zour", "Dayr az Zawr"),
        ("Khan Sheikhoun", "Khan Shaykhun"),
        ("Jisr al-Shughour", "Jisr ash Shughur"),
    ],
)
def test_skeleton_survives_transliteration(a, b):
    assert translit.skeleton(a) == translit.skeleton(b)


@pytest.mark.parametrize(
    "a, b",
    [("Aleppo", "Kabul"), ("Homs", "Hama"), ("Mosul", "Misrata")],
)
def test_skeleton_keeps_different_names_apart(a, b):
    assert translit.skeleton(a) != translit.skeleton(b)


# Spelling variants that must find the real place: (query, country, lat, lon).
VARIANTS = [
    ("Idleb", "SY", 35.93, 36.63),
    ("Kafr Nabl", "SY", 35.61, 36.56),
    ("Ma'arrat al-Nu'man", "SY", 35.64, 36.67),
    ("Halab", "SY", 36.20, 37.16),
    ("Muqdisho", "SO", 2.04, 45.34),
    ("Kiev", "UA", 50.45, 30.52),
    ("Mazar-i-Sharif", "AF", 36.71, 67.11),
    ("Hodeidah", "YE", 14.80, 42.95),
    ("Khan Younis", "PS", 31.34, 34.31),
    ("Cucuta", "CO", 7.89, -72.51),
]


@pytest.mark.parametrize("query, country, lat, lon", VARIANTS)
def test_variant_lookup(gaz, query, country, lat, lon):
    entries = [e for e, _ in gaz.lookup(query) if e.country == country and e.lat is not None]
    assert entries, f"{query!r} not found in {country}"
    assert min(distance_km(e.lat, e.lon, lat, lon) for e in entries) <= 25


@pytest.mark.parametrize(
    "query, country, skeleton_only",
    [("Kafr Nabal", "SY", True), ("Maaret al-Numan", "SY", True)],
)
def test_skeleton_lookup(gaz, query, country, skeleton_only):
    assert not gaz.lookup(query) or not skeleton_only
    assert any(e.country == country for e in gaz.lookup_skeleton(query))


def test_fuzzy_lookup_stays_in_the_country(gaz):
    found = gaz.fuzzy("Maarrat al-Numaan", "SY")
    assert found and all(e.country == "SY" for e, _ in found)
    assert any("arrat" in e.name for e, _ in found)


@pytest.mark.parametrize(
    "query, iso",
    [("UK", "GB"), ("Britain", "GB"), ("DRC", "CD"), ("DR Congo", "CD"), ("Burma", "MM"),
     ("Türkiye", "TR"), ("Ivory Coast", "CI"), ("Syria", "SY")],
)
def test_country_aliases(gaz, query, iso):
    assert any(e.type == "country" and e.country == iso for e, _ in gaz.lookup(query))


def test_admin1_linked_through_its_seat(gaz):
    idlib = [e for e, _ in gaz.lookup("Idlib") if e.type == "admin1"]
    assert idlib and idlib[0].country == "SY" and idlib[0].lat is not None
    # Cities carry the admin1 name of their governorate.
    kafranbel = [e for e, _ in gaz.lookup("Kafranbel") if e.country == "SY"]
    assert kafranbel and kafranbel[0].admin1 == "Idlib"


def test_admin1_without_a_seat_has_no_invented_point(gaz):
    darfur = [e for e, _ in gaz.lookup("North Darfur") if e.type == "admin1"]
    assert darfur and darfur[0].country == "SD"
    assert darfur[0].lat is None and darfur[0].lon is None


def test_regions_have_no_coordinates(gaz):
    strip = [e for e, _ in gaz.lookup("Gaza Strip") if e.type == "region"]
    assert strip and strip[0].country == "PS" and strip[0].lat is None


def test_gazetteer_pickles_for_worker_processes(gaz):
    import pickle

    clone = pickle.loads(pickle.dumps(gaz))
    assert clone.path == gaz.path
    assert any(e.country == "SY" for e, _ in clone.lookup("Aleppo"))
