"""An editor makes a section members-only in the admin; logged out, nothing of it
shows in either language."""

import time

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from cms.privacy.tests.factories import PrivacySite
from home.tests.factories import create_home_page

from .conftest import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def wait_for(condition, timeout=10):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.1)


def test_editor_restricts_a_section_and_it_disappears_for_visitors(
    live_server, browser, admin_login, axe, screenshot
):
    site = PrivacySite(create_home_page())
    site.translate()
    section = site.ja["stories"]
    story_titles = [page.title for page in section.get_children()]
    story_titles += [page.title for page in site.en["stories"].get_children()]
    admin = admin_login()
    admin.goto(f"{live_server.url}/admin/pages/{section.pk}/edit/")
    admin.click("button[data-side-panel-toggle='status']")
    admin.click("[data-a11y-dialog-show='set-privacy']")
    dialog = admin.locator("#set-privacy")
    dialog.locator("input[name=restriction_type][value=login]").check()
    dialog.locator("button[type=submit], input[type=submit]").first.click()
    wait_for(lambda: PageViewRestriction.objects.filter(page=section).exists())
    screenshot(admin, "privacy-admin-section-restricted")

    # The English twin followed, through the admin's own path.
    assert site.en["stories"].view_restrictions.get().restriction_type == "login"

    visitor = browser.new_context(
        locale="ja-JP", viewport={"width": 390, "height": 844}
    )
    page = visitor.new_page()
    problems = {}
    for language in ("ja", "en"):
        home = site.ja["home"] if language == "ja" else site.en["home"]
        page.goto(live_server.url + home.url)
        text = page.content()
        assert not [title for title in story_titles if title in text], language
        problems[f"home ({language})"] = serious_violations(axe, page)
        screenshot(page, f"privacy-home-{language}-phone")
        page.goto(f"{live_server.url}/{language}/search/?query=八戸")
        assert not [title for title in story_titles if title in page.content()]
        # The section itself asks for a login.
        stories = site.ja["stories"] if language == "ja" else site.en["stories"]
        response = Client().get(stories.url)
        assert response.status_code == 302 and "login" in response["Location"]
    sitemap = Client().get("/sitemap.xml").content.decode()
    assert "/stories/" not in sitemap
    visitor.close()
    assert all(not found for found in problems.values()), problems
