# `make demo` and `make test` work on a fresh machine: they create .venv and install the project.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_HOME ?= demo-data

.PHONY: demo test test-fast bench bench-scale lint typecheck check clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsarchive demo --home $(DEMO_HOME)

# Everything (CI). test-fast is the developer's loop: the tests marked slow (whole crawls,
# corpora, subprocess storms) are left out; it runs in under 90 s on a quiet 2-core machine.
test: $(STAMP)
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

bench: $(STAMP)
	$(BIN)/python -m bench.run_all --output BENCHMARKS.md

# The archive at 300,000 synthetic articles (hours on a shared 2-core machine; not part of bench or test).
# Sizes and place from the environment: SCALE_ARTICLES, SCALE_STEPS (the growth points), SCALE_WORKDIR
# (the store snapshots are kept there and reused by the next run). Its section lands in
# bench/notes/scale_bench.md, which `make bench` copies into BENCHMARKS.md.
SCALE_WORKDIR ?= bench-scale-data
bench-scale: $(STAMP)
	$(BIN)/python -m bench.scale_bench --workdir $(SCALE_WORKDIR) --output bench/notes/scale_bench.md \
		--json $(SCALE_WORKDIR)/scale.json

lint: $(STAMP)
	$(BIN)/ruff check archive crawler indexer search_cli webui newsarchive tests bench tools
	$(BIN)/ruff format --check archive crawler indexer search_cli webui newsarchive

typecheck: $(STAMP)
	$(BIN)/mypy

check: lint typecheck test

clean:
	rm -rf $(VENV) $(DEMO_HOME) .pytest_cache .mypy_cache .ruff_cache
