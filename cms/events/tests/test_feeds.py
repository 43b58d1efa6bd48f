"""The upcoming events' RSS feed and the subscribable iCalendar feed."""

import xml.etree.ElementTree as ET
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from cms.events.choices import SessionOverride
from cms.events.tests.factories import EventPageFactory, EventSessionFactory
from cms.regions.tests.factories import RegionFactory
from home.tests.utils import assert_queries_flat

pytestmark = pytest.mark.django_db


def rss_items(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    return channel, channel.findall("item")


@pytest.fixture
def sessions(event_index):
    tsugaru = RegionFactory(name="中南", slug="chunan")
    event = EventPageFactory(parent=event_index, title="弘前の集い", summary="交流会")
    upcoming = EventSessionFactory(page=event, region=tsugaru, title="弘前会場")
    start = timezone.now() - timedelta(days=30)
    EventSessionFactory(page=event, starts_at=start, ends_at=start + timedelta(hours=1))
    other = EventPageFactory(parent=event_index, title="八戸の集い")
    elsewhere = EventSessionFactory(page=other, region=RegionFactory(slug="sanpachi"))
    private = EventPageFactory(parent=event_index, title="会員限定の集い")
    EventSessionFactory(page=private)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    return upcoming, elsewhere


def test_rss_lists_upcoming_public_sessions_whose_links_answer(client, sessions):
    upcoming, elsewhere = sessions
    channel, items = rss_items(client.get("/ja/feeds/events/"))
    titles = [item.findtext("title") for item in items]
    assert sorted(titles) == ["八戸の集い", "弘前の集い 弘前会場"]
    assert channel.findtext("link").endswith("/ja/events/")
    for item in items:
        link = urlsplit(item.findtext("link"))
        assert link.scheme == "http" and link.netloc == "testserver"
        assert client.get(link.path).status_code == 200
    hirosaki = items[titles.index("弘前の集い 弘前会場")]
    assert hirosaki.findtext("link").endswith(f"#session-{upcoming.pk}")


def test_rss_marks_a_cancelled_session(client, sessions):
    upcoming, _elsewhere = sessions
    upcoming.override = SessionOverride.CANCELLED
    upcoming.save()
    _channel, items = rss_items(client.get("/ja/feeds/events/"))
    description = next(
        item.findtext("description")
        for item in items
        if item.findtext("title") == "弘前の集い 弘前会場"
    )
    assert description.startswith("中止")


def test_english_rss_lists_english_pages_only(client, sessions):
    _channel, items = rss_items(client.get("/en/feeds/events/"))
    assert items == []


def calendar_events(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content).walk("VEVENT")


def test_calendar_feed_has_every_upcoming_public_session(client, sessions):
    upcoming, elsewhere = sessions
    entries = calendar_events(client.get("/ja/feeds/events.ics"))
    uids = {str(entry["UID"]) for entry in entries}
    assert uids == {
        f"session-{upcoming.translation_key}@localhost",
        f"session-{elsewhere.translation_key}@localhost",
    }
    for entry in entries:
        assert str(entry["STATUS"]) == "CONFIRMED"
        assert "SEQUENCE" in entry
        assert client.get(urlsplit(str(entry["URL"])).path).status_code == 200


def test_calendar_feed_per_region(client, sessions):
    upcoming, _elsewhere = sessions
    response = client.get("/ja/feeds/events.ics", {"region": "chunan"})
    (entry,) = calendar_events(response)
    assert str(entry["UID"]) == f"session-{upcoming.translation_key}@localhost"
    calendar = Calendar.from_ical(response.content)
    assert "中南" in str(calendar["X-WR-CALNAME"])
    assert client.get("/ja/feeds/events.ics", {"region": "nowhere"}).status_code == 404


def test_event_index_links_the_calendar_feed(client, sessions, event_index):
    html = client.get(event_index.url, {"region": "chunan"}).content.decode()
    assert 'href="webcal://testserver/ja/feeds/events.ics"' in html
    assert 'href="/ja/feeds/events.ics"' in html
    assert 'href="webcal://testserver/ja/feeds/events.ics?region=chunan"' in html
    assert 'href="/ja/feeds/events.ics?region=chunan"' in html


def test_every_page_advertises_the_feeds(client, event_index):
    html = client.get("/ja/").content.decode()
    assert (
        '<link rel="alternate" type="application/rss+xml" href="/ja/feeds/news/"'
        in html
    )
    assert (
        '<link rel="alternate" type="application/rss+xml" href="/ja/feeds/events/"'
        in html
    )
    html = client.get("/en/sitemap/").content.decode()
    assert 'href="/en/feeds/events/"' in html


@pytest.mark.parametrize("url", ["/ja/feeds/events/", "/ja/feeds/events.ics"])
def test_feed_queries_stay_flat(client, event_index, url):
    def add(count):
        for _n in range(count):
            EventSessionFactory(page=EventPageFactory(parent=event_index))

    assert_queries_flat(client, url, add=add, budget=12)
