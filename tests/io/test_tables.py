"""Tables at a terminal (issue 22, item 1): designed for 80 columns, never a broken word.

Exact output for a record built here, and properties of every seed's table through the CLI at
``COLUMNS=80`` and ``COLUMNS=160``: no line over the width, no word broken, every figure's evidence and
source shown, and the 80-column table at most 1.25 times as long as the 160-column one.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflict_extract.cli.app import extract_app
from conflict_extract.io.layout import clip, wrap
from conflict_extract.io.tables import TableWriter, by_label, coords_label, where_label
from conflict_extract.models import CATEGORIES, ArticleRecord

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
runner = CliRunner()

def _table(record: ArticleRecord, width: int) -> str:
    stream = io.StringIO()
    TableWriter(stream, CATEGORIES, width=width).write(record)
    return stream.getvalue()


EXPECTED_80 = """\
────────────────────────────────────────────────────────────────────────────────
Shelling kills 14 in El Fasher
no publication date · fasher · news/fasher.txt
totals: killed 14

Casualties (2)
  #  outcome  figure  victims    where      when
  ───────────────────────────────────────────────────────────────
  0  killed      ≥14  civilians  El Fasher  Monday (date unknown)
     “At least 14 civilians were killed” · source: El Fasher Resistance
     Committee · cause: shelling · by: Rapid Support Forces
  1  injured     >30  civilians  El Fasher  Monday (date unknown)
     “more than 30 wounded” · source: El Fasher Resistance Committee · cause:
     shelling · by: Rapid Support Forces

Places (2)
  name          type    cc  lat, lon        role       admin1
  ────────────────────────────────────────────────────────────────────
  El Fasher     city    SD  13.628, 25.350  event      Northern Darfur
  North Darfur  admin1  SD  –               reporting

Groups (1)
  name                  type         cc  actor class        also called
  ─────────────────────────────────────────────────────────────────────
  Rapid Support Forces  armed_group  SD  political_militia  RSF

Quotes (1)
  Adam Musa: “The market was full of women and children”

Dates (1)
  as written  date                   type
  ───────────────────────────────────────
  Monday      Monday (date unknown)  date
"""


def test_exact_table_at_80_columns(fasher):
    assert _table(fasher(), 80) == EXPECTED_80


def test_wider_terminal_shows_source_and_cause_as_columns(fasher):
    lines = _table(fasher(), 120).splitlines()
    header = next(line for line in lines if line.lstrip().startswith("#"))
    assert "source" in header and "cause" in header
    assert "  0  killed      ≥14  civilians  El Fasher  Monday (date unknown)  El Fasher " \
        "Resistance Committee  shelling" in lines
    assert "     “At least 14 civilians were killed” · by: Rapid Support Forces" in lines


def test_heading_gives_the_publication_date_in_words(fasher):
    table = _table(fasher(published="2024-06-11"), 80)
    assert "published Tuesday 11 Jun 2024 · fasher · news/fasher.txt" in table
    assert "Monday 10 Jun 2024" in table
    assert "XXXX" not in table and "2024-06-10" not in table


@pytest.mark.parametrize(
    "text, width",
    [
        ("Rebel fire on the government-held west of the city has killed 69 people", 16),
        ("Militants stormed Kadugli airport; the Sudan People's Liberation Movement-North said", 20),
        ("Huthi-run Al-Masirah television reported air strikes on Hodeidah", 12),
        ("ایران Tehran کشته 3", 8),
    ],
)
def test_wrap_and_clip_keep_words_whole(text, width):
    words = text.split()
    assert " ".join(wrap(text, width)).split() == words
    assert all(len(line) <= width for line in wrap(text, width) if " " in line)
    cut = clip(text, width).removesuffix("…").split()
    assert cut == words[: len(cut)]


def _cli_table(seed: Path, columns: int) -> str:
    result = runner.invoke(extract_app, [str(seed), "--table"], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _words(text: str) -> set[str]:
    return set(re.findall(r"[\w'’‘-]+", text))


@pytest.fixture(scope="module")
def seed_tables() -> dict[str, dict]:
    tables = {}
    for seed in sorted(SEEDS.glob("*.txt")):
        result = runner.invoke(extract_app, [str(seed), "--json"])
        tables[seed.name] = {
            "record": json.loads(result.stdout)[0],
            **{width: _cli_table(seed, width) for width in (80, 160, 400)},
        }
    return tables


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
@pytest.mark.parametrize("width", [80, 160])
def test_seed_table_fits_and_breaks_no_word(seed_tables, seed, width):
    tables = seed_tables[seed]
    lines = tables[width].splitlines()
    assert max(len(line) for line in lines) <= width
    # Every word at this width is a whole word of the unwrapped (400-column) table.
    assert _words(tables[width]) <= _words(tables[400])
    assert not re.search(r"XXXX|\bP\d*X?[DWMY]\b", tables[width]), "raw TIMEX3 value shown"


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
@pytest.mark.parametrize("width", [80, 160])
def test_seed_table_shows_every_figure_with_evidence_and_source(seed_tables, seed, width):
    table = seed_tables[seed][width]
    section = " ".join(table.split("\nCasualties (", 1)[1].split("\nPlaces (", 1)[0].split())
    casualties = seed_tables[seed]["record"]["casualties"]
    for casualty in casualties:
        assert f"“{' '.join(casualty['text'].split())}”" in section
    for source in {c["attributed_to"] for c in casualties if c["attributed_to"]}:
        expected = sum(c["attributed_to"] == source for c in casualties)
        assert section.count(source) >= expected, source


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_seed_table_at_80_columns_is_not_much_longer(seed_tables, seed):
    narrow = len(seed_tables[seed][80].splitlines())
    wide = len(seed_tables[seed][160].splitlines())
    assert narrow <= 1.25 * wide, (narrow, wide)


def _kidal_event(**changes):
    from conflict_extract.models import Event

    event = dict(
        id="kidal#e1", outcomes={"killed": {"best": 9, "low": 7, "high": 9, "conservative": 7,
                                            "qualifier": "exact", "victims": "soldiers"}},
        date="2023-10-01/2023-10-02", time_precision=2,
        place={"name": "Kidal", "location": "near Kidal", "area": "near", "type": "city",
               "country": "ML", "admin1": "Kidal", "lat": 18.44, "lon": 1.41, "geonameid": None,
               "within": ["Mali"]},
        geo_precision=2, perpetrator="Jama'at Nusrat al-Islam wal-Muslimin", cause="ambush",
        attributed_to=["the Malian army", "Agence France-Presse"], article_ids=["kidal"],
        reports=[{}],
        evidence=[{"article_id": "kidal", "start": 0, "end": 60,
                   "text": "nine soldiers were killed in an ambush near Kidal on Sunday and Monday"}],
    )
    return Event(**{**event, **changes})


@pytest.mark.parametrize("width", [80, 100, 160])
def test_event_table_fits_and_keeps_figures_whole(width):
    from conflict_extract.io.tables import EventTableWriter

    stream = io.StringIO()
    writer = EventTableWriter(stream, width=width)
    writer.write(_kidal_event())
    writer.write(_kidal_event(id="kidal#e2", date=None, cumulative=True))
    writer.close()
    out = stream.getvalue()
    assert max(len(line) for line in out.splitlines()) <= width
    assert out.count("killed 9") == 2 and "1–2 Oct 2023" in out and "(running toll)" in out
    flat = " ".join(out.split())
    assert "“nine soldiers were killed in an ambush near Kidal on Sunday and Monday”" in flat
    assert "Jama'at Nusrat al-Islam wal-Muslimin" in flat and "Agence France-Presse" in flat


@pytest.mark.parametrize(
    "quote, expected",
    [
        ({"speaker": "Amina Yusuf", "speaker_group": None, "kind": "direct", "cue": "said",
          "text": "We buried eleven people today,"}, "Amina Yusuf: “We buried eleven people today”"),
        ({"speaker": "Oleh Syniehubov", "speaker_group": "Kharkiv regional administration",
          "kind": "indirect", "cue": "wrote", "text": "two people were wounded"},
         "Oleh Syniehubov (Kharkiv regional administration) wrote: two people were wounded"),
        ({"speaker": None, "speaker_group": None, "kind": "partial", "cue": None,
          "text": "collective punishment"}, "unknown speaker: “collective punishment”"),
        ({"speaker": "Mr. Okello", "speaker_name": "Tom Okello", "speaker_group": None,
          "kind": "direct", "cue": "said", "text": "We treat forty children a day,"},
         "Tom Okello: “We treat forty children a day”"),
    ],
)
def test_quote_lines_read_as_prose_without_a_trailing_comma(quote, expected):
    from conflict_extract.io.tables import quote_text

    assert quote_text(quote) == expected


@pytest.mark.parametrize("casualty, expected", [
    ({"site": "Deerpark Road", "place": "Old Park"}, "Deerpark Road, Old Park"),
    ({"site": None, "place": "El Fasher"}, "El Fasher"),
    ({"site": "checkpoint", "place": None}, "checkpoint"),
    ({"place": None}, "–"),  # a record written before figures had a site
])
def test_where_shows_the_site_inside_the_place(casualty, expected):
    assert where_label(casualty) == expected


@pytest.mark.parametrize("casualty, expected", [
    ({"perpetrator": "Rapid Support Forces", "parties": []}, "Rapid Support Forces"),
    ({"perpetrator": None, "parties": ["Sudanese Armed Forces", "Rapid Support Forces"]},
     "Sudanese Armed Forces vs Rapid Support Forces"),
    ({"perpetrator": None, "parties": []}, "–"),
    ({"perpetrator": None}, "–"),  # a record written before figures had parties
])
def test_by_shows_the_perpetrator_else_both_sides(casualty, expected):
    assert by_label(casualty) == expected


@pytest.mark.parametrize("place, expected", [
    ({"lat": 14.35005, "lon": -3.61038, "point_of": None}, "14.350, -3.610"),
    ({"lat": 14.35005, "lon": -3.61038, "point_of": "Bandiagara"}, "≈ Bandiagara 14.350, -3.610"),
    ({"lat": None, "lon": None, "point_of": None}, "–"),
    ({"lat": 33.5, "lon": 36.3}, "33.500, 36.300"),  # a record written before places had point_of
])
def test_coords_say_when_the_point_is_the_units(place, expected):
    assert coords_label(place) == expected
