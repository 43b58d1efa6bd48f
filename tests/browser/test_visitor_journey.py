"""A visitor's first journey through the demo site, in a real browser.

On the demo site (loaded once per run, see ``demo_site``): home page, an event
with its calendar link, the library, a PDF download; axe-core on every page; screenshots
in test-artifacts/screenshots for a person to look at.
"""

import pytest
from django.utils import timezone

from cms.events.models import EventPage
from cms.library.models import LibraryDocument, LibraryPage

from .conftest import serious_violations

pytestmark = pytest.mark.browser


def test_visitor_reads_home_event_library_and_downloads_a_pdf(
    demo_site, browser_page, axe, screenshot
):
    page = browser_page
    problems = {}

    # Home page: upcoming events are listed by when they take place.
    page.goto(demo_site + "/")
    assert page.locator("html").get_attribute("lang") == "ja"
    assert page.locator("main").count() == 1
    upcoming = page.locator("main a[href*='/events/']")
    assert upcoming.count() > 0
    screenshot(page, "home-desktop")
    problems["home"] = serious_violations(axe, page)

    # The skip link is the first thing a keyboard reaches.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"

    # An upcoming event with its programme and a calendar link (finished ones
    # no longer offer one).
    event = (
        EventPage.objects.live()
        .filter(
            sessions__ends_at__gt=timezone.now(),
            sessions__override="",
            locale__language_code="ja",
        )
        .distinct()
        .first()
    )
    page.goto(demo_site + event.url)
    assert page.locator("h1").inner_text().strip() == event.title
    calendar_link = page.locator("main a[href*='/calendar/']").first
    assert calendar_link.is_visible()
    with page.expect_download() as calendar_download:
        calendar_link.click()
    assert calendar_download.value.suggested_filename.endswith(".ics")
    screenshot(page, "event-desktop")
    problems["event"] = serious_violations(axe, page)

    # The event index on a phone.
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(demo_site + event.get_parent().url)
    screenshot(page, "event-index-phone")
    problems["event index"] = serious_violations(axe, page)
    page.set_viewport_size({"width": 1280, "height": 900})

    # The library lists documents with type and size; a PDF downloads and counts.
    page.goto(
        demo_site + LibraryPage.objects.live().get(locale__language_code="ja").url
    )
    screenshot(page, "library-desktop")
    problems["library"] = serious_violations(axe, page)
    link = page.locator("main a[href*='/documents/'][href$='.pdf']").first
    href = link.get_attribute("href")
    document = LibraryDocument.objects.get(
        pk=int(href.split("/documents/")[1].split("/")[0])
    )
    before = document.download_count
    # Chromium shows PDFs inline rather than as a download: fetch the link
    # through the page's own network stack (same cookies, same server).
    response = page.request.get(demo_site + href)
    assert response.ok
    assert response.headers["content-type"] == "application/pdf"
    assert response.body()[:5] == b"%PDF-"
    document.refresh_from_db()
    assert document.download_count == before + 1

    assert all(not found for found in problems.values()), problems
