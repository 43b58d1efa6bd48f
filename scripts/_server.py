"""Starting and stopping a server under measurement, shared by the benchmarks
(scripts/benchmark.py, scripts/registration_benchmark.py): the services'
addresses, a server in its own process group, waiting for /healthz, stopping
it with its workers."""

import os
import re
import signal
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOOPBACK = "127.0.0.1"


class ServerFailed(Exception):
    """The server exited, or did not answer /healthz in time."""


def services_env():
    """DATABASE_URL and REDIS_URL as scripts/services.sh prints them."""
    out = subprocess.run(
        ["bash", "scripts/services.sh"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return dict(re.findall(r"export (\w+)=['\"]?([^'\"\n]*)", out))


def start(command, *, env, log):
    """Run ``command`` from the project root, its output to the open file
    ``log``, in a process group of its own so that ``stop`` ends it whole."""
    return subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def wait_healthy(process, port, *, timeout):
    """Return once http://127.0.0.1:``port``/healthz answers 200; raise
    ``ServerFailed`` if ``process`` exits first or ``timeout`` seconds pass."""
    health = f"http://{LOOPBACK}:{port}/healthz"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerFailed(f"exited ({process.returncode})")
        try:
            with urllib.request.urlopen(health, timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(1)
    raise ServerFailed("did not become healthy")


def stop(process, *, timeout=30):
    """Stop the server and its workers (gunicorn's master and its children
    share the process group); killed if they have not stopped in ``timeout``."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
