"""A Japanese title no longer makes a long percent-encoded address: a new page
gets its type and date as its slug, which the editor can change."""

import datetime

import pytest
from django.urls import reverse
from django.utils.text import slugify

from cms.core.slugs import ReadableSlugMixin
from cms.events.models import EventPage
from cms.events.tests.factories import EventIndexPageFactory
from cms.events.tests.test_page_tree import event_form, session_form
from cms.news.models import NewsIndexPage, NewsPage
from cms.regions.tests.factories import RegionFactory
from home.models import StandardPage
from home.tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

TITLE = "あおもり回帰の集い 冬の交流会「雪国で暮らす」"
TODAY = datetime.date(2027, 2, 14)


@pytest.fixture(autouse=True)
def today(monkeypatch):
    monkeypatch.setattr("cms.core.slugs.localdate", lambda: TODAY)


@pytest.fixture
def event_index(home_page):
    return EventIndexPageFactory(parent=home_page)


def create_event(client, index, *, title=TITLE, slug=None, starts="2030-03-02 14:00"):
    region = RegionFactory()
    data = event_form(
        region,
        sessions=[
            session_form(region, starts_at=starts, ends_at=starts[:11] + "16:30")
        ],
        title=title,
    )
    # What the admin's title-to-slug sync puts in the field.
    data["slug"] = slugify(title, allow_unicode=True) if slug is None else slug
    data["action-publish"] = "action-publish"
    url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", index.pk])
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    return EventPage.objects.latest("pk")


def test_a_japanese_title_gives_the_type_and_the_first_session_date(
    admin_client, event_index
):
    event = create_event(admin_client, event_index)

    assert event.slug == "event-2030-03-02"
    assert event.url_path.endswith("/event-2030-03-02/")
    # The revision (what a later publish restores) has the same slug.
    assert event.get_latest_revision_as_object().slug == "event-2030-03-02"


def test_a_second_event_on_the_same_day_gets_a_suffix(admin_client, event_index):
    create_event(admin_client, event_index)
    second = create_event(admin_client, event_index, title="雪国の暮らし相談会")

    assert second.slug == "event-2030-03-02-2"


@pytest.mark.parametrize("typed", ["winter-2030", "冬の交流会"])
def test_a_slug_the_editor_typed_stays(admin_client, event_index, typed):
    assert create_event(admin_client, event_index, slug=typed).slug == typed


def test_a_latin_title_keeps_wagtails_slug(admin_client, event_index):
    event = create_event(admin_client, event_index, title="Winter gathering")

    assert event.slug == "winter-gathering"


def test_the_editor_can_change_it_later(admin_client, event_index):
    event = create_event(admin_client, event_index)
    data = event_form(
        RegionFactory(),
        sessions=[session_form(RegionFactory())],
        title=TITLE,
    )
    data.update(
        {
            "slug": slugify(TITLE, allow_unicode=True),
            "action-publish": "action-publish",
            "sessions-0-id": str(event.sessions.get().pk),
        }
    )
    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[event.pk]), data
    )

    assert response.status_code == 302
    event.refresh_from_db()
    assert event.slug == slugify(TITLE, allow_unicode=True)


def test_existing_pages_keep_their_address(home_page):
    # Made before this change (or by code that sets its own slug), with a slug
    # from its Japanese title; edited and published again.
    page = StandardPageFactory(
        parent=home_page, title="移住", slug=slugify(TITLE, allow_unicode=True)
    )
    page.title = TITLE
    page.save_revision().publish()

    page.refresh_from_db()
    assert page.slug == slugify(TITLE, allow_unicode=True)


def test_other_page_types_use_their_own_word_and_date(home_page):
    standard = home_page.add_child(instance=StandardPage(title="移住のご案内"))
    news_index = home_page.add_child(instance=NewsIndexPage(title="お知らせ"))
    news = news_index.add_child(
        instance=NewsPage(
            title="相談窓口を開設しました",
            date=datetime.date(2026, 11, 3),
            summary="毎週土曜日に開きます。",
            body=[],
        )
    )

    assert standard.slug == "page-2027-02-14"  # the day it was created
    assert news.slug == "news-2026-11-03"  # the news item's own date


def test_types_are_named_after_the_page_model():
    class PanelReportPage(ReadableSlugMixin):
        pass

    assert PanelReportPage.get_readable_slug_type() == "panel-report"
