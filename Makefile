# `make run` sets up .venv (Python 3.12) and runs the suite on every article in data/raw/articles/;
# `make test` sets up the same .venv and runs the tests. Both are safe to repeat.
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
VENV := .venv
PY := $(VENV)/bin/python
KERNEL := persian-news
STAMP := $(VENV)/.installed
# Some machines list index folders that do not exist; pip warns once per package. Hide only that.
PIP_NOISE := is ignored: it is neither a file nor a directory

# Python 3.12 on PATH, else the newest 3.12 that pyenv has installed.
PYTHON312 ?= $(shell for p in python3.12 $$(pyenv root 2>/dev/null)/versions/3.12*/bin/python3.12; do \
	"$$p" -c 'import sys; assert sys.version_info[:2] == (3, 12)' 2>/dev/null && { echo "$$p"; break; }; done)

.PHONY: run test bench stress setup browser clean
run: $(STAMP)
	$(PY) -m helpers run

test: $(STAMP) browser
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) bench/run.py

# The slow cases of the hostile battery (kill -9, a full disk on a small tmpfs, a 40-article batch);
# the fast ones are in `make test`. A few minutes; the full-disk cases need the right to mount (root).
stress: $(STAMP)
	$(PY) tests/stress/run.py

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@if [ ! -x $(PY) ]; then \
		if [ -z "$(PYTHON312)" ]; then \
			echo "error: Python 3.12 not found (looked for python3.12 on PATH and under 'pyenv root'/versions/3.12*); install it, e.g. 'pyenv install 3.12', or pass PYTHON312=/path/to/python3.12" >&2; exit 1; \
		fi; \
		echo "creating $(VENV) with $(PYTHON312)"; \
		$(PYTHON312) -m venv $(VENV); \
	fi
	$(PY) -m pip install --quiet --upgrade pip 2>&1 | { grep -v "$(PIP_NOISE)" || true; }
	$(PY) -m pip install --quiet -c constraints.txt -e ".[test,bench]" 2>&1 | { grep -v "$(PIP_NOISE)" || true; }
	$(PY) -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python 3.12 (persian-news)" >/dev/null
	-@git rev-parse --git-dir >/dev/null 2>&1 && $(VENV)/bin/nbstripout --install
	@touch $(STAMP)

# The report tests drive Debian's Chromium headless; install it when it is missing and we may.
browser:
	@command -v chromium >/dev/null || { \
		if [ "$$(id -u)" = 0 ]; then \
			echo "installing Debian's chromium for the report tests"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else echo "warning: chromium is missing and only root can install it (apt-get install chromium); the browser tests will fail" >&2; fi; }

clean:
	rm -rf data/processed/*/ reports/*/ reports/index.html
