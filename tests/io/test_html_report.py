"""``--html`` (issue 22, item 7): one self-contained page; every highlighted span's text is exactly
the evidence of the value it stands for, and the article text is whole."""

from __future__ import annotations

import io
import re
from collections import defaultdict
from html.parser import HTMLParser

import pytest

from conflict_extract.io.html_report import Highlight, HtmlReportWriter, highlight_text, highlights
from conflict_extract.io.svg_map import MapPoint, map_svg
from conflict_extract.models import to_dict


class _Page(HTMLParser):
    """Collects each text div's full text, the text of every item's marks, and external refs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.pieces: dict[str, str] = defaultdict(str)
        self.external: list[str] = []
        self.scripts = 0
        self._in_text = 0
        self._items: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("src", "href"):
            if attrs.get(key) and not attrs[key].startswith("#"):
                self.external.append(attrs[key])
        if tag == "script":
            self.scripts += 1
        if tag == "link":
            self.external.append(str(attrs))
        if tag == "div" and attrs.get("class") == "text":
            self._in_text = 1
            self.texts.append("")
        elif tag == "div" and self._in_text:
            self._in_text += 1
        if tag == "mark" and self._in_text:
            self._items = attrs["data-items"].split()

    def handle_endtag(self, tag):
        if tag == "mark":
            self._items = None
        if tag == "div" and self._in_text:
            self._in_text -= 1

    def handle_data(self, data):
        if self._in_text:
            self.texts[-1] += data
            for item in self._items or ():
                self.pieces[item] += data


def _page(records_and_texts) -> tuple[str, _Page]:
    stream = io.StringIO()
    writer = HtmlReportWriter(stream)
    for record, text in records_and_texts:
        writer.write(record, text)
    writer.close()
    parser = _Page()
    parser.feed(stream.getvalue())
    return stream.getvalue(), parser


def _check_highlights(record, text: str, parser: _Page, number: int) -> None:
    assert parser.texts[number] == text
    spans = highlights(to_dict(record))
    assert spans
    for item in spans:
        assert parser.pieces[f"a{number}-{item.id}"] == text[item.start:item.end], item



def test_highlights_of_a_built_record(fasher, fasher_text):
    record = fasher()
    page, parser = _page([(record, fasher_text)])
    _check_highlights(record, fasher_text, parser, 0)
    categories = set(re.findall(r'<mark class="([a-z ]+)"', page))
    assert {"casualty", "place", "group", "quote", "speaker", "date"} <= {
        c for cls in categories for c in cls.split()
    }


def test_page_is_self_contained(fasher, fasher_text):
    page, parser = _page([(fasher(), fasher_text)])
    assert parser.external == [] and parser.scripts == 0
    assert "@import" not in page and "url(" not in page and "http" not in page.split("<main>")[1]
    assert page.count('<svg class="map"') == 1 and 'href="#world"' in page


def test_overlapping_spans_are_cut_into_pieces_that_rebuild_each_span():
    text = "Gunmen killed 7 people near Gao on Friday, the army said."
    items = [
        Highlight("c0", "casualty", 7, 31, "killed 7"),
        Highlight("p0", "place", 28, 31, "Gao"),
        Highlight("q0", "quote", 0, 41, "quote"),
        Highlight("d0", "date", 35, 41, "Friday"),
        Highlight("x", "date", 50, 99, "out of range"),
    ]
    parser = _Page()
    parser.feed(f'<div class="text">{highlight_text(text, items)}</div>')
    assert parser.texts == [text]
    for item in items[:4]:
        assert parser.pieces[item.id] == text[item.start:item.end]
    assert "x" not in parser.pieces


def test_text_with_markup_characters_is_escaped():
    text = 'He said <b>"5 killed"</b> & left'
    parser = _Page()
    parser.feed(f'<div class="text">{highlight_text(text, [Highlight("c", "casualty", 12, 20, "5")])}</div>')
    assert parser.texts == [text] and parser.pieces["c"] == '5 killed'


@pytest.mark.parametrize(
    "points",
    [
        [MapPoint("Goma", 29.22, -1.68)],
        [MapPoint("Mariupol", 37.55, 47.1), MapPoint("Kyiv", 30.52, 50.45, "reporting")],
        [MapPoint("Anchorage", -149.9, 61.2), MapPoint("Hobart", 147.3, -42.9)],
    ],
)
def test_map_frames_every_point(points):
    svg = map_svg(points, {"CD"})
    x, y, width, height = (float(v) for v in re.search(r'viewBox="([^"]+)"', svg)[1].split())
    circles = re.findall(r'cx="([-\d.]+)" cy="([-\d.]+)"', svg)
    assert len(circles) == len(points)
    for cx, cy in circles:
        assert x <= float(cx) <= x + width and y <= float(cy) <= y + height


def test_no_coordinates_no_map():
    assert "No place in this article has coordinates" in map_svg([], set())


def test_seed_reports_highlight_exact_evidence(analyse):
    from pathlib import Path

    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    texts = [seed.read_text(encoding="utf-8") for seed in seeds]
    records = [analyse(text) for text in texts]
    _, parser = _page(zip(records, texts, strict=True))
    for number, (record, text) in enumerate(zip(records, texts, strict=True)):
        _check_highlights(record, text, parser, number)
