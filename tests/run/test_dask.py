"""The Dask engine gives the same records as the single-process run (issue 8)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflict_extract.cli.app import extract_app
from conflict_extract.run.dask_engine import plan_partitions

pytest.importorskip("dask.distributed")

runner = CliRunner()
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    folder = tmp_path / "corpus"
    folder.mkdir()
    for part in range(2):
        with open(folder / f"part{part}.jsonl", "w", encoding="utf-8") as handle:
            for i in range(3):
                handle.write(json.dumps({"id": f"p{part}-{i}", "text": texts[i % 2]}) + "\n")
            if part == 1:
                handle.write("{not json\n")
    return folder


def test_partitions_cover_every_line(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("".join(f'{{"id": "{i}", "text": "t"}}\n' for i in range(25)), "utf-8")
    parts = plan_partitions([str(path)], 10)
    assert [(p.first_line, p.n_lines) for p in parts] == [(1, 10), (11, 10), (21, 5)]


def test_two_worker_local_cluster_equals_single_process_run(corpus, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(
        extract_app,
        [str(corpus), "--engine", "dask", "--workers", "2", "-o", str(out),
         "--published", "2016-12-05", "--partition-lines", "2"],
    )
    assert result.exit_code == 1, result.stderr  # the bad line is reported, the rest kept
    assert "part1.jsonl:4: malformed JSONL line" in result.stderr  # a line number in its file
    summary = json.loads(result.stdout)
    assert summary["records"] == 6 and summary["partitions"] == 4
    assert json.loads((out / "summary.json").read_text())["records"] == 6
    distributed = [
        json.loads(line)
        for part in sorted(out.glob("part-*.jsonl"))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]
    single = runner.invoke(
        extract_app, [str(corpus), "--jsonl", "--published", "2016-12-05", "--quiet"]
    )
    assert distributed == [json.loads(line) for line in single.stdout.splitlines()]
    assert len(distributed) == 6


def test_dask_engine_needs_an_output_folder(corpus):
    result = runner.invoke(extract_app, [str(corpus), "--engine", "dask"])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: --engine dask writes partitioned output")
