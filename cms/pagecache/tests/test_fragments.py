"""Fragments rendered once for every visitor who sees the same thing
({% shared_fragment %}), and this worker's copies of the shared cache: every
editorial change shows on the next render, and no visitor is shown what the
privacy rule hides from them."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.template import Context, Template
from django.test import Client, RequestFactory
from wagtail.models import Collection, CollectionViewRestriction, Site

from cms.events.tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    EventSessionFactory,
)
from cms.library.tests.factories import LibraryDocumentFactory
from cms.pagecache import shared
from home.models import OrganisationSettings
from home.tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def footer_of(html):
    return html[html.index('class="site-footer"') :]


@pytest.fixture
def event(home_page):
    page = EventPageFactory(parent=EventIndexPageFactory(parent=home_page))
    EventSessionFactory(page=page, venue_name="弘前市民文化交流館")
    return page


def test_a_published_page_shows_on_the_home_page_at_once(client, home_page, event):
    assert event.title in html_of(client, "/ja/")  # the home page fragment, kept
    second = EventPageFactory(parent=event.get_parent(), title="新しい集い")
    EventSessionFactory(page=second)
    assert "新しい集い" in html_of(client, "/ja/")
    second.title = "名前を変えた集い"
    second.save_revision().publish()
    html = html_of(client, "/ja/")
    assert "名前を変えた集い" in html and "新しい集い" not in html


def test_a_published_event_shows_its_new_text_at_once(client, event):
    assert "弘前市民文化交流館" in html_of(client, event.url)
    event.summary = "新しい案内文です。"
    event.save_revision().publish()
    assert "新しい案内文です。" in html_of(client, event.url)


def test_a_saved_snippet_shows_at_once(client, event):
    session = event.sessions.get()
    assert session.region.name in html_of(client, event.url)
    session.region.name = "津軽地域"
    session.region.save()
    assert "津軽地域" in html_of(client, event.url)


def test_saved_settings_show_in_the_footer_at_once(client, home_page):
    site = Site.objects.get(is_default_site=True)
    settings = OrganisationSettings.objects.create(site=site, phone="017-000-0001")
    assert "017-000-0001" in footer_of(html_of(client, "/ja/"))
    settings.phone = "017-000-0002"
    settings.save()
    footer = footer_of(html_of(client, "/ja/"))
    assert "017-000-0002" in footer and "017-000-0001" not in footer


def test_a_renamed_menu_page_shows_in_the_menu_of_every_page(client, home_page):
    page = StandardPageFactory(parent=home_page, title="古い名前", show_in_menus=True)
    assert "古い名前" in html_of(client, page.url)
    page.title = "新しい名前"
    page.save_revision().publish()
    for url in ("/ja/", page.url):
        html = html_of(client, url)
        assert "新しい名前" in html and "古い名前" not in html


def test_a_members_document_reaches_members_only_whoever_comes_first(home_page):
    collection = Collection.get_first_root_node().add_child(name="会員資料")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    LibraryDocumentFactory(title="会員向けの資料", collection=collection)
    LibraryDocumentFactory(title="公開の資料")
    member = Client()
    member.force_login(get_user_model().objects.create_user("member", password="x"))
    visitor = Client()
    assert "会員向けの資料" in html_of(member, "/ja/")  # kept for members
    assert "会員向けの資料" not in html_of(visitor, "/ja/")
    assert "公開の資料" in html_of(visitor, "/ja/")
    assert "会員向けの資料" in html_of(member, "/ja/")


def test_a_fragment_is_keyed_by_its_values_and_never_kept_with_a_csrf_token():
    request = RequestFactory().get("/ja/")
    request.user = None
    rendered = []
    template = Template(
        "{% load pagecache %}{% shared_fragment 'test' value %}{{ value }}"
        "{{ count }}{% endshared_fragment %}"
    )

    def render(value):
        rendered.append(value)
        return template.render(
            Context({"request": request, "value": value, "count": len(rendered)})
        )

    assert render("a") == "a1"
    assert render("a") == "a1"  # kept
    assert render("b") == "b3"
    form = Template(
        "{% load pagecache %}{% shared_fragment 'form' %}<form>{% csrf_token %}"
        "{{ count }}</form>{% endshared_fragment %}"
    )
    for count in (1, 2):
        html = form.render(
            Context({"request": request, "count": count, "csrf_token": f"t{count}"})
        )
        assert f"t{count}" in html and f"{count}</form>" in html


def test_another_workers_change_shows_on_this_workers_next_request():
    built = []

    def build():
        built.append(1)
        return len(built)

    shared.begin_request()
    try:
        assert shared.shared_value("test", "a", build) == 1
        # Another worker starts a new generation in the shared cache: this
        # request keeps the generation it started with.
        cache.set("shared:generation", "another-workers", None)
        assert shared.shared_value("test", "a", build) == 1
    finally:
        shared.end_request()
    shared.begin_request()
    try:
        assert shared.shared_value("test", "a", build) == 2
    finally:
        shared.end_request()


def test_a_change_made_during_a_request_shows_in_the_rest_of_it():
    built = []

    def build():
        built.append(1)
        return len(built)

    shared.begin_request()
    try:
        assert shared.shared_value("test", "a", build) == 1
        shared.forget_shared_values()
        assert shared.shared_value("test", "a", build) == 2
    finally:
        shared.end_request()


def test_every_read_gets_its_own_copy():
    shared.begin_request()
    try:
        first = shared.shared_value("test", "list", lambda: [1])
        first.append(2)
        assert shared.shared_value("test", "list", lambda: [3]) == [1]
    finally:
        shared.end_request()
