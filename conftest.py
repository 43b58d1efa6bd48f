"""Fixtures shared by every app's tests."""

import pytest
from django.core.cache import cache

from home.tests.factories import create_home_page, ensure_wagtail_defaults


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    # A reused test database may have been flushed by a transactional test.
    with django_db_blocker.unblock():
        ensure_wagtail_defaults()


@pytest.fixture(autouse=True)
def _clear_cache():
    # Wagtail keeps site root paths in the cache; a previous test's pages are gone.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home_page(db):
    """The site's HomePage (depth 2), root of the default Site."""
    return create_home_page()


@pytest.fixture
def site_root(home_page):
    return home_page
