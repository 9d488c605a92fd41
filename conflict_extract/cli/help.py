"""Plain ``--help`` text: options with a value name (``--only CATEGORIES``, ``-o FILE``), flags bare,
arguments as ``PATH...``, and an examples section after the options, the way ``gh`` does it.

Typer's own help shows Python types (``<bool>``, ``<list[str]>``, ``{paths}...``), which mean
nothing to a user; this formatter writes the help from the click parameters instead.
"""

from __future__ import annotations

from typing import Any

EXAMPLES: dict[str, list[tuple[str, str]]] = {
    "run": [
        ("extract article.txt", "tables in the terminal (JSON when piped)"),
        ("extract news/ --published 2024-05-02", "a folder; relative dates resolve against the date"),
        ("extract news/ -o casualties.csv", "one CSV row per casualty figure (format from the ending)"),
        ("extract news/ --only places --csv", "one CSV row per place"),
        ("extract feed.jsonl --jsonl -o out.jsonl --resume", "a large feed, restartable"),
        ("extract news/ --events -o events.csv", "events merged across articles, ACLED columns"),
        ("extract news/ --html report.html", "a page to read: highlighted text, figures, map"),
        ("extract news/ --geojson places.geojson", "points for QGIS, geopandas or kepler.gl"),
        ("cat story.txt | extract - --json | jq '.[0].casualties'", "stdin to jq"),
    ],
    "eval_command": [
        ("conflict-extract eval tests/gold seeds/", "score the tool against hand-made gold files"),
        ("conflict-extract eval gold/ predictions.jsonl", "score earlier predictions"),
    ],
    "schema": [
        ("conflict-extract schema > schema.json", "the JSON Schema of the output, every field described"),
    ],
}
"""Examples per command name, each a command line and what it does."""


def _value_name(param: Any) -> str:
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        return ""
    return VALUE_NAMES.get(param.name) or param.metavar or param.name.upper()


def _argument_name(param: Any) -> str:
    """``PATH...`` for ``paths`` (a list), ``GOLD`` for ``gold``."""
    name = param.name.upper()
    if param.nargs == -1:
        return f"{name.removesuffix('S')}..."
    return name if param.required else f"[{name}]"


def _option_rows(params: list[Any]) -> list[tuple[str, str]]:
    rows = []
    for param in params:
        if param.param_type_name != "option" or param.hidden:
            continue
        names = ", ".join(sorted([*param.opts, *param.secondary_opts], key=len))
        value = _value_name(param)
        help_text = param.help or ""
        default = param.default
        if param.show_default and default not in (None, False, ()) and not param.is_flag:
            help_text += f" [default: {getattr(default, 'value', default)}]"
        rows.append((f"{names} {value}".rstrip(), help_text))
    return rows


VALUE_NAMES: dict[str, str] = {
    "only": "CATEGORIES", "published": "DATE", "model": "MODEL", "workers": "N", "output": "FILE",
    "engine": "local|dask", "scheduler": "ADDRESS", "partition_lines": "LINES",
    "article_timeout": "SECONDS", "html": "FILE", "geojson": "FILE",
}
"""Value names of options whose own name does not say what to give (by parameter name)."""


def format_help(command: Any, ctx: Any, formatter: Any) -> None:
    """Write ``command``'s help: usage, description, arguments, options, examples."""
    examples_key = command.callback.__name__ if command.callback else command.name
    arguments = [p for p in command.params if p.param_type_name == "argument"]
    usage = " ".join(_argument_name(p) for p in arguments)
    formatter.write_usage(ctx.command_path, f"[OPTIONS] {usage}".rstrip())
    if command.help:
        formatter.write_paragraph()
        formatter.write_text(command.help.split("\n\n")[0])
    if arguments:
        with formatter.section("Arguments"):
            formatter.write_dl([(_argument_name(p), getattr(p, "help", "") or "") for p in arguments])
    with formatter.section("Options"):
        formatter.write_dl(_option_rows(command.get_params(ctx)))
    if EXAMPLES.get(examples_key):
        with formatter.section("Examples"):
            for line, what in EXAMPLES[examples_key]:
                formatter.write_text(f"$ {line}")
                formatter.write_text(f"  {what}")
    formatter.write_paragraph()
    formatter.write_text("Output format: docs/schema.md, or `conflict-extract schema`.")
