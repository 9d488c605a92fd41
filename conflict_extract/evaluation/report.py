"""The ``conflict-extract eval`` report as rich tables (the ``--json`` report is the dict itself)."""

from __future__ import annotations

from typing import Any


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def print_report(report: dict[str, Any], details: bool = False) -> None:
    """Print the report as rich tables to stdout (misses and errors per file if ``details``)."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"conflict-extract eval: {report['files']} file(s), micro-averaged")
    columns = ("category", "gold", "pred", "tp", "fp", "fn", "opt", "precision", "recall", "f1")
    for column in columns:
        table.add_column(column, justify="left" if column == "category" else "right")
    for category, c in report["categories"].items():
        table.add_row(
            category, str(c["gold"]), str(c["pred"]), str(c["tp"]), str(c["fp"]), str(c["fn"]),
            str(c["optional_matched"]), _fmt(c["precision"]), _fmt(c["recall"]), _fmt(c["f1"]),
        )
    console.print(table)
    acc_table = Table(title="accuracy on matched gold items")
    for column in ("attribute", "correct", "total", "accuracy"):
        acc_table.add_column(column, justify="left" if column == "attribute" else "right")
    for name, acc in report["accuracies"].items():
        acc_table.add_row(name, str(acc["correct"]), str(acc["total"]), _fmt(acc["accuracy"]))
    console.print(acc_table)
    if "casualties" in report["categories"]:
        console.print(
            f"not_casualties hits (false positives taken from non-casualty numbers): "
            f"{report['not_casualties_hits']}",
            highlight=False,
        )
    if not details:
        return
    for scored in report["per_file"]:
        console.rule(str(scored["id"]))
        for category, c in scored["categories"].items():
            console.print(
                f"[bold]{category}[/bold] P {_fmt(c['precision'])} R {_fmt(c['recall'])} "
                f"F1 {_fmt(c['f1'])}"
            )
            for label in c["missed"]:
                console.print(f"  missed: {label}", markup=False, highlight=False)
            for label in c["false_positives"]:
                console.print(f"  false positive: {label}", markup=False, highlight=False)
        for name, acc in scored["accuracies"].items():
            for wrong in acc["wrong"]:
                console.print(f"  wrong {name}: {wrong}", markup=False, highlight=False)
        for hit in scored["not_casualties_hits"]:
            console.print(f"  not_casualties hit: {hit}", markup=False, highlight=False)
