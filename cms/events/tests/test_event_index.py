"""The event index: upcoming sessions soonest first, the archive newest first."""

import datetime
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.utils import timezone
from django.utils.translation import gettext
from wagtail.models import PageViewRestriction

from cms.events.choices import SessionOverride, SessionStatus
from cms.events.page_views import event_listing_context
from cms.events.tests.factories import EventPageFactory, EventSessionFactory
from cms.regions.tests.factories import RegionFactory

pytestmark = pytest.mark.django_db

TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime.datetime(2030, 3, 1, 12, 0, tzinfo=TOKYO)


def session_at(index, starts_at, title, **kwargs):
    event = EventPageFactory(parent=index, title=title)
    return EventSessionFactory(
        page=event,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=2),
        **kwargs,
    )


def listing(index, archive=False, **params):
    request = RequestFactory().get("/", params)
    request.user = AnonymousUser()
    return event_listing_context(index, request, archive=archive, now=NOW)


def titles(context):
    return [session.page.title for session in context["sessions"]]


@pytest.fixture
def regions():
    return RegionFactory(name="津軽", slug="tsugaru"), RegionFactory(
        name="南部", slug="nanbu"
    )


@pytest.fixture
def sessions(event_index, regions):
    tsugaru, nanbu = regions
    return {
        "later": session_at(
            event_index, NOW + timedelta(days=40), "later", region=nanbu
        ),
        "soon": session_at(
            event_index, NOW + timedelta(days=3), "soon", region=tsugaru
        ),
        # Started an hour ago, still on: still upcoming.
        "ongoing": session_at(
            event_index, NOW - timedelta(hours=1), "ongoing", region=tsugaru
        ),
        "last_month": session_at(
            event_index, NOW - timedelta(days=20), "last_month", region=tsugaru
        ),
        "last_year": session_at(
            event_index, NOW - timedelta(days=365), "last_year", region=nanbu
        ),
    }


def test_upcoming_soonest_first(sessions, event_index):
    assert titles(listing(event_index)) == ["ongoing", "soon", "later"]


def test_archive_newest_first(sessions, event_index):
    context = listing(event_index, archive=True)
    assert context["archive"] is True
    assert titles(context) == ["last_month", "last_year"]


def test_unpublished_events_are_not_listed(sessions, event_index):
    sessions["soon"].page.unpublish()
    assert titles(listing(event_index)) == ["ongoing", "later"]


def test_events_behind_a_login_are_not_listed(sessions, event_index):
    PageViewRestriction.objects.create(
        page=sessions["soon"].page, restriction_type=PageViewRestriction.LOGIN
    )
    assert titles(listing(event_index)) == ["ongoing", "later"]


def test_region_filter(sessions, event_index, regions):
    context = listing(event_index, region="nanbu")
    assert titles(context) == ["later"]
    assert context["selected_region"] == regions[1]
    assert context["filtered"] is True
    assert titles(listing(event_index, archive=True, region="nanbu")) == ["last_year"]


def test_an_unknown_region_is_an_error_that_keeps_the_rest(sessions, event_index):
    month = timezone.localtime(sessions["later"].starts_at).strftime("%Y-%m")
    context = listing(event_index, region="atlantis", month=month)
    assert titles(context) == ["later"]
    assert context["selected_region"] is None
    form = context["filter_form"]
    assert form.errors["region"] == [
        gettext("There is no such region: choose one from the list.")
    ]
    assert form["region"].value() == "atlantis"


def test_month_filter(sessions, event_index):
    month = timezone.localtime(sessions["later"].starts_at).strftime("%Y-%m")
    context = listing(event_index, month=month)
    assert titles(context) == ["later"]
    assert context["selected_month"] == month


def test_months_to_choose_from(sessions, event_index):
    upcoming = listing(event_index)["months"]
    assert upcoming == sorted(
        {
            timezone.localtime(sessions[k].starts_at).date().replace(day=1)
            for k in ("ongoing", "soon", "later")
        }
    )


NOT_A_MONTH = "Give the month as year-month, e.g. 2027-03."
OUT_OF_RANGE = "Choose a month between %(first)d and %(last)d."


@pytest.mark.parametrize(
    ("month", "error"),
    [
        ("2030-13", NOT_A_MONTH),
        ("x", NOT_A_MONTH),
        ("9999-12", OUT_OF_RANGE),
        ("0001-01", OUT_OF_RANGE),
    ],
)
def test_a_bad_month_is_an_error_and_filters_nothing(
    sessions, event_index, month, error
):
    context = listing(event_index, month=month)
    assert titles(context) == ["ongoing", "soon", "later"]
    assert context["filter_form"].errors["month"] == [
        gettext(error) % {"first": 1900, "last": 2200}
    ]
    # What was asked for stays in the form, beside the error.
    assert context["selected_month"] == month
    assert context["filtered"] is False


def test_pagination(event_index, settings):
    settings.KAIKI_EVENTS_PER_PAGE = 2
    for day in range(1, 6):
        session_at(event_index, NOW + timedelta(days=day), f"day {day}")
    first = listing(event_index)
    assert titles(first) == ["day 1", "day 2"]
    assert first["paginator"].num_pages == 3
    assert titles(listing(event_index, page="3")) == ["day 5"]
    # Out of range: the last page, not an error.
    assert titles(listing(event_index, page="99")) == ["day 5"]


class TestEventIndexPage:
    def test_upcoming_page(self, client, event_index, home_page):
        tsugaru = RegionFactory(name="津軽", slug="tsugaru")
        event = EventPageFactory(parent=event_index, title="あおもり回帰の集い")
        start = datetime.datetime(2099, 3, 4, 14, 0, tzinfo=TOKYO)
        EventSessionFactory(
            page=event,
            region=tsugaru,
            starts_at=start,
            ends_at=start + timedelta(hours=2, minutes=30),
        )
        response = client.get(event_index.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert "あおもり回帰の集い" in html
        assert "2099年3月4日(水) 14:00〜16:30" in html
        assert event.url in html
        assert str(SessionStatus.OPEN.label) in html
        assert event_index.url + "archive/" in html

    def test_cancelled_session_is_labelled(self, client, event_index):
        event = EventPageFactory(parent=event_index, title="中止になった集い")
        EventSessionFactory(page=event, override=SessionOverride.CANCELLED)
        html = client.get(event_index.url).content.decode()
        assert str(SessionStatus.CANCELLED.label) in html

    def test_archive_page(self, client, event_index):
        event = EventPageFactory(parent=event_index, title="去年の集い")
        start = timezone.now() - timedelta(days=300)
        EventSessionFactory(
            page=event, starts_at=start, ends_at=start + timedelta(hours=1)
        )
        response = client.get(event_index.url + "archive/")
        assert response.status_code == 200
        assert response.context["archive"] is True
        assert [s.page.title for s in response.context["sessions"]] == ["去年の集い"]
        assert "去年の集い" in response.content.decode()
        # ...and not among the upcoming ones.
        assert "去年の集い" not in client.get(event_index.url).content.decode()

    def test_filters_through_the_url(self, client, event_index):
        nanbu = RegionFactory(slug="nanbu")
        EventSessionFactory(
            page=EventPageFactory(parent=event_index, title="八戸の集い"), region=nanbu
        )
        EventSessionFactory(
            page=EventPageFactory(parent=event_index, title="弘前の集い")
        )
        response = client.get(event_index.url, {"region": "nanbu"})
        html = response.content.decode()
        assert "八戸の集い" in html
        assert "弘前の集い" not in html
