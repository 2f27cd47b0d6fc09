# The project's own virtualenv, created on first use and reused after.
# `make demo` and `make test` are the two commands the README promises.

PYTHON ?= python3
VENV ?= .venv
AIRFLOW_VERSION ?= 3.3.2
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-airflow-$(AIRFLOW_VERSION)
PYTEST_ARGS ?=

.PHONY: venv demo test lint typecheck docs unit e2e-deps test-matrix bench dist sandbox clean test-distributed distributed-deps mutation

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade "pip>=25.1"  # 25.1: --group (PEP 735 dependency groups)
	$(BIN)/python -m pip install -q "apache-airflow==$(AIRFLOW_VERSION)" -e . --group dev --group e2e
	@rm -f $(VENV)/.installed-airflow-*
	@touch $@

venv: $(STAMP)

## The demo: the example settlement DAG against the local sandbox.
demo: venv
	$(BIN)/python scripts/demo.py

## The whole test suite: lint, type check, unit, integration, reliability and e2e
## (a real deployment and the browser) on Airflow 3.3.2 + Python 3.11, then the
## matrix in scripts/matrix.sh, each pair in its own virtualenv: Python 3.10 +
## Airflow 2.11.2 (with the 2.11 connection form in the browser), Python 3.12 +
## Airflow 3.0.6 and Python 3.13 + Airflow 3.3.2, without the other e2e tests;
## last, the distributed drills (CeleryExecutor, Redis, PostgreSQL: test-distributed).
test: venv e2e-deps lint typecheck docs
	$(BIN)/python -m pytest $(PYTEST_ARGS)
	bash scripts/matrix.sh
	$(MAKE) test-distributed

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: venv
	$(BIN)/mypy

## The docs site (Sphinx, MyST Markdown, furo) into docs/_build/html; warnings are errors.
docs: venv
	$(BIN)/python -m pip install -q --group docs
	$(BIN)/sphinx-build -W --keep-going -q -b html docs docs/_build/html

# Chromium comes from Debian's packages (Playwright's own browser download is not used).
e2e-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q chromium; }

## The distributed drills (tests/e2e/distributed): CeleryExecutor with Redis and PostgreSQL,
## two Celery workers, two triggerers, api-server, scheduler, dag-processor, with fault drills.
## The Celery stack goes into the project venv only (it is not a dependency of the provider).
CELERY_PROVIDER_VERSION ?= 3.26.0
# celery 5.7.0 removed celery.backends.database.retry, which the Celery provider 3.26.0 imports.
CELERY_VERSION ?= 5.6.3
PSYCOPG2_VERSION ?= 2.9.13
ASYNCPG_VERSION ?= 0.32.0
test-distributed: venv distributed-deps
	$(BIN)/python -m pip install -q "apache-airflow==$(AIRFLOW_VERSION)" \
	  "apache-airflow-providers-celery==$(CELERY_PROVIDER_VERSION)" "celery[redis]==$(CELERY_VERSION)" \
	  "psycopg2-binary==$(PSYCOPG2_VERSION)" "asyncpg==$(ASYNCPG_VERSION)"
	$(BIN)/python -m pytest -m distributed tests/e2e/distributed $(PYTEST_ARGS)

# PostgreSQL 15 and redis-server from Debian's packages; the tests run private instances, never the services.
distributed-deps:
	@{ test -x /usr/lib/postgresql/15/bin/initdb && command -v redis-server >/dev/null 2>&1; } || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q postgresql redis-server; }

## Only the Python/Airflow matrix of `make test`.
test-matrix: e2e-deps
	bash scripts/matrix.sh

## Benchmarks; writes benchmarks/RESULTS.md.
bench: venv
	$(BIN)/python -m pip install -q -e . --group bench
	$(BIN)/python benchmarks/run_all.py

## The sdist and the wheel in dist/, checked with `twine check --strict`.
dist: venv
	rm -rf dist
	$(BIN)/python -m build --outdir dist .
	$(BIN)/twine check --strict dist/*

## Mutation testing (mutmut) of the I/O-free core with its fast unit tests; slow, not in CI.
## Scope a run with MUTANTS='airflow_provider_paysecure.wire.reply*'; `rm -rf mutants` for a fresh one.
## Config: [tool.mutmut] in pyproject.toml; scores and accepted equivalents: tests/MUTATION.md.
MUTANTS ?=
mutation: venv
	$(BIN)/python -m pip install -q "mutmut==3.8.1"
	$(BIN)/mutmut run --max-children 2 $(MUTANTS)
	$(BIN)/python scripts/mutation_score.py

## Run the sandbox in the foreground on port 8085.
sandbox: venv
	$(BIN)/paysecure-sandbox --port 8085

clean:
	rm -rf build dist *.egg-info .airflow-demo .pytest_cache .mypy_cache .ruff_cache docs/_build .artifacts
