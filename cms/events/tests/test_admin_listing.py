"""The editors' event list (the explorer under the event index): first and last
session, the event's status, sorted by date."""

import datetime
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from cms.events.choices import SessionOverride, SessionStatus
from cms.events.selectors import event_status
from cms.events.tests.factories import EventPageFactory, EventSessionFactory

pytestmark = pytest.mark.django_db

TOKYO = ZoneInfo("Asia/Tokyo")


def event_with_sessions(index, title, *starts, **session_kwargs):
    event = EventPageFactory(parent=index, title=title)
    for starts_at in starts:
        EventSessionFactory(
            page=event,
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=2),
            **session_kwargs,
        )
    return event


@pytest.fixture
def events(event_index):
    now = timezone.now()
    return {
        "series": event_with_sessions(
            event_index,
            "連続講座",
            datetime.datetime(2016, 5, 14, 14, tzinfo=TOKYO),
            datetime.datetime(2016, 7, 9, 14, tzinfo=TOKYO),
        ),
        "upcoming": event_with_sessions(
            event_index, "冬の集い", now + timedelta(days=20)
        ),
        "cancelled": event_with_sessions(
            event_index,
            "中止の会",
            now + timedelta(days=5),
            override=SessionOverride.CANCELLED,
        ),
    }


def explore(client, index, **params):
    with translation.override("ja"):
        return client.get(reverse("wagtailadmin_explore", args=[index.pk]), params)


def listed_titles(response):
    return [page.title for page in response.context["pages"]]


def test_columns_show_both_dates_and_the_status(admin_client, event_index, events):
    response = explore(admin_client, event_index)

    assert response.status_code == 200
    html = response.content.decode()
    for heading in ("初回", "最終回", "開催状況"):
        assert heading in html
    # The series: its first and its last lecture, the way the site writes dates.
    assert "2016年5月14日(土)" in html
    assert "2016年7月9日(土)" in html
    assert "受付中" in html  # the upcoming gathering (SessionStatus.OPEN)
    assert "中止" in html  # the cancelled one


def test_newest_first_by_default_and_sortable_both_ways(
    admin_client, event_index, events
):
    assert listed_titles(explore(admin_client, event_index)) == [
        "冬の集い",
        "中止の会",
        "連続講座",
    ]
    assert listed_titles(
        explore(admin_client, event_index, ordering="first_session")
    ) == ["連続講座", "中止の会", "冬の集い"]
    assert listed_titles(
        explore(admin_client, event_index, ordering="-last_session")
    ) == ["冬の集い", "中止の会", "連続講座"]


def test_a_draft_without_sessions_goes_last(admin_client, event_index, events):
    EventPageFactory(parent=event_index, title="下書き", live=False)

    for ordering in ("first_session", "-first_session"):
        titles = listed_titles(explore(admin_client, event_index, ordering=ordering))
        assert titles[-1] == "下書き"


def test_searching_the_list_still_works(admin_client, event_index, events):
    # Search backends cannot order by the session dates: relevance instead.
    for params in ({"q": "冬の集い"}, {"q": "冬の集い", "ordering": "first_session"}):
        response = explore(admin_client, event_index, **params)
        assert response.status_code == 200
        assert "冬の集い" in listed_titles(response)


def session_queries(client, index):
    with CaptureQueriesContext(connection) as queries:
        explore(client, index)
    return [q["sql"] for q in queries if "events_eventsession" in q["sql"]]


def test_sessions_are_read_in_a_fixed_number_of_queries(admin_client, event_index):
    # Wagtail's explorer (with wagtail-localize) itself costs a query or two per
    # row; the dates and statuses, all read from the sessions, must add none.
    event_with_sessions(event_index, "最初の会", timezone.now() + timedelta(days=1))
    one = session_queries(admin_client, event_index)
    for n in range(10):
        event_with_sessions(
            event_index,
            f"追加{n}",
            timezone.now() + timedelta(days=n + 2),
            timezone.now() + timedelta(days=n + 40),
        )
    many = session_queries(admin_client, event_index)

    assert len(explore(admin_client, event_index).context["pages"]) == 11
    assert 1 <= len(one) == len(many) <= 2


def test_event_status_is_the_next_session_or_else_the_last():
    now = datetime.datetime(2030, 3, 1, 12, tzinfo=TOKYO)

    def session(days, **kwargs):
        starts_at = now + timedelta(days=days)
        return EventSessionFactory.build(
            starts_at=starts_at, ends_at=starts_at + timedelta(hours=2), **kwargs
        )

    assert event_status([], now=now) is None
    # One lecture over, one to come: the one to come decides.
    assert event_status([session(10), session(-10)], now=now) == SessionStatus.OPEN
    # All over: the last one decides (cancelled after a finished one).
    assert (
        event_status(
            [session(-10), session(-3, override=SessionOverride.CANCELLED)], now=now
        )
        == SessionStatus.CANCELLED
    )
    assert event_status([session(-10), session(-20)], now=now) == (
        SessionStatus.FINISHED
    )
