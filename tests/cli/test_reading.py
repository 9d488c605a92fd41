"""The command line as a new user meets it (issue 22, items 2-5, 7, 8): output format from ``-o``'s
ending, ``--html`` and ``--geojson`` side files, ``--version``, help without Python types and with
examples, mistyped and unreadable paths, article ids from paths, the missing-date note, progress."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from conflict_extract import __version__
from conflict_extract.cli.app import app, extract_app
from conflict_extract.cli.common import UsageProblem
from conflict_extract.cli.outputs import output_format
from conflict_extract.cli.progress import count_articles, place_index_note, with_progress

runner = CliRunner()

ARTICLE = (
    "Gunmen kill 9 villagers in Zamfara\n\n"
    "Gunmen killed nine villagers and wounded four others in an attack on Tsafe in Zamfara state, "
    "Nigeria, on Friday, police spokesman Yazid Abubakar said.\n"
)


def extract(*args: str, **kwargs):
    """Invoke ``extract``; stdout and stderr kept apart."""
    return runner.invoke(extract_app, list(args), **kwargs)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    news = tmp_path / "news"
    for name in ("may/story.txt", "june/story.txt"):
        (news / name).parent.mkdir(parents=True, exist_ok=True)
        (news / name).write_text(ARTICLE, encoding="utf-8")
    return news


@pytest.mark.parametrize(
    "output, flag, expected",
    [
        ("out.csv", None, "csv"), ("out.jsonl", None, "jsonl"), ("OUT.JSON", None, "json"),
        ("report.html", None, "html"), ("places.geojson", None, "geojson"), ("t.txt", None, "table"),
        ("out.json", "jsonl", "jsonl"), ("out.dat", "csv", "csv"), (None, "csv", "csv"),
        (None, None, "json"),
    ],
)
def test_output_format_from_the_file_ending(output, flag, expected):
    path = Path(output) if output else None
    assert output_format(path, flag, interactive=False, events=False) == expected


@pytest.mark.parametrize(
    "output, flag, events, message",
    [
        ("out.dat", None, False, "cannot tell the output format"),
        ("casualties", None, False, "cannot tell the output format"),
        ("out.csv", "json", False, "names CSV output but --json"),
        ("report.html", None, True, "not HTML"),
    ],
)
def test_output_format_refusals(output, flag, events, message):
    with pytest.raises(UsageProblem, match=message):
        output_format(Path(output), flag, interactive=False, events=events)


def test_csv_file_is_csv(folder, tmp_path):
    target = tmp_path / "casualties.csv"
    result = extract(str(folder), "-o", str(target))
    assert result.exit_code == 0, result.stderr
    header = target.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("id,source,outcome,count")


def test_unknown_ending_is_one_line_refusal(folder, tmp_path):
    result = extract(str(folder), "-o", str(tmp_path / "out.dat"))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: cannot tell")
    assert not (tmp_path / "out.dat").exists()


def test_html_and_geojson_side_files(folder, tmp_path):
    html, geo = tmp_path / "report.html", tmp_path / "places.geojson"
    result = extract(str(folder), "--html", str(html), "--geojson", str(geo))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    page = html.read_text(encoding="utf-8")
    assert page.count("<article") == 2 and "<mark" in page
    collection = json.loads(geo.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    assert all(f["geometry"]["type"] == "Point" for f in collection["features"])


def test_events_geojson(folder, tmp_path):
    geo = tmp_path / "events.geojson"
    result = extract(str(folder), "--events", "-o", str(geo))
    assert result.exit_code == 0, result.stderr
    assert json.loads(geo.read_text(encoding="utf-8"))["type"] == "FeatureCollection"


def test_extract_version():
    result = extract("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"conflict-extract {__version__}"


@pytest.mark.parametrize("command", ["schema", "eval"])
def test_extract_subcommand_suggests_conflict_extract(command):
    result = extract(command)
    assert result.exit_code == 2
    assert f"conflict-extract {command}" in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize("command", [[], ["run"], ["eval"], ["schema"]])
def test_help_has_no_python_types_and_has_examples(command):
    result = runner.invoke(app, [*command, "--help"]) if command else extract("--help")
    assert result.exit_code == 0
    for noise in ("<bool>", "<list[str]>", "{paths}", "<str>", "<path>", "<int"):
        assert noise not in result.stdout, noise
    assert "Examples" in result.stdout
    assert "shared/gold" not in result.stdout and "SCHEMA.md" not in result.stdout


def test_mistyped_path_among_good_ones(folder, tmp_path):
    result = extract(str(folder / "may" / "story.txt"), str(tmp_path / "stroy.txt"), "--jsonl")
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert "stroy.txt" in result.stderr and "no such file" in result.stderr


def test_only_missing_paths_is_a_usage_error(tmp_path):
    result = extract(str(tmp_path / "nothing.txt"), "--json")
    assert result.exit_code == 2


@pytest.mark.parametrize("name", ["report.pdf", "README", "notes.docx"])
def test_skipped_files_in_a_folder_are_named(folder, name):
    (folder / name).write_bytes(b"%PDF-1.4 ...")
    result = extract(str(folder), "--jsonl")
    assert result.exit_code == 0, result.stderr
    assert name in result.stderr and "skipped" in result.stderr


def test_ids_are_paths_relative_to_the_folder(folder):
    (folder / "sudan.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "sudan.md").write_text(ARTICLE, encoding="utf-8")
    result = extract(str(folder), "--jsonl")
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert sorted(ids) == ["june/story", "may/story", "sudan.md", "sudan.txt"]
    events = [e["id"] for line in result.stdout.splitlines() for e in json.loads(line)["events"]]
    assert len(events) == len(set(events))


def test_same_name_in_two_arguments_gets_a_number(folder):
    result = extract(str(folder / "may" / "story.txt"), str(folder / "june" / "story.txt"), "--jsonl")
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["story", "story-2"]


def test_one_line_about_missing_publication_dates(folder):
    result = extract(str(folder), "--jsonl")
    lines = [line for line in result.stderr.splitlines() if "publication date" in line]
    assert len(lines) == 1 and "2 of 2 articles" in lines[0] and "--published" in lines[0]
    quiet = extract(str(folder), "--jsonl", "--published", "2024-03-01")
    assert "publication date" not in quiet.stderr


def test_count_articles(folder, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "text": "x"}\n\n{"id": "b", "text": "y"}\n', encoding="utf-8")
    assert count_articles([str(folder)]) == 2
    assert count_articles([str(folder), str(feed)]) == 4
    assert count_articles(["-"]) is None


def test_progress_shows_total_and_yields_everything():
    stream = io.StringIO()
    console = Console(file=stream, force_terminal=True, width=100)
    assert list(with_progress(range(5), console, total=5)) == list(range(5))
    assert "5/5" in stream.getvalue() or "0/5" in stream.getvalue()


def test_place_index_note(tmp_path, monkeypatch):
    monkeypatch.setenv("CONFLICT_EXTRACT_CACHE", str(tmp_path))
    note = place_index_note()
    assert note is not None and "once" in note and str(tmp_path) in note


def test_group_help_has_no_python_types():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0 and "<bool>" not in result.stdout and "schema" in result.stdout
