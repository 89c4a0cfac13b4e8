# One-command entry points. See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
STAMP := $(VENV)/.installed
SERVE_ADDR ?= 127.0.0.1:8000

.PHONY: help serve build convert check test lint system-deps bench offline clean import review

help:
	@echo "make serve    build and serve the site at http://$(SERVE_ADDR) (no PDF: make build)"
	@echo "make build    convert articles and build the site into site/"
	@echo "make convert  convert content_src/*.md into YAML principles"
	@echo "make import FILE=… [ARGS=…]  draft an article from text, a web page, Word, Google Docs or WordPress"
	@echo "make review [ARTICLE=…]  per principle: items, questions, and what was not taken"
	@echo "make test     run the whole test suite (browser tests included)"
	@echo "make bench    run the benchmarks"
	@echo "make offline  zip the site for use without internet"

# First run (or changed requirements): says what it installs; later runs reuse .venv.
$(STAMP): requirements.txt pyproject.toml
	@echo "setup: installing into $(VENV)/ the $$(grep -c '==' requirements.txt) packages pinned in requirements.txt (mkdocs, mkdocs-material, playwright, pytest, ruff, mypy, ...) and this project; about a minute, once"
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)
	@echo "setup: done; later runs reuse $(VENV)/ until requirements.txt changes"

convert: $(STAMP)
	$(BIN)/python -m kompas convert

check: $(STAMP)
	$(BIN)/python -m kompas convert --check

# A draft content_src/<slug>.md from plain text, a saved web page, a Word file, a Google Docs
# zip or a WordPress export: make import FILE=… [ARGS="--post 12 --slug naam"]
import: $(STAMP)
	@test -n "$(FILE)" || { echo "usage: make import FILE=article.txt|.html|.docx|.zip|export.xml [ARGS=…]" >&2; exit 2; }
	$(BIN)/python -m kompas import "$(FILE)" $(ARGS)

# What became an item or question, and what was not taken: make review [ARTICLE=…]
review: $(STAMP)
	$(BIN)/python -m kompas review $(ARTICLE)

build: convert
	$(BIN)/mkdocs build --strict

serve: convert
	$(BIN)/mkdocs serve --dev-addr $(SERVE_ADDR)

system-deps:
	bash .ci/system-deps

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: $(STAMP) system-deps lint
	$(BIN)/python -m pytest

# The site as a zip that works opened from disk (file://): see README, "Publishing".
offline: convert
	rm -rf build/offline dist/vertrouwenskompas-offline.zip
	OFFLINE=true $(BIN)/mkdocs build --strict -q -d build/offline/vertrouwenskompas
	mkdir -p dist
	cd build/offline && ../../$(BIN)/python -m zipfile -c ../../dist/vertrouwenskompas-offline.zip vertrouwenskompas
	@echo "wrote dist/vertrouwenskompas-offline.zip"

# Benchmarks (not part of `make test`); writes bench/RESULTS.md.
bench: $(STAMP) system-deps
	cd bench && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	$(BIN)/python -m bench

clean:
	rm -rf site build dist .pytest_cache .mypy_cache .ruff_cache
