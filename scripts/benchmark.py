#!/usr/bin/env python3
"""Benchmark the production profile on loopback with wrk: `make benchmark`.

By default this script starts the production profile itself
(scripts/serve-production.sh: gunicorn, cms.settings.production, PostgreSQL,
Redis, DEBUG off) on 127.0.0.1:PORT, measures, and stops it again. With
``--url http://127.0.0.1:8001`` it expects a server already started by
``make serve-production`` and leaves it running.

Everything happens in ONE run, so the figures can be compared with each other
(absolute numbers move ±30 % between runs on a shared 2-core machine; the ratio
to the static file is the figure to watch):

1. discover the URLs: "/" is requested and redirects followed (so the /ja/
   language prefix is picked up); the stylesheet's hashed URL and the search
   form come from the home page HTML; the event index, an event page (the one
   with the most sessions), the library and the guide list come from the
   database (``manage.py shell``) and are then requested the same way;
2. warm every URL up (a short wrk run, not reported);
3. measure each with ``wrk -t2 -c8 -d10s --latency`` and print a Markdown table:
   requests/s, median and p99 latency, and page/static ratio;
4. mixed traffic, as a real site sees it: every page that exists in both
   languages (up to --mixed-pages of them), Japanese and English interleaved
   (/ja/a, /en/a, /ja/b, /en/b, ...), each requested once, then cycled through
   by one wrk run (a Lua script);
5. uncached, beside the cached figures (unless --cached-only): every page and
   the mixed traffic again with the page cache skipped (an X-Kaiki-Uncached
   header carrying a token only this run's server accepts,
   KAIKI_PAGE_CACHE_BYPASS_TOKEN), and the mixed traffic of a logged-in member
   (a session cookie; the page cache never serves those). Each rate is also
   shown as a share of the static file's rate in the same run, and the
   milliseconds of CPU the gunicorn workers spent per request (from
   /proc/<pid>/stat, only when this script started the server; PostgreSQL's
   and Redis's own CPU are not in it).

The logged-in member is a user named "kaiki-benchmark" (no usable password),
created in the database the first time, with a session made for this run.

The page cache's hit rate of each run comes from the page cache's own Redis
server (INFO stats): the middleware makes exactly one lookup that misses for
each request it has to render, so hits = 1 - keyspace_misses / requests.

Only 127.0.0.1 is ever contacted. Standard library only.
"""
# A command-line tool: it prints.
# ruff: noqa: T201

import argparse
import datetime
import html.parser
import json
import os
import platform
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
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
HEADERS = {
    # What a browser sends that matters to the server (compression, language).
    "Accept": "text/html,application/xhtml+xml,*/*;q=0.8",
    "Accept-Encoding": "gzip",
    "Accept-Language": "ja,en;q=0.5",
    "User-Agent": "kaiki-benchmark",
}
NOT_YET = "n/a — network stage"
MIXED = "mixed ja/en"
MEMBER = "mixed ja/en, logged in"
# The header that asks this run's server for a render (see the docstring).
BYPASS_HEADER = "X-Kaiki-Uncached"

# Run inside `manage.py shell`: the URL of each page type in the default locale,
# and the versions of the services, as one JSON line.
DISCOVER = r"""
import json
from django.apps import apps
from django.db import connection
from django.db.models import Count
from wagtail.models import Locale, Page

def url_of(model, order=("path",), annotate=None):
    qs = model.objects.live().public()
    try:
        qs = qs.filter(locale=Locale.get_default())
    except Exception:
        pass
    if annotate:
        qs = qs.annotate(**annotate)
    page = qs.order_by(*order).first()
    return page.get_url() if page else None

def model(label):
    try:
        return apps.get_model(label)
    except LookupError:
        return None

found = {}
EventIndexPage = model("events.EventIndexPage")
EventPage = model("events.EventPage")
LibraryPage = model("library.LibraryPage")
found["event index"] = EventIndexPage and url_of(EventIndexPage)
found["event page"] = EventPage and url_of(
    EventPage, order=("-n_sessions", "path"), annotate={"n_sessions": Count("sessions")}
)
found["library"] = LibraryPage and url_of(LibraryPage)

# Pages in both languages, for the mixed run: [Japanese URL, English URL] pairs.
pairs = []
english = Locale.objects.filter(language_code="en").first()
if english:
    in_english = {
        page.translation_key: page
        for page in Page.objects.live().public().filter(locale=english)
    }
    for page in (
        Page.objects.live().public().filter(locale=Locale.get_default(), depth__gt=1)
        .order_by("path")
    ):
        translation = in_english.get(page.translation_key)
        if translation is not None:
            pairs.append([page.get_url(), translation.get_url()])

# The guide list: the network app's guide directory page.
guide = None
try:
    from network.models import GuideDirectoryPage

    guide = url_of(GuideDirectoryPage)
except ImportError:
    pass
found["guide list"] = guide

versions = {}
if connection.vendor == "postgresql":
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        versions["postgresql"] = cursor.fetchone()[0].split()[0]
else:
    versions[connection.vendor] = "?"
try:
    from django.core.cache import cache
    versions["redis"] = cache._cache.get_client().info()["redis_version"]
except Exception:
    versions["redis"] = None

# A member's session, for the logged-in traffic.
from importlib import import_module
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth import get_user_model

member, created = get_user_model().objects.get_or_create(
    username="kaiki-benchmark", defaults={"email": "kaiki-benchmark@example.invalid"}
)
if created:
    member.set_unusable_password()
    member.save()
session = import_module(settings.SESSION_ENGINE).SessionStore()
session[SESSION_KEY] = str(member.pk)
session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
session[HASH_SESSION_KEY] = member.get_session_auth_hash()
session.set_expiry(3600)
session.create()
cookie = f"{settings.SESSION_COOKIE_NAME}={session.session_key}"
print("DISCOVERED " + json.dumps(
    {"urls": found, "versions": versions, "pairs": pairs, "cookie": cookie}
))
"""


def fail(message):
    print(f"benchmark: {message}", file=sys.stderr)
    sys.exit(1)


def ensure_wrk():
    if shutil.which("wrk"):
        return
    print("Installing Debian package: wrk", file=sys.stderr)
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(
        [*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", "wrk"],
        check=True,
        env=env,
    )


def check_loopback(url):
    parts = urllib.parse.urlsplit(url)
    if parts.scheme != "http" or parts.hostname != LOOPBACK:
        fail(f"refusing {url}: only http://{LOOPBACK} is ever benchmarked")
    return url


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def get(url, max_redirects=5):
    """GET following redirects on loopback only; returns (final url, response, body)."""
    for _ in range(max_redirects + 1):
        check_loopback(url)
        request = urllib.request.Request(
            url, headers={**HEADERS, "Accept-Encoding": "identity"}
        )
        try:
            response = OPENER.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            if error.code in (301, 302, 303, 307, 308) and error.headers.get(
                "Location"
            ):
                url = urllib.parse.urljoin(url, error.headers["Location"])
                continue
            fail(f"GET {url} answered {error.code}")
        with response:
            return url, response, response.read().decode("utf-8", "replace")
    fail(f"too many redirects from {url}")


class HomeParser(html.parser.HTMLParser):
    """The stylesheet and the search form of a page."""

    def __init__(self):
        super().__init__()
        self.stylesheets = []
        self.search_action = None
        self.search_field = None
        self._in_search = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "link" and "stylesheet" in (a.get("rel") or "").split():
            self.stylesheets.append(a.get("href"))
        elif tag == "form" and (
            a.get("role") == "search" or "search" in (a.get("action") or "")
        ):
            if self.search_action is None:
                self.search_action = a.get("action") or ""
                self._in_search = True
        elif tag == "input" and self._in_search and a.get("type") in ("search", "text"):
            self.search_field = self.search_field or a.get("name")

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_search = False


def discover(base, env, args):
    home_url, response, body = get(base + "/")
    parser = HomeParser()
    parser.feed(body)
    home_cache_control = response.headers.get("Cache-Control", "")

    css = [h for h in parser.stylesheets if h and h.endswith(".css")]
    if not css:
        fail("no stylesheet on the home page")
    static_url = urllib.parse.urljoin(home_url, css[0])
    if not re.search(r"\.[0-9a-f]{12}\.css$", static_url):
        print(f"warning: {static_url} has no content hash", file=sys.stderr)

    if not parser.search_action or not parser.search_field:
        fail("no search form on the home page")
    search_url = (
        urllib.parse.urljoin(home_url, parser.search_action)
        + "?"
        + (urllib.parse.urlencode({parser.search_field: args.query}))
    )

    shell_env = {
        **os.environ,
        **env,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        # The server's own key: the member's session is signed with it.
        "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY") or secret_key(),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
    }
    result = subprocess.run(
        [str(PYTHON), "manage.py", "shell", "-v0", "-c", DISCOVER],
        cwd=ROOT,
        env=shell_env,
        capture_output=True,
        text=True,
    )
    line = next(
        (x for x in result.stdout.splitlines() if x.startswith("DISCOVERED ")), None
    )
    if result.returncode or not line:
        fail(f"could not query the database:\n{result.stdout}\n{result.stderr}")
    found = json.loads(line.removeprefix("DISCOVERED "))

    targets = [("home page", home_url)]
    for name in ("event index", "event page", "library"):
        path = found["urls"].get(name)
        if not path:
            fail(f"no {name} in the database (run load_demo_data)")
        targets.append((name, get(urllib.parse.urljoin(home_url, path))[0]))
    final_search, _, search_body = get(search_url)
    hits = re.search(r'class="results-summary"[^>]*>(.*?)<', search_body, re.S)
    targets.append((f"search “{args.query}”", final_search))
    guide = found["urls"].get("guide list")
    targets.append(
        ("guide list", get(urllib.parse.urljoin(home_url, guide))[0] if guide else None)
    )
    targets.append(("static CSS (whitenoise)", get(static_url)[0]))
    notes = {
        "search summary": html_unescape(hits[1].strip()) if hits else "?",
        "home Cache-Control": home_cache_control or "(none)",
    }
    mixed = [
        urllib.parse.urljoin(home_url, path)
        for pair in found["pairs"][: args.mixed_pages]
        for path in pair
    ]
    notes["cookie"] = found["cookie"]
    return targets, found["versions"], notes, mixed


def secret_key():
    # What scripts/serve-production.sh uses when DJANGO_SECRET_KEY is unset.
    path = ROOT / ".production-secret"
    return path.read_text().strip() if path.exists() else "benchmark-read-only"


def html_unescape(text):
    import html

    return html.unescape(text)


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def to_ms(value):
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value)
    return float(match[1]) * UNITS[match[2]] if match else None


def wrk(url, threads, connections, duration, script=None, headers=None):
    # Uncached renders on a loaded machine take seconds: wrk's 2 s timeout
    # would count them as socket errors.
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{duration}s",
        "--timeout",
        "30s",
        "--latency",
    ]
    if script:
        command += ["-s", script]
    for name, value in {**HEADERS, **(headers or {})}.items():
        command += ["-H", f"{name}: {value}"]
    out = subprocess.run(
        [*command, check_loopback(url)], check=True, capture_output=True, text=True
    ).stdout
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p50 = re.search(r"^\s+50%\s+(\S+)", out, re.M)
    p99 = re.search(r"^\s+99%\s+(\S+)", out, re.M)
    total = re.search(r"(\d+) requests in", out)
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    if not (rps and p50 and p99):
        fail(f"could not parse wrk's output:\n{out}")
    return {
        "rps": float(rps[1]),
        "p50": to_ms(p50[1]),
        "p99": to_ms(p99[1]),
        "requests": int(total[1]) if total else 0,
        "non_2xx": int(bad[1]) if bad else 0,
        "socket_errors": errors[1].strip() if errors else "",
    }


# Each thread cycles through PATHS from its own starting point; a thread's
# connections share its counter, so consecutive requests alternate languages.
MIXED_LUA = """
local paths = {PATHS}
local started = 0
function setup(thread)
  thread:set("start", started * math.floor(#paths / THREADS))
  started = started + 1
end
function init(args)
  counter = start or 0
end
function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
"""


def mixed_script(urls, threads):
    paths = []
    for url in urls:
        parts = urllib.parse.urlsplit(check_loopback(url))
        path = urllib.parse.quote(parts.path, safe="/%")
        query = urllib.parse.quote(parts.query, safe="=&%")
        paths.append(f'"{path}?{query}"' if query else f'"{path}"')
    script = tempfile.NamedTemporaryFile(
        "w", prefix="kaiki-benchmark-mixed-", suffix=".lua", delete=False
    )
    with script:
        script.write(
            MIXED_LUA.replace("PATHS", ", ".join(paths)).replace(
                "THREADS", str(threads)
            )
        )
    return script.name


def cacheable(urls, headers=None, keep_private=False):
    """The mixed run's warm-up: each URL requested once. Returns those that
    answer 200 themselves (no redirect) and may be cached, and the others: the
    pages a cache must never store (a form's CSRF token makes them private).
    With ``keep_private`` (a member's traffic, all of it private) only the
    answer's status counts."""
    kept, left_out = [], []
    for url in urls:
        request = urllib.request.Request(
            check_loopback(url), headers={**HEADERS, **(headers or {})}
        )
        try:
            with OPENER.open(request, timeout=30) as response:
                response.read()
                private = "private" in response.headers.get("Cache-Control", "")
                (left_out if private and not keep_private else kept).append(url)
        except urllib.error.HTTPError:
            left_out.append(url)
    return kept, left_out


def redis_cli(url, *command):
    # redis-cli comes with redis-server, which scripts/services.sh installs.
    return subprocess.run(
        ["redis-cli", "-u", url, *command], check=True, capture_output=True, text=True
    ).stdout


def cache_lookups(pages_redis):
    """(keyspace_hits, keyspace_misses) of the page cache's Redis server."""
    if not pages_redis:
        return None
    info = redis_cli(pages_redis, "INFO", "stats")
    stats = dict(re.findall(r"^(keyspace_\w+):(\d+)", info, re.M))
    return int(stats["keyspace_hits"]), int(stats["keyspace_misses"])


def worker_pids(server):
    """The gunicorn processes (master and workers) under the server we started."""
    if server is None:
        return []
    children = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [server.pid]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"gunicorn" in command:
            found.append(pid)
    return found


def cpu_seconds(pids):
    """User and system CPU time the processes have used so far."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


def measure(url, args, pages_redis, script=None, headers=None, server=None):
    # Requests wrk leaves in flight when it stops finish in the next second or
    # two: wait for them, so they count in their own run.
    time.sleep(2)
    before = cache_lookups(pages_redis)
    pids = worker_pids(server)
    cpu_before = cpu_seconds(pids)
    result = wrk(url, args.threads, args.connections, args.duration, script, headers)
    time.sleep(2)
    cpu = cpu_seconds(pids) - cpu_before
    result["cpu_ms"] = (
        cpu * 1000 / result["requests"] if pids and result["requests"] else None
    )
    after = cache_lookups(pages_redis)
    result["hit_rate"] = result["rendered"] = None
    if before and after and result["requests"]:
        hits, misses = after[0] - before[0], after[1] - before[1]
        if hits or misses:  # none at all: the page cache is off, or a static file
            result["rendered"] = misses
            result["hit_rate"] = max(0.0, 1 - misses / result["requests"])
    return result


def pages_redis_config(pages_redis):
    if not pages_redis:
        return "no page cache server"
    lines = redis_cli(pages_redis, "CONFIG", "GET", "maxmemory*").split()
    config = dict(zip(lines[::2], lines[1::2], strict=False))
    memory = int(config.get("maxmemory", 0))
    limit = f"maxmemory {memory // 2**20} MiB" if memory else "no maxmemory"
    return f"its own Redis server, {limit}, {config.get('maxmemory-policy', '?')}"


def port_in_use(port):
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((LOOPBACK, port)) == 0


def start_server(port, workers, skip_demo, token=None):
    if port_in_use(port):
        fail(
            f"port {port} on {LOOPBACK} is taken: stop that server, choose --port, "
            f"or measure it with --url http://{LOOPBACK}:{port}"
        )
    log = tempfile.NamedTemporaryFile(
        prefix="kaiki-benchmark-server-", suffix=".log", delete=False
    )
    env = {**os.environ, "PORT": str(port), "WEB_CONCURRENCY": str(workers)}
    if skip_demo:
        env["KAIKI_SKIP_DEMO"] = "1"
    if token:
        env["KAIKI_BENCHMARK_UNCACHED_TOKEN"] = token
    print(
        f"Starting the production profile on {LOOPBACK}:{port} (log: {log.name})",
        file=sys.stderr,
    )
    process = start(["bash", "scripts/serve-production.sh"], env=env, log=log)
    try:
        wait_healthy(process, port, timeout=900)
    except ServerFailed as failure:
        stop(process)
        fail(f"the server {failure}; see {log.name}")
    return process, log.name


def machine(workers, versions):
    os_name = "?"
    try:
        os_release = Path("/etc/os-release").read_text()
        os_name = re.search(r'PRETTY_NAME="([^"]*)"', os_release)[1]
    except (OSError, TypeError):
        pass
    services = ", ".join(f"{k} {v}" for k, v in versions.items() if v)
    return (
        f"{os.cpu_count()} cores, {os_name}, Python {platform.python_version()} "
        f"(server: .venv), gunicorn {workers} sync workers, {services}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--url",
        help=f"measure a running server (http://{LOOPBACK}:PORT), do not start one",
    )
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8001)))
    parser.add_argument(
        "--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", 3))
    )
    parser.add_argument(
        "--skip-demo", action="store_true", help="do not rerun load_demo_data on start"
    )
    parser.add_argument(
        "--query", default="青森", help="the search query (default: 青森)"
    )
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--duration", type=int, default=10, help="seconds per URL")
    parser.add_argument(
        "--warmup", type=int, default=2, help="seconds of warm-up per URL"
    )
    parser.add_argument(
        "--cached-only",
        action="store_true",
        help="skip the uncached (page cache skipped) and logged-in runs",
    )
    parser.add_argument(
        "--mixed-pages",
        type=int,
        default=100,
        help="pages in both languages for the mixed run (default: 100, so 200 URLs)",
    )
    args = parser.parse_args()
    if not (
        1 <= args.duration <= 60
        and 1 <= args.connections <= 64
        and 1 <= args.threads <= 8
        and 1 <= args.mixed_pages <= 1000
    ):
        fail(
            "keep it bounded: --duration 1..60, --connections 1..64, --threads 1..8, "
            "--mixed-pages 1..1000"
        )

    ensure_wrk()
    load_before = os.getloadavg()[0]
    env = services_env()
    pages_redis = env.get("REDIS_PAGES_URL")
    # A server started here accepts this run's token; one started by hand
    # (--url) only the token it was given in KAIKI_BENCHMARK_UNCACHED_TOKEN.
    token = os.environ.get("KAIKI_BENCHMARK_UNCACHED_TOKEN") or (
        None if args.url else secrets.token_urlsafe(24)
    )
    uncached = None if args.cached_only or not token else {BYPASS_HEADER: token}
    process = None
    try:
        if args.url:
            base = check_loopback(args.url.rstrip("/"))
        else:
            process, _ = start_server(args.port, args.workers, args.skip_demo, token)
            base = f"http://{LOOPBACK}:{args.port}"

        targets, versions, notes, mixed = discover(base, env, args)
        print("Warming up…", file=sys.stderr)
        for _, url in targets:
            if url:
                wrk(url, args.threads, args.connections, args.warmup)

        results, renders = {}, {}
        static_name, static_url = targets[-1]
        # The static file first and last: its mean is the run's yardstick.
        print(f"Measuring {static_name}: {static_url}", file=sys.stderr)
        first_static = measure(static_url, args, None, server=process)
        for name, url in targets[:-1]:
            if url:
                print(f"Measuring {name}: {url}", file=sys.stderr)
                results[name] = measure(url, args, pages_redis, server=process)
                if uncached:
                    print(f"Measuring {name}, uncached", file=sys.stderr)
                    renders[name] = measure(
                        url, args, pages_redis, headers=uncached, server=process
                    )

        print(f"Mixed run: requesting {len(mixed)} URLs once…", file=sys.stderr)
        mixed, left_out = cacheable(mixed)
        if mixed:
            script = mixed_script(mixed, args.threads)
            print(f"Measuring mixed traffic ({script})", file=sys.stderr)
            results[MIXED] = measure(
                mixed[0], args, pages_redis, script, server=process
            )
            if uncached:
                print("Measuring mixed traffic, uncached", file=sys.stderr)
                renders[MIXED] = measure(
                    mixed[0], args, pages_redis, script, uncached, process
                )
                member = {"Cookie": notes["cookie"]}
                members_pages, _ = cacheable(mixed, member, keep_private=True)
                if members_pages:
                    member_script = mixed_script(members_pages, args.threads)
                    print("Measuring a logged-in member's traffic", file=sys.stderr)
                    renders[MEMBER] = measure(
                        members_pages[0], args, None, member_script, member, process
                    )
        print(f"Measuring {static_name} again", file=sys.stderr)
        last_static = measure(static_url, args, None, server=process)
        results[static_name] = {
            **last_static,
            "rps": (first_static["rps"] + last_static["rps"]) / 2,
            "first_rps": first_static["rps"],
            "last_rps": last_static["rps"],
        }
        notes["pages Redis"] = pages_redis_config(pages_redis)
    finally:
        if process:
            stop(process)

    static_name = targets[-1][0]
    static_rps = results[static_name]["rps"]
    when = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    print()
    print(f"Measured {when} on {machine(args.workers, versions)}.")
    command = f"wrk -t{args.threads} -c{args.connections} -d{args.duration}s --latency"
    print(
        f"`{command}` per URL after a {args.warmup}s warm-up, on {LOOPBACK}, "
        "wrk sharing the cores with the server; "
        f"load average before the run {load_before:.1f}. "
        f"Search: {notes['search summary']}. "
        f"Home page Cache-Control: {notes['home Cache-Control']}. "
        f"Page cache: {notes['pages Redis']}; cache hits from its INFO stats "
        "(one missed lookup per rendered request). "
        f"Static rate: the mean of {results[static_name]['first_rps']:,.0f} req/s "
        f"(first) and {results[static_name]['last_rps']:,.0f} req/s (last)."
    )
    print()
    print("| URL | path | req/s | median | p99 | page/static | cache hits |")
    print("|---|---|---:|---:|---:|---:|---:|")
    problems = []
    rows = [*targets, (MIXED, f"{len(mixed)} URLs, /ja/ and /en/ interleaved")]
    for name, url in rows:
        if name == MIXED and MIXED not in results:
            print(f"| {name} | — | n/a — no page in both languages | | | | |")
            continue
        if not url:
            print(f"| {name} | — | {NOT_YET} | | | | |")
            continue
        r = results[name]
        if name == MIXED:
            shown = url
        else:
            path = urllib.parse.urlsplit(url)
            query = f"?{path.query}" if path.query else ""
            shown = f"`{urllib.parse.unquote(path.path + query)}`"
        ratio = "1" if name == static_name else f"{r['rps'] / static_rps:.3f}"
        hits = "—" if r["hit_rate"] is None else f"{r['hit_rate']:.1%}"
        cells = [
            name,
            shown,
            f"{r['rps']:,.0f}",
            f"{r['p50']:.1f} ms",
            f"{r['p99']:.1f} ms",
            ratio,
            hits.replace("%", " %"),
        ]
        print("| " + " | ".join(cells) + " |")
        problems.extend(run_problems(name, r))
    if renders:
        print_renders(results, renders, static_name, static_rps, problems)
    mixed_result = results.get(MIXED)
    if mixed_result and mixed_result["hit_rate"] is not None:
        print()
        print(
            f"Mixed-language traffic: {mixed_result['rps']:,.0f} req/s, page cache "
            f"hits {mixed_result['hit_rate']:.1%} ({mixed_result['rendered']:,} "
            f"rendered of {mixed_result['requests']:,} requests; target ≥ 95 %)."
        )
    if left_out:
        shown = ", ".join(urllib.parse.urlsplit(url).path for url in left_out)
        print(f"Left out of the mixed run (private or not 200): {shown}.")
    if problems:
        print()
        print("Errors during the run: " + "; ".join(problems))
        sys.exit(2)


def run_problems(name, result):
    if result["non_2xx"] or result["socket_errors"]:
        errors = result["socket_errors"] or "none"
        yield f"{name}: {result['non_2xx']} non-2xx/3xx, socket errors: {errors}"


def cpu_cell(result):
    return "—" if result.get("cpu_ms") is None else f"{result['cpu_ms']:.1f} ms"


def print_renders(results, renders, static_name, static_rps, problems):
    """Uncached beside cached: rates as shares of the static file's rate, and
    the workers' CPU per request."""
    print()
    print(
        f"Uncached beside cached (static file: {static_rps:,.0f} req/s, "
        f"{cpu_cell(results[static_name])} CPU a request). Uncached: the page "
        "cache skipped, every request a render; logged in: a member's session, "
        "which the page cache never serves."
    )
    print()
    print(
        "| URL | cached req/s | cached/static | CPU a request | uncached req/s "
        "| uncached/static | CPU a render | uncached median |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name in [*renders]:
        cached, rendered = results.get(name), renders[name]
        cells = [name]
        if cached:
            cells += [
                f"{cached['rps']:,.0f}",
                f"{cached['rps'] / static_rps:.3f}",
                cpu_cell(cached),
            ]
        else:
            cells += ["—", "—", "—"]
        cells += [
            f"{rendered['rps']:,.1f}",
            f"{rendered['rps'] / static_rps:.4f}",
            cpu_cell(rendered),
            f"{rendered['p50']:.0f} ms",
        ]
        print("| " + " | ".join(cells) + " |")
        problems.extend(run_problems(f"{name} (uncached)", rendered))


if __name__ == "__main__":
    main()
