"""Tests for the ``conflict-extract eval`` command: its inputs (gold and prediction files, article
files run through the pipeline), its report and its errors."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from conflict_extract.evaluation.evaluate import eval_command


@pytest.fixture
def app():
    application = typer.Typer()
    application.command("eval")(eval_command)
    return application


runner = CliRunner()


@pytest.fixture
def files(tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    gold = {"id": "x1", "published": "2016-12-05",
            "places": [{"name": "Aleppo", "lat": 36.2021, "lon": 37.1343}, {"name": "Idlib"}],
            "dates": [{"text": "Monday", "value": "2016-12-05"}]}
    (gold_dir / "x1.json").write_text(json.dumps(gold), encoding="utf-8")
    record = {"schema": "conflict-extract/1", "id": "x1", "casualties": [], "groups": [],
              "quotes": [], "places": [{"name": "Aleppo", "lat": 36.2, "lon": 37.1}],
              "dates": [{"text": "Monday", "value": "2016-12-05"}]}
    (tmp_path / "pred.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (tmp_path / "pred.json").write_text(json.dumps([record]), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("pred_name", ["pred.jsonl", "pred.json"])
def test_cli_json_report(app, files, pred_name):
    result = runner.invoke(app, [str(files / "gold"), str(files / pred_name), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["categories"]["places"]["recall"] == 0.5
    assert report["categories"]["places"]["precision"] == 1.0
    assert report["accuracies"]["place_geocoding"]["accuracy"] == 1.0
    assert report["categories"]["dates"]["f1"] == 1.0


def test_cli_only_and_table(app, files):
    result = runner.invoke(app, [str(files / "gold"), str(files / "pred.jsonl"), "--only", "dates"])
    assert result.exit_code == 0, result.output
    assert "dates" in result.stdout and "places" not in result.stdout
    assert "1.000" in result.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (["{tmp}/nogold", "{tmp}/pred.jsonl"], "no such gold file or directory"),
        (["{tmp}/gold", "{tmp}/missing.jsonl"], "no such file or directory"),
        (["{tmp}/gold", "{tmp}/bad.json"], "malformed JSON"),
        (["{tmp}/empty", "{tmp}/pred.jsonl"], "no gold files"),
        (["{tmp}/gold", "{tmp}/pred.jsonl", "--only", "bodies"], "unknown category"),
        (["{tmp}/gold", "{tmp}/other.jsonl"], "no prediction or article matches"),
    ],
)
def test_cli_errors_exit_2(app, files, args, message):
    (files / "bad.json").write_text("{not json", encoding="utf-8")
    (files / "empty").mkdir()
    (files / "other.jsonl").write_text(json.dumps({"id": "y", "places": []}), encoding="utf-8")
    result = runner.invoke(app, [a.format(tmp=files) for a in args])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ")
    assert message in result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.output


def test_cli_runs_pipeline_on_articles(app, files):
    text = "Fighting in Idlib\n\nAir strikes hit Aleppo on Monday, residents said.\n"
    (files / "x1.txt").write_text(text, encoding="utf-8")
    result = runner.invoke(app, [str(files / "gold"), str(files / "x1.txt"), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["files"] == 1
    assert report["per_file"][0]["id"] == "x1"


def test_registered_in_the_cli(files):
    from conflict_extract.cli.app import app as cli_app

    result = runner.invoke(
        cli_app, ["eval", str(files / "gold"), str(files / "pred.json"), "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["files"] == 1
    result = runner.invoke(cli_app, ["eval", str(files / "nogold"), str(files / "pred.json")])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: no such gold file or directory")


def test_articles_get_the_gold_publication_date(app, files, monkeypatch):
    import conflict_extract.evaluation.evaluate as evaluate_module

    seen = []

    def fake_pipeline(articles, model, categories):
        seen.extend(articles)
        return {a.id: {"id": a.id, "places": [{"name": "Aleppo"}]} for a in articles}

    monkeypatch.setattr(evaluate_module, "run_pipeline", fake_pipeline)
    articles = files / "articles"
    articles.mkdir()
    (articles / "x1.txt").write_text("Aleppo shelled\n\nShelling hit Aleppo.\n", encoding="utf-8")
    (articles / "no_gold.txt").write_text("Kabul\n\nA blast in Kabul.\n", encoding="utf-8")
    result = runner.invoke(app, [str(files / "gold"), str(articles), "--json", "--only", "places"])
    assert result.exit_code == 0, result.output
    assert [(a.id, a.published, a.title) for a in seen] == [("x1", "2016-12-05", "Aleppo shelled")]
    assert json.loads(result.stdout)["categories"]["places"]["recall"] == 0.5
    # a prediction record for the same id wins over running the pipeline
    seen.clear()
    result = runner.invoke(app, [str(files / "gold"), str(articles), str(files / "pred.json")])
    assert result.exit_code == 0, result.output
    assert seen == []


def test_module_entry_point(files):
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "conflict_extract.evaluation.evaluate", str(files / "gold"),
         str(files / "pred.jsonl"), "--json"],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["categories"]["places"]["tp"] == 1


def test_cli_details_lists_misses(app, files):
    result = runner.invoke(app, [str(files / "gold"), str(files / "pred.jsonl"), "--details"])
    assert result.exit_code == 0, result.output
    assert "missed: Idlib" in result.stdout
    assert "false positive:" not in result.stdout


def test_directories_are_walked_as_extract_walks_them(app, files, monkeypatch):
    """Hidden folders and files without an article ending are not read (the reader's discovery)."""
    import conflict_extract.evaluation.evaluate as evaluate_module

    seen = []

    def fake_pipeline(articles, model, categories):
        seen.extend(a.id for a in articles)
        return {a.id: {"id": a.id, "places": []} for a in articles}

    monkeypatch.setattr(evaluate_module, "run_pipeline", fake_pipeline)
    articles = files / "articles"
    (articles / ".cache").mkdir(parents=True)
    (articles / ".cache" / "x1.txt").write_text("A stale copy: shelling hit Aleppo.\n", encoding="utf-8")
    (articles / "x1.csv").write_text("id,text\nx1,Shelling hit Aleppo.\n", encoding="utf-8")
    result = runner.invoke(app, [str(files / "gold"), str(articles), "--json", "--only", "places"])
    assert result.exit_code == 2
    assert "no prediction or article matches" in result.stderr
    assert seen == []
    (articles / "x1.txt").write_text("Shelling hit Aleppo.\n", encoding="utf-8")
    result = runner.invoke(app, [str(files / "gold"), str(articles), "--json", "--only", "places"])
    assert result.exit_code == 0, result.output
    assert seen == ["x1"]
