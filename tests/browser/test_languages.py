"""Switching language on an event page, in a real browser, on the demo site.

Registering in English belongs to the registration stage, which adds the form.
"""

import pytest

from cms.events.models import EventPage

from .conftest import serious_violations

pytestmark = pytest.mark.browser


def test_visitor_switches_an_event_page_to_english(
    demo_site, browser_page, axe, screenshot
):
    page = browser_page
    event = EventPage.objects.get(slug="aomori-2017", locale__language_code="ja")
    page.goto(demo_site + event.url)
    assert page.locator("html").get_attribute("lang") == "ja"
    assert page.locator("h1").inner_text().strip() == event.title
    assert "2017年3月4日(土) 14:00〜16:30" in page.locator("main").inner_text()

    switcher = page.locator("nav.language-switcher")
    assert switcher.locator("a[aria-current]").get_attribute("lang") == "ja"
    switcher.locator("a[hreflang='en']").click()
    page.wait_for_load_state()

    assert page.url == demo_site + "/en/events/aomori-2017/"
    assert page.locator("html").get_attribute("lang") == "en"
    assert (
        page.locator("h1").inner_text().strip()
        == "Aomori Homecoming 1000 Council in Aomori"
    )
    main = page.locator("main").inner_text()
    assert "Sat 4 March 2017, 14:00–16:30" in main
    assert "Tosei" in main
    assert (
        page.locator("nav.language-switcher a[aria-current]").get_attribute("lang")
        == "en"
    )
    screenshot(page, "event-english-desktop")
    problems = {"event (en)": serious_violations(axe, page)}

    page.goto(demo_site + "/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    screenshot(page, "home-english-desktop")
    problems["home (en)"] = serious_violations(axe, page)
    assert all(not found for found in problems.values()), problems
