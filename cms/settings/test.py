"""Test settings: fast hashing, in-memory e-mail, files in a temporary folder."""

import os
import tempfile

import dj_database_url

from .base import *  # noqa: F403
from .base import DATABASES

DEBUG = False
SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = os.environ.get("KAIKI_TEST_MEDIA_ROOT") or tempfile.mkdtemp(
    prefix="kaiki-media-"
)
# Tests render templates without running collectstatic first.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
if os.environ.get("DATABASE_URL"):
    # The PostgreSQL run of the suite (scripts/test.sh sets this).
    DATABASES["default"] = dj_database_url.parse(os.environ["DATABASE_URL"])
    # A commit doesn't wait for its WAL record to reach the disk: the test
    # database is thrown away, and the many commits of the transactional tests
    # (a flush after each) wait for nothing.
    DATABASES["default"]["OPTIONS"] = {"options": "-c synchronous_commit=off"}
    if os.environ.get("KAIKI_TEST_PG_NAME"):
        # Two runs against one server keep apart (default: test_<name>).
        DATABASES["default"]["TEST"] = {"NAME": os.environ["KAIKI_TEST_PG_NAME"]}
else:
    # A file test database lets --reuse-db skip Wagtail's migrations on reruns.
    # KAIKI_TEST_DB_NAME lets two test runs on one checkout keep apart.
    DATABASES["default"]["TEST"] = {
        "NAME": str(BASE_DIR / os.environ.get("KAIKI_TEST_DB_NAME", ".test-db.sqlite3"))  # noqa: F405
    }
# Off by default so query budgets measure real rendering; the page cache's own
# tests switch it on.
KAIKI_PAGE_CACHE_SECONDS = 0
