#!/usr/bin/env python3
"""Fire concurrent registrations over HTTP at one session and count the seats.

`.venv/bin/python scripts/registration_benchmark.py` (issue #15): for each
database (SQLite, PostgreSQL) it migrates a fresh database of its own (a file
in a temporary folder; a ``kaiki_regbench`` database on the cluster
scripts/services.sh starts), creates one event with a 50-seat session taking
registrations, serves it with gunicorn and ``cms.settings.production``
(DEBUG off, CSRF, rate limits, Redis) on 127.0.0.1, and sends 200 people at
once: each loads the form (its own CSRF cookie), waits at a barrier, then all
submit together. It prints confirmed / waitlisted / errors (the target is
50 / 150 / 0) and the submissions per second, then stops what it started and
drops its databases.

Each person has an address of their own in X-Forwarded-For, as visitors behind
a proxy do (``KAIKI_TRUSTED_PROXIES=1``): otherwise the per-client rate limit
(10 sign-ups an hour) refuses all but ten, which is its job. Only 127.0.0.1 is
contacted. Standard library only (the server side uses the project's .venv).
"""
# A command-line tool: it prints.
# ruff: noqa: T201

import argparse
import http.client
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

from _server import (
    LOOPBACK,
    ROOT,
    ServerFailed,
    services_env,
    start,
    stop,
    wait_healthy,
)

PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
PG_DATABASE = "kaiki_regbench"

# The settings the server runs with: production's, with the SQLite file named
# here (production reads DATABASE_URL, which drops the WAL / IMMEDIATE options
# base.py sets for SQLite).
SETTINGS = """\
from cms.settings.production import *  # noqa: F403
import os
if os.environ.get("REGBENCH_SQLITE"):
    DATABASES["default"]["NAME"] = os.environ["REGBENCH_SQLITE"]  # noqa: F405
"""

SETUP = """\
from datetime import timedelta
from django.utils import timezone
from home.tests.factories import create_home_page
from cms.registrations.tests.factories import open_session
session = open_session(
    create_home_page(), capacity={capacity},
    starts_at=(timezone.now() + timedelta(days=30)).replace(microsecond=0),
)
print("SESSION", session.pk)
"""

COUNT = """\
from cms.registrations.models import Registration
print("COUNTS", Registration.objects.confirmed().count(),
      Registration.objects.filter(status="waitlisted").count(),
      Registration.objects.count())
"""


def fail(message):
    print(f"registration_benchmark: {message}", file=sys.stderr)
    sys.exit(1)


def manage(env, *args, code=None):
    command = [str(PYTHON), "manage.py", *args]
    if code is not None:
        command += ["-c", code]
    result = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode:
        fail(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def psql_admin(database_url, sql):
    """Run ``sql`` on the cluster's maintenance database as the kaiki user."""
    parts = urllib.parse.urlsplit(database_url)
    env = {**os.environ, "PGPASSWORD": urllib.parse.unquote(parts.password or "")}
    subprocess.run(
        [
            "psql",
            "-h",
            parts.hostname,
            "-p",
            str(parts.port),
            "-U",
            parts.username,
            "-d",
            parts.path.lstrip("/"),
            "-q",
            "-c",
            sql,
        ],
        env=env,
        check=True,
        capture_output=True,
    )


def request(port, method, path, *, headers, body=None):
    connection = http.client.HTTPConnection(LOOPBACK, port, timeout=300)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.getheaders(), response.read()
    finally:
        connection.close()


def person(n, port, form_path, barrier, results, network):
    """One visitor: load the form, wait for everyone, submit."""
    address = f"10.{network}.{n // 256 % 256}.{n % 256 + 1}"
    headers = {"X-Forwarded-For": address, "Accept-Language": "ja"}
    try:
        status, response_headers, content = request(
            port, "GET", form_path, headers=headers
        )
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', content)
        cookie = next(
            value.split(";", 1)[0]
            for name, value in response_headers
            if name.lower() == "set-cookie" and value.startswith("csrftoken=")
        )
        body = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": token.group(1).decode(),
                "name": f"ベンチ 太郎{n}",
                "name_kana": "べんち たろう",
                "email": f"bench{n}@example.jp",
                "phone": "",
                "party_size": "1",
                "note": "",
                "consent": "on",
                "website": "",
            }
        )
        post_headers = {
            **headers,
            "Cookie": cookie,
            "Content-Type": "application/x-www-form-urlencoded",
        }
    except Exception as error:  # noqa: BLE001 (any failure is an error to count)
        barrier.abort()
        results[n] = f"form: {error!r}"
        return
    try:
        barrier.wait()
    except threading.BrokenBarrierError:
        results[n] = "barrier broken"
        return
    try:
        status, response_headers, _content = request(
            port, "POST", form_path, headers=post_headers, body=body
        )
    except Exception as error:  # noqa: BLE001
        results[n] = f"submit: {error!r}"
        return
    location = {k.lower(): v for k, v in response_headers}.get("location", "")
    results[n] = "ok" if status == 302 and "/registrations/r/" in location else status


def run(database, args, base_env, workdir):
    env = {**base_env}
    if database == "sqlite":
        env.pop("DATABASE_URL", None)
        env["REGBENCH_SQLITE"] = str(workdir / "regbench.sqlite3")
    else:
        maintenance = base_env["DATABASE_URL"]
        psql_admin(maintenance, f"DROP DATABASE IF EXISTS {PG_DATABASE}")
        psql_admin(maintenance, f"CREATE DATABASE {PG_DATABASE}")
        parts = urllib.parse.urlsplit(maintenance)
        env["DATABASE_URL"] = urllib.parse.urlunsplit(
            parts._replace(path=f"/{PG_DATABASE}")
        )
    print(f"[{database}] migrating a fresh database", file=sys.stderr)
    manage(env, "migrate", "--noinput", "-v0")
    session_id = int(
        re.search(
            r"SESSION (\d+)",
            manage(env, "shell", code=SETUP.format(capacity=args.capacity)),
        )[1]
    )
    log = workdir / f"gunicorn-{database}.log"
    with open(log, "w") as log_file:
        server = start(
            [
                str(GUNICORN),
                "cms.wsgi",
                "--workers",
                str(args.workers),
                "--bind",
                f"{LOOPBACK}:{args.port}",
                "--backlog",
                "2048",
                "--timeout",
                "300",
                "--no-control-socket",
            ],
            env=env,
            log=log_file,
        )
    try:
        wait_healthy(server, args.port, timeout=180)
        form_path = f"/ja/registrations/session/{session_id}/"
        barrier = threading.Barrier(args.people + 1)
        results = {}
        # Addresses new to the rate limit's counters (kept in Redis an hour).
        network = secrets.randbelow(256)
        threads = [
            threading.Thread(
                target=person,
                args=(n, args.port, form_path, barrier, results, network),
            )
            for n in range(args.people)
        ]
        for thread in threads:
            thread.start()
        try:
            barrier.wait()  # every form loaded: submit together
        except threading.BrokenBarrierError:
            pass
        started = time.monotonic()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
    except ServerFailed as failure:
        fail(f"gunicorn {failure}; see {log}")
    finally:
        stop(server, timeout=60)
    confirmed, waitlisted, total = (
        int(x)
        for x in re.search(
            r"COUNTS (\d+) (\d+) (\d+)", manage(env, "shell", code=COUNT)
        ).groups()
    )
    errors = [r for r in results.values() if r != "ok"]
    if database == "postgresql":
        psql_admin(base_env["DATABASE_URL"], f"DROP DATABASE IF EXISTS {PG_DATABASE}")
    return {
        "database": database,
        "confirmed": confirmed,
        "waitlisted": waitlisted,
        "stored": total,
        "errors": len(errors),
        "error_kinds": sorted({str(e) for e in errors})[:5],
        "seconds": elapsed,
        "rate": args.people / elapsed,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database", choices=["sqlite", "postgresql", "both"], default="both"
    )
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--capacity", type=int, default=50)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    parser.add_argument("--port", type=int, default=8031)
    args = parser.parse_args()
    if not PYTHON.exists():
        fail("no .venv: run `make run` or `bash scripts/venv.sh requirements.txt`")
    services = services_env()
    workdir = Path(tempfile.mkdtemp(prefix="kaiki-regbench-"))
    (workdir / "regbench_settings.py").write_text(SETTINGS)
    base_env = {
        **os.environ,
        **services,
        "PYTHONPATH": f"{workdir}{os.pathsep}{ROOT}",
        "DJANGO_SETTINGS_MODULE": "regbench_settings",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": f"{LOOPBACK},localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_HSTS_SECONDS": "0",
        "KAIKI_TRUSTED_PROXIES": "1",
        # The page cache stays on (its own Redis): registration pages must
        # bypass it, which this measures too.
    }
    databases = ["sqlite", "postgresql"] if args.database == "both" else [args.database]
    rows = [run(database, args, base_env, workdir) for database in databases]
    shutil.rmtree(workdir, ignore_errors=True)
    print(
        f"\n{args.people} people at once for {args.capacity} seats, gunicorn "
        f"{args.workers} sync workers, {os.cpu_count()} cores\n"
    )
    print("| database | confirmed | waitlisted | errors | submissions/s |")
    print("|---|---:|---:|---:|---:|")
    for row in rows:
        print(
            f"| {row['database']} | {row['confirmed']} | {row['waitlisted']} | "
            f"{row['errors']} | {row['rate']:.0f} |"
        )
        if row["error_kinds"]:
            print(f"  errors seen: {row['error_kinds']}", file=sys.stderr)
    ok = all(
        row["confirmed"] == args.capacity
        and row["waitlisted"] == args.people - args.capacity
        and row["errors"] == 0
        for row in rows
    )
    sys.exit(0 if ok else 2)


if __name__ == "__main__":
    main()
