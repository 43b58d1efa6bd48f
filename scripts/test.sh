#!/usr/bin/env bash
# The whole test suite: static checks, then pytest (unit, page and browser
# tests) twice: on the embedded SQLite and on a local PostgreSQL server.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/system-packages.sh test
bash scripts/venv.sh requirements-dev.txt
export DJANGO_SETTINGS_MODULE=cms.settings.test
py=.venv/bin/python

echo "== ruff"
.venv/bin/ruff check .
echo "== translations"
$py manage.py compilemessages --ignore=.venv -v0
echo "== manage.py check"
$py manage.py check
echo "== migrations are up to date"
$py manage.py makemigrations --check --dry-run
echo "== deployment checks (production settings)"
DJANGO_SETTINGS_MODULE=cms.settings.production DJANGO_SECRET_KEY="$(head -c 48 /dev/urandom | base64)" \
    DJANGO_ALLOWED_HOSTS=kaiki.example.org $py manage.py check --deploy --fail-level WARNING
# One pytest-xdist worker per core (KAIKI_TEST_WORKERS to change; 0 runs the
# tests in this process). Each worker has its own test database, media folder
# and browser. --dist loadgroup sends the tests on the demo (conftest.py marks
# them) to one worker, first: the demo is loaded once per pass, while the other
# worker runs the rest.
workers=${KAIKI_TEST_WORKERS:-auto}

echo "== pytest on SQLite"
env -u DATABASE_URL .venv/bin/pytest --create-db -n "$workers" --dist loadgroup "$@"

echo "== pytest on PostgreSQL"
services=$(bash scripts/services.sh)  # a failure here stops the script (set -e)
eval "$services"
.venv/bin/pytest --create-db -n "$workers" --dist loadgroup "$@"
if [ $# -eq 0 ]; then
    # Alone: it stops and restarts the PostgreSQL cluster, which would fail
    # whatever another worker ran meanwhile. One worker (gw0) reuses the
    # database the first worker of the run above left.
    echo "== the database outage, on PostgreSQL"
    KAIKI_FAULT_TESTS=1 .venv/bin/pytest -n 1 cms/security/tests/test_database_outage.py
fi
