# The two commands a newcomer needs:  make run   and   make test
# Everything else here is a step they call.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
PYTHON ?= python3
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install assets demo chromium lint bench bench-import bench-indicators api-check clean

## Install, migrate a SQLite database, load the synthetic demo service and serve on http://127.0.0.1:8000
run: install assets demo
	$(BIN)/yjs runserver $(HOST):$(PORT)

## Install what the tests need (Chromium included) and run the whole suite
test: install assets chromium
	$(BIN)/ruff check src tests $(wildcard benchmarks)
	$(BIN)/pytest $(PYTEST_ARGS)

install: $(BIN)/.installed
$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check uv
	$(BIN)/uv pip install -q --python $(BIN)/python -e '.[test]'
	@# Compiled once here: where PYTHONDONTWRITEBYTECODE is set, every command and test process otherwise
	@# compiles some 1,100 modules afresh (about 2 s of each command's start-up; benchmarks/README.md).
	$(BIN)/python -m compileall -q -j 0 src $(VENV)/lib >/dev/null
	touch $@

assets: node_modules/.package-lock.json src/yjs/assets/css/yjs.css
node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
src/yjs/assets/css/yjs.css: node_modules/.package-lock.json assets/build.mjs assets/scss/yjs.scss
	node assets/build.mjs

demo: install
	$(BIN)/yjs migrate --no-input -v 0
	$(BIN)/yjs demo

chromium:
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)

lint: install
	$(BIN)/ruff check src tests $(wildcard benchmarks)

## Build the 300,000-children dataset and time the busiest pages (see benchmarks/README.md)
bench: install
	$(BIN)/python benchmarks/pages.py $(BENCH_ARGS)

## Time importing 100,000 police notifications, then the same file again (see benchmarks/README.md)
bench-import: install
	$(BIN)/python benchmarks/import_notifications.py $(BENCH_ARGS)

## Time every indicator for every service for one quarter against one full scan of the outcomes (see benchmarks/README.md)
bench-indicators: install
	$(BIN)/python benchmarks/indicators.py $(BENCH_ARGS)

api-check: install assets
	bash scripts/api-check

clean:
	rm -rf $(VENV) node_modules var src/yjs/assets
