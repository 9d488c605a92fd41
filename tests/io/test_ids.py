"""Article ids from paths (issue 22, item 3): relative to the argument, without ending, unique."""

from __future__ import annotations

from pathlib import Path

import pytest

from conflict_extract.io.ids import UniqueIds, folder_ids, relative_id


@pytest.fixture
def news(tmp_path: Path) -> Path:
    for name in ("may/story.txt", "june/story.txt", "sudan.txt", "sudan.html", "gaza/2024/a.md"):
        path = tmp_path / "news" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    return tmp_path / "news"


@pytest.mark.parametrize(
    "name, expected",
    [("may/story.txt", "may/story"), ("gaza/2024/a.md", "gaza/2024/a"), ("sudan.txt", "sudan")],
)
def test_relative_to_the_folder_without_ending(news, name, expected):
    assert relative_id(str(news / name), str(news)) == expected


def test_a_file_argument_is_its_stem(news):
    assert relative_id(str(news / "may" / "story.txt"), str(news / "may" / "story.txt")) == "story"


def test_folder_ids_are_unique_and_order_free(news):
    files = [str(p) for p in sorted(news.rglob("*.*"))]
    ids = folder_ids(files, str(news))
    assert len(set(ids.values())) == len(files)
    assert ids[str(news / "sudan.txt")] == "sudan.txt"
    assert ids[str(news / "sudan.html")] == "sudan.html"
    assert ids[str(news / "may" / "story.txt")] == "may/story"
    assert folder_ids(reversed(files), str(news)) == ids


def test_ids_taken_by_an_earlier_argument_get_a_number():
    ids = UniqueIds()
    assert [ids.claim(n) for n in ("story", "story", "story-2", "story", "other")] == [
        "story", "story-2", "story-2-2", "story-3", "other",
    ]
