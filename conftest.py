"""Fixtures shared by every app's tests."""

import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.core.cache import caches
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.utils import translation
from wagtail.models import Locale, Page, Site

from home.tests.factories import create_home_page, ensure_wagtail_defaults

# The rows the migrations made (groups and their permissions, the moderation
# workflow, the default site), as Django's serialized rollback keeps them: a
# database emptied after the demo gets them back.
_migrated_rows = {}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    # A reused test database may have been flushed by a transactional test.
    with django_db_blocker.unblock():
        ensure_wagtail_defaults()
        _migrated_rows["json"] = connection.creation.serialize_db_to_string()


@pytest.fixture(autouse=True)
def _wagtail_defaults_in_transactional_tests(request):
    # Transactional tests start from a database an earlier one may have flushed.
    marker = request.node.get_closest_marker("django_db")
    transactional = marker is not None and marker.kwargs.get("transaction")
    if transactional or "live_server" in request.fixturenames:
        request.getfixturevalue("transactional_db")
        ensure_wagtail_defaults()


@pytest.fixture(autouse=True)
def _default_language():
    # A request to an /en/ page leaves English active in the thread: URLs
    # reversed and lazy messages read by the next test would be English ones.
    with translation.override(django_settings.LANGUAGE_CODE):
        yield


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


def _uses_demo(item):
    return "demo" in getattr(item, "fixturenames", ())


def pytest_itemcollected(item):
    # Under pytest-xdist's --dist loadgroup (scripts/test.sh), the tests on the
    # demo go to one worker together, first (the largest group): the demo is
    # loaded once per run, not once per worker, while the other worker runs the
    # rest. Marked as collected, before xdist's hook reads the marks.
    if _uses_demo(item):
        item.add_marker(pytest.mark.xdist_group("demo"))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    # Without xdist, or on the worker that runs them: the tests on the demo run
    # last, one after the other (after pytest-django's own ordering), on the demo
    # loaded once and committed.
    items.sort(key=_uses_demo)


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item, nextitem):
    # After a worker's last test on the demo, the tests that build their own
    # data must not see it: empty the database (the demo fixture loads it
    # again if a later test asks).
    if nextitem is not None and _uses_demo(item) and not _uses_demo(nextitem):
        blocker = _demo_in_database.pop("blocker", None)
        if blocker is not None:
            with blocker.unblock():
                try:
                    _back_to_migrated_rows()
                except IntegrityError:
                    # A transactional test ran before the demo on this worker
                    # (a partial run): the defaults alone, as before.
                    _empty_database()


# {"blocker": django_db_blocker} while the demo is in this process's database.
_demo_in_database = {}


def _load_demo(state, blocker):
    ensure_wagtail_defaults()
    before = len(mail.outbox)
    # One transaction: outside one, SQLite would commit (and sync) every row of
    # the search index on its own. The e-mails and PDF texts follow the commit.
    with transaction.atomic():
        call_command("load_demo_data", verbosity=0)
    # The e-mails the demo's registrations sent (to the locmem outbox here).
    state["emails_sent"] = len(mail.outbox) - before
    state["home_pk"] = Site.objects.get(is_default_site=True).root_page_id
    _demo_in_database["blocker"] = blocker


@pytest.fixture(scope="session")
def _demo_site(django_db_setup, django_db_blocker):
    state = {}
    with django_db_blocker.unblock():
        try:
            _load_demo(state, django_db_blocker)
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


def _back_to_migrated_rows():
    """The database as migrated, for the tests after the demo's on one worker:
    flushed as a transactional test with serialized rollback is, and the
    migrations' rows put back (which ``_empty_database`` leaves out).

    The content types must still be the migrations' (the demo group runs first
    on its worker): a transactional test's flush makes them again under new
    keys, and the copy's would collide with them (an IntegrityError)."""
    # Sequences keep counting (as in Django's serialized rollback): on
    # PostgreSQL, restarted ones would hand out the restored rows' keys again.
    call_command(
        "flush",
        interactive=False,
        verbosity=0,
        inhibit_post_migrate=True,
        reset_sequences=False,
    )
    connection.creation.deserialize_db_from_string(_migrated_rows["json"])
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
            _load_demo(_demo_site, django_db_blocker)
    return _demo_site
