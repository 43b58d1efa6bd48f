"""Production: every secret and host comes from the environment.

Required: DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS (comma-separated).
Optional: DATABASE_URL (defaults to the SQLite file), REDIS_URL (cache) with
REDIS_PAGES_URL (the page cache's own Redis server, required with REDIS_URL),
EMAIL_URL-style settings via DJANGO_EMAIL_HOST, DJANGO_EMAIL_PORT,
DJANGO_EMAIL_HOST_USER, DJANGO_EMAIL_HOST_PASSWORD, DJANGO_DEFAULT_FROM_EMAIL,
WAGTAILADMIN_BASE_URL.
"""

import os
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASES, INSTALLED_APPS


def _require(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set.")
    return value


DEBUG = False
# demo_admin resets a superuser and load_demo_data rewrites pages: neither exists
# here. The loopback profile loads its demo with cms.settings.production_demo.
INSTALLED_APPS = [app for app in INSTALLED_APPS if app != "cms.demo"]
SECRET_KEY = _require("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = [h.strip() for h in _require("DJANGO_ALLOWED_HOSTS").split(",") if h]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("DJANGO_CSRF_TRUSTED_ORIGINS", "").split(",") if o
]

if os.environ.get("DATABASE_URL"):
    DATABASES["default"] = dj_database_url.parse(
        os.environ["DATABASE_URL"], conn_max_age=600, conn_health_checks=True
    )

# Slow or fallible work (PDF text, renditions, search index, e-mail) must not hold
# a request: it is queued in the database and run by `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def _redis_server(url):
    """Which Redis server a URL names, whatever the database: (host, port), or
    the socket's path."""
    parts = urlsplit(url)
    if parts.scheme == "unix":
        return parts.path
    return parts.hostname, parts.port or 6379


if os.environ.get("REDIS_URL"):
    # The page cache needs a Redis server of its own, started with a maxmemory
    # and `--maxmemory-policy allkeys-lru` (scripts/services.sh): those apply to
    # a whole server, not to one database, and evicting there must never touch
    # sessions or rate-limit counts, which live on REDIS_URL's server (no
    # eviction). clear() on publish flushes the pages' database only.
    REDIS_PAGES_URL = os.environ.get("REDIS_PAGES_URL", "")
    if not REDIS_PAGES_URL or _redis_server(REDIS_PAGES_URL) == _redis_server(
        os.environ["REDIS_URL"]
    ):
        raise ImproperlyConfigured(
            "REDIS_PAGES_URL must name a Redis server other than REDIS_URL's "
            "(the page cache's own, with maxmemory and allkeys-lru)."
        )
    CACHES = {
        "default": {
            "BACKEND": "cms.pagecache.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        },
        "pages": {
            "BACKEND": "cms.pagecache.redis.RedisCache",
            "LOCATION": REDIS_PAGES_URL,
        },
    }
    # Sessions read from Redis, written through to the database.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Without Redis every worker has its own memory cache, and clearing it on
# publish would reach only one of them: no page cache then.
KAIKI_PAGE_CACHE_SECONDS = int(
    os.environ.get(
        "KAIKI_PAGE_CACHE_SECONDS", "300" if os.environ.get("REDIS_URL") else "0"
    )
)
KAIKI_PAGE_CACHE_BYPASS_TOKEN = os.environ.get("KAIKI_BENCHMARK_UNCACHED_TOKEN", "")

# A CDN in front (Wagtail's frontend cache): purged when pages are published.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("KAIKI_CDN_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["KAIKI_CDN_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_API_TOKEN"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_API_TOKEN"],
        "ZONEID": _require("CLOUDFLARE_ZONE_ID"),
    }

WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "https://example.org")

EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("DJANGO_EMAIL_USE_TLS", "") == "1"
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# HTTPS is terminated by the proxy in front of the app servers.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Which proxies' X-Forwarded-For names the client (rate limits, lock-outs, logs):
# "1" for one proxy in front, or its networks ("10.0.0.0/8,192.168.1.5").
# Unset, every visitor is REMOTE_ADDR: behind a proxy, all share its address.
KAIKI_TRUSTED_PROXIES = os.environ.get("KAIKI_TRUSTED_PROXIES", "")
SECURE_SSL_REDIRECT = os.environ.get("DJANGO_SECURE_SSL_REDIRECT", "1") == "1"
SECURE_HSTS_SECONDS = int(
    os.environ.get("DJANGO_HSTS_SECONDS", str(60 * 60 * 24 * 365))
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

LOGGING["root"]["level"] = "INFO"  # noqa: F405
# One line per task run is noise at INFO.
LOGGING["loggers"]["django_tasks"] = {"level": "WARNING"}  # noqa: F405
