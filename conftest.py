"""Fixtures shared by every app's tests."""

import pytest
from django.core import mail
from django.core.cache import caches
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Locale, Page, Site

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
def page_cache_on(settings):
    """The page cache switched on (the test settings leave it off); the caches
    are emptied around each test anyway (``_clear_cache``)."""
    settings.KAIKI_PAGE_CACHE_SECONDS = 300


@pytest.fixture
def home_page(db):
    """The site's HomePage (depth 2), root of the default Site."""
    return create_home_page()


@pytest.fixture
def english(db):
    """The English locale (the migrations add it; made here if a test removed it)."""
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def site_root(home_page):
    return home_page


@pytest.fixture
def one_page_of_each_type(home_page):
    """One live page of every public page type under the home page, parents
    before their children (the home page first), with a region on the event's
    session and the case study and a field on the contact form."""
    from cms.events.tests.factories import (
        EventIndexPageFactory,
        EventPageFactory,
        EventSessionFactory,
        PanelReportPageFactory,
    )
    from cms.library.tests.factories import (
        GuidebookChapterPageFactory,
        GuidebookPageFactory,
        LibraryPageFactory,
    )
    from cms.news.tests.factories import NewsIndexPageFactory, NewsPageFactory
    from cms.places.tests.factories import CommunityPlaceIndexPageFactory
    from cms.policies.tests.factories import PolicyPageFactory
    from cms.programmes.tests.factories import ProgrammePageFactory
    from cms.regions.tests.factories import RegionFactory
    from cms.stories.tests.factories import (
        CaseStudyIndexPageFactory,
        CaseStudyPageFactory,
    )
    from home.tests.factories import (
        ContactFormFieldFactory,
        ContactPageFactory,
        StandardPageFactory,
    )

    home = home_page
    region = RegionFactory()
    events = EventIndexPageFactory(parent=home)
    event = EventPageFactory(parent=events, slug="gathering")
    EventSessionFactory(page=event, region=region)
    library = LibraryPageFactory(parent=home)
    guidebook = GuidebookPageFactory(parent=library, slug="guidebook")
    stories = CaseStudyIndexPageFactory(parent=home)
    news = NewsIndexPageFactory(parent=home)
    contact = ContactPageFactory(parent=home)
    ContactFormFieldFactory(page=contact)
    return [
        home,
        StandardPageFactory(parent=home, slug="about"),
        contact,
        events,
        event,
        PanelReportPageFactory(parent=event, slug="report"),
        library,
        guidebook,
        GuidebookChapterPageFactory(parent=guidebook, slug="chapter-1"),
        stories,
        CaseStudyPageFactory(parent=stories, slug="cafe", region=region),
        CommunityPlaceIndexPageFactory(parent=home),
        ProgrammePageFactory(parent=home, slug="programme"),
        PolicyPageFactory(parent=home),
        news,
        NewsPageFactory(parent=news, slug="news-1"),
    ]


@pytest.fixture
def admin_viewsets(admin_client):
    """Every viewset registered in Wagtail's admin, groups opened; a first admin
    request registers them."""
    from wagtail.admin.viewsets import viewsets
    from wagtail.admin.viewsets.base import ViewSetGroup

    admin_client.get("/admin/")
    found, pending = [], list(viewsets.viewsets)
    while pending:
        viewset = pending.pop()
        if isinstance(viewset, ViewSetGroup):
            pending.extend(viewset.registerables)
        else:
            found.append(viewset)
    return found


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    # The tests on the demo site run last, one after the other (after
    # pytest-django's own ordering): the demo is loaded once, committed, for all
    # of them, and no test that builds its own data ever sees it.
    items.sort(key=lambda item: "demo" in getattr(item, "fixturenames", ()))


def _load_demo(state):
    ensure_wagtail_defaults()
    before = len(mail.outbox)
    # One transaction: outside one, SQLite would commit (and sync) every row of
    # the search index on its own. The e-mails and PDF texts follow the commit.
    with transaction.atomic():
        call_command("load_demo_data", verbosity=0)
    # The e-mails the demo's registrations sent (to the locmem outbox here).
    state["emails_sent"] = len(mail.outbox) - before
    state["home_pk"] = Site.objects.get(is_default_site=True).root_page_id


@pytest.fixture(scope="session")
def _demo_site(django_db_setup, django_db_blocker):
    state = {}
    with django_db_blocker.unblock():
        try:
            _load_demo(state)
        except BaseException:
            _empty_database()
            raise
    yield state
    with django_db_blocker.unblock():
        _empty_database()


def _empty_database():
    # Committed rows outlive the run with --reuse-db: empty the database as a
    # transactional test does, and put back what the migrations made.
    call_command("flush", interactive=False, verbosity=0)
    ensure_wagtail_defaults()


@pytest.fixture
def demo(_demo_site, django_db_blocker):
    """The whole demo site, loaded and committed once per run.

    Use with ``db`` (each test rolls back its own writes) or, in browser tests,
    without it. Returns ``{"emails_sent": ..., "home_pk": ...}`` of the load.
    """
    with django_db_blocker.unblock():
        if not Page.objects.filter(pk=_demo_site["home_pk"]).exists():
            # A transactional test flushed the database since.
            _load_demo(_demo_site)
    return _demo_site
