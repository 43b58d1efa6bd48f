"""What a page cache key is made of: the URL's language, and only the query
parameters pages read, so that mixed-language traffic hits and tracking
parameters or stray query strings add no entries."""

import logging

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from cms.events.tests.factories import EventIndexPageFactory
from cms.library.tests.factories import LibraryDocumentFactory, LibraryPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def events(home_page):
    """The event index in Japanese and English: (/ja/events/, /en/events/)."""
    english = Locale.objects.get_or_create(language_code="en")[0]
    index = EventIndexPageFactory(parent=home_page, title="イベント")
    home_page.copy_for_translation(english).save_revision().publish()
    english_index = index.copy_for_translation(english)
    english_index.title = "Events"
    english_index.save_revision().publish()
    return index.url, english_index.url


def served(client, url, **extra):
    """The response and whether it came from the cache (nothing rendered: no
    query ran)."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    assert response.status_code == 200
    return response, not queries.captured_queries


def test_interleaved_languages_are_keyed_by_the_url_not_the_last_request(events):
    japanese, english = events
    assert (japanese, english) == ("/ja/events/", "/en/events/")
    # One client is one worker thread: the language the previous request
    # activated is still active when the next one arrives.
    client = Client()
    assert [served(client, url)[1] for url in (english, english, "/ja/")] == [
        False,
        True,
        False,
    ]
    response, hit = served(client, english)
    assert hit
    assert '<html lang="en"' in response.content.decode()
    assert not served(client, japanese)[1]
    response, hit = served(client, japanese)
    assert hit
    assert '<html lang="ja"' in response.content.decode()
    assert served(client, english)[1]
    assert served(client, "/ja/")[1]


def test_the_language_cookie_does_not_pick_the_entry_of_a_prefixed_url(events):
    japanese, english = events
    client = Client()
    served(client, english)
    served(client, japanese)
    client.cookies["django_language"] = "ja"
    response, hit = served(client, english)
    assert hit
    assert "Events" in response.content.decode()


def test_tracking_parameters_are_served_the_page_and_add_no_entry(events):
    japanese, _ = events
    client = Client()
    first, _ = served(client, japanese)
    entries = _stored_entries()
    tracked = f"{japanese}?utm_source=newsletter&utm_medium=email&fbclid=abc&gclid=x"
    response, hit = served(client, tracked)
    assert hit
    assert response.content == first.content
    assert _stored_entries() == entries


def test_a_request_with_parameters_pages_do_not_read_is_never_stored(events):
    japanese, _ = events
    client = Client()
    # Rendered (its links may repeat the query string, which nobody else should
    # be served), and not stored.
    response, hit = served(client, f"{japanese}?gclid=for-one-visitor&x=1")
    assert not hit
    assert _stored_entries() == 0
    assert not served(client, japanese)[1]
    assert _stored_entries() > 0
    response, hit = served(client, f"{japanese}?gclid=for-one-visitor&x=1")
    assert hit
    assert "for-one-visitor" not in response.content.decode()


def test_parameters_a_page_reads_are_part_of_the_key(events):
    japanese, _ = events
    client = Client()
    served(client, japanese)
    assert not served(client, f"{japanese}?region=tosei&page=2")[1]
    # The same parameters in another order, or with a tracker beside them.
    assert served(client, f"{japanese}?page=2&region=tosei")[1]
    assert served(client, f"{japanese}?page=2&utm_campaign=x&region=tosei")[1]
    assert not served(client, f"{japanese}?page=3&region=tosei")[1]


def test_a_page_reading_a_parameter_outside_the_list_is_not_stored(events, caplog):
    japanese, _ = events
    # The event index reads "region": without it in the list, two different
    # region filters would share one entry; so that page is not stored at all.
    parameters = ("kind", "month", "page", "query", "untranslated")
    with override_settings(KAIKI_PAGE_CACHE_QUERY_PARAMETERS=parameters):
        client = Client()
        with caplog.at_level(logging.WARNING, logger="kaiki.pagecache"):
            assert not served(client, japanese)[1]
        assert not served(client, japanese)[1]
        assert _stored_entries() == 0
        assert "region" in caplog.text
        # Pages that read only listed parameters are still stored.
        served(client, "/ja/")
        assert served(client, "/ja/")[1]


@pytest.mark.parametrize(
    "url", ["/ja/search/?query=青森&page=2", "/en/search/?query=x", "/sitemap.xml"]
)
def test_pages_reading_only_listed_parameters_are_stored(events, url):
    client = Client()
    assert not served(client, url)[1]
    assert served(client, url)[1]


def test_a_listing_whose_pagination_links_keep_the_query_is_stored(home_page):
    # The pagination template walks {{ request.GET.lists }}: a method of the
    # query, not the parameter "lists".
    library = LibraryPageFactory(parent=home_page)
    LibraryDocumentFactory.create_batch(2)
    client = Client()
    with override_settings(KAIKI_ITEMS_PER_PAGE=1):
        response, hit = served(client, f"{library.url}?kind=manual&page=2")
        assert 'rel="prev"' in response.content.decode()
        assert not hit
        assert served(client, f"{library.url}?kind=manual&page=2")[1]


def _stored_entries():
    # LocMemCache keeps its entries in a dict.
    return len(caches["pages"]._cache)
