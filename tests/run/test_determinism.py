"""The same input gives byte-identical output whatever Python's hash seed: nothing the tool
decides may hang on the iteration order of a set or a dict of strings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

ARTICLES = [
    # An unresolved landmark named after one town and set in another: which is its parent once
    # went by set order.
    {"id": "base", "published": "2024-02-12", "text": (
        "Two rockets hit the Harir Air Base in Erbil on Sunday, the US military said. Militants "
        "also attacked a checkpoint near Tal Afar and Sinjar, killing three policemen, officials "
        "in Nineveh province said.")},
    {"id": "market", "published": "2023-07-30", "text": (
        "KANO, Nigeria — Gunmen killed at least 12 traders at a market in Katsina and Zamfara "
        "states on Saturday, police said. Witnesses in Gusau and Funtua said the attackers "
        "arrived on motorcycles.")},
]
# Two seeds under which the set order of the first article's towns differed.
SEEDS = ("1", "6")


def _run(corpus: Path, seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    command = [sys.executable, "-m", "conflict_extract", "run", str(corpus), str(ROOT / "seeds"),
               "--jsonl"]
    return subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True).stdout


def test_output_does_not_depend_on_the_hash_seed(tmp_path):
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    first, second = (_run(corpus, seed) for seed in SEEDS)
    assert first.count(b"\n") == len(ARTICLES) + 2
    assert first == second
