# make run: set up and open the app.  make test: set up and run every check.  make bench: benchmarks at scale
# (make bench-quick: at 1/20th).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: compiled run test lint postgres bench bench-quick demo clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@ $(STAMP)

# The app's bytecode, compiled ahead (quick when nothing changed): where the environment says
# PYTHONDONTWRITEBYTECODE, Python would otherwise compile every module again on every start (0.1 s more to the
# main window, 20 ms to the first frame).
compiled: $(STAMP)
	$(BIN)/python -m compileall -q bcm db ui exports

run: compiled
	$(BIN)/bcm

demo: compiled
	$(BIN)/bcm demo

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

postgres:  # the server binaries the PostgreSQL tests start a throwaway server from (installed when root)
	bash scripts/install-postgres

test: lint postgres
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

bench: $(TEST_STAMP) compiled
	@if [ -f tests/benchmarks/__main__.py ]; then QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks $(BENCH_ARGS); \
	else echo "no benchmarks yet: they arrive with the performance issue"; fi

bench-quick:  # a first look: the dataset at 1/20th (python -m tests.benchmarks --help for the rest)
	$(MAKE) bench BENCH_ARGS=--quick

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
