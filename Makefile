# The two commands of the README: `make run` and `make test`.
SHELL := /bin/bash
BIN := .venv/bin

.PHONY: run test setup lint serve-production benchmark

## Set up everything and serve the demo site on http://127.0.0.1:8000
run: setup
	$(BIN)/python manage.py load_demo_data
	$(BIN)/python manage.py demo_admin
	$(BIN)/python manage.py demo_members
	$(BIN)/python manage.py runserver 127.0.0.1:8000

## Install what the tests need and run the whole suite
test:
	bash scripts/test.sh

## The production profile (gunicorn, PostgreSQL, Redis, DEBUG off) on http://127.0.0.1:8001
## (PORT=..., WEB_CONCURRENCY=... to change; see scripts/serve-production.sh)
serve-production:
	bash scripts/serve-production.sh

## Start the production profile, measure it with wrk, print a Markdown table, stop it
## (BENCHMARK_ARGS="--url http://127.0.0.1:8001" to measure a running server instead)
benchmark:
	bash scripts/venv.sh requirements.txt
	$(BIN)/python scripts/benchmark.py $(BENCHMARK_ARGS)

setup:
	bash scripts/system-packages.sh run
	bash scripts/venv.sh requirements-demo.txt
	$(BIN)/python manage.py compilemessages --ignore=.venv -v0
	$(BIN)/python manage.py migrate --noinput -v0

lint:
	$(BIN)/ruff check .
