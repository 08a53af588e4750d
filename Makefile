# aifin: the two commands for a fresh machine are `make book` and `make test`.
# Both create .venv if it is missing and install the pinned requirements first.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.aifin-installed
# The pinned npm tools (package-lock.json): Vega and PurgeCSS for the build, axe-core, the Nu Html
# Checker and Lighthouse for the site tests. Installed once; later runs need no network.
NODE_STAMP := node_modules/.aifin-installed
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: help setup book pdf test lint unit notebooks browser serve lab chromium clean benchmarks outputs npm

help:
	@echo "make book        build the book (nl + en) into _build/html, and its PDFs into _build/pdf"
	@echo "make pdf         print the PDFs again from the built site (_build/pdf)"
	@echo "make test        run every test (lint, library, notebooks, parity, site in Chromium)"
	@echo "make serve       serve _build/html on http://$(HOST):$(PORT)"
	@echo "make lab         open the notebooks in JupyterLab"
	@echo "make outputs     re-run the notebooks and store their outputs"
	@echo "make benchmarks  print the speed benchmarks"

$(STAMP): requirements.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { \
	  echo "python3 -m venv failed; installing python3-venv"; \
	  apt-get update -qq && apt-get install -y -qq python3-venv && $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

setup: $(STAMP) $(NODE_STAMP)

$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
	  echo "installing Debian's nodejs and npm"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm; }
	@command -v java >/dev/null 2>&1 || { \
	  echo "installing Debian's Java runtime (for the Nu Html Checker)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless; }
	npm ci --no-audit --no-fund --prefer-offline --ignore-scripts
	@touch $(NODE_STAMP)

npm: $(NODE_STAMP)

book: $(STAMP) $(NODE_STAMP) chromium
	$(PY) tools/build_book.py

# The print editions (PDF) from the built site; `make book` prints them too.
pdf: $(STAMP) $(NODE_STAMP) chromium
	@test -f "$${AIFIN_BUILD_DIR:-_build}/html/index.html" || $(MAKE) book
	$(PY) tools/build_pdf.py

# Debian's Chromium (site tests, printing the PDFs), the fonts the PDFs use, and poppler-utils
# (pdftotext, pdfinfo, pdftoppm: the PDF tests).
chromium:
	@command -v chromium >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 \
	  && fc-list | grep -q LiberationSerif && fc-list | grep -q DejaVuSansMono || { \
	  echo "installing Debian's chromium, poppler-utils and fonts"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium \
	    poppler-utils fonts-liberation fonts-dejavu-core; }

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy

test: $(STAMP) chromium lint book
	$(PY) -m pytest -p no:cacheprovider tests aifin_lib --doctest-modules --nbval book/nl book/en

unit: $(STAMP)
	$(PY) -m pytest tests aifin_lib --doctest-modules -m "not browser"

notebooks: $(STAMP)
	$(PY) -m pytest --nbval book/nl book/en

browser: $(STAMP) $(NODE_STAMP) chromium
	$(PY) -m pytest tests -m browser

outputs: $(STAMP)
	$(PY) tools/run_notebooks.py

benchmarks: $(STAMP)
	@for b in benchmarks/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

serve:
	@test -f _build/html/index.html || $(MAKE) book
	@echo "serving on http://$(HOST):$(PORT)/"
	$(PY) -m http.server $(PORT) --bind $(HOST) --directory _build/html

lab: $(STAMP)
	$(PY) tools/lab.py --host $(HOST)

clean:
	rm -rf _build
