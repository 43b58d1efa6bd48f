#!/usr/bin/env bash
# Starts the PostgreSQL and Redis servers the production profile and the
# PostgreSQL test run need, installing Debian's packages when missing.
# Idempotent; prints the DATABASE_URL, REDIS_URL and REDIS_PAGES_URL to use (as
# shell exports).
set -euo pipefail

PG_USER=kaiki
PG_PASSWORD=kaiki
PG_DB=kaiki
REDIS_PORT=${KAIKI_REDIS_PORT:-6390}
REDIS_PAGES_PORT=${KAIKI_REDIS_PAGES_PORT:-6391}
REDIS_PAGES_MAXMEMORY=${KAIKI_REDIS_PAGES_MAXMEMORY:-128mb}

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"

missing=()
for package in postgresql postgresql-contrib redis-server; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing Debian packages: ${missing[*]}" >&2
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >&2
fi

# A cluster of Kaiki's own, on its own port: the fault test stops and starts it,
# and nothing else on the machine should notice.
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
cluster=kaiki
port=${KAIKI_PG_PORT:-5433}
if ! pg_lsclusters --no-header | awk '{print $1" "$2}' | grep -qx "$version $cluster"; then
    $sudo pg_createcluster "$version" "$cluster" -p "$port" >&2
fi
port=$(pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $3}')
if ! pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $4}' \
        | grep -q online; then
    $sudo pg_ctlcluster "$version" "$cluster" start >&2
fi

as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}
psql_admin() { as_postgres psql -p "$port" -v ON_ERROR_STOP=1 -qtAc "$1"; }
if [ -z "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname='$PG_USER'")" ]; then
    psql_admin "CREATE ROLE $PG_USER LOGIN CREATEDB PASSWORD '$PG_PASSWORD'" >&2
fi
if [ -z "$(psql_admin "SELECT 1 FROM pg_database WHERE datname='$PG_DB'")" ]; then
    psql_admin "CREATE DATABASE $PG_DB OWNER $PG_USER" >&2
fi

if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no \
        --daemonize yes >&2
fi
# The page cache's own server: maxmemory applies to a whole server, and past it
# least recently used pages go, never a session or a rate-limit count (those stay
# on the server above, which evicts nothing). Set again on a running server, so
# a changed limit applies without a restart.
if ! redis-cli -p "$REDIS_PAGES_PORT" ping >/dev/null 2>&1; then
    redis-server --bind 127.0.0.1 --port "$REDIS_PAGES_PORT" --save '' --appendonly no \
        --daemonize yes >&2
    until redis-cli -p "$REDIS_PAGES_PORT" ping >/dev/null 2>&1; do sleep 0.1; done
fi
redis-cli -p "$REDIS_PAGES_PORT" config set maxmemory "$REDIS_PAGES_MAXMEMORY" >/dev/null
redis-cli -p "$REDIS_PAGES_PORT" config set maxmemory-policy allkeys-lru >/dev/null

echo "export DATABASE_URL=postgres://$PG_USER:$PG_PASSWORD@127.0.0.1:$port/$PG_DB"
echo "export KAIKI_PG_CLUSTER=$version/$cluster"
echo "export REDIS_URL=redis://127.0.0.1:$REDIS_PORT/0"
echo "export REDIS_PAGES_URL=redis://127.0.0.1:$REDIS_PAGES_PORT/0"
