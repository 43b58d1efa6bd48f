#!/usr/bin/env bash
# The production profile on loopback: gunicorn + cms.settings.production with
# DEBUG off, PostgreSQL and two Redis servers, one for the page cache (started by
# scripts/services.sh), static files
# from whitenoise in the same process. `make serve-production`.
#
#   PORT=8001                 port on 127.0.0.1 (loopback only, never another address)
#   WEB_CONCURRENCY=3         gunicorn sync workers
#   DJANGO_SECRET_KEY         taken from the environment when set; otherwise one is
#                             generated once and kept in .production-secret (gitignored)
#   KAIKI_SKIP_DEMO=1         skip `load_demo_data` (it is idempotent, but takes a while)
#   GUNICORN_ARGS="..."       extra gunicorn arguments, e.g. "--access-logfile -"
#   KAIKI_TASK_WORKERS=1      `manage.py db_worker` processes (background tasks)
#
# Plain HTTP on loopback: DJANGO_SECURE_SSL_REDIRECT=0 (there is no HTTPS here to
# redirect to; behind a real proxy that terminates TLS, keep it 1) and
# DJANGO_HSTS_SECONDS=0 (HSTS on http://127.0.0.1 would be ignored by browsers at best,
# and a browser that did remember it for localhost would refuse every other plain-HTTP
# development server on that host for a year). Secure cookies still work: browsers
# treat 127.0.0.1 and localhost as secure contexts.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8001}
WORKERS=${WEB_CONCURRENCY:-${WORKERS:-3}}
TASK_WORKERS=${KAIKI_TASK_WORKERS:-1}
py=.venv/bin/python

bash scripts/system-packages.sh run >&2
# load_demo_data's packages (requirements-demo.txt) on top of the runtime's.
requirements=requirements-demo.txt
[ "${KAIKI_SKIP_DEMO:-0}" != 1 ] || requirements=requirements.txt
bash scripts/venv.sh "$requirements" >&2
services=$(bash scripts/services.sh)  # a failure here stops the script (set -e)
eval "$services"
export DATABASE_URL REDIS_URL REDIS_PAGES_URL

if [ -z "${DJANGO_SECRET_KEY:-}" ]; then
    secret_file=.production-secret
    if [ ! -s "$secret_file" ]; then
        (umask 077 && $py -c 'import secrets; print(secrets.token_urlsafe(50))' > "$secret_file")
        echo "Generated a secret key in $secret_file" >&2
    fi
    DJANGO_SECRET_KEY=$(cat "$secret_file")
fi
export DJANGO_SECRET_KEY
export DJANGO_SETTINGS_MODULE=cms.settings.production
export DJANGO_ALLOWED_HOSTS=${DJANGO_ALLOWED_HOSTS:-127.0.0.1,localhost}
export DJANGO_SECURE_SSL_REDIRECT=0
export DJANGO_HSTS_SECONDS=0
export WAGTAILADMIN_BASE_URL=${WAGTAILADMIN_BASE_URL:-http://127.0.0.1:$PORT}

$py manage.py compilemessages --ignore=.venv -v0
$py manage.py collectstatic --noinput -v0
$py manage.py migrate --noinput -v0
if [ "${KAIKI_SKIP_DEMO:-0}" != 1 ]; then
    # The production log level (INFO) makes every background task print two lines.
    # cms.settings.production leaves the demo app out; production_demo adds it for
    # this command only. --site-address: links name this server, even in a
    # database an earlier run (on another port) set up.
    DJANGO_SETTINGS_MODULE=cms.settings.production_demo \
        $py manage.py load_demo_data --site-address "http://127.0.0.1:$PORT" 2>&1 \
        | { grep -v '^Task id=' || true; }
fi

echo "Serving the production profile on http://127.0.0.1:$PORT/ ($WORKERS workers," \
    "$TASK_WORKERS task worker(s))" >&2
# Background tasks (PDF text, image renditions, the search index, contact e-mails)
# run in `db_worker` processes beside gunicorn, never in a request. Whichever
# process stops first (a crash, Ctrl-C, SIGTERM) stops the others with it.
pids=()
stop_all() {
    trap - EXIT
    kill -TERM "${pids[@]}" 2>/dev/null || true
    wait || true
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
for _ in $(seq "$TASK_WORKERS"); do
    $py manage.py db_worker &
    pids+=($!)
done
# gunicorn answers 400 to a request line, a header or a number of headers over
# these limits (stated here, not left to defaults); it has no limit for the body,
# which cms/security/middleware.py checks (1 MB, the admin 21 MB).
# shellcheck disable=SC2086
.venv/bin/gunicorn cms.wsgi \
    --workers "$WORKERS" \
    --bind "127.0.0.1:$PORT" \
    --limit-request-line 4094 \
    --limit-request-fields 50 \
    --limit-request-field_size 8190 \
    --error-logfile - \
    --no-control-socket \
    ${GUNICORN_ARGS:-} &
pids+=($!)
wait -n
