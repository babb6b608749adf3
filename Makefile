# The README's two commands: `make run` and `make test`. Both set everything up from a fresh clone.
# The first Python >= 3.11 on PATH (Ubuntu 22.04's python3 is 3.10; python3.11 is a package there).
PYTHON ?= $(shell for p in python3 python3.13 python3.12 python3.11; do \
    command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    2>/dev/null && { echo $$p; break; }; done)
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
QM_DIR := resources/i18n
TS := $(wildcard translations/*.ts)
QM := $(patsubst translations/%.ts,$(QM_DIR)/%.qm,$(TS))

.PHONY: run test bench lint typecheck pytest translations update-translations sysdeps-run sysdeps-test clean

run: sysdeps-run $(VENV)/.installed translations
	$(BIN)/ecan-desktop

test: sysdeps-test $(VENV)/.installed translations lint typecheck pytest

pytest: $(VENV)/.installed translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(VENV)/.installed
	$(BIN)/ruff check ecan_desktop tests
	$(BIN)/ruff format --check ecan_desktop tests

typecheck: $(VENV)/.installed
	$(BIN)/mypy

bench: sysdeps-run $(VENV)/.installed translations
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench

sysdeps-run:
	@sh packaging/linux/system-deps.sh run

sysdeps-test:
	@sh packaging/linux/system-deps.sh test

$(PY):
	@if [ -z "$(PYTHON)" ]; then \
	    echo "ecan-desktop needs Python 3.11 or newer. On Ubuntu 22.04:" >&2; \
	    echo "    sudo apt-get install python3.11 python3.11-venv" >&2; exit 1; fi
	@$(PYTHON) -m venv $(VENV) || { \
	    echo "Could not create $(VENV). On Debian/Ubuntu: sudo apt-get install python3-venv" >&2; \
	    rm -rf $(VENV); exit 1; }

# Reinstalled whenever pyproject.toml changes (editable: the checkout is what runs).
$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $@

# Compiled translations are built, never committed (STYLE.md rule 11).
translations: $(QM)

$(QM_DIR)/%.qm: translations/%.ts $(VENV)/.installed
	@mkdir -p $(QM_DIR)
	@$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing user-visible strings: collect them into every translations/*.ts.
update-translations: $(VENV)/.installed
	$(PY) -m ecan_desktop.i18n.update_ts

clean:
	rm -rf $(VENV) $(QM_DIR) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
