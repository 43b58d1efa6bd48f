"""An event page: what visitors see, its calendar files and structured data."""

import datetime
import json
import re
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils.translation import gettext
from icalendar import Calendar
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from cms.events.choices import SessionOverride, SessionStatus
from cms.events.models import ParticipantVoice
from cms.events.tests.factories import (
    EventPageFactory,
    EventSessionFactory,
    PanelReportPageFactory,
)
from cms.library.tests.factories import LibraryDocumentFactory
from cms.regions.tests.factories import RegionFactory

pytestmark = pytest.mark.django_db

TOKYO = ZoneInfo("Asia/Tokyo")
START = datetime.datetime(2099, 3, 7, 14, 0, tzinfo=TOKYO)
SECRET_URL = "https://meet.example.com/kaiki-secret-room-123"


@pytest.fixture
def event(event_index):
    return EventPageFactory(
        parent=event_index,
        title="あおもり回帰の集い",
        summary="移住者と地域をつなぐ交流会です。",
        entry_fee=3000,
        social_gathering_fee=0,
    )


@pytest.fixture
def session(event):
    return EventSessionFactory(
        page=event,
        title="弘前会場",
        region=RegionFactory(name="津軽"),
        starts_at=START,
        ends_at=START + timedelta(hours=2, minutes=30),
        venue_name="弘前市民文化交流館",
        capacity=40,
        online_available=True,
        online_url=SECRET_URL,
    )


def structured_data(html):
    match = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL
    )
    assert match, "no JSON-LD script in the page"
    return json.loads(match.group(1))


def test_event_page_shows_the_key_facts(client, event, session):
    response = client.get(event.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "あおもり回帰の集い" in html
    assert "2099年3月7日(土) 14:00〜16:30" in html
    assert "弘前市民文化交流館" in html
    assert "3,000円" in html
    # The social gathering is free: "Free" in the visitor's language, not "0円".
    assert gettext("Free") in html
    assert "0円" not in html.replace("3,000円", "")
    assert str(SessionStatus.OPEN.label) in html
    assert event.calendar_url(session) in html


def test_the_online_address_is_never_shown(client, event, session):
    html = client.get(event.url).content.decode()
    assert "kaiki-secret-room-123" not in html
    assert "meet.example.com" not in html


def test_structured_data(client, event, session):
    html = client.get(event.url).content.decode()
    (item,) = structured_data(html)
    assert item["@type"] == "Event"
    assert item["name"] == "あおもり回帰の集い 弘前会場"
    assert item["startDate"] == "2099-03-07T14:00:00+09:00"
    assert item["eventStatus"] == "https://schema.org/EventScheduled"
    assert item["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert item["offers"]["price"] == 3000
    assert item["location"]["name"] == "弘前市民文化交流館"
    assert SECRET_URL not in json.dumps(item)


def test_cancelled_session(client, event, session):
    session.override = SessionOverride.CANCELLED
    session.override_note = "大雪のため中止します。"
    session.save()
    html = client.get(event.url).content.decode()
    assert str(SessionStatus.CANCELLED.label) in html
    assert "大雪のため中止します。" in html
    (item,) = structured_data(html)
    assert item["eventStatus"] == "https://schema.org/EventCancelled"


def test_series_lists_every_session_with_its_materials(client, event, session):
    handout = LibraryDocumentFactory(title="八戸会場の配布資料")
    second = EventSessionFactory(
        page=event,
        title="八戸会場",
        starts_at=START + timedelta(days=7),
        ends_at=START + timedelta(days=7, hours=2),
        materials=[("document", handout)],
    )
    response = client.get(event.url)
    html = response.content.decode()
    assert "弘前会場" in html and "八戸会場" in html
    assert "八戸会場の配布資料" in html
    assert handout.url in html
    assert event.calendar_url(second) in html
    assert len(structured_data(html)) == 2
    assert response.context["event"]["is_series"] is True


def test_panel_report_renders_under_its_event(client, event, session):
    report = PanelReportPageFactory(parent=event, title="当日の報告")
    ParticipantVoice.objects.create(
        page=report, words="参加してよかった", attribute="30代・Uターン"
    )
    response = client.get(report.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "当日の報告" in html
    assert "参加してよかった" in html
    assert "30代・Uターン" in html
    # ...and the event page links to it.
    assert report.url in client.get(event.url).content.decode()


class TestCalendarFile:
    def test_download(self, client, event, session):
        response = client.get(event.calendar_url(session))
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/calendar")
        assert "attachment" in response["Content-Disposition"]
        calendar = Calendar.from_ical(response.content)
        (entry,) = calendar.walk("VEVENT")
        assert str(entry["SUMMARY"]) == "あおもり回帰の集い 弘前会場"
        assert entry["DTSTART"].params["TZID"] == "Asia/Tokyo"
        start = entry.decoded("DTSTART")
        assert (start.hour, start.minute) == (14, 0)
        assert start == START
        assert entry.decoded("DTEND") == START + timedelta(hours=2, minutes=30)
        assert "kaiki-secret-room-123" not in response.content.decode()

    def test_the_time_zone_is_described(self, client, event, session):
        # RFC 5545: a TZID must refer to a VTIMEZONE in the same file.
        response = client.get(event.calendar_url(session))
        calendar = Calendar.from_ical(response.content)
        assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Tokyo"]

    def test_a_cancelled_session_is_marked(self, client, event, session):
        session.override = SessionOverride.CANCELLED
        session.save()
        response = client.get(event.calendar_url(session))
        (entry,) = Calendar.from_ical(response.content).walk("VEVENT")
        assert str(entry["STATUS"]) == "CANCELLED"

    def test_a_session_of_another_event_is_not_found(self, client, event, event_index):
        other = EventSessionFactory(page=EventPageFactory(parent=event_index))
        response = client.get(event.calendar_url(other))
        assert response.status_code == 404


def test_the_event_image_is_a_responsive_picture_with_alt_text(client, event, session):
    alt = "青森県の6つの地域を描いた地図。中南地域の弘前市に赤い印があります。"
    event.image = Image.objects.create(
        title="地図", description=alt, file=get_test_image_file(size=(1200, 800))
    )
    event.save()
    html = client.get(event.url).content.decode()
    (picture,) = re.findall(r"<picture>.*?</picture>", html, re.DOTALL)
    sources = re.findall(r"<source [^>]*>", picture)
    assert any('type="image/webp"' in source for source in sources)
    assert all(
        re.search(rf"\.width-{width}\.format-webp\.webp {width}w", picture)
        for width in (400, 800, 1200)
    )
    (img,) = re.findall(r"<img [^>]*>", picture)
    assert f'alt="{alt}"' in img
    assert 'width="400"' in img and 'height="266"' in img
