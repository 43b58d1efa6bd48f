# The two commands of the README: `make run` and `make test`.
SHELL := /bin/bash
BIN := .venv/bin

.PHONY: run test setup lint

## Set up everything and serve the demo site on http://127.0.0.1:8000
run: setup
	$(BIN)/python manage.py load_demo_data
	$(BIN)/python manage.py demo_admin
	$(BIN)/python manage.py runserver 127.0.0.1:8000

## Install what the tests need and run the whole suite
test:
	bash scripts/test.sh

setup:
	bash scripts/system-packages.sh run
	bash scripts/venv.sh requirements.txt
	$(BIN)/python manage.py compilemessages --ignore=.venv -v0
	$(BIN)/python manage.py migrate --noinput -v0

lint:
	$(BIN)/ruff check .
