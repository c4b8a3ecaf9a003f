# Entry points: `make serve` (look at the site), `make test` (everything CI runs), `make site`,
# `make bench`, `make clean`. On a fresh machine each installs what it needs by itself; stamp files
# in .stamps/ keep repeated runs from reinstalling (a stamp is redone when its inputs change).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMPS := .stamps
# Debian's chromium by default; CI on another distribution may point this at its own Chromium.
export JSS_CHROMIUM ?= /usr/bin/chromium
# Material 9.8 prints an end-of-life banner on every build; the README says what we run.
export NO_MKDOCS_2_WARNING := 1
HOST ?= 127.0.0.1
PORT ?= 8000
# The optional CPython 3.13 lane (the main lane is $(PYTHON), Pyodide's is 3.14).
PY313 := $(shell command -v pyenv >/dev/null 2>&1 && echo "$$(pyenv root)/versions/3.13.0/bin/python")
PIP_INSTALL = -m pip install --quiet --disable-pip-version-check -c scripts/constraints.txt
# pytest exit code 5 means "no tests collected": a lane that ran nothing fails (make stops on it).

.PHONY: help serve site runtime test lint test-calculator test-js test-py313 test-pyodide test-site bench bench-phone clean distclean install chromium

help:
	@echo "make serve   build and serve the site on http://$(HOST):$(PORT)/ (installs what it needs)"
	@echo "make test    everything CI runs: build, lint, package tests (CPython, Pyodide), browser tests"
	@echo "make site    build the static site into site/"
	@echo "make bench   run the benchmarks (bench/run.py): this machine and an emulated phone"
	@echo "make runtime rebuild the page's trimmed Python runtime and test the package on it"
	@echo "make clean   remove build output (distclean: also .venv and node_modules)"

# --- installs ---------------------------------------------------------------------------------

$(STAMPS)/venv: pyproject.toml scripts/constraints.txt
	@mkdir -p $(STAMPS)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) $(PIP_INSTALL) -e '.[test,lint,docs,browser]'
	@touch $@

$(STAMPS)/npm: package.json package-lock.json
	@mkdir -p $(STAMPS)
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# Not a file stamp: the browser is a machine install, so look for it every time (cheap).
chromium:
	@if [ ! -x "$(JSS_CHROMIUM)" ]; then \
	  echo "installing Debian chromium (apt-get)"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null; \
	fi
	@"$(JSS_CHROMIUM)" --version

install: $(STAMPS)/venv $(STAMPS)/npm

# --- the site ---------------------------------------------------------------------------------

site: install
	$(PY) tools/prepare.py
	$(PY) -m mkdocs build --strict --quiet --site-dir site
	@echo "site/: $$(du -sh site | cut -f1) in $$(find site -type f | wc -l) files"

# The page's Python runtime (tools/runtime): trimmed stdlib and the package as bytecode, built
# with node_modules/pyodide, then the package's tests and doctests run on it (the Pyodide lane).
# `make site` does the same when its inputs changed; this forces a rebuild (after a Pyodide
# upgrade it happens by itself: the cache key includes Pyodide's files).
runtime: install
	$(PY) -m tools.runtime --force
	$(PY) tests/pyodide/run.py -q

# Under `make serve` an edit to the package rebuilds the runtime and runs every preset on it, but
# not the whole test suite (JSS_RUNTIME_CHECK=0): `make site` and `make test` do that.
serve: install
	JSS_RUNTIME_CHECK=0 $(PY) tools/prepare.py
	@echo "Serving the JSS Field Guide on http://$(HOST):$(PORT)/ (Ctrl-C stops)"
	JSS_RUNTIME_CHECK=0 $(PY) -m mkdocs serve --strict -a $(HOST):$(PORT)

# --- tests ------------------------------------------------------------------------------------

test: install chromium site lint test-calculator test-js test-py313 test-pyodide test-site

# ruff over every Python file we write or ship (docs/assets holds the page's glue and views);
# mypy strict over the files pyproject.toml lists (calculator, tools, bench, tests).
lint: install
	$(VENV)/bin/ruff check calculator tests tools bench docs/assets
	$(VENV)/bin/mypy
	node_modules/.bin/tsc --noEmit -p tsconfig.json

# The page's JavaScript modules that need no browser (storage, links), under node's own runner.
test-js: install
	node --test tests/js/

# The package's tests, then every docstring example in it (a wrong example fails the lane).
test-calculator: install
	$(PY) -m pytest tests/calculator
	$(PY) -m pytest --doctest-modules calculator

test-py313: install
	@if [ -n "$(PY313)" ] && [ -x "$(PY313)" ]; then \
	  if [ ! -f $(STAMPS)/venv313 ] || [ scripts/constraints.txt -nt $(STAMPS)/venv313 ]; then \
	    rm -rf .venv313 && "$(PY313)" -m venv .venv313 && \
	    .venv313/bin/python $(PIP_INSTALL) pytest hypothesis && touch $(STAMPS)/venv313; \
	  fi; \
	  .venv313/bin/python -m pytest -p no:cacheprovider tests/calculator; \
	else \
	  echo "test-py313: skipped, no CPython 3.13.0 under pyenv on this machine"; \
	fi

test-pyodide: install
	$(PY) tests/pyodide/run.py

# Every other test: tests/site (the built HTML), tests/tools (the generators), tests/browser
# (Chromium against site/), and any folder added later.
test-site: install chromium
	$(PY) -m pytest tests --ignore=tests/calculator

bench: install chromium
	$(PY) bench/run.py

# The pages only, phone profile only: the quick look at a start-up change.
bench-phone: install chromium
	$(PY) bench/run.py --only pages --profile phone --no-edits

# --- cleaning ---------------------------------------------------------------------------------

clean:
	rm -rf site docs/runtime docs/generated docs/sw.js .cache .pytest_cache .mypy_cache .ruff_cache .hypothesis

distclean: clean
	rm -rf $(VENV) .venv313 node_modules $(STAMPS)
