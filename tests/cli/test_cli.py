"""The command line: output formats, options and every bad-input case (issue 2)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from conflict_extract import __version__
from conflict_extract.cli.app import app, extract_app
from conflict_extract.io.schema import record_schema

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"

runner = CliRunner()

SHORT_ARTICLE = (
    "Militants kill 12 soldiers in Borno\n\n"
    "Suspected Boko Haram militants killed 12 soldiers in an attack on a base in Borno state on "
    "Tuesday, the army said.\n"
)


def extract(*args: str, input: str | bytes | None = None):
    """Invoke ``extract`` with ``args``; stdout and stderr are kept apart."""
    return runner.invoke(extract_app, list(args), input=input)


@pytest.fixture
def article_dir(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_text(SHORT_ARTICLE, encoding="utf-8")
    return tmp_path


def test_every_command_has_help():
    for command in ([], ["run"], ["schema"], ["eval"]):
        result = runner.invoke(app, [*command, "--help"])
        assert result.exit_code == 0, command
        assert "Usage" in result.stdout


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"conflict-extract {__version__}"


def test_json_output_is_an_array_of_valid_records():
    result = extract(str(SEEDS), "--json")
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert [r["id"] for r in records] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for record in records:
        jsonschema.validate(record, record_schema())
        text = (SEEDS / f"{record['id']}.txt").read_text(encoding="utf-8")
        for category in ("casualties", "quotes", "dates"):
            for item in record[category]:
                expected = item["text"]
                assert text[item["start"]: item["end"]] == expected


def test_run_command_is_the_same_as_extract():
    assert runner.invoke(app, ["run", str(SEEDS), "--json"]).stdout == extract(
        str(SEEDS), "--json"
    ).stdout


def test_jsonl_writes_one_record_per_line():
    result = extract(str(SEEDS), "--jsonl")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert all(json.loads(line)["schema"] == "conflict-extract/1" for line in lines)


def test_stdin_plain_text_is_one_article():
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    result = extract("-", "--json", input=text)
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert len(records) == 1
    assert records[0]["title"] == "Army advances in Aleppo as Russia blocks UN truce plan"


def test_stdin_jsonl_is_detected():
    lines = "\n".join(
        json.dumps({"id": f"a{i}", "text": SHORT_ARTICLE, "published": f"2020-01-0{i + 1}"})
        for i in range(3)
    )
    result = extract("-", "--jsonl", input=lines)
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["a0", "a1", "a2"]
    assert records[2]["published"] == "2020-01-03"


def test_csv_has_one_row_per_item_of_the_chosen_category(article_dir):
    result = extract(str(article_dir), "--csv", "--only", "dates", "--published", "2020-05-06")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows, result.stdout
    assert set(rows[0]) >= {"id", "source", "text", "value", "type", "start", "end"}
    assert all(row["id"] == "good" for row in rows)


def test_csv_gives_each_article_one_acled_row_before_its_figures():
    """Issue 19: ``--csv`` has one ``row=article`` line per article, its totals in ACLED's
    columns and its place from the figures, then the ``row=figure`` lines."""
    result = extract(str(SEEDS), "--csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    articles = [r for r in rows if r["row"] == "article"]
    assert len(articles) == len({r["id"] for r in rows}) == 2
    for article in articles:
        first = next(r for r in rows if r["id"] == article["id"])
        assert first is article
        assert (article["country"], article["location"]) == ("Syria", "Aleppo")
        assert article["geo_precision"] == "2"  # the figures are about east Aleppo
        assert int(article["fatalities"]) > 0 and article["totals"].count("killed") == 1
    assert all(r["row"] == "figure" for r in rows if r not in articles)


def test_table_fits_80_columns():
    result = extract(str(SEEDS), "--table")
    assert result.exit_code == 0
    assert "Army advances in Aleppo" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_only_restricts_the_output(article_dir):
    result = extract(str(article_dir), "--json", "--only", "dates")
    record = json.loads(result.stdout)[0]
    assert record["casualties"] == record["places"] == record["groups"] == record["quotes"] == []


def test_published_fills_articles_without_a_date(article_dir):
    record = json.loads(extract(str(article_dir), "--json", "--published", "2021-03-04").stdout)[0]
    assert record["published"] == "2021-03-04"


def test_output_file(article_dir, tmp_path):
    target = tmp_path / "out.jsonl"
    result = extract(str(article_dir / "good.txt"), "--jsonl", "-o", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == "good"


def test_cross_link_and_source_lines_are_not_prose(tmp_path):
    (tmp_path / "x.txt").write_text(
        "Title\n\nREAD MORE: Ten people were killed in Kabul\n\nSource: Al Jazeera\n",
        encoding="utf-8",
    )
    record = json.loads(extract(str(tmp_path), "--json").stdout)[0]
    assert record["casualties"] == [] and record["places"] == []


# --- usage errors: one line on stderr, exit 2, no traceback ---------------------------------------


@pytest.mark.parametrize(
    "args, message",
    [
        (["seedz/"], "Error: no such file or directory: 'seedz/' (did you mean 'seeds/'?)"),
        (["seeds/", "--bogus"], "Error: No such option: --bogus"),
        (["seeds/", "--json", "--csv"], "Error: --json and --csv conflict: choose one output format"),
        (["seeds/", "--only", "weather"], "Error: unknown category 'weather' in --only"),
        (["seeds/", "--published", "5/12/2016"], "Error: --published must be a date YYYY-MM-DD"),
        (["seeds/", "--csv", "--only", "places,dates"], "Error: --csv writes one category"),
        (["seeds/", "--workers", "0"], "Error: Invalid value for '--workers'"),
    ],
)
def test_usage_errors(args, message, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = extract(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_unknown_model_is_a_clear_error(article_dir):
    result = extract(str(article_dir), "--json", "--model", "xx_no_such_pipeline")
    assert result.exit_code == 2
    assert "cannot load spaCy pipeline 'xx_no_such_pipeline'" in result.stderr
    assert "Traceback" not in result.stderr


# --- bad inputs: warn, keep the good records, exit 1 ------------------------------------------------


@pytest.mark.parametrize(
    "name, content, warning",
    [
        ("binary.txt", bytes(range(256)) * 20, "binary.txt: "),
        ("empty.txt", b"   \n\n  ", "article 'empty' is empty"),
        ("lines.jsonl", b'{"id": "x1", "text": "ok text"}\n{not json}\n', "lines.jsonl:2: malformed JSONL line"),
        ("fields.jsonl", b'{"id": "x2", "text": 5}\n', "field 'text' must be a string"),
        ("notext.json", b'[{"id": "x3"}]', "missing field 'text'"),
    ],
)
def test_bad_inputs_warn_and_keep_the_good_records(article_dir, name, content, warning):
    (article_dir / name).write_bytes(content)
    result = extract(str(article_dir), "--json")
    assert result.exit_code == 1
    assert warning in result.stderr
    assert "Traceback" not in result.stderr
    ids = [r["id"] for r in json.loads(result.stdout)]
    assert "good" in ids


def test_empty_directory_gives_an_empty_array_and_a_warning(tmp_path):
    result = extract(str(tmp_path), "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
    assert "no article files" in result.stderr


def test_interrupt_exits_130(article_dir, monkeypatch):
    import conflict_extract.run.runner as runner_module

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
        yield  # pragma: no cover

    monkeypatch.setattr(runner_module, "process_articles", interrupted)
    result = extract(str(article_dir), "--jsonl")
    assert result.exit_code == 130


def test_closed_pipe_ends_quietly():
    command = f"{sys.executable} -m conflict_extract run seeds/ --jsonl | head -c 10"
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], cwd=ROOT, capture_output=True, text=True,
        timeout=120,
    )
    assert "Traceback" not in done.stderr
    assert "Error" not in done.stderr
    assert len(done.stdout) == 10


def test_workers_give_the_same_records_in_the_same_order(tmp_path):
    for i in range(5):
        (tmp_path / f"a{i}.txt").write_text(SHORT_ARTICLE.replace("12", str(10 + i)), "utf-8")
    single = extract(str(tmp_path), "--jsonl", "--published", "2020-02-02")
    parallel = extract(str(tmp_path), "--jsonl", "--published", "2020-02-02", "--workers", "2")
    assert parallel.exit_code == 0, parallel.stderr
    assert parallel.stdout == single.stdout


@pytest.mark.parametrize(
    "names, expected",
    [(["a.txt"], False), (["a.txt", "b.txt"], True), (["corpus.jsonl"], True), (["x.json"], True)],
)
def test_progress_is_shown_when_there_may_be_several_articles(tmp_path, names, expected):
    from conflict_extract.cli.options import may_hold_several_articles

    for name in names:
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert may_hold_several_articles([str(tmp_path)]) is expected
    assert may_hold_several_articles(["-"]) is True


def test_a_usage_error_leaves_an_existing_output_file_alone(tmp_path):
    target = tmp_path / "records.jsonl"
    target.write_text('{"id": "kept"}\n', encoding="utf-8")
    result = extract("no-such-dir/", "--jsonl", "-o", str(target))
    assert result.exit_code == 2
    assert target.read_text(encoding="utf-8") == '{"id": "kept"}\n'
