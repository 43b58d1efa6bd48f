"""The production profile gives the page cache a Redis server of its own."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def production_caches(**environ):
    """CACHES as cms.settings.production computes it from ``environ`` (in a
    fresh interpreter: the module raises at import, and it changes shared
    dicts of base.py)."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SECRET_KEY": "test-only",
        "DJANGO_ALLOWED_HOSTS": "kaiki.example.org",
        **environ,
    }
    code = (
        "import json, cms.settings.production as p; "
        "print(json.dumps([p.CACHES, p.KAIKI_PAGE_CACHE_SECONDS]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode:
        return result.stderr.strip().splitlines()[-1]
    return json.loads(result.stdout)


def test_the_page_cache_has_its_own_redis_server():
    caches, seconds = production_caches(
        REDIS_URL="redis://127.0.0.1:6390/0",
        REDIS_PAGES_URL="redis://127.0.0.1:6391/0",
    )
    assert caches["default"]["LOCATION"] == "redis://127.0.0.1:6390/0"
    assert caches["pages"]["LOCATION"] == "redis://127.0.0.1:6391/0"
    assert seconds == 300


@pytest.mark.parametrize(
    "pages_url",
    [
        None,
        # Another database of the same server: maxmemory and the eviction
        # policy would apply to sessions and rate-limit counts too.
        "redis://127.0.0.1:6390/1",
        "redis://127.0.0.1:6390/0",
        "redis://user:secret@127.0.0.1:6390/3",
    ],
)
def test_sharing_the_sessions_redis_server_is_refused(pages_url):
    environ = {"REDIS_URL": "redis://127.0.0.1:6390/0"}
    if pages_url:
        environ["REDIS_PAGES_URL"] = pages_url
    error = production_caches(**environ)
    assert isinstance(error, str)
    assert "ImproperlyConfigured" in error
    assert "REDIS_PAGES_URL" in error


def test_without_redis_there_is_no_page_cache():
    caches, seconds = production_caches()
    assert seconds == 0
