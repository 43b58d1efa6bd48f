"""A visitor registers for a full session on a phone, reads the e-mail, cancels
through its link, and the first waitlisted person is promoted; in Japanese and
in English. axe-clean (no serious or critical problem) on every page."""

import re

import pytest
from django.core import mail

from cms.registrations.choices import RegistrationStatus
from cms.registrations.models import Registration
from cms.registrations.services import registration_create
from cms.registrations.tests.factories import open_session, registration_data
from home.tests.factories import create_home_page

from .conftest import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TEXTS = {
    "ja": {
        "submit": "申し込む",
        "done": "申込み完了 — 受付番号 1",
        "cancel": "この申込みを取り消す",
        "cancelled": "取消し済み",
    },
    "en": {
        "submit": "Register",
        "done": "Registered — no. 1",
        "cancel": "Cancel this registration",
        "cancelled": "Cancelled — no. 1",
    },
}


@pytest.mark.parametrize("language", ["ja", "en"])
def test_register_cancel_and_promote(live_server, browser, axe, screenshot, language):
    session = open_session(create_home_page(), capacity=1, gathering_fee=3000)
    texts = TEXTS[language]
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    problems = {}

    page.goto(f"{live_server.url}/{language}/registrations/session/{session.pk}/")
    problems["form"] = serious_violations(axe, page)
    screenshot(page, f"registration-form-{language}-phone")
    page.fill("input[name=name]", "青森 花子")
    page.fill("input[name=name_kana]", "あおもり はなこ")
    page.fill("input[name=email]", "hanako@example.jp")
    page.check("input[name=wants_gathering][value=yes]")
    page.check("input[name=consent]")
    page.get_by_role("button", name=texts["submit"]).click()
    page.wait_for_url("**/registrations/r/**")
    assert texts["done"] in page.content()
    problems["registered"] = serious_violations(axe, page)
    screenshot(page, f"registration-done-{language}-phone")

    # Someone else registers now: the session is full, they wait.
    waiting, _ = registration_create(
        session=session, data=registration_data(email="next@example.jp"), language="ja"
    )
    assert waiting.status == RegistrationStatus.WAITLISTED

    confirmation = next(m for m in mail.outbox if m.to == ["hanako@example.jp"])
    link = re.search(r"https?://\S+/registrations/r/\S+/", confirmation.body).group(0)
    path = link.split("/", 3)[3]
    page.goto(f"{live_server.url}/{path}")
    page.get_by_role("button", name=texts["cancel"]).click()
    page.wait_for_load_state()
    assert texts["cancelled"] in page.content()
    problems["cancelled"] = serious_violations(axe, page)

    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CONFIRMED
    assert any(
        m.to == ["next@example.jp"] and "繰り上げ" in m.subject for m in mail.outbox
    )
    assert Registration.objects.confirmed().count() == 1

    desktop = browser.new_context(viewport={"width": 1280, "height": 900})
    wide = desktop.new_page()
    wide.goto(f"{live_server.url}/{language}/registrations/session/{session.pk}/")
    screenshot(wide, f"registration-form-{language}-desktop")
    desktop.close()
    context.close()
    assert all(not found for found in problems.values()), problems


def test_check_in_at_the_door_on_a_phone(
    live_server, browser, axe, screenshot, django_user_model
):
    """Staff open the QR code's address with a phone (logging in first), the
    person is checked in; a second scan says when; the next person's number is
    typed, full-width, and a wrong one is refused keeping what was typed."""
    from cms.registrations.links import checkin_url
    from cms.registrations.qr import qr_png
    from cms.registrations.tasks import CHECKIN_QR_FILENAME

    session = open_session(create_home_page(), capacity=5)
    first, second = (
        registration_create(
            session=session,
            data=registration_data(email=f"door{n}@example.jp", name=name),
            language="ja",
        )[0]
        for n, name in ((1, "青森 花子"), (2, "八戸 次郎"))
    )
    address = checkin_url(first)
    confirmation = next(m for m in mail.outbox if m.to == ["door1@example.jp"])
    qr = {a[0]: a[1] for a in confirmation.attachments}[CHECKIN_QR_FILENAME]
    assert qr == qr_png(address)  # the code the phone's camera reads
    django_user_model.objects.create_superuser("door", "door@example.jp", "pw")

    context = browser.new_context(
        locale="ja-JP", viewport={"width": 390, "height": 844}
    )
    phone = context.new_page()
    phone.goto(live_server.url + "/" + address.split("/", 3)[3])
    phone.wait_for_url("**/admin/login/**")
    phone.fill("input[name=username]", "door")
    phone.fill("input[name=password]", "pw")
    phone.click("button[type=submit]")
    phone.wait_for_url("**/checkin/scan/**")
    assert "受付しました：1番 青森 花子様" in phone.content()
    first.refresh_from_db()
    assert first.attended_at is not None
    problems = {"scanned": serious_violations(axe, phone)}
    screenshot(phone, "checkin-scanned-phone")
    # Nothing wider than the phone: no sideways scrolling at the door.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390

    phone.reload()
    assert "受付済み" in phone.content()

    phone.fill("input[name=number]", "99")
    phone.get_by_role("button", name="受付する").click()
    phone.wait_for_load_state()
    assert "受付番号 99 の申込みはありません" in phone.content()
    assert phone.input_value("input[name=number]") == "99"
    phone.fill("input[name=number]", "２")
    phone.get_by_role("button", name="受付する").click()
    phone.wait_for_load_state()
    assert "受付しました：2番 八戸 次郎様" in phone.content()
    assert phone.input_value("input[name=number]") == ""
    problems["typed"] = serious_violations(axe, phone)
    screenshot(phone, "checkin-typed-phone")
    second.refresh_from_db()
    assert second.attended_at is not None
    context.close()
    problems = {name: found for name, found in problems.items() if found}
    assert not problems, problems
