# Two commands on a fresh clone: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint bench fuzz clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

run: install
	$(BIN)/extract seeds/ --table

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check conflict_extract tests
	$(BIN)/python -m pytest tests/test_layout.py -p no:cacheprovider

bench: install
	$(BIN)/python -m conflict_extract.run.bench

fuzz: install
	FUZZ_PROFILE=long $(BIN)/python -m pytest tests/nlp/test_fuzz.py -p no:cacheprovider

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
