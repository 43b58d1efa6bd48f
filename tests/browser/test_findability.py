"""What a visitor finds (#18): the footer's links, a finished and a postponed
event, and the library on a phone; axe clean, screenshots looked at."""

import datetime
from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Site

from cms.demo.content.regions import REGIONS
from cms.demo.loaders.images import page_map_image
from cms.events.choices import SessionOverride
from cms.events.tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    EventSessionFactory,
)
from cms.library.tests.factories import LibraryDocumentFactory, LibraryPageFactory
from cms.organisation.tests.factories import OrganisationProfileFactory
from cms.regions.models import Municipality, Region
from cms.stories.tests.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from home.models import OrganisationSettings
from home.tests.factories import (
    ContactPageFactory,
    StandardPageFactory,
    create_home_page,
)

from .conftest import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def build_site():
    home = create_home_page()
    contact = ContactPageFactory(parent=home)
    privacy = StandardPageFactory(
        parent=home, title="個人情報の取り扱い", slug="privacy"
    )
    accessibility = StandardPageFactory(
        parent=home, title="ウェブアクセシビリティ方針", slug="accessibility"
    )
    OrganisationProfileFactory(
        name="あおもり回帰ネットワーク事務局",
        address="青森県青森市新町二丁目4番1号",
        office_hours="平日 9:00〜17:00",
    )
    OrganisationSettings.objects.create(
        site=Site.objects.get(is_default_site=True),
        postal_code="030-0801",
        phone="017-000-1234",
        email="info@example.org",
        contact_page=contact,
        privacy_page=privacy,
        accessibility_page=accessibility,
    )
    index = EventIndexPageFactory(parent=home, title="イベント")
    methods = [("phone", {"value": "017-000-1234", "note": "平日"})]
    finished = EventPageFactory(
        parent=index,
        title="あおもり回帰1000人会議 2017",
        summary="移住者と地域をつなぐ集いでした。",
        application_methods=methods,
    )
    start = datetime.datetime(2017, 3, 4, 14, 0, tzinfo=timezone.get_current_timezone())
    EventSessionFactory(
        page=finished, starts_at=start, ends_at=start + timedelta(hours=2, minutes=30)
    )
    postponed = EventPageFactory(
        parent=index,
        title="居場所づくりネットワークミーティング",
        summary="地域の居場所の運営者が集まります。",
        application_methods=methods,
    )
    EventSessionFactory(
        page=postponed,
        override=SessionOverride.POSTPONED,
        override_note="大雪のため延期します。新しい日程は決まり次第お知らせします。",
    )
    library = LibraryPageFactory(parent=home)
    for number in range(4):
        LibraryDocumentFactory(
            title=f"居場所づくりの手引き 第{number + 1}版",
            published_on=datetime.date(2022, 6, 13),
        )
    return home, finished, postponed, library, (contact, privacy, accessibility)


def test_footer_events_and_library(live_server, browser, axe, screenshot):
    home, finished, postponed, library, footer_pages = build_site()
    problems = {}
    for name, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        context = browser.new_context(locale="ja-JP", viewport=viewport)
        page = context.new_page()

        page.goto(live_server.url + home.url)
        footer = page.locator(".site-footer")
        for footer_page in footer_pages:
            assert footer.get_by_role("link", name=footer_page.title).count() == 1
        assert footer.get_by_role("link", name="サイトマップ", exact=True).count() == 1
        screenshot(page, f"findability-footer-{name}")
        problems[f"home {name}"] = serious_violations(axe, page)

        page.goto(live_server.url + finished.url)
        assert page.locator(".alert--finished").is_visible()
        assert page.locator("#how-to-apply").count() == 0
        assert page.get_by_text("カレンダーに追加").count() == 0
        screenshot(page, f"findability-finished-event-{name}")
        problems[f"finished {name}"] = serious_violations(axe, page)

        page.goto(live_server.url + postponed.url)
        assert page.locator(".alert--postponed").is_visible()
        assert page.locator("#how-to-apply").count() == 0
        assert page.locator(".session__calendar").count() == 0
        screenshot(page, f"findability-postponed-event-{name}")
        problems[f"postponed {name}"] = serious_violations(axe, page)

        page.goto(live_server.url + library.url)
        screenshot(page, f"findability-library-{name}")
        problems[f"library {name}"] = serious_violations(axe, page)
        if name == "phone":
            # Every fact of a document is on screen, with no sideways scrolling.
            table = page.locator(".documents-table")
            assert table.bounding_box()["width"] <= PHONE["width"]
            downloads = page.locator(".documents-table td[data-label]").last
            box = downloads.bounding_box()
            assert box["x"] + box["width"] <= PHONE["width"]
        context.close()
    assert all(not found for found in problems.values()), problems


def test_a_story_with_its_map_picture(live_server, browser, axe, screenshot):
    """The demo's map picture on a story page, at 390 px and on a desktop: a
    WebP rendition sized to the column, with the picture's alt text."""
    home = create_home_page()
    regions = {}
    for order, spec in enumerate(REGIONS):
        slug = spec["slug"]
        regions[slug] = Region.objects.create(
            slug=slug, name=spec["name"], sort_order=order
        )
        for position, town in enumerate(spec["municipalities"]):
            Municipality.objects.create(
                region=regions[slug],
                slug=town["slug"],
                name=town["name"],
                sort_order=position,
            )
    story = CaseStudyPageFactory(
        parent=CaseStudyIndexPageFactory(parent=home),
        title="千葉から弘前へ。りんご畑の手伝いから始まった暮らし",
        region=regions["chunan"],
    )
    story.image = page_map_image(story, [("chunan", "hirosaki")])
    story.save_revision().publish()
    problems = {}
    for name, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        context = browser.new_context(locale="ja-JP", viewport=viewport)
        page = context.new_page()
        page.goto(live_server.url + story.url)
        img = page.locator(".story .figure img")
        assert img.get_attribute("alt") == story.image.description
        assert "弘前市" in story.image.description
        loaded = img.evaluate(
            "img => img.complete && img.naturalWidth > 0 ? img.currentSrc : ''"
        )
        assert loaded.endswith(".webp"), loaded
        box = img.bounding_box()
        assert box["width"] <= viewport["width"] - 16
        if name == "desktop":  # the text column's width, not the smallest rendition's
            assert box["width"] >= 600
        screenshot(page, f"findability-story-map-{name}")
        problems[name] = serious_violations(axe, page)
        context.close()
    assert all(not found for found in problems.values()), problems
