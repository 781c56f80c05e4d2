PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test bench lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

# OpenFisca-Japan (the cross-check and speed baseline) pins old numpy and pytest, so it lives in a
# virtualenv of its own; the benchmarks call it through a worker script.
BENCH_VENV := .venv-bench
$(BENCH_VENV)/bin/python:
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --upgrade pip 'openfisca-japan==2.2.0'

# PolicyEngine-US and -UK (the US and UK cross-check and speed baseline), in their own venv.
PE_VENV := .venv-pe
$(PE_VENV)/bin/python:
	$(PYTHON) -m venv $(PE_VENV)
	$(PE_VENV)/bin/python -m pip install --quiet --upgrade pip 'policyengine-us==2.68.0' 'policyengine-uk==2.162.10'

demo: $(VENV)/.installed
	$(BIN)/expectgap demo

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check conftest.py src tests benchmarks examples tools
	$(BIN)/ruff format --check conftest.py src tests benchmarks examples tools
	$(BIN)/mypy --strict src

test: lint
	$(BIN)/python -m pytest -q

# Bytecode is compiled first, as installing a wheel does: the command-line timings measure the
# command, not the compiling of the package's sources (which PYTHONDONTWRITEBYTECODE=1 would
# otherwise repeat on every call).
bench: $(VENV)/.installed-dev $(BENCH_VENV)/bin/python $(PE_VENV)/bin/python
	$(BIN)/python -m compileall -q src/expectgap > /dev/null
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) $(BENCH_VENV) $(PE_VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
