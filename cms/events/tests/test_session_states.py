"""Finished, postponed and cancelled sessions say so, stop offering ways to apply
and calendar links; calendar files carry STATUS, SEQUENCE and one UID."""

import datetime
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import Locale

from cms.events.choices import SessionOverride
from cms.events.tests.factories import EventPageFactory, EventSessionFactory

pytestmark = pytest.mark.django_db

PHONE = "017-999-0000"


@pytest.fixture
def event(event_index):
    return EventPageFactory(
        parent=event_index,
        title="あおもり回帰の集い",
        summary="移住者と地域をつなぐ交流会です。",
        application_methods=[("phone", {"value": PHONE, "note": "平日"})],
    )


def past(event):
    start = timezone.now() - timedelta(days=400)
    return EventSessionFactory(
        page=event, starts_at=start, ends_at=start + timedelta(hours=2)
    )


def test_an_upcoming_session_offers_applications_and_calendars(client, event):
    session = EventSessionFactory(page=event)
    html = client.get(event.url).content.decode()
    assert PHONE in html
    assert 'id="how-to-apply"' in html
    assert event.calendar_url(session) in html
    assert "https://calendar.google.com/calendar/render?" in html


def test_a_finished_event_says_so_and_offers_nothing(client, event):
    session = past(event)
    html = client.get(event.url).content.decode()
    assert "alert--finished" in html
    assert "終了" in html
    assert PHONE not in html
    assert 'id="how-to-apply"' not in html
    assert event.calendar_url(session) not in html
    assert "calendar.google.com" not in html


@pytest.mark.parametrize(
    "override", [SessionOverride.POSTPONED, SessionOverride.CANCELLED]
)
def test_postponed_or_cancelled_says_so_at_the_top(client, event, override):
    session = EventSessionFactory(
        page=event, override=override, override_note="台風のため"
    )
    html = client.get(event.url).content.decode()
    alert = html.index(f"alert--{override}")
    assert alert < html.index('id="sessions-heading"')
    assert "台風のため" in html
    assert PHONE not in html
    assert event.calendar_url(session) not in html
    assert "calendar.google.com" not in html


def test_a_series_keeps_applying_for_its_later_sessions(client, event):
    finished = past(event)
    upcoming = EventSessionFactory(page=event)
    html = client.get(event.url).content.decode()
    assert PHONE in html
    assert event.calendar_url(upcoming) in html
    assert event.calendar_url(finished) not in html


def test_google_calendar_link_carries_the_session(client, event):
    session = EventSessionFactory(page=event, title="弘前会場")
    response = client.get(event.url)
    link = next(
        part.split('"')[0]
        for part in response.content.decode().split('href="')
        if part.startswith("https://calendar.google.com/")
    )
    query = parse_qs(urlsplit(link.replace("&amp;", "&")).query)
    assert query["text"] == ["あおもり回帰の集い 弘前会場"]
    start = session.starts_at.astimezone(datetime.UTC)
    assert query["dates"][0].startswith(start.strftime("%Y%m%dT%H%M%SZ") + "/")
    assert query["ctz"] == ["Asia/Tokyo"]


def entry(client, event, session):
    response = client.get(event.calendar_url(session))
    (vevent,) = Calendar.from_ical(response.content).walk("VEVENT")
    return vevent


@pytest.mark.parametrize(
    ("override", "status"),
    [
        (SessionOverride.NONE, "CONFIRMED"),
        (SessionOverride.POSTPONED, "TENTATIVE"),
        (SessionOverride.CANCELLED, "CANCELLED"),
    ],
)
def test_calendar_file_status(client, event, override, status):
    session = EventSessionFactory(page=event, override=override)
    assert str(entry(client, event, session)["STATUS"]) == status


def test_calendar_sequence_grows_with_each_publication(client, event):
    session = EventSessionFactory(page=event)
    first = entry(client, event, session)["SEQUENCE"]
    event.last_published_at = event.last_published_at + timedelta(hours=1)
    event.save()
    assert entry(client, event, session)["SEQUENCE"] == first + 60


def test_calendar_uid_is_one_per_session_across_languages_and_hosts(
    client, event, settings
):
    settings.ALLOWED_HOSTS = ["*"]
    session = EventSessionFactory(page=event)
    locale = Locale.objects.get_or_create(language_code="en")[0]
    for page in [*event.get_ancestors().filter(depth__gt=1), event]:
        english_event = page.specific.copy_for_translation(locale)
        english_event.save_revision().publish()
    english_session = english_event.sessions.get()
    assert english_session.translation_key == session.translation_key
    japanese = entry(client, event, session)
    english = client.get(
        english_event.calendar_url(english_session), HTTP_HOST="other.example"
    )
    (english,) = Calendar.from_ical(english.content).walk("VEVENT")
    assert str(japanese["UID"]) == str(english["UID"])
    assert str(session.translation_key) in str(japanese["UID"])
