"""A newcomer signs up, verifies their e-mail by the link, fills in a profile and
applies as a guide; staff approve; the guide is listed for every visitor."""

import re
import time

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from cms.regions.tests.factories import MunicipalityFactory, RegionFactory
from home.tests.factories import ContactPageFactory, create_home_page
from network.models import GuideProfile
from network.tests.factories import GuideDirectoryPageFactory

from .conftest import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "snow-and-apples-2024"


def wait_for(condition, timeout=10):
    deadline = time.monotonic() + timeout
    while not (result := condition()):
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.1)
    return result


def test_sign_up_verify_profile_apply_approve_listed(
    live_server, browser, admin_login, axe, screenshot
):
    home = create_home_page()
    region = RegionFactory(name="中南", slug="chunan", locale=home.locale)
    MunicipalityFactory(
        region=region, name="弘前市", slug="hirosaki", locale=home.locale
    )
    RegionFactory(name="下北", slug="shimokita", locale=home.locale)
    directory = GuideDirectoryPageFactory(parent=home)
    ContactPageFactory(parent=home)
    get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    problems = {}

    phone = browser.new_context(locale="ja-JP", viewport={"width": 390, "height": 844})
    page = phone.new_page()
    page.goto(live_server.url + "/ja/accounts/signup/")
    problems["signup"] = serious_violations(axe, page)
    screenshot(page, "network-signup-phone")
    page.fill("input[name=email]", "newcomer@example.org")
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.click("form.form button[type=submit]")
    page.wait_for_load_state()

    message = wait_for(lambda: mail.outbox and mail.outbox[-1])
    link = re.search(r"https?://\S+?(/ja/accounts/confirm-email/\S+)", message.body)
    page.goto(live_server.url + link.group(1))
    problems["confirm e-mail"] = serious_violations(axe, page)
    page.click("form.form button[type=submit]")
    page.wait_for_url("**/ja/members/")
    problems["my page"] = serious_violations(axe, page)

    page.goto(live_server.url + "/ja/members/profile/")
    page.fill("input[name=display_name]", "りんごのみさき")
    page.check("input[name=visibility][value=public]")
    page.select_option("select[name=region]", label="中南")
    page.fill("textarea[name=bio]", "弘前に戻って8年になります。")
    problems["profile form"] = serious_violations(axe, page)
    screenshot(page, "network-profile-phone")
    page.click("form.form button[type=submit]")
    page.wait_for_url("**/ja/members/")

    page.goto(live_server.url + "/ja/members/guide/")
    page.check(f"input[name=regions][value='{region.pk}']")
    page.check("input[name=topics][value=farming]")
    page.check("input[name=languages][value=ja]")
    page.fill("textarea[name=statement]", "りんご農家です。新規就農の相談にのります。")
    problems["guide application"] = serious_violations(axe, page)
    screenshot(page, "network-guide-application-phone")
    page.click("form.form button[type=submit]")
    page.wait_for_url("**/ja/members/")
    guide = GuideProfile.objects.get(member__display_name="りんごのみさき")
    assert guide.status == "pending"
    phone.close()

    admin = admin_login()
    admin.goto(f"{live_server.url}/admin/network/guides/{guide.pk}/status/")
    admin.select_option("select[name=status]", value="approved")
    admin.fill("textarea[name=reason]", "ようこそ")
    admin.click("main form button[type=submit]")
    wait_for(lambda: GuideProfile.objects.get(pk=guide.pk).status == "approved")
    screenshot(admin, "network-admin-guides")

    for name, viewport in (("phone", (390, 844)), ("desktop", (1280, 900))):
        visitor = browser.new_context(
            locale="ja-JP", viewport={"width": viewport[0], "height": viewport[1]}
        )
        page = visitor.new_page()
        page.goto(live_server.url + directory.url)
        text = page.content()
        assert "りんごのみさき" in text
        assert "newcomer@example.org" not in text
        assert "下北" in text  # looking for a guide
        problems[f"directory ({name})"] = serious_violations(axe, page)
        screenshot(page, f"network-directory-{name}")
        page.click("text=りんごのみさき")
        page.wait_for_url(f"**{directory.url}{guide.pk}/")
        assert "newcomer@example.org" not in page.content()
        problems[f"guide page ({name})"] = serious_violations(axe, page)
        screenshot(page, f"network-guide-{name}")
        visitor.close()
    problems = {name: found for name, found in problems.items() if found}
    assert not problems, problems
