"""Share links and map links: plain links, no third-party script."""

from urllib.parse import parse_qs, urlsplit

import pytest

from cms.events.tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    EventSessionFactory,
)
from home.tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def hrefs(html, prefix):
    return [
        part.split('"')[0].replace("&amp;", "&")
        for part in html.split('href="')[1:]
        if part.startswith(prefix)
    ]


def test_a_page_has_line_x_and_facebook_share_links(client, home_page):
    page = StandardPageFactory(parent=home_page, title="居場所のつくり方")
    html = client.get(page.url).content.decode()
    full_url = f"http://localhost{page.url}"
    (line,) = hrefs(html, "https://social-plugins.line.me/")
    assert parse_qs(urlsplit(line).query) == {"url": [full_url]}
    (x,) = hrefs(html, "https://twitter.com/intent/tweet")
    assert parse_qs(urlsplit(x).query) == {
        "url": [full_url],
        "text": ["居場所のつくり方"],
    }
    (facebook,) = hrefs(html, "https://www.facebook.com/sharer/")
    assert parse_qs(urlsplit(facebook).query) == {"u": [full_url]}
    assert "<script src=" not in html


def test_a_venue_with_an_address_has_map_links(client, home_page):
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home_page))
    EventSessionFactory(page=event, venue_address="青森県弘前市駅前町9-20")
    html = client.get(event.url).content.decode()
    (osm,) = set(hrefs(html, "https://www.openstreetmap.org/search"))
    assert parse_qs(urlsplit(osm).query) == {"query": ["青森県弘前市駅前町9-20"]}
    (google,) = set(hrefs(html, "https://www.google.com/maps/search/"))
    assert parse_qs(urlsplit(google).query)["query"] == ["青森県弘前市駅前町9-20"]


def test_a_venue_without_an_address_has_none(client, home_page):
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home_page))
    EventSessionFactory(page=event, venue_name="オンライン", venue_address="")
    html = client.get(event.url).content.decode()
    assert "openstreetmap.org" not in html
    assert "google.com/maps" not in html
