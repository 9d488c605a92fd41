"""Running a JSONL corpus on a Dask cluster (``conflict-extract run --engine dask``).

The corpus is cut into partitions (each JSONL file, split further every ``partition_lines`` lines);
each partition is one task that reads its lines, runs the pipeline (loaded once per worker
process), and writes its records to ``OUT/part-NNNNN.jsonl``. The client gathers one small summary
per partition and writes ``OUT/summary.json``; records never travel through the scheduler.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path

from conflict_extract.io.reader import discover_files
from conflict_extract.models import CATEGORIES

DEFAULT_PARTITION_LINES = 1000


@dataclass(frozen=True)
class Partition:
    """Lines ``[first_line, first_line + n_lines)`` (1-based) of one JSONL file."""

    index: int
    path: str
    first_line: int
    n_lines: int


@dataclass
class PartitionSummary:
    """What one partition task did."""

    index: int
    input: str
    first_line: int
    output: str
    records: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0


def jsonl_files(paths: Sequence[str]) -> list[str]:
    """The JSONL files named or found (recursively, sorted) under ``paths``."""
    found: list[str] = []
    for path in paths:
        if os.path.isdir(path):
            found.extend(discover_files(path, (".jsonl",)))
        elif path.endswith(".jsonl"):
            found.append(path)
        else:
            raise ValueError(f"--engine dask reads JSONL corpora; {path!r} is not a .jsonl file")
    if not found:
        raise ValueError("no .jsonl files found for --engine dask")
    return found


def plan_partitions(files: Sequence[str], partition_lines: int) -> list[Partition]:
    """Cut each file into partitions of at most ``partition_lines`` lines (one quick line count)."""
    partitions: list[Partition] = []
    for path in files:
        with open(path, "rb") as handle:
            n_lines = sum(1 for _ in handle)
        for first in range(1, max(n_lines, 1) + 1, partition_lines):
            partitions.append(
                Partition(len(partitions), path, first, min(partition_lines, n_lines - first + 1))
            )
    return partitions


def run_partition(
    partition: Partition,
    out_dir: str,
    model: str | None,
    categories: tuple[str, ...],
    published: str | None,
) -> dict:
    """Process one partition on a worker and write its records; returns a summary dict."""
    from conflict_extract.io.reader import Article, InputProblem, _iter_json_lines
    from conflict_extract.io.writers import dumps
    from conflict_extract.run.runner import load_cached

    started = time.perf_counter()
    output = os.path.join(out_dir, f"part-{partition.index:05d}.jsonl")
    summary = PartitionSummary(partition.index, partition.path, partition.first_line, output)
    with open(partition.path, "rb") as handle:
        lines = list(islice(handle, partition.first_line - 1, partition.first_line - 1 + partition.n_lines))
    articles: list[Article] = []
    for item in _iter_json_lines(lines, partition.path, Path(partition.path).stem):
        if isinstance(item, InputProblem):
            line = int(item.where.rsplit(":", 1)[1]) + partition.first_line - 1
            summary.problems.append(f"{partition.path}:{line}: {item.message}")
            continue
        if published and not item.published:
            item.published = published
        articles.append(item)
    nlp = load_cached(model, categories)
    from conflict_extract.nlp.pipeline import annotate

    with open(output, "w", encoding="utf-8") as sink:
        for record in annotate(nlp, articles, categories):
            summary.problems.extend(f"article {record.id!r}: {e}" for e in record.errors)
            sink.write(dumps(record) + "\n")
            summary.records += 1
    summary.seconds = round(time.perf_counter() - started, 3)
    return asdict(summary)


def run_on_dask(
    paths: Sequence[str],
    out_dir: str,
    *,
    scheduler: str | None = None,
    workers: int = 2,
    model: str | None = None,
    categories: Sequence[str] = CATEGORIES,
    published: str | None = None,
    partition_lines: int = DEFAULT_PARTITION_LINES,
) -> dict:
    """Process a JSONL corpus on a Dask cluster and write partitioned output plus ``summary.json``.

    Without ``scheduler`` a local cluster of ``workers`` single-threaded processes is started (and
    stopped afterwards); with one, the tasks go to that existing cluster, whose workers must see
    the same input and output paths (a shared file system).
    """
    from dask.distributed import Client, LocalCluster

    partitions = plan_partitions(jsonl_files(paths), partition_lines)
    os.makedirs(out_dir, exist_ok=True)
    started = time.perf_counter()
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    try:
        futures = client.map(
            run_partition,
            partitions,
            out_dir=os.path.abspath(out_dir),
            model=model,
            categories=tuple(categories),
            published=published,
            pure=False,
        )
        summaries = sorted(client.gather(futures), key=lambda s: s["index"])
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    summary = {
        "partitions": len(partitions),
        "records": sum(s["records"] for s in summaries),
        "problems": [p for s in summaries for p in s["problems"]],
        "seconds": round(time.perf_counter() - started, 3),
        "scheduler": scheduler or f"local cluster, {workers} workers",
        "parts": summaries,
    }
    with open(os.path.join(out_dir, "summary.json"), "w", encoding="utf-8") as handle:
        json.dump(summary, handle, indent=2)
    return summary
