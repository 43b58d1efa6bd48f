"""A visitor asks for a guide for a region, confirms by the e-mailed link; the
guide signs in and accepts; the newcomer sees the guide's contact; both close
with feedback. Then the network figures, public and for staff."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from cms.regions.tests.factories import MunicipalityFactory, RegionFactory
from home.tests.factories import ContactPageFactory, create_home_page
from network.choices import IntroductionStatus
from network.models import IntroductionRequest, NetworkFiguresPage
from network.tests.factories import (
    PASSWORD,
    GuideDirectoryPageFactory,
    GuideProfileFactory,
    MemberProfileFactory,
)

from .conftest import serious_violations
from .test_network import wait_for

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def test_ask_confirm_accept_contact_feedback_closed(
    live_server, browser, axe, screenshot
):
    home = create_home_page()
    region = RegionFactory(name="中南", slug="chunan", locale=home.locale)
    hirosaki = MunicipalityFactory(
        region=region, name="弘前市", slug="hirosaki", locale=home.locale
    )
    RegionFactory(name="下北", slug="shimokita", locale=home.locale)
    directory = GuideDirectoryPageFactory(parent=home)
    ContactPageFactory(parent=home)
    figures = NetworkFiguresPage(title="数字で見るネットワーク", slug="figures")
    home.add_child(instance=figures)
    figures.save_revision().publish()
    guide = GuideProfileFactory(
        member=MemberProfileFactory(display_name="りんごのみさき"),
        regions=[region],
        topics=["farming", "housing"],
        max_open_introductions=3,
    )
    guide_email = guide.member.user.email
    get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    problems = {}

    # The visitor, on a phone.
    phone = browser.new_context(locale="ja-JP", viewport=PHONE)
    newcomer = phone.new_page()
    newcomer.goto(live_server.url + directory.url)
    newcomer.click("text=中南の案内役に依頼")
    newcomer.wait_for_url("**/ja/members/introductions/ask/**")
    problems["ask"] = serious_violations(axe, newcomer)
    newcomer.fill("input[name=name]", "移住 花子")
    newcomer.fill("input[name=email]", "hanako@example.net")
    newcomer.fill("input[name=moving_from]", "東京都")
    newcomer.select_option("select[name=municipality]", value=str(hirosaki.pk))
    newcomer.check("input[name=topics][value=farming]")
    newcomer.check("input[name=languages][value=ja]")
    newcomer.fill(
        "textarea[name=message]", "春に弘前へ移ります。りんご農家の話を聞きたいです。"
    )
    screenshot(newcomer, "introductions-ask-phone")
    newcomer.check("input[name=consent]")
    newcomer.click("form.form button[type=submit]")
    newcomer.wait_for_load_state()
    problems["sent"] = serious_violations(axe, newcomer)
    screenshot(newcomer, "introductions-sent-phone")
    assert "hanako@example.net" in newcomer.content()

    message = wait_for(lambda: mail.outbox and mail.outbox[-1])
    assert message.to == ["hanako@example.net"]
    link = re.search(r"https?://\S+?(/ja/members/introductions/[\w-]+/)", message.body)
    request_url = live_server.url + link.group(1)
    newcomer.goto(request_url)
    newcomer.click("form:has(input[value=confirm]) button")
    newcomer.wait_for_load_state()
    request = IntroductionRequest.objects.get(email="hanako@example.net")
    assert request.status == IntroductionStatus.OFFERED
    assert request.guide_id == guide.pk
    assert guide_email not in newcomer.content()  # not before acceptance
    problems["request (offered)"] = serious_violations(axe, newcomer)
    screenshot(newcomer, "introductions-offered-phone")

    # The guide, at a desk.
    desk = browser.new_context(locale="ja-JP", viewport=DESKTOP)
    page = desk.new_page()
    page.goto(live_server.url + "/ja/accounts/login/")
    page.fill("input[name=login]", guide_email)
    page.fill("input[name=password]", PASSWORD)
    page.click("form.form button[type=submit]")
    page.wait_for_url("**/ja/members/")
    page.goto(live_server.url + "/ja/members/guide/introductions/")
    problems["guide's list"] = serious_violations(axe, page)
    screenshot(page, "introductions-guide-list-desktop")
    page.goto(f"{live_server.url}/ja/members/guide/introductions/{request.pk}/")
    assert "hanako@example.net" not in page.content()  # not before acceptance
    problems["guide's request"] = serious_violations(axe, page)
    screenshot(page, "introductions-guide-offer-desktop")
    page.click("form:has(input[value=accept]) button")
    page.wait_for_load_state()
    assert "hanako@example.net" in page.content()
    screenshot(page, "introductions-guide-accepted-desktop")

    newcomer.reload()
    assert guide_email in newcomer.content()
    problems["request (accepted)"] = serious_violations(axe, newcomer)
    screenshot(newcomer, "introductions-accepted-phone")

    page.click("form:has(input[value=introduced]) button")
    page.wait_for_load_state()
    page.check("input[name=rating][value='4']")
    page.fill("textarea[name=comment]", "りんご園を案内しました。")
    page.click("form:has(input[value=feedback]) button")
    page.wait_for_load_state()
    problems["guide's feedback"] = serious_violations(axe, page)
    screenshot(page, "introductions-guide-feedback-desktop")

    newcomer.reload()
    newcomer.check("input[name=rating][value='5']")
    newcomer.fill("textarea[name=comment]", "とても心強かったです。")
    screenshot(newcomer, "introductions-feedback-phone")
    newcomer.click("form:has(input[value=feedback]) button")
    newcomer.wait_for_load_state()
    request.refresh_from_db()
    assert request.status == IntroductionStatus.CLOSED
    assert (request.newcomer_rating, request.guide_rating) == (5, 4)
    problems["request (closed)"] = serious_violations(axe, newcomer)
    screenshot(newcomer, "introductions-closed-phone")
    phone.close()
    desk.close()

    # The figures: public at both widths, exact for staff.
    for name, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        visitor = browser.new_context(locale="ja-JP", viewport=viewport)
        page = visitor.new_page()
        page.goto(live_server.url + figures.url)
        body = page.content()
        assert "5未満" in body and "案内役を募集中" in body
        problems[f"figures ({name})"] = serious_violations(axe, page)
        screenshot(page, f"figures-{name}")
        visitor.close()
    staff = browser.new_context(locale="ja-JP", viewport=DESKTOP)
    admin = staff.new_page()
    admin.goto(live_server.url + "/admin/login/")
    admin.fill("input[name=username]", "editor")
    admin.fill("input[name=password]", "pw")
    admin.click("button[type=submit]")
    admin.wait_for_url("**/admin/")
    admin.goto(live_server.url + "/admin/network/figures/")
    assert "5未満</dd>" not in admin.content()
    problems["staff figures"] = serious_violations(axe, admin)
    screenshot(admin, "figures-admin-desktop")
    staff.close()
    problems = {name: found for name, found in problems.items() if found}
    assert not problems, problems
