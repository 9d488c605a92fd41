"""Helpers shared by the tests of components that stand in for the model's own (attribute rules,
lemmatizer): the plain model, and a text run through the components before one of them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from conflict_extract.nlp.pipeline import resolve_model_name


@pytest.fixture(scope="module")
def model() -> Language:
    """The plain spaCy pipeline the tool loads, without the tool's components."""
    return spacy.load(resolve_model_name(None))


def _parsed_before(model: Language, pipe: str, text: str) -> Doc:
    before = model.pipe_names[: model.pipe_names.index(pipe)]
    with model.select_pipes(enable=before):
        return model(text)


@pytest.fixture
def parsed_before() -> Callable[[Language, str, str], Doc]:
    """``parsed_before(model, pipe, text)``: ``text`` through the components before ``pipe``."""
    return _parsed_before
