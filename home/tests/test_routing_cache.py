"""Where Wagtail's routing starts, from the shared cache (home/routing.py,
localized_home) and the site root paths every URL of a render is made from
(cms.pagecache.middleware.SharedSiteMiddleware)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Site

from home.routing import localized_home
from home.tests.test_languages import translate

pytestmark = pytest.mark.django_db


def test_the_english_home_page_comes_from_the_shared_cache(home_page, english):
    english_home = translate(home_page, title="Home")
    with translation.override("en"):
        assert localized_home(home_page) == english_home
        with CaptureQueriesContext(connection) as queries:
            found = localized_home(home_page)
    assert found == english_home
    assert type(found) is type(english_home)
    assert len(queries) == 0
    with translation.override("ja"):
        assert localized_home(home_page) is home_page


def test_an_unpublished_translation_is_left_at_once(client, home_page, english):
    english_home = translate(home_page, title="Home")
    with translation.override("en"):
        assert localized_home(home_page) == english_home
    english_home.unpublish()
    with translation.override("en"):
        assert localized_home(home_page) == home_page


def test_a_render_starts_from_no_query_once_cached(client, home_page, english):
    translate(home_page, title="Home")
    for url in ("/ja/", "/en/"):
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        sql = " ".join(q["sql"] for q in queries)
        assert "wagtailcore_locale" not in sql
        assert "wagtailcore_pageviewrestriction" not in sql


def test_a_site_saved_changes_the_links_at_once(client, home_page):
    def canonical():
        html = client.get("/ja/", HTTP_HOST="localhost").content.decode()
        return html.split('rel="canonical" href="', 1)[1].split('"', 1)[0]

    assert canonical() == "http://localhost/ja/"
    site = Site.objects.get(is_default_site=True)
    site.port = 8080
    site.save()
    assert canonical() == "http://localhost:8080/ja/"
