"""The benchmark behind ``make bench``: throughput, start-up, first-record latency and memory.

Each configuration runs in a fresh process (so start-up and peak RSS are its own), all in one run
so that ratios hold on a noisy machine:

| config | what runs |
|---|---|
| ``plain`` | plain spaCy ``nlp.pipe`` with the same model, no conflict components: the floor |
| ``full`` | the whole tool, one process, JSONL records serialised |
| ``workers2`` | the whole tool with ``--workers 2`` |
| ``dates`` | ``--only dates`` (work not asked for is skipped) |
| ``full_x2`` | the whole tool on a corpus twice as large: memory must stay flat |

``python -m conflict_extract.run.bench [--articles 2000] [--corpus PATH] [--report FILE]``
"""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Annotated, Optional

import typer

CONFIGS = ("plain", "full", "workers2", "dates", "full_x2")
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
DEFAULT_REPORT = Path("bench/results/latest.json")


def build_corpus(source: Path | None, articles: int, target: Path) -> int:
    """Write ``articles`` JSONL articles to ``target``: the given corpus (or the seeds), repeated
    with fresh ids as needed. Returns the number of words written."""
    from conflict_extract.io.reader import Article, read_inputs

    base = [a for a in read_inputs([str(source or SEEDS)]) if isinstance(a, Article)]
    if not base:
        raise typer.BadParameter(f"no readable articles in {source or SEEDS}")
    words = 0
    with open(target, "w", encoding="utf-8") as handle:
        for i in range(articles):
            article = base[i % len(base)]
            words += len(article.text.split())
            handle.write(json.dumps({"id": f"{article.id}-{i}", "text": article.text,
                                     "published": article.published}) + "\n")
    return words


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)


def measure(config: str, corpus: Path, model: str | None) -> dict:
    """Run one configuration in this process and return its figures (called in a child process)."""
    started = time.perf_counter()
    import spacy  # noqa: F401 - import time is part of start-up

    from conflict_extract.io.reader import Article, read_inputs
    from conflict_extract.nlp import pipeline  # noqa: F401 - registers the components

    imported = time.perf_counter()
    articles = [a for a in read_inputs([str(corpus)]) if isinstance(a, Article)]
    words = sum(len(a.text.split()) for a in articles)
    read_done = time.perf_counter()
    first_record = None
    count = 0
    if config == "plain":
        from conflict_extract.nlp.pipeline import resolve_model_name

        nlp = spacy.load(resolve_model_name(model))
        ready = time.perf_counter()
        for _ in nlp.pipe((a.text for a in articles), batch_size=32):
            count += 1
            first_record = first_record or time.perf_counter()
    else:
        from conflict_extract.io.writers import dumps
        from conflict_extract.nlp.pipeline import load
        from conflict_extract.run.runner import process_articles

        categories = ("dates",) if config == "dates" else None
        workers = 2 if config == "workers2" else 1
        nlp = None
        if workers == 1:
            nlp = load(model, categories) if categories else load(model)
        ready = time.perf_counter()
        kwargs = {"categories": categories} if categories else {}
        with open(os.devnull, "w", encoding="utf-8") as sink:
            for record in process_articles(articles, model=model, workers=workers, nlp=nlp, **kwargs):
                sink.write(dumps(record) + "\n")
                count += 1
                first_record = first_record or time.perf_counter()
    finished = time.perf_counter()
    processing = finished - ready
    return {
        "config": config,
        "articles": count,
        "words": words,
        "startup_s": round((imported - started) + (ready - read_done), 3),
        "first_record_s": round((first_record or finished) - ready, 3),
        "processing_s": round(processing, 3),
        "articles_per_s": round(count / processing, 2) if processing else None,
        "words_per_s": round(words / processing) if processing else None,
        "peak_rss_mb": _peak_rss_mb(),
    }


def gazetteer_load_figures() -> dict:
    """Time and Python memory to load the gazetteer index (fresh process, built cache, imports excluded)."""
    code = (
        "import time, tracemalloc; "
        "from conflict_extract.gazetteer.index import load_gazetteer; tracemalloc.start(); "
        "t = time.perf_counter(); g = load_gazetteer(); s = time.perf_counter() - t; "
        "_, peak = tracemalloc.get_traced_memory(); "
        "print(round(s, 3), round(peak / 2**20, 1))"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)  # warm the cache
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    seconds, megabytes = out.stdout.split()
    return {"gazetteer_load_s": float(seconds), "gazetteer_python_mb": float(megabytes)}


def streaming_first_record(corpus: Path, model: str | None) -> float:
    """Seconds from launching ``extract CORPUS --jsonl`` to its first complete record line."""
    command = [sys.executable, "-m", "conflict_extract", "run", str(corpus), "--jsonl", "--quiet"]
    if model:
        command += ["--model", model]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        line = process.stdout.readline()
        elapsed = time.perf_counter() - started
        json.loads(line)
    finally:
        process.kill()
        process.wait()
    return round(elapsed, 3)


def _run_child(config: str, corpus: Path, model: str | None) -> dict:
    command = [sys.executable, "-m", "conflict_extract.run.bench", "--measure", config,
               "--corpus", str(corpus)]
    if model:
        command += ["--model", model]
    out = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _render(report: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"conflict-extract bench: {report['articles']} articles, "
                        f"{report['words']:,} words, model {report['model']}")
    for column in ("config", "articles/s", "words/s", "vs plain", "start-up s",
                   "first record s after start-up", "peak RSS MB"):
        table.add_column(column, justify="right" if column != "config" else "left")
    plain = report["results"].get("plain", {}).get("words_per_s")
    for name, r in report["results"].items():
        ratio = f"{r['words_per_s'] / plain:.2f}" if plain and r.get("words_per_s") else "–"
        table.add_row(name, str(r["articles_per_s"]), f"{r['words_per_s']:,}", ratio,
                      str(r["startup_s"]), str(r["first_record_s"]), str(r["peak_rss_mb"]))
    console = Console(stderr=True)
    console.print(table)
    for key, value in report["checks"].items():
        console.print(f"{key}: {value}")


def main(
    articles: Annotated[int, typer.Option(help="Corpus size: the seeds (or --corpus) repeated.")] = 2000,
    corpus: Annotated[Optional[Path], typer.Option(help="Articles to benchmark on (any input the tool reads).")] = None,  # noqa: UP045
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline.")] = None,  # noqa: UP045
    configs: Annotated[str, typer.Option(help=f"Comma-separated subset of {','.join(CONFIGS)}.")] = ",".join(CONFIGS),
    report_path: Annotated[Path, typer.Option("--report", help="Where to write the JSON report.")] = DEFAULT_REPORT,
    measure_config: Annotated[Optional[str], typer.Option("--measure", hidden=True)] = None,  # noqa: UP045
) -> None:
    """Benchmark the tool against plain spaCy and write a JSON report (table on stderr)."""
    if measure_config:
        print(json.dumps(measure(measure_config, corpus, model)))
        return
    chosen = [c.strip() for c in configs.split(",") if c.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "corpus.jsonl"
        words = build_corpus(corpus, articles, small)
        large = Path(tmp) / "corpus_x2.jsonl"
        if "full_x2" in chosen:
            build_corpus(corpus, 2 * articles, large)
        results = {}
        first_line_s = streaming_first_record(small, model)
        for config in chosen:
            print(f"running {config}...", file=sys.stderr)
            results[config] = _run_child(config, large if config == "full_x2" else small, model)
    from conflict_extract.nlp.pipeline import resolve_model_name

    report = {
        "articles": articles,
        "words": words,
        "model": resolve_model_name(model),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                    "platform": platform.platform()},
        "date": time.strftime("%Y-%m-%d %H:%M:%S"),
        "results": results,
        "streaming_first_record_s": first_line_s,
        **gazetteer_load_figures(),
    }
    checks = {}
    if "plain" in results and "full" in results:
        checks["full / plain throughput (target >= 0.8)"] = round(
            results["full"]["words_per_s"] / results["plain"]["words_per_s"], 2)
    if "full" in results and "workers2" in results:
        checks["workers2 / full throughput (target >= 1.6)"] = round(
            results["workers2"]["words_per_s"] / results["full"]["words_per_s"], 2)
    if "full" in results and "full_x2" in results:
        checks["peak RSS at 2x corpus / 1x (target <= 1.1)"] = round(
            results["full_x2"]["peak_rss_mb"] / results["full"]["peak_rss_mb"], 2)
    checks["extract --jsonl: first record s from launch (target <= 3)"] = first_line_s
    checks["gazetteer load s"] = report["gazetteer_load_s"]
    report["checks"] = checks
    report_path.parent.mkdir(parents=True, exist_ok=True)
    report_path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    _render(report)
    print(f"report written to {report_path}", file=sys.stderr)


if __name__ == "__main__":
    typer.run(main)
