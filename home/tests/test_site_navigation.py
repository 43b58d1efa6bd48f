"""The footer's chosen pages and the HTML site map."""

import pytest
from django.test.utils import override_settings
from wagtail.models import Locale, PageViewRestriction, Site

from home.models import OrganisationSettings
from home.tests.factories import ContactPageFactory, StandardPageFactory
from home.tests.utils import queries_to_render

pytestmark = pytest.mark.django_db


@pytest.fixture
def english(home_page):
    locale = Locale.objects.get_or_create(language_code="en")[0]
    home = home_page.copy_for_translation(locale, copy_parents=True).specific
    home.save_revision().publish()
    return home


def publish_translation(page, locale, title):
    translation = page.copy_for_translation(locale).specific
    translation.title = title
    translation.save_revision().publish()
    return translation


@pytest.fixture
def footer(home_page):
    contact = ContactPageFactory(parent=home_page)
    privacy = StandardPageFactory(parent=home_page, title="個人情報の取り扱い")
    accessibility = StandardPageFactory(
        parent=home_page, title="ウェブアクセシビリティ方針"
    )
    OrganisationSettings.objects.create(
        site=Site.objects.get(is_default_site=True),
        contact_page=contact,
        privacy_page=privacy,
        accessibility_page=accessibility,
    )
    return contact, privacy, accessibility


def footer_html(client, url):
    html = client.get(url).content.decode()
    return html[html.index('class="site-footer__nav"') :]


def test_footer_links_the_chosen_pages_and_the_site_map(client, footer):
    contact, privacy, accessibility = footer
    html = footer_html(client, "/ja/")
    positions = [
        html.index(f'href="{page.url}"') for page in (contact, privacy, accessibility)
    ]
    assert positions == sorted(positions)
    assert "個人情報の取り扱い" in html
    assert 'href="/ja/sitemap/"' in html


def test_english_footer_links_translations_or_the_japanese_page(
    client, footer, english
):
    contact, privacy, accessibility = footer
    locale = english.locale
    english_privacy = publish_translation(privacy, locale, "Privacy policy")
    html = footer_html(client, "/en/")
    assert f'href="{english_privacy.url}"' in html
    assert "Privacy policy" in html
    assert f'href="{privacy.url}"' not in html
    # Not translated yet: the Japanese page, rather than no link at all.
    assert f'href="{accessibility.url}"' in html
    assert 'href="/en/sitemap/"' in html


def test_footer_leaves_out_a_private_or_unpublished_page(client, footer):
    contact, privacy, accessibility = footer
    PageViewRestriction.objects.create(
        page=privacy, restriction_type=PageViewRestriction.LOGIN
    )
    accessibility.unpublish()
    html = footer_html(client, "/ja/")
    assert f'href="{contact.url}"' in html
    assert f'href="{privacy.url}"' not in html
    assert f'href="{accessibility.url}"' not in html


def test_footer_costs_no_query_once_cached_and_a_save_shows_at_once(
    client, footer, home_page
):
    contact, _privacy, _accessibility = footer
    with_links = queries_to_render(client, "/ja/")
    assert f'href="{contact.url}"' in footer_html(client, "/ja/")
    settings = OrganisationSettings.objects.get()
    settings.contact_page = settings.privacy_page = settings.accessibility_page = None
    settings.save()
    assert f'href="{contact.url}"' not in footer_html(client, "/ja/")
    # The links and the settings come from the shared cache, whatever they are.
    assert queries_to_render(client, "/ja/") == with_links


def test_site_map_lists_visible_pages_as_a_tree(client, home_page):
    about = StandardPageFactory(parent=home_page, title="私たちについて")
    history = StandardPageFactory(parent=about, title="これまでの歩み")
    members = StandardPageFactory(parent=home_page, title="会員限定")
    PageViewRestriction.objects.create(
        page=members, restriction_type=PageViewRestriction.LOGIN
    )
    draft = StandardPageFactory(parent=home_page, title="下書き", live=False)
    response = client.get("/ja/sitemap/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'href="{home_page.url}"' in html
    # The child is listed inside its parent's item.
    about_item = html[html.index(f'href="{about.url}"') :]
    assert about_item.index(history.url) < about_item.index("</li>")
    assert members.url not in html
    assert draft.title not in html


def test_site_map_is_in_the_visitors_language(client, home_page, english):
    about = StandardPageFactory(parent=home_page, title="私たちについて")
    english_about = publish_translation(about, english.locale, "About us")
    html = client.get("/en/sitemap/").content.decode()
    assert f'href="{english_about.url}"' in html
    assert "私たちについて" not in html
    html = client.get("/ja/sitemap/").content.decode()
    assert "About us" not in html


@override_settings(KAIKI_PAGE_CACHE_SECONDS=0)
def test_site_map_queries_do_not_grow_with_the_pages(client, home_page):
    StandardPageFactory(parent=home_page)
    few = queries_to_render(client, "/ja/sitemap/")
    for _n in range(20):
        StandardPageFactory(parent=home_page)
    assert queries_to_render(client, "/ja/sitemap/") == few
