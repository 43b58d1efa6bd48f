"""The visitor's pages: the form, the private link, what is cached and shown."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from icalendar import Calendar

from cms.registrations.choices import RegistrationStatus
from cms.registrations.links import registration_from_token, registration_token
from cms.registrations.models import Registration
from cms.registrations.services import registration_create

from .factories import open_session, registration_data

pytestmark = pytest.mark.django_db


def form_data(**overrides):
    data = {
        "name": "青森 花子",
        "name_kana": "あおもり はなこ",
        "email": "hanako@example.jp",
        "phone": "",
        "party_size": "1",
        "note": "",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def register_url(session, language="ja"):
    with translation.override(language):
        return reverse("registrations:register", args=[session.pk])


def test_event_page_links_to_the_form(client, session):
    response = client.get(session.page.url)
    assert register_url(session).encode() in response.content


def test_register_shows_the_number_and_mails_the_link(
    client, session, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(register_url(session), form_data(), follow=True)
    registration = Registration.objects.get()
    assert registration.language == "ja"
    assert "申込み完了 — 受付番号 1" in response.content.decode()
    assert response.redirect_chain[-1][0].startswith("/ja/registrations/r/")
    assert (
        response["Cache-Control"].startswith("max-age=0")
        or "no-cache" in (response["Cache-Control"])
    )
    (message,) = mail.outbox
    assert message.to == ["hanako@example.jp"]
    # The same private link (signed tokens carry the second they were made,
    # so the text may differ when the e-mail is written a second later).
    (token,) = re.findall(r"/ja/registrations/r/([^/\s]+)/", message.body)
    assert registration_from_token(token) == registration
    assert response.redirect_chain[-1][0].startswith(
        "/ja/registrations/r/" + token.split(":")[0]
    )
    filename, ics, mimetype = message.attachments[0]
    assert filename == "event.ics" and mimetype.startswith("text/calendar")
    event = Calendar.from_ical(ics).walk("VEVENT")[0]
    assert event.decoded("dtstart") == session.starts_at
    assert "1" in str(event.get("description"))


def test_errors_are_translated_and_keep_what_was_typed(client, session):
    response = client.post(
        register_url(session), form_data(email="not-an-address", consent="")
    )
    assert response.status_code == 400
    content = response.content.decode()
    assert 'value="青森 花子"' in content
    assert 'value="not-an-address"' in content
    assert "有効なメールアドレス" in content
    assert not Registration.objects.exists()


def test_english_form_registers_in_english(client, session):
    client.post(register_url(session, "en"), form_data())
    assert Registration.objects.get().language == "en"


def test_honeypot_refuses(client, session):
    response = client.post(register_url(session), form_data(website="http://spam"))
    assert response.status_code == 400
    assert not Registration.objects.exists()


def test_rate_limit_counts_accepted_sign_ups_only(client, session, settings):
    from cms.registrations import views

    for n in range(views.REGISTRATIONS_PER_WINDOW):
        client.post(register_url(session), form_data(email=f"p{n}@example.jp"))
    response = client.post(register_url(session), form_data(email="last@example.jp"))
    assert response.status_code == 429
    assert 'value="last@example.jp"' in response.content.decode()
    assert Registration.objects.count() == views.REGISTRATIONS_PER_WINDOW


def test_second_sign_up_with_the_same_address_reveals_nothing(
    client, session, django_capture_on_commit_callbacks
):
    client.post(register_url(session), form_data())
    response = client.post(register_url(session), form_data(name="他人"))
    content = response.content.decode()
    assert response.status_code == 200
    assert "/registrations/r/" not in content
    assert Registration.objects.count() == 1


def test_full_session_shows_waitlist_position(client, home_page):
    session = open_session(home_page, capacity=1)
    registration_create(session=session, data=registration_data(), language="ja")
    response = client.post(
        register_url(session, "en"), form_data(email="b@example.jp"), follow=True
    )
    content = response.content.decode()
    assert "On the waitlist — no. 2" in content
    assert "You are number 1 on the waitlist" in content


def test_closed_session_has_no_form(client, home_page):
    session = open_session(home_page, override="cancelled")
    response = client.get(register_url(session, "en"))
    assert b'<form class="form registration-form"' not in response.content
    assert b"cancelled: registration is closed" in response.content


def test_private_pages_are_not_visible(client, home_page):
    from wagtail.models import PageViewRestriction

    session = open_session(home_page)
    PageViewRestriction.objects.create(
        page=session.page, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(register_url(session)).status_code == 404


def test_cancel_link_works_only_with_its_token(
    client, session, django_capture_on_commit_callbacks
):
    registration, _ = registration_create(
        session=session, data=registration_data(), language="en"
    )
    waiting = []
    for n in range(3):
        waiting.append(
            registration_create(
                session=session,
                data=registration_data(email=f"w{n}@example.jp"),
                language="en",
            )[0]
        )
    token = registration_token(registration)
    with translation.override("en"):
        url = reverse("registrations:manage", args=[token])
    forged = reverse("registrations:manage", args=[token[:-2] + "xx"])
    other_key = reverse(
        "registrations:manage",
        args=[registration_token(Registration(pk=registration.pk, link_key="x"))],
    )
    for bad in (forged, other_key):
        assert client.get(bad).status_code == 404
        assert client.post(bad, {"action": "cancel"}).status_code == 404
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED
    page = client.get(url)
    assert "taro@example.jp" in page.content.decode()
    assert "no-store" in page["Cache-Control"]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"action": "cancel"}, follow=True)
    assert "Cancelled — no. 1" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED
    promoted = Registration.objects.get(email="w2@example.jp")  # the 4th, 1st waiting
    assert promoted.status == RegistrationStatus.CONFIRMED
    assert sorted(m.to[0] for m in mail.outbox) == ["taro@example.jp", "w2@example.jp"]


def test_online_address_only_for_online_participants(
    home_page, django_capture_on_commit_callbacks
):
    session = open_session(
        home_page, online_available=True, online_url="https://meet.example/secret"
    )
    with django_capture_on_commit_callbacks(execute=True):
        registration_create(
            session=session,
            data=registration_data(attendance="online", email="o@example.jp"),
            language="en",
        )
        registration_create(
            session=session,
            data=registration_data(email="v@example.jp"),
            language="en",
        )
    online, on_site = mail.outbox
    assert "https://meet.example/secret" in online.body
    assert "https://meet.example/secret" in description(online)
    assert "https://meet.example/secret" not in on_site.body
    assert "https://meet.example/secret" not in description(on_site)


def description(message):
    ics = message.attachments[0][1]
    return str(Calendar.from_ical(ics).walk("VEVENT")[0]["description"])


def test_privacy_notice(client):
    response = client.get(reverse("registrations:privacy"))
    assert response.status_code == 200
    assert b"6" in response.content


def test_japanese_confirmation_email(home_page, django_capture_on_commit_callbacks):
    session = open_session(home_page, gathering_fee=4000)
    with django_capture_on_commit_callbacks(execute=True):
        registration_create(
            session=session,
            data=registration_data(wants_gathering=True, party_size=2),
            language="ja",
        )
    (message,) = mail.outbox
    assert message.subject == f"【申込み受付】{session.page.title}（受付番号 1）"
    assert "青森 太郎 様" in message.body
    assert "懇親会: 参加 (4,000円, 当日会場でお支払い)" in message.body
    assert "/ja/registrations/r/" in message.body
