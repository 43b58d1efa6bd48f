"""Fixtures shared by every app's tests."""

import pytest
from django.core.cache import caches

from home.tests.factories import create_home_page, ensure_wagtail_defaults


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    # A reused test database may have been flushed by a transactional test.
    with django_db_blocker.unblock():
        ensure_wagtail_defaults()


@pytest.fixture(autouse=True)
def _wagtail_defaults_in_transactional_tests(request):
    # Transactional tests start from a database an earlier one may have flushed.
    marker = request.node.get_closest_marker("django_db")
    transactional = marker is not None and marker.kwargs.get("transaction")
    if transactional or "live_server" in request.fixturenames:
        request.getfixturevalue("transactional_db")
        ensure_wagtail_defaults()


@pytest.fixture(autouse=True)
def _clear_cache():
    # Wagtail keeps site root paths in the cache; a previous test's pages are gone.
    # The page cache too, for the tests that switch it on.
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def home_page(db):
    """The site's HomePage (depth 2), root of the default Site."""
    return create_home_page()


@pytest.fixture
def site_root(home_page):
    return home_page
