"""The size bars of issue 14: no module over 600 lines, no function over 80, no class over 300."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "conflict_extract"
MODULE_LINES, FUNCTION_LINES, CLASS_LINES = 600, 80, 300
MODULES = sorted(PACKAGE.rglob("*.py"))


def _span(node: ast.AST) -> int:
    return node.end_lineno - node.lineno + 1


def oversized(path: Path) -> list[str]:
    """What in ``path`` is over its size bar, as ``kind name lines`` strings."""
    source = path.read_text(encoding="utf-8")
    found = []
    lines = len(source.splitlines())
    if lines > MODULE_LINES:
        found.append(f"module {lines} lines > {MODULE_LINES}")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and _span(node) > FUNCTION_LINES:
            found.append(f"function {node.name} {_span(node)} lines > {FUNCTION_LINES}")
        elif isinstance(node, ast.ClassDef) and _span(node) > CLASS_LINES:
            found.append(f"class {node.name} {_span(node)} lines > {CLASS_LINES}")
    return found


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_module_is_within_the_size_bars(path):
    assert oversized(path) == []


@pytest.mark.parametrize(
    "source, expected",
    [
        ("def f():\n" + "    x = 1\n" * 80, ["function f 81 lines > 80"]),
        ("def f():\n" + "    x = 1\n" * 79, []),
        ("class C:\n" + "    x = 1\n" * 300, ["class C 301 lines > 300"]),
        ("x = 1\n" * 601, ["module 601 lines > 600"]),
    ],
)
def test_the_checker_catches_what_is_too_big(tmp_path, source, expected):
    path = tmp_path / "m.py"
    path.write_text(source, encoding="utf-8")
    assert oversized(path) == expected
