"""The benchmark's uncached requests: a header with the token the server was
given skips the page cache; without a token set, no header does."""

import pytest
from django.core.cache import caches
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db


def cache_status(client, url, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code == 200
    return "public" in response.get("Cache-Control", ""), response


@pytest.fixture
def page_cache_on():
    caches["pages"].clear()
    yield
    caches["pages"].clear()


@pytest.mark.usefixtures("page_cache_on")
def test_the_token_skips_the_page_cache(home_page, django_assert_max_num_queries):
    with override_settings(
        KAIKI_PAGE_CACHE_SECONDS=300, KAIKI_PAGE_CACHE_BYPASS_TOKEN="s3cret-token"
    ):
        client = Client()
        assert cache_status(client, "/ja/")[0]  # stored
        with django_assert_max_num_queries(0):
            client.get("/ja/")
        stored, response = cache_status(
            client, "/ja/", **{"X-Kaiki-Uncached": "s3cret-token"}
        )
        assert not stored and "Age" not in response  # rendered, not served
        stored, response = cache_status(client, "/ja/", **{"X-Kaiki-Uncached": "x"})
        assert "Age" in response  # a wrong token: served from the cache


@pytest.mark.usefixtures("page_cache_on")
def test_without_a_token_the_header_does_nothing(home_page):
    with override_settings(KAIKI_PAGE_CACHE_SECONDS=300):
        client = Client()
        cache_status(client, "/ja/")
        _, response = cache_status(client, "/ja/", **{"X-Kaiki-Uncached": ""})
        assert "Age" in response
