"""A group registers its place on a phone; staff approve it in the admin; the
place is listed and its own page is reachable, with no contact person shown."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from cms.places.models import CommunityPlace, PlaceStatus
from cms.places.tests.factories import CommunityPlaceIndexPageFactory
from cms.regions.tests.factories import MunicipalityFactory, RegionFactory
from home.tests.factories import create_home_page

from .conftest import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_group_registers_its_place_and_staff_approve_it(
    live_server, browser, axe, screenshot
):
    home = create_home_page()
    index = CommunityPlaceIndexPageFactory(parent=home, title="みんなの居場所")
    region = RegionFactory(name="西北五", slug="seihokugo")
    municipality = MunicipalityFactory(
        region=region, name="五所川原市", slug="goshogawara"
    )
    get_user_model().objects.create_superuser("office", "office@example.org", "pw")
    problems = {}

    phone = browser.new_context(locale="ja-JP", viewport={"width": 390, "height": 844})
    page = phone.new_page()
    page.goto(live_server.url + index.url)
    page.click("text=居場所の掲載を申し込む")
    page.wait_for_url("**/places/apply/")
    problems["form"] = serious_violations(axe, page)

    # Sent half-filled: the errors are in Japanese and nothing typed is lost.
    page.fill("#id_name", "こども食堂ぽかぽか")
    page.fill("#id_contact_email", "hanako-at-example")
    page.click(".place-form button[type=submit]")
    # A click does not wait for the page it sends the form to.
    page.locator(".form-errors").wait_for()
    assert page.locator(".form-errors").count() == 1
    assert page.input_value("#id_name") == "こども食堂ぽかぽか"
    assert "有効なメールアドレスを入力してください。" in page.content()
    problems["form with errors"] = serious_violations(axe, page)
    screenshot(page, "places-apply-errors-phone")

    page.select_option("#id_kind", "children_cafeteria")
    page.fill("#id_organiser", "ぽかぽかの会")
    page.select_option("#id_region", str(region.pk))
    page.select_option("#id_municipality", str(municipality.pk))
    page.fill("#id_venue", "地区の集会所")
    page.fill("#id_address", "青森県五所川原市本町1-1")
    page.fill("#id_schedule", "毎月第1・第3土曜日 11:00〜14:00")
    page.fill("#id_accessibility", "入口に段差はありません。")
    page.fill("#id_description", "地元の野菜で、子どもたちと一緒に料理をつくります。")
    page.fill("#id_contact_name", "津軽 花子")
    page.fill("#id_contact_email", "hanako@example.jp")
    page.fill("#id_contact_phone", "0173-00-0000")
    page.check("#id_consent")
    screenshot(page, "places-apply-filled-phone")
    page.click(".place-form button[type=submit]")
    page.wait_for_url("**/places/apply/sent/")
    problems["sent"] = serious_violations(axe, page)
    screenshot(page, "places-apply-sent-phone")
    place = CommunityPlace.objects.get()
    assert place.status == PlaceStatus.PENDING

    # Staff approve it in the Wagtail admin.
    desktop = browser.new_context(
        locale="ja-JP", viewport={"width": 1280, "height": 900}
    )
    admin = desktop.new_page()
    admin.goto(live_server.url + "/admin/login/")
    admin.fill("input[name=username]", "office")
    admin.fill("input[name=password]", "pw")
    admin.click("button[type=submit]")
    admin.wait_for_url("**/admin/")
    review = reverse("wagtailsnippets_places_communityplace:review", args=[place.pk])
    admin.goto(live_server.url + review)
    assert "hanako@example.jp" in admin.content()  # staff see the contact person
    admin.check("input[name=decision][value=approve]")
    admin.fill("textarea[name=message]", "掲載しました。")
    admin.click("form.place-review button[type=submit]")
    admin.wait_for_url("**/admin/snippets/places/communityplace/")
    screenshot(admin, "places-admin-list")
    place.refresh_from_db()
    assert place.status == PlaceStatus.APPROVED
    desktop.close()

    # Listed, with its own page; the contact person appears nowhere.
    page.goto(live_server.url + index.url)
    page.click("text=こども食堂ぽかぽか")
    page.wait_for_url(f"**{index.url}*/")
    assert page.locator("h1").inner_text() == "こども食堂ぽかぽか"
    assert page.locator("a[href^='https://www.openstreetmap.org/']").count() == 1
    assert page.locator("a[href^='https://www.google.com/maps/']").count() == 1
    problems["place page"] = serious_violations(axe, page)
    screenshot(page, "places-place-phone")
    for url in (index.url, page.url):
        page.goto(url if url.startswith("http") else live_server.url + url)
        text = page.content()
        assert "hanako@example.jp" not in text
        assert "0173-00-0000" not in text
        assert "津軽 花子" not in text
    page.goto(live_server.url + index.url)
    problems["list"] = serious_violations(axe, page)
    screenshot(page, "places-list-phone")
    phone.close()

    wide = browser.new_context(locale="ja-JP", viewport={"width": 1280, "height": 900})
    page = wide.new_page()
    page.goto(live_server.url + index.url + place.slug + "/")
    screenshot(page, "places-place-desktop")
    page.goto(live_server.url + index.url + "apply/")
    screenshot(page, "places-apply-desktop")
    wide.close()
    assert all(not found for found in problems.values()), problems
