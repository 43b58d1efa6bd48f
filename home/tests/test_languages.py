"""Languages: /ja/ and /en/ URLs, the switcher, hreflang, the sitemap, flat queries."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale

from cms.events.tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    EventSessionFactory,
)
from cms.organisation.tests.factories import OrganisationProfileFactory
from cms.regions.tests.factories import RegionFactory
from home.models import OrganisationSettings
from home.tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def translate(page, **fields):
    """The English translation of ``page``, published (its parent must have one)."""
    english = page.copy_for_translation(Locale.objects.get(language_code="en"))
    english = english.specific
    english.title = fields.pop("title", f"{page.title} (English)")
    for name, value in fields.items():
        setattr(english, name, value)
    english.save_revision().publish()
    english.refresh_from_db()
    return english


def switcher_links(html):
    """{language code: (href, aria-current?)} of the language switcher."""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return {
        code: (href.replace("&amp;", "&"), bool(current))
        for href, code, current in re.findall(
            r'<a href="([^"]*)" lang="([a-z]+)" hreflang="[a-z]+"( aria-current)?',
            nav,
        )
    }


def html_lang(html):
    return re.search(r'<html lang="([^"]+)"', html).group(1)


@pytest.fixture
def english_home(home_page):
    return translate(home_page, title="Home")


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [(None, "/ja/"), ("en", "/en/"), ("en-GB,en;q=0.9", "/en/"), ("fr", "/ja/")],
)
def test_root_redirects_by_accept_language(
    client, home_page, accept_language, expected
):
    headers = {"HTTP_ACCEPT_LANGUAGE": accept_language} if accept_language else {}
    response = client.get("/", **headers)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_admin_documents_and_sitemap_stay_unprefixed(client, home_page):
    assert reverse("sitemap") == "/sitemap.xml"
    assert reverse("wagtailadmin_home") == "/admin/"
    assert reverse("wagtaildocs_serve", args=[1, "a.pdf"]).startswith("/documents/")
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert client.get("/ja/admin/").status_code == 404


def test_pages_are_served_under_their_language_prefix(client, english_home):
    event_index = EventIndexPageFactory(
        parent=english_home.get_translation(Locale.objects.get(language_code="ja"))
    )
    assert event_index.url == "/ja/events/"
    assert translate(event_index).url == "/en/events/"
    assert english_home.url == "/en/"


def test_every_page_type_renders_in_both_languages_with_switcher(
    client, one_page_of_each_type
):
    pages = one_page_of_each_type
    translations = {}
    for page in pages:  # parents come before their children
        translations[page.pk] = translate(page.specific)

    for page in pages:
        english = translations[page.pk]
        ja_html = client.get(page.url).content.decode()
        response = client.get(english.url)
        assert response.status_code == 200, english.url
        en_html = response.content.decode()

        assert html_lang(ja_html) == "ja", page.url
        assert html_lang(en_html) == "en", english.url
        assert switcher_links(ja_html) == {
            "ja": (page.url, True),
            "en": (english.url, False),
        }
        assert switcher_links(en_html) == {
            "ja": (page.url, False),
            "en": (english.url, True),
        }
        assert english.title in en_html


def test_untranslated_page_links_its_nearest_translated_ancestor(client, english_home):
    home = english_home.get_translation(Locale.objects.get(language_code="ja"))
    event_index = EventIndexPageFactory(parent=home)
    english_index = translate(event_index, title="Events")
    event = EventPageFactory(parent=event_index)

    html = client.get(event.url).content.decode()
    target, _current = switcher_links(html)["en"]
    assert target == english_index.url + "?untranslated=1"
    assert "(not translated yet)" not in html  # the Japanese interface
    assert "未翻訳" in html

    notice = client.get(target).content.decode()
    assert "notice--untranslated" in notice
    assert "not translated into this language yet" in notice
    assert "notice--untranslated" not in client.get(english_index.url).content.decode()


def test_switcher_keeps_a_routable_sub_view_and_its_query(client, english_home):
    home = english_home.get_translation(Locale.objects.get(language_code="ja"))
    english_index = translate(EventIndexPageFactory(parent=home), title="Events")
    html = client.get("/ja/events/archive/?region=x").content.decode()
    assert switcher_links(html)["en"] == (
        english_index.url + "archive/?region=x",
        False,
    )


def test_views_that_are_not_pages_switch_with_translate_url(client, home_page):
    html = client.get("/ja/search/?query=aomori").content.decode()
    assert html_lang(html) == "ja"
    assert switcher_links(html) == {
        "ja": ("/ja/search/?query=aomori", True),
        "en": ("/en/search/?query=aomori", False),
    }
    missing = client.get("/en/no-such-page/")
    assert missing.status_code == 404
    html = missing.content.decode()
    assert html_lang(html) == "en"
    # Wagtail serves every path, so the same path is offered under /ja/.
    assert switcher_links(html)["ja"] == ("/ja/no-such-page/", False)


def test_hreflang_alternates_only_for_translated_pages(client, english_home):
    home = english_home.get_translation(Locale.objects.get(language_code="ja"))
    html = client.get("/ja/").content.decode()
    alternates = dict(
        re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html)
    )
    # The same origin as the canonical link: the Site's address.
    assert alternates == {
        "ja": "http://localhost/ja/",
        "x-default": "http://localhost/ja/",
        "en": "http://localhost/en/",
    }
    assert '<link rel="canonical" href="http://localhost/ja/">' in html
    untranslated = StandardPageFactory(parent=home, slug="only-japanese")
    html = client.get(untranslated.url).content.decode()
    hreflangs = re.findall(r'<link rel="alternate" hreflang="([^"]+)"', html)
    assert sorted(hreflangs) == ["ja", "x-default"]


def test_sitemap_lists_both_languages(client, english_home):
    home = english_home.get_translation(Locale.objects.get(language_code="ja"))
    about = StandardPageFactory(parent=home, slug="about")
    translate(about)
    xml = client.get("/sitemap.xml").content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert sorted(locations) == sorted(
        [
            "http://localhost/ja/",
            "http://localhost/ja/about/",
            "http://localhost/en/",
            "http://localhost/en/about/",
        ]
    )


def test_footer_shows_the_organisation_texts_in_the_visitor_language(
    client, english_home
):
    OrganisationSettings.objects.create(
        site=english_home.get_site(), phone="017-000-1234"
    )
    texts = OrganisationProfileFactory(name="あおもり回帰ネットワーク事務局")
    english_texts = texts.copy_for_translation(english_home.locale)
    english_texts.name = "Aomori Homecoming Network Office"
    english_texts.save()
    ja_html = client.get("/ja/").content.decode()
    en_html = client.get("/en/").content.decode()
    assert "あおもり回帰ネットワーク事務局" in ja_html
    assert "Aomori Homecoming Network Office" in en_html
    assert "あおもり回帰ネットワーク事務局" not in en_html
    # Contact details are shared.
    assert "017-000-1234" in en_html


def test_regions_show_in_the_visitor_language(client, english_home):
    home = english_home.get_translation(Locale.objects.get(language_code="ja"))
    english = Locale.objects.get(language_code="en")
    region = RegionFactory(name="東青", slug="tosei")
    english_region = region.copy_for_translation(english)
    english_region.name = "Tosei"
    english_region.save()
    event_index = EventIndexPageFactory(parent=home)
    english_index = translate(event_index)
    event = EventPageFactory(parent=event_index, slug="gathering")
    EventSessionFactory(page=event, region=region)
    english_event = translate(event)

    # The session (a synchronised child) still points at the Japanese region.
    assert english_event.sessions.get().region == region
    en_html = client.get(english_event.url).content.decode()
    assert "Tosei" in en_html and "東青" not in en_html
    assert "東青" in client.get(event.url).content.decode()
    listing = client.get(english_index.url).content.decode()
    assert "Tosei" in listing and "東青" not in listing
    # The filter works by slug in both languages.
    filtered = client.get(english_index.url + "?region=tosei").content.decode()
    assert english_event.title in filtered


def _queries(client, url):
    client.get(url)  # warm Wagtail's cached site root paths
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_english_listings_keep_a_flat_query_count(client, english_home):
    home = english_home.get_translation(Locale.objects.get(language_code="ja"))
    english = Locale.objects.get(language_code="en")
    event_index = EventIndexPageFactory(parent=home)
    english_index = translate(event_index)

    def add_event(n):
        region = RegionFactory()
        translation = region.copy_for_translation(english)
        translation.save()
        event = EventPageFactory(parent=event_index, slug=f"event-{n}")
        EventSessionFactory(page=event, region=region)
        return translate(event)

    first = add_event(0)
    one = (_queries(client, english_index.url), _queries(client, first.url))
    one_home = _queries(client, english_home.url)
    for n in range(1, 6):
        add_event(n)
    many = (_queries(client, english_index.url), _queries(client, first.url))
    assert many == one
    assert _queries(client, english_home.url) == one_home
