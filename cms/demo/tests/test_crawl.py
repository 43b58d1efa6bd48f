"""Every live public page of the demo can be reached by following links from
the home page, in each language (menus, footer, listings, the site map)."""

from urllib.parse import parse_qsl, urlsplit

import pytest
from wagtail.models import Page

from cms.privacy.visibility import visible_pages

pytestmark = pytest.mark.django_db

# Links a crawl doesn't follow: files, feeds, forms' targets, the admin.
SKIPPED_PREFIXES = ("/admin/", "/documents/", "/media/", "/static/")
FOLLOWED_PARAMETERS = {"page"}  # listings' pages; filters only narrow them


def links(html):
    from html.parser import HTMLParser

    found = []

    class Anchors(HTMLParser):
        def handle_starttag(self, tag, attrs):
            href = dict(attrs).get("href")
            if tag == "a" and href:
                found.append(href)

    Anchors().feed(html)
    return found


def crawl(client, start):
    """Paths of the HTML pages reached from ``start`` by following links."""
    language = start.strip("/")
    seen, queue, reached = {start}, [start], set()
    while queue:
        url = queue.pop()
        response = client.get(url)
        content_type = response.get("Content-Type", "")
        if response.status_code != 200 or not content_type.startswith("text/html"):
            continue
        reached.add(urlsplit(url).path)
        for href in links(response.content.decode()):
            parts = urlsplit(href)
            if parts.netloc not in ("", "testserver") or parts.scheme not in (
                "",
                "http",
                "https",
            ):
                continue
            path = parts.path
            if not path.startswith(f"/{language}/") or path.startswith(
                SKIPPED_PREFIXES
            ):
                continue
            if not set(dict(parse_qsl(parts.query))) <= FOLLOWED_PARAMETERS:
                continue
            target = path + (f"?{parts.query}" if parts.query else "")
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return reached


def test_every_public_page_is_linked_from_the_home_page(demo, client, settings):
    settings.ALLOWED_HOSTS = ["*"]
    for language in ("ja", "en"):
        pages = visible_pages(Page.objects.filter(locale__language_code=language))
        expected = {page.url for page in pages.filter(depth__gt=1)}
        assert len(expected) > 30
        reached = crawl(client, f"/{language}/")
        assert expected - reached == set(), language


def hrefs_on(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return set(links(response.content.decode()))


def test_the_demo_mentions_are_links(demo, client, settings):
    """The home page's guide box leads to the guide directory, the grant's news
    item to the grant page and its Q&A, a story to the grant, in each language;
    every way to apply that is a link stays on this site."""
    from wagtail.models import Locale, Site

    from cms.events.models import EventPage
    from cms.news.models import NewsPage
    from cms.programmes.models import ProgrammePage
    from cms.stories.models import CaseStudyPage
    from home.models import HomePage
    from network.models import GuideDirectoryPage

    settings.ALLOWED_HOSTS = ["*"]

    def japanese(model, slug):
        return model.objects.get(slug=slug, locale__language_code="ja")

    grant = japanese(ProgrammePage, "ibasho-startup-grant")
    news = japanese(NewsPage, "startup-grant-qa")
    story = japanese(CaseStudyPage, "goshogawara-kodomo-shokudo")
    guides = GuideDirectoryPage.objects.get(locale__language_code="ja")
    home = HomePage.objects.get(locale__language_code="ja")
    for locale in Locale.objects.all():

        def translated(page, locale=locale):
            return page.get_translation(locale)

        grant_url = translated(grant).url
        assert translated(guides).url in hrefs_on(client, translated(home))
        news_links = hrefs_on(client, translated(news))
        assert grant_url in news_links, locale
        assert any(href.startswith("/documents/") for href in news_links), locale
        assert grant_url in hrefs_on(client, translated(story)), locale

    site_hosts = {site.hostname for site in Site.objects.all()}
    methods = [
        method
        for event in EventPage.objects.all()
        for method in event.application_methods
    ]
    assert methods
    for method in methods:
        assert "example.org/" not in str(method.value)
        if method.block_type == "url":
            assert urlsplit(method.value["url"]).hostname in site_hosts, method.value
