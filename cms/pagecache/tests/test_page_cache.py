"""The anonymous page cache: hits, invalidation, and never anybody's own page."""

import pytest
from django.core.cache import caches
from django.test import Client, override_settings

from cms.events.tests.factories import EventIndexPageFactory
from cms.regions.models import Region
from home.tests.factories import ContactFormFieldFactory, ContactPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def page_cache_on():
    caches["pages"].clear()
    with override_settings(KAIKI_PAGE_CACHE_SECONDS=300):
        yield
    caches["pages"].clear()


def test_second_anonymous_request_is_served_from_the_cache(
    home_page, django_assert_num_queries
):
    first = Client().get(home_page.url)
    assert first.status_code == 200
    assert "s-maxage=300" in first["Cache-Control"]
    assert "public" in first["Cache-Control"]
    with django_assert_num_queries(0):
        second = Client().get(home_page.url)
    assert second.status_code == 200
    assert second.content == first.content
    assert second["ETag"]


def test_etag_gives_not_modified(home_page):
    first = Client().get(home_page.url)
    again = Client().get(home_page.url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_a_published_change_is_visible_to_the_next_anonymous_request(home_page):
    assert "古い見出し" not in Client().get(home_page.url).content.decode()
    home_page.hero_heading = "古い見出し"
    home_page.save_revision().publish()
    assert "古い見出し" in Client().get(home_page.url).content.decode()

    home_page.hero_heading = "新しい見出し"
    home_page.save_revision().publish()
    html = Client().get(home_page.url).content.decode()
    assert "新しい見出し" in html
    assert "古い見出し" not in html


def test_unpublishing_clears_the_cache(home_page):
    index = EventIndexPageFactory(parent=home_page, title="イベント一覧")
    assert Client().get(index.url).status_code == 200
    index.unpublish()
    assert Client().get(index.url).status_code == 404


def test_a_snippet_change_clears_the_cache(home_page):
    index = EventIndexPageFactory(parent=home_page)
    region = Region.objects.create(name="東青", slug="tosei", locale=home_page.locale)
    assert "東青" in Client().get(index.url).content.decode()
    region.name = "東青地域"
    region.save()
    assert "東青地域" in Client().get(index.url).content.decode()


def test_logged_in_pages_are_never_cached_nor_served_from_the_cache(
    home_page, django_user_model
):
    editor = django_user_model.objects.create_user(
        "editor", "editor@example.org", "pw", first_name="Hanako"
    )
    anonymous = Client().get(home_page.url)
    member = Client()
    member.force_login(editor)
    response = member.get(home_page.url)
    assert (
        "no-cache" in response["Cache-Control"]
        or "private" in response["Cache-Control"]
    )
    # A logged-in visitor gets a freshly rendered page, not the anonymous copy...
    assert response.get("Age") is None
    # ...and nothing of theirs reaches the next anonymous visitor.
    after = Client().get(home_page.url)
    assert after.content == anonymous.content
    assert b"editor@example.org" not in after.content


def test_pages_with_a_csrf_token_are_not_cached(home_page):
    contact = ContactPageFactory(parent=home_page)
    ContactFormFieldFactory(page=contact, label="お名前", field_type="singleline")
    first = Client().get(contact.url)
    assert first.status_code == 200
    assert "private" in first["Cache-Control"] or "no-cache" in first["Cache-Control"]
    visitor_a = Client()
    visitor_b = Client()
    token_a = visitor_a.get(contact.url).context["csrf_token"]
    token_b = visitor_b.get(contact.url).context["csrf_token"]
    # Each visitor renders their own form, so each one's token matches their cookie.
    assert str(token_a) != str(token_b)


def test_the_admin_and_documents_are_never_stored(home_page):
    assert Client().get("/admin/login/").status_code == 200
    assert Client().get("/healthz").status_code == 200
    assert _stored_entries() == 0
    Client().get(home_page.url)
    assert _stored_entries() > 0


def _stored_entries():
    # LocMemCache keeps its entries in a dict; the keys are hashed URLs.
    return len(caches["pages"]._cache)
