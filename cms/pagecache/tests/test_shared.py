"""The shared cache: what pages show alike is read once, and every editorial
change shows on the next render; visitors share an entry only when the privacy
rule gives them the same pages."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import PageViewRestriction, Site

from cms.pagecache.shared import forget_shared_values, shared_value
from home.models import OrganisationSettings
from home.tests.factories import StandardPageFactory
from home.tests.utils import queries_to_render

pytestmark = pytest.mark.django_db


def menu_html(client, url="/ja/"):
    html = client.get(url).content.decode()
    return html[html.index('class="site-header"') : html.index("</header>")]


def test_a_value_is_built_once_until_the_content_changes():
    built = []

    def build():
        built.append(1)
        return len(built)

    assert shared_value("test", ("a", 1), build) == 1
    assert shared_value("test", ("a", 1), build) == 1
    assert shared_value("test", ("b", 1), build) == 2
    forget_shared_values()
    assert shared_value("test", ("a", 1), build) == 3


def test_publishing_unpublishing_and_moving_show_in_the_menu_at_once(client, home_page):
    about = StandardPageFactory(
        parent=home_page, title="私たちについて", show_in_menus=True
    )
    assert "私たちについて" in menu_html(client)
    news = StandardPageFactory(parent=home_page, title="お知らせ", show_in_menus=True)
    assert "お知らせ" in menu_html(client)
    news.unpublish()
    assert "お知らせ" not in menu_html(client)
    about.move(StandardPageFactory(parent=home_page, title="案内"), pos="last-child")
    assert "私たちについて" not in menu_html(client)


def test_a_renamed_page_shows_its_new_title(client, home_page):
    page = StandardPageFactory(parent=home_page, title="古い名前", show_in_menus=True)
    assert "古い名前" in menu_html(client)
    page.title = "新しい名前"
    page.save_revision().publish()
    html = menu_html(client)
    assert "新しい名前" in html and "古い名前" not in html


def test_a_draft_changes_nothing_and_costs_no_new_generation(client, home_page):
    page = StandardPageFactory(parent=home_page, title="公開中", show_in_menus=True)
    warm = queries_to_render(client, "/ja/")
    page.title = "下書き"
    page.save_revision()
    assert "公開中" in menu_html(client)
    assert queries_to_render(client, "/ja/") == warm


def test_a_restricted_menu_page_is_hidden_from_visitors_but_not_members(
    client, home_page
):
    members = StandardPageFactory(
        parent=home_page, title="会員のページ", show_in_menus=True
    )
    assert "会員のページ" in menu_html(client)  # cached for anonymous visitors
    PageViewRestriction.objects.create(
        page=members, restriction_type=PageViewRestriction.LOGIN
    )
    assert "会員のページ" not in menu_html(client)
    member = Client()
    member.force_login(get_user_model().objects.create_user("member", password="x"))
    assert "会員のページ" in menu_html(member)
    # The member's entry is not the anonymous visitors'.
    assert "会員のページ" not in menu_html(client)


def test_saved_settings_show_at_once(client, home_page):
    site = Site.objects.get(is_default_site=True)
    settings = OrganisationSettings.objects.create(site=site, phone="017-000-0001")
    assert "017-000-0001" in client.get("/ja/").content.decode()
    settings.phone = "017-000-0002"
    settings.save()
    html = client.get("/ja/").content.decode()
    assert "017-000-0002" in html and "017-000-0001" not in html


def test_rendering_writes_no_settings_row(client, home_page):
    assert client.get("/ja/").status_code == 200
    assert not OrganisationSettings.objects.exists()


def test_routing_follows_a_new_slug_a_move_and_an_unpublish(client, home_page):
    page = StandardPageFactory(parent=home_page, slug="before")
    assert client.get("/ja/before/").status_code == 200
    assert client.get("/ja/nowhere/").status_code == 404
    page.slug = "after"
    page.save_revision().publish()
    assert client.get("/ja/before/").status_code == 404
    assert client.get("/ja/after/").status_code == 200
    section = StandardPageFactory(parent=home_page, slug="section")
    page.move(section, pos="last-child")
    # Wagtail's redirects app leaves a redirect to the new address.
    moved = client.get("/ja/after/")
    assert moved.status_code == 301 and moved["Location"] == "/ja/section/after/"
    assert client.get("/ja/section/after/").status_code == 200
    section.unpublish()
    assert client.get("/ja/section/").status_code == 404
