"""Every live public page of the demo can be reached by following links from
the home page, in each language (menus, footer, listings, the site map)."""

from urllib.parse import parse_qsl, urlsplit

import pytest
from django.core.management import call_command
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


def test_every_public_page_is_linked_from_the_home_page(client, settings):
    settings.ALLOWED_HOSTS = ["*"]
    call_command("load_demo_data", verbosity=0)  # once: it takes a while
    for language in ("ja", "en"):
        pages = visible_pages(Page.objects.filter(locale__language_code=language))
        expected = {page.url for page in pages.filter(depth__gt=1)}
        assert len(expected) > 30
        reached = crawl(client, f"/{language}/")
        assert expected - reached == set(), language
