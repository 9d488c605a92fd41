"""``conflict-extract eval``: score predictions, or the pipeline run on article files, against gold.

Also ``python -m conflict_extract.evaluation.evaluate``. The matching rules are in
:mod:`conflict_extract.evaluation.scoring`; the inputs are read by
:mod:`conflict_extract.evaluation.inputs`.
The gold format is described in ``docs/gold-format.md`` (examples in ``tests/gold/``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import typer

from conflict_extract.evaluation.inputs import (
    EvalError,
    collect_inputs,
    gold_files,
    load_gold,
    source_text,
)
from conflict_extract.evaluation.report import print_report
from conflict_extract.evaluation.scoring import evaluate
from conflict_extract.models import CATEGORIES, Article


def run_pipeline(
    articles: Sequence[Article], model: str | None, categories: Sequence[str]
) -> dict[str, dict[str, Any]]:
    """Annotate ``articles`` in-process and return their records as dicts ``{id: record}``."""
    from conflict_extract.models import to_dict
    from conflict_extract.nlp.pipeline import ModelNotFoundError, annotate, load

    try:
        nlp = load(model, categories)
    except ModelNotFoundError as exc:
        raise EvalError(str(exc)) from exc
    return {r.id: to_dict(r) for r in annotate(nlp, articles, categories)}


def parse_categories(only: str | None) -> list[str]:
    """``--only`` value (comma-separated categories) as a list in output order."""
    if not only:
        return list(CATEGORIES)
    asked = [c.strip() for c in only.split(",") if c.strip()]
    unknown = [c for c in asked if c not in CATEGORIES]
    if unknown or not asked:
        raise EvalError(
            f"unknown category {', '.join(map(repr, unknown)) or repr(only)} in --only; "
            f"choose from {', '.join(CATEGORIES)}"
        )
    return [c for c in CATEGORIES if c in asked]


def run_eval(
    gold: str | Path,
    pred: Sequence[str | Path],
    model: str | None = None,
    categories: Sequence[str] = CATEGORIES,
) -> dict[str, Any]:
    """Load gold, read or compute predictions, and return the :func:`evaluate` report.

    Articles are run through the pipeline only when their id has a gold file and no prediction
    record was given; each gets its gold file's ``published`` date.
    """
    golds = load_gold(gold)
    preds, articles = collect_inputs(pred, skip=gold_files(gold))
    by_id = {g["id"]: g for g in golds}
    todo = [
        replace(article, published=by_id[article_id].get("published") or article.published)
        for article_id, article in articles.items()
        if article_id in by_id and article_id not in preds
    ]
    if todo:
        print(f"Running the pipeline on {len(todo)} article(s)...", file=sys.stderr)
        preds.update(run_pipeline(todo, model, categories))
    if not set(preds) & set(by_id):
        raise EvalError(
            "no prediction or article matches a gold file id "
            f"(gold ids: {', '.join(sorted(by_id)[:5])}{' ...' if len(by_id) > 5 else ''})"
        )
    texts = {a.id: a.text for a in articles.values()}
    for article_id, record in preds.items():
        if article_id in by_id and article_id not in texts and by_id[article_id].get(
            "not_casualties"
        ):
            text = source_text(record)
            if text is not None:
                texts[article_id] = text
    report = evaluate(golds, preds, texts, categories)
    for article_id in report["unscored"]:
        print(f"Warning: no prediction for gold article {article_id!r}", file=sys.stderr)
    return report


def eval_command(
    gold: str = typer.Argument(
        ...,
        metavar="GOLD",
        help="A gold JSON file or a directory of them (format: docs/gold-format.md).",
    ),
    pred: list[str] = typer.Argument(  # noqa: B008
        ...,
        metavar="PRED",
        help="Prediction files (JSON array or JSONL of article records, as "
        "`extract --json/--jsonl` writes them), or article files/directories to run the "
        "pipeline on (with each gold file's `published`).",
    ),
    json_output: bool = typer.Option(
        False, "--json", help="Print the report as one JSON object (with a per-file breakdown)."
    ),
    model: str | None = typer.Option(
        None,
        "--model",
        metavar="NAME",
        help="spaCy pipeline for article inputs (default: first installed).",
    ),
    only: str | None = typer.Option(
        None,
        "--only",
        metavar="CATS",
        help=f"Comma-separated categories to score ({', '.join(CATEGORIES)}).",
    ),
    details: bool = typer.Option(
        False, "--details", help="In table mode, list misses, false positives and wrong attributes."
    ),
) -> None:
    """Score predictions against gold annotations: precision, recall and F1 per category.

    Micro-averaged over all files; --json adds a per-file list of misses and false positives.

    Matching rules (one to one, optional gold items free): `pydoc conflict_extract.evaluation.scoring`.
    """
    try:
        categories = parse_categories(only)
        report = run_eval(gold, pred, model, categories)
    except EvalError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        raise typer.Exit(2) from None
    if json_output:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        print_report(report, details)


if __name__ == "__main__":
    typer.run(eval_command)
