# `make run` sets up .venv (Python 3.12 or 3.13) and runs the suite on every article in data/raw/articles/;
# `make test` sets up the same .venv, runs `make lint` (ruff and mypy) and then the tests. All are safe to repeat.
# scripts/find-python says where the Python comes from (PYTHON=/path/to/python3.x picks one).
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export PYTHON

.PHONY: run test test-other lint bench stress setup browser clean
run: $(STAMP)
	$(PY) -m helpers run

test: $(STAMP) lint browser
	$(PY) -m pytest

# The unit tests (the slow papermill and browser ones left out) under the other supported Python, in a
# second venv, .venv-3.13 (or .venv-3.12 when .venv has 3.13): CI proves both versions.
test-other: $(STAMP)
	@other=$$($(PY) -c 'import sys; print("3.13" if sys.version_info[:2] == (3, 12) else "3.12")'); \
	scripts/setup-venv .venv-$$other $$other && .venv-$$other/bin/python -m pytest -m "not slow" -q

# ruff's lint and format check, then mypy over src/ (configured in pyproject.toml)
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

bench: $(STAMP)
	$(PY) bench/run.py

# The slow cases of the hostile battery (kill -9, a full disk on a small tmpfs, a 40-article batch);
# the fast ones are in `make test`. A few minutes; the full-disk cases need the right to mount (root).
stress: $(STAMP)
	$(PY) tests/stress/run.py

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt scripts/setup-venv scripts/find-python
	scripts/setup-venv $(VENV)
	-@git rev-parse --git-dir >/dev/null 2>&1 && $(VENV)/bin/nbstripout --install
	@touch $(STAMP)

# The report tests drive Debian's Chromium headless; install it when it is missing and we may.
browser:
	@command -v chromium >/dev/null || { \
		if [ "$$(id -u)" = 0 ]; then \
			echo "setup: installing Debian's chromium for the report tests (apt-get, ~60 s)"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else echo "warning: chromium is missing and only root can install it (apt-get install chromium); the browser tests will fail" >&2; fi; }

clean:
	rm -rf data/processed/*/ reports/*/ reports/index.html
