# The two commands of the README: `make demo` and `make test`. Both set up .venv/ first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
SEED := ../shared/seed
DEMO_DB := demo.db

.PHONY: setup demo test clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# Wide tables even when stdout is not a terminal.
demo: export COLUMNS ?= 160
demo: setup
	$(BIN)/parley extract samples/russia_ukraine $(wildcard $(SEED)/*.txt) --format table
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/parley ingest samples/russia_ukraine $(wildcard $(SEED)/*.txt) --db $(DEMO_DB)
	$(BIN)/parley timeline --db $(DEMO_DB)
	$(BIN)/parley positions --db $(DEMO_DB)
	$(BIN)/parley brief --db $(DEMO_DB) --since 2026-01-01
	@echo
	@echo "The ledger is $(DEMO_DB). Dashboard: $(BIN)/parley serve --db $(DEMO_DB), then open http://127.0.0.1:8000/"

test: setup
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm .pytest_cache
