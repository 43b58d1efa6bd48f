"""Wagtail's view-restriction check with the shared cache's answer
(cms/privacy/pages.py): a page with no restriction costs no query, and a
restriction added, changed or removed applies at the next request."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, get_page_models

from cms.privacy.pages import SharedViewRestrictionsMixin
from home.tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def section(home_page):
    """A public section with a page below it."""
    section = StandardPageFactory(parent=home_page, slug="members", title="会員の部屋")
    child = StandardPageFactory(parent=section, slug="notes", title="会員のメモ")
    return section, child


def restriction_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [q["sql"] for q in queries if "pageviewrestriction" in q["sql"]]


def test_every_page_type_has_the_shared_check():
    kaiki = [m for m in get_page_models() if m._meta.app_label != "wagtailcore"]
    assert kaiki
    assert [m for m in kaiki if not issubclass(m, SharedViewRestrictionsMixin)] == []


def test_a_public_page_reads_no_restriction_once_cached(client, section):
    _section, child = section
    assert restriction_queries(client, child.url)
    assert restriction_queries(client, child.url) == []


@pytest.mark.parametrize(
    "restriction_type", [PageViewRestriction.LOGIN, PageViewRestriction.PASSWORD]
)
def test_a_restriction_added_to_an_ancestor_applies_at_once(
    client, section, restriction_type
):
    section_page, child = section
    for _ in range(2):
        assert client.get(child.url).status_code == 200
    PageViewRestriction.objects.create(
        page=section_page, restriction_type=restriction_type, password="pw"
    )
    response = client.get(child.url)
    if restriction_type == PageViewRestriction.LOGIN:
        assert response.status_code == 302
        assert "login" in response["Location"]
    else:
        assert response.status_code == 200
        assert "会員のメモ" not in response.content.decode()
        assert 'name="password"' in response.content.decode()


def test_a_member_seeing_the_page_opens_it_to_nobody_else(client, section):
    section_page, child = section
    PageViewRestriction.objects.create(
        page=section_page, restriction_type=PageViewRestriction.LOGIN
    )
    member = get_user_model().objects.create_user("member", password="x")
    client.force_login(member)
    assert client.get(child.url).status_code == 200
    client.logout()
    response = client.get(child.url)
    assert response.status_code == 302
    assert "会員のメモ" not in response.content.decode()


def test_a_restriction_removed_or_its_page_moved_reopens_the_page(
    client, section, home_page
):
    section_page, child = section
    restriction = PageViewRestriction.objects.create(
        page=section_page, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(child.url).status_code == 302
    restriction.delete()
    assert client.get(child.url).status_code == 200

    PageViewRestriction.objects.create(
        page=section_page, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(child.url).status_code == 302
    child.move(home_page, pos="last-child")
    child.refresh_from_db()
    assert client.get(child.url).status_code == 200
