"""Shared fixtures: one loaded pipeline per test session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conflict_extract import annotate, load
from conflict_extract.models import Article, ArticleRecord

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="session")
def nlp():
    """The full pipeline (every component), loaded once."""
    return load()


@pytest.fixture(scope="session")
def analyse(nlp) -> Callable[..., ArticleRecord]:
    """Run one text through the full pipeline: ``analyse(text, published=None) -> ArticleRecord``."""

    def run(text: str, published: str | None = None) -> ArticleRecord:
        article = Article(id="test", text=text, source="<test>", published=published)
        return next(annotate(nlp, [article]))

    return run
