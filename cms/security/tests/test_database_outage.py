"""Stop PostgreSQL under a running site: visitors get the 503 page, then recovery.

Runs only after the PostgreSQL pass of the suite, alone (scripts/test.sh sets
KAIKI_FAULT_TESTS=1 for it), since it stops and restarts Kaiki's own cluster:
any test running beside it would fail.
"""

import os
import shutil
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from django.db import connection, connections

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        os.environ.get("KAIKI_FAULT_TESTS") != "1"
        or not os.environ.get("KAIKI_PG_CLUSTER"),
        reason="needs Kaiki's own PostgreSQL cluster, which it stops "
        "(KAIKI_FAULT_TESTS=1 and KAIKI_PG_CLUSTER from scripts/services.sh)",
    ),
]


def _pg_ctl(action):
    # Kaiki's own cluster (scripts/services.sh), never another one on the machine.
    version, name = os.environ["KAIKI_PG_CLUSTER"].split("/")
    command = ["pg_ctlcluster", version, name, action]
    if action == "stop":
        command += ["-m", "fast"]
    if os.geteuid() != 0 and shutil.which("sudo"):
        command.insert(0, "sudo")
    subprocess.run(command, check=True, capture_output=True)


def _get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def _wait_until_ready(url, *, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        status, _body = _get(url)
        if status == 200:
            return status
        time.sleep(0.5)
    return status


def test_outage_gives_503_and_the_site_recovers_by_itself(live_server, home_page):
    assert connection.vendor == "postgresql"
    # A search always asks the database. A page such as the home page may not:
    # once rendered, its parts come from the shared cache (cms.pagecache.shared),
    # so it can go on answering for a while during an outage.
    url = live_server.url + "/ja/search/?" + urllib.parse.urlencode({"query": "青森"})
    assert _get(url)[0] == 200

    _pg_ctl("stop")
    try:
        status, body = _get(url)
        assert status == 503
        assert (
            "一時的にご利用いただけません" in body or "Temporarily unavailable" in body
        )
        health_status, _ = _get(live_server.url + "/healthz")
        assert health_status == 503
    finally:
        _pg_ctl("start")
        connections.close_all()

    # No restart of the app: the next requests reconnect on their own.
    assert _wait_until_ready(url) == 200
    assert _get(live_server.url + "/healthz")[0] == 200
