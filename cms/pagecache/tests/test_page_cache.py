"""The anonymous page cache: hits, invalidation, and never anybody's own page."""

import pytest
from django.conf import settings
from django.core.cache import caches
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client
from wagtail.models import PageViewRestriction

from cms.events.tests.factories import EventIndexPageFactory
from cms.library.tests.factories import LibraryDocumentFactory
from cms.regions.models import Region
from home.tests.factories import ContactFormFieldFactory, ContactPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


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


def test_a_published_change_is_visible_to_the_next_anonymous_request(
    home_page, django_capture_on_commit_callbacks
):
    assert "古い見出し" not in Client().get(home_page.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        home_page.hero_heading = "古い見出し"
        home_page.save_revision().publish()
    assert "古い見出し" in Client().get(home_page.url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        home_page.hero_heading = "新しい見出し"
        home_page.save_revision().publish()
    html = Client().get(home_page.url).content.decode()
    assert "新しい見出し" in html
    assert "古い見出し" not in html


def test_the_cache_is_cleared_only_once_the_change_is_committed(
    home_page, django_capture_on_commit_callbacks
):
    Client().get(home_page.url)
    with django_capture_on_commit_callbacks() as callbacks:
        home_page.hero_heading = "公開前の見出し"
        home_page.save_revision().publish()
        # Not committed yet: a request now would re-store the old page, so the
        # cache must still be intact and the clear waiting for the commit.
        assert _stored_entries() > 0
    for callback in callbacks:
        callback()
    assert _stored_entries() == 0


def test_unpublishing_clears_the_cache(home_page, django_capture_on_commit_callbacks):
    index = EventIndexPageFactory(parent=home_page, title="イベント一覧")
    assert Client().get(index.url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        index.unpublish()
    assert Client().get(index.url).status_code == 404


def test_making_a_page_private_clears_the_cache(
    home_page, django_capture_on_commit_callbacks
):
    index = EventIndexPageFactory(parent=home_page, title="会員向けイベント")
    assert Client().get(index.url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=index, restriction_type=PageViewRestriction.LOGIN
        )
    assert Client().get(index.url).status_code == 302


def test_a_snippet_change_clears_the_cache(
    home_page, django_capture_on_commit_callbacks
):
    index = EventIndexPageFactory(parent=home_page)
    region = Region.objects.create(name="東青", slug="tosei", locale=home_page.locale)
    assert "東青" in Client().get(index.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        region.name = "東青地域"
        region.save()
    assert "東青地域" in Client().get(index.url).content.decode()


def test_logged_in_pages_are_never_cached_nor_served_from_the_cache(
    home_page,
    django_user_model,
    django_assert_max_num_queries,
    django_assert_num_queries,
):
    editor = django_user_model.objects.create_user(
        "editor", "editor@example.org", "pw", first_name="Hanako"
    )
    anonymous = Client().get(home_page.url)
    member = Client()
    member.force_login(editor)
    # Rendered for them (its templates ran), though the anonymous copy is
    # cached. A render may run no query at all: what it reads comes from the
    # shared cache, and this page reads nothing of the member's.
    response = member.get(home_page.url)
    assert "home/home_page.html" in [t.name for t in response.templates]
    assert "no-cache" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    # Nothing of theirs reaches the next anonymous visitor, still served cached.
    with django_assert_num_queries(0):
        after = Client().get(home_page.url)
    assert after.content == anonymous.content


def test_pages_with_a_csrf_token_are_not_cached(
    home_page, django_assert_max_num_queries
):
    contact = ContactPageFactory(parent=home_page)
    ContactFormFieldFactory(page=contact, label="お名前", field_type="singleline")
    first = Client().get(contact.url)
    assert first.status_code == 200
    assert "private" in first["Cache-Control"]
    assert _stored_entries() == 0
    # Each visitor's form carries a token that matches their own cookie.
    for visitor in (Client(), Client()):
        response = visitor.get(contact.url)
        token = str(response.context["csrf_token"])
        secret = visitor.cookies[settings.CSRF_COOKIE_NAME].value
        assert _unmask_cipher_token(token) == secret


def test_the_admin_documents_and_health_are_never_stored(home_page):
    document = LibraryDocumentFactory()
    assert Client().get("/admin/login/").status_code == 200
    assert Client().get("/healthz").status_code == 200
    assert Client().get(document.url).status_code == 200
    assert _stored_entries() == 0
    Client().get(home_page.url)
    assert _stored_entries() > 0


def _stored_entries():
    # LocMemCache keeps its entries in a dict; the keys are hashed URLs.
    return len(caches["pages"]._cache)
