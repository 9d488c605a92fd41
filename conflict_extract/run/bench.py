"""The benchmark behind ``make bench``: throughput against plain spaCy, and time and memory by size.

Every measurement runs in a fresh process, all in one run, so ratios hold on a noisy machine:

| section | what runs | bar |
|---|---|---|
| throughput | ``plain`` (spaCy ``nlp.pipe``, same model, same texts) and ``full`` (the whole tool, records serialised) side by side on the seeds repeated, ``--rounds`` times | median ratio tool/plain >= 0.85 |
| sizes | the whole tool on one single-paragraph article of 10 k, 100 k, 1 M and 10 M characters (no time budget) | 10 M under 20 x the time of 1 M; peak RSS < 700 MB at every size |

Whole-process figures: each child is timed from launch to exit (imports, model loading, reading,
extraction, writing), as wall time and as CPU time (user + system of that process; on a shared
machine CPU time is the steadier measure). Extra configurations (``workers2``, ``dates``) can be
added with ``--extras``.

``python -m conflict_extract.run.bench [--copies 120] [--rounds 3] [--sizes 10000,...] [--report FILE]``
"""

from __future__ import annotations

import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Annotated, Optional

import typer

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
DEFAULT_REPORT = Path("bench/results/latest.json")
DEFAULT_SIZES = "10000,100000,1000000,10000000"
RATIO_BAR = 0.85
SIZE_TIME_BAR = 20.0
RSS_BAR_MB = 700.0


def _seed_texts(source: Path | None) -> list[tuple[str, str, str | None]]:
    """``(id, text, published)`` of the articles in ``source`` (default: the seeds)."""
    from conflict_extract.io.reader import Article, read_inputs

    base = [a for a in read_inputs([str(source or SEEDS)]) if isinstance(a, Article)]
    if not base:
        raise typer.BadParameter(f"no readable articles in {source or SEEDS}")
    return [(a.id, a.text, a.published) for a in base]


def build_corpus(source: Path | None, copies: int, target: Path) -> tuple[int, int]:
    """Write the articles of ``source`` (default: the seeds) ``copies`` times to ``target`` as
    JSONL with fresh ids. Returns ``(articles, words)``."""
    base = _seed_texts(source)
    words = 0
    with open(target, "w", encoding="utf-8") as handle:
        for i in range(copies):
            for article_id, text, published in base:
                words += len(text.split())
                handle.write(json.dumps({"id": f"{article_id}-{i}", "text": text,
                                         "published": published}) + "\n")
    return copies * len(base), words


def build_long_article(source: Path | None, chars: int, target: Path) -> None:
    """One JSONL article of exactly ``chars`` characters and a single paragraph: the body
    paragraphs of ``source`` (default: the seeds) joined by spaces, repeated."""
    paragraphs = [
        " ".join(p.split())
        for _, text, _ in _seed_texts(source)
        for p in re.split(r"\n\s*\n", text)[1:]
        if len(p.split()) > 12
    ]
    unit = " ".join(paragraphs) + " "
    text = (unit * (chars // len(unit) + 1))[:chars]
    target.write_text(json.dumps({"id": f"long-{chars}", "text": text}) + "\n", encoding="utf-8")


def _peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def measure(config: str, corpus: Path, model: str | None) -> dict:
    """Run one configuration in this (child) process and return what it did."""
    from conflict_extract.io.reader import Article, read_inputs
    from conflict_extract.nlp.pipeline import resolve_model_name

    if config == "gazetteer":
        return measure_gazetteer()
    count = 0
    if config == "plain":
        import spacy

        nlp = spacy.load(resolve_model_name(model))
        texts = (a.text for a in read_inputs([str(corpus)]) if isinstance(a, Article))
        for _ in nlp.pipe(texts, batch_size=32):
            count += 1
    else:
        from conflict_extract.io.writers import dumps
        from conflict_extract.nlp.pipeline import load
        from conflict_extract.run.runner import process_articles

        categories = ("dates",) if config == "dates" else None
        workers = 2 if config == "workers2" else 1
        kwargs = {"categories": categories} if categories else {}
        nlp = (load(model, categories) if categories else load(model)) if workers == 1 else None
        articles = (a for a in read_inputs([str(corpus)]) if isinstance(a, Article))
        timeout = {"article_timeout": None} if config == "size" else {}
        with open(os.devnull, "w", encoding="utf-8") as sink:
            for record in process_articles(articles, model=model, workers=workers, nlp=nlp,
                                           **kwargs, **timeout):
                sink.write(dumps(record) + "\n")
                count += 1
    return {"config": config, "articles": count, "peak_rss_mb": _peak_rss_mb()}


def measure_gazetteer() -> dict:
    """Open the built place index and answer one lookup, in this (child) process: the seconds it
    takes and the resident memory it adds (the index is built first if the cache has none)."""
    from conflict_extract.gazetteer.index import Gazetteer, load_gazetteer

    path = load_gazetteer().path  # builds once when missing; not part of the measurement
    base_rss = _current_rss_mb()
    started = time.perf_counter()
    gazetteer = Gazetteer(path)
    gazetteer.lookup("Aleppo")
    seconds = time.perf_counter() - started
    return {"config": "gazetteer", "load_s": round(seconds, 3),
            "added_rss_mb": round(_current_rss_mb() - base_rss, 1),
            "index_mb": round(path.stat().st_size / 2**20, 1), "peak_rss_mb": _peak_rss_mb()}


def _current_rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def run_child(config: str, corpus: Path, model: str | None) -> dict:
    """Run ``config`` in a fresh process; its figures plus whole-process wall and CPU seconds."""
    command = [sys.executable, "-m", "conflict_extract.run.bench", "--measure", config,
               "--corpus", str(corpus)]
    if model:
        command += ["--model", model]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    out = subprocess.run(command, check=True, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    figures.update(wall_s=round(wall, 2), cpu_s=round(cpu, 2))
    return figures


def throughput(corpus: Path, rounds: int, model: str | None, log) -> dict:
    """``rounds`` side-by-side runs of plain spaCy and the tool; ratios per round and medians."""
    runs = []
    for round_no in range(rounds):
        order = ("plain", "full") if round_no % 2 == 0 else ("full", "plain")
        pair = {}
        for config in order:
            log(f"throughput round {round_no + 1}/{rounds}: {config}")
            pair[config] = run_child(config, corpus, model)
        pair["ratio_wall"] = round(pair["plain"]["wall_s"] / pair["full"]["wall_s"], 3)
        pair["ratio_cpu"] = round(pair["plain"]["cpu_s"] / pair["full"]["cpu_s"], 3)
        runs.append(pair)
    return {
        "rounds": runs,
        "median_ratio_wall": statistics.median(r["ratio_wall"] for r in runs),
        "median_ratio_cpu": statistics.median(r["ratio_cpu"] for r in runs),
    }


def sizes(source: Path | None, chars_list: list[int], folder: Path, model: str | None, log) -> list:
    """The whole tool on one single-paragraph article of each size: time and peak memory."""
    rows = []
    for chars in chars_list:
        path = folder / f"long-{chars}.jsonl"
        build_long_article(source, chars, path)
        log(f"size {chars:,} characters")
        figures = run_child("size", path, model)
        rows.append({"chars": chars, "wall_s": figures["wall_s"], "cpu_s": figures["cpu_s"],
                     "peak_rss_mb": figures["peak_rss_mb"], "records": figures["articles"]})
        path.unlink()
    return rows


def checks(report: dict) -> dict:
    """The bars of issue 20, each with its figure and whether it is met."""
    found = {}
    tp = report.get("throughput")
    if tp:
        for kind in ("cpu", "wall"):
            value = tp[f"median_ratio_{kind}"]
            found[f"tool/plain throughput, median of {len(tp['rounds'])} ({kind} time)"] = {
                "value": value, "bar": f">= {RATIO_BAR}", "met": value >= RATIO_BAR}
    rows = {r["chars"]: r for r in report.get("sizes", [])}
    if 1_000_000 in rows and 10_000_000 in rows:
        for kind in ("cpu_s", "wall_s"):
            value = round(rows[10_000_000][kind] / rows[1_000_000][kind], 2)
            found[f"10M / 1M time ({kind[:-2]})"] = {
                "value": value, "bar": f"< {SIZE_TIME_BAR}", "met": value < SIZE_TIME_BAR}
    if rows:
        peak = max(r["peak_rss_mb"] for r in rows.values())
        found["peak RSS MB at any size"] = {"value": peak, "bar": f"< {RSS_BAR_MB}",
                                            "met": peak < RSS_BAR_MB}
    return found


def _render(report: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(stderr=True)
    tp = report.get("throughput")
    if tp:
        table = Table(title=f"throughput: {report['corpus']['articles']} articles, "
                            f"{report['corpus']['words']:,} words, model {report['model']}")
        for column in ("round", "plain wall s", "tool wall s", "ratio wall", "plain CPU s",
                       "tool CPU s", "ratio CPU", "tool peak RSS MB"):
            table.add_column(column, justify="right")
        for i, r in enumerate(tp["rounds"], start=1):
            table.add_row(str(i), str(r["plain"]["wall_s"]), str(r["full"]["wall_s"]),
                          str(r["ratio_wall"]), str(r["plain"]["cpu_s"]), str(r["full"]["cpu_s"]),
                          str(r["ratio_cpu"]), str(r["full"]["peak_rss_mb"]))
        console.print(table)
    if report.get("sizes"):
        table = Table(title="one single-paragraph article, by size")
        for column in ("characters", "wall s", "CPU s", "peak RSS MB"):
            table.add_column(column, justify="right")
        for r in report["sizes"]:
            table.add_row(f"{r['chars']:,}", str(r["wall_s"]), str(r["cpu_s"]), str(r["peak_rss_mb"]))
        console.print(table)
    if report.get("gazetteer"):
        g = report["gazetteer"]
        console.print(f"gazetteer: opened in {g['load_s']} s, +{g['added_rss_mb']} MB resident, "
                      f"index {g['index_mb']} MB on disk")
    for name, check in report["checks"].items():
        console.print(f"{name}: {check['value']} (bar {check['bar']}: "
                      f"{'met' if check['met'] else 'NOT met'})")


def main(
    copies: Annotated[int, typer.Option(help="Throughput corpus: the seeds (or --corpus) repeated this many times.")] = 120,
    rounds: Annotated[int, typer.Option(help="Side-by-side throughput rounds (the median is the figure).")] = 3,
    sizes_: Annotated[str, typer.Option("--sizes", help="Comma-separated article sizes in characters ('' for none).")] = DEFAULT_SIZES,
    extras: Annotated[str, typer.Option(help="Extra configurations on the throughput corpus: workers2,dates.")] = "",
    corpus: Annotated[Optional[Path], typer.Option(help="Articles to benchmark on (any input the tool reads).")] = None,  # noqa: UP045
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline.")] = None,  # noqa: UP045
    report_path: Annotated[Path, typer.Option("--report", help="Where to write the JSON report.")] = DEFAULT_REPORT,
    measure_config: Annotated[Optional[str], typer.Option("--measure", hidden=True)] = None,  # noqa: UP045
) -> None:
    """Benchmark the tool against plain spaCy and by article size; write a JSON report."""
    if measure_config:
        print(json.dumps(measure(measure_config, corpus, model)))
        return
    from conflict_extract.nlp.pipeline import resolve_model_name

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    report: dict = {
        "model": resolve_model_name(model),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                    "platform": platform.platform(), "load_average": os.getloadavg()},
        "date": time.strftime("%Y-%m-%d %H:%M:%S"),
    }
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        seeds = folder / "corpus.jsonl"
        articles, words = build_corpus(corpus, copies, seeds)
        report["corpus"] = {"copies": copies, "articles": articles, "words": words}
        if rounds:
            report["throughput"] = throughput(seeds, rounds, model, log)
        for config in (c.strip() for c in extras.split(",") if c.strip()):
            log(f"extra: {config}")
            report.setdefault("extras", {})[config] = run_child(config, seeds, model)
        log("gazetteer: load time and memory")
        report["gazetteer"] = run_child("gazetteer", seeds, model)
        chars = [int(c) for c in sizes_.split(",") if c.strip()]
        report["sizes"] = sizes(corpus, chars, folder, model, log) if chars else []
    report["checks"] = checks(report)
    report_path.parent.mkdir(parents=True, exist_ok=True)
    report_path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    _render(report)
    log(f"report written to {report_path}")


if __name__ == "__main__":
    typer.run(main)
