"""A session held online only has no region: when it may, and how every listing,
file and feed shows it."""

import json
import re
from urllib.parse import urlsplit

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import pgettext
from icalendar import Calendar

from cms.events.tests.factories import EventPageFactory, EventSessionFactory
from cms.regions.tests.factories import MunicipalityFactory, RegionFactory

pytestmark = pytest.mark.django_db


def online_only(**kwargs):
    fields = {
        "region": None,
        "venue_name": "オンライン(Zoom)",
        "venue_address": "",
        "online_available": True,
    }
    return {**fields, **kwargs}


@pytest.fixture
def sessions(event_index):
    consultation = EventPageFactory(parent=event_index, title="オンライン移住相談会")
    online = EventSessionFactory(page=consultation, title="夜の部", **online_only())
    gathering = EventPageFactory(parent=event_index, title="弘前の集い")
    hirosaki = EventSessionFactory(
        page=gathering, region=RegionFactory(name="中南", slug="chunan")
    )
    return online, hirosaki


class TestWhenARegionMayBeEmpty:
    def test_an_online_only_session_needs_none(self, event_index):
        session = EventSessionFactory.build(
            page=EventPageFactory(parent=event_index), **online_only()
        )
        session.clean()
        assert session.is_online_only

    @pytest.mark.parametrize(
        "change",
        [{"online_available": False}, {"venue_address": "青森市新町2丁目6番25号"}],
    )
    def test_a_session_with_a_place_to_go_needs_one(self, event_index, change):
        session = EventSessionFactory.build(
            page=EventPageFactory(parent=event_index), **online_only(**change)
        )
        with pytest.raises(ValidationError) as error:
            session.clean()
        assert set(error.value.message_dict) == {"region"}

    def test_a_municipality_needs_its_region(self, event_index):
        session = EventSessionFactory.build(
            page=EventPageFactory(parent=event_index),
            **online_only(municipality=MunicipalityFactory()),
        )
        with pytest.raises(ValidationError) as error:
            session.clean()
        assert set(error.value.message_dict) == {"municipality"}

    @pytest.mark.parametrize(
        "change",
        [
            {"online_available": False},
            {"venue_address": "青森市新町2丁目6番25号"},
            {"municipality": None},  # replaced by a real one below
        ],
    )
    def test_the_database_refuses_what_clean_refuses(self, event_index, change):
        if "municipality" in change:
            change = {"municipality": MunicipalityFactory()}
        page = EventPageFactory(parent=event_index)
        with pytest.raises(IntegrityError), transaction.atomic():
            EventSessionFactory(page=page, **online_only(**change))


def test_the_event_page_says_online_only(client, sessions):
    online, _hirosaki = sessions
    html = client.get(online.page.url).content.decode()
    assert pgettext("event", "Online only") in html
    match = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL
    )
    (item,) = json.loads(match.group(1))
    assert item["eventAttendanceMode"] == (
        "https://schema.org/OnlineEventAttendanceMode"
    )
    assert item["location"]["@type"] == "VirtualLocation"
    assert item["location"]["url"].endswith(online.page.url)


def test_the_event_index_lists_it_and_a_region_filter_leaves_it_out(
    client, sessions, event_index
):
    html = client.get(event_index.url).content.decode()
    assert "オンライン移住相談会" in html
    assert pgettext("event", "Online only") in html
    filtered = client.get(event_index.url, {"region": "chunan"}).content.decode()
    assert "弘前の集い" in filtered
    assert "オンライン移住相談会" not in filtered


def test_calendar_files_and_feeds_have_it_without_a_region(client, sessions):
    online, hirosaki = sessions
    single = client.get(online.page.calendar_url(online))
    (entry,) = Calendar.from_ical(single.content).walk("VEVENT")
    assert str(entry["LOCATION"]) == "オンライン(Zoom)"

    def uids(response):
        assert response.status_code == 200
        entries = Calendar.from_ical(response.content).walk("VEVENT")
        return {str(entry["UID"]) for entry in entries}

    every = uids(client.get("/ja/feeds/events.ics"))
    assert f"session-{online.translation_key}@localhost" in every
    in_chunan = uids(client.get("/ja/feeds/events.ics", {"region": "chunan"}))
    assert in_chunan == {f"session-{hirosaki.translation_key}@localhost"}

    rss = client.get("/ja/feeds/events/")
    assert rss.status_code == 200
    assert "オンライン移住相談会 夜の部" in rss.content.decode()
    for link in re.findall(r"<link>(.*?)</link>", rss.content.decode()):
        assert client.get(urlsplit(link).path).status_code == 200
