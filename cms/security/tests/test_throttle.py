"""Lock-outs after wrong passwords: admin login, page and document passwords."""

import json
import logging
from datetime import timedelta
from unittest import mock

import pytest
from django.conf import settings
from django.test import Client, override_settings
from django.urls import resolve, reverse
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from cms.security import throttle
from home.tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
LIMIT = settings.AXES_FAILURE_LIMIT
ATTACKER, OTHER = "203.0.113.66", "198.51.100.20"


@pytest.fixture
def staff(django_user_model):
    django_user_model.objects.create_superuser("hanako", password="right-pass-1")
    django_user_model.objects.create_superuser("taro", password="right-pass-2")


def admin_login(client, username, password):
    return client.post(LOGIN, {"username": username, "password": password})


def logged_in(client):
    return "_auth_user_id" in client.session


def security_events(caplog, event):
    records = (r for r in caplog.records if r.name == "kaiki.security")
    return [
        e
        for e in map(json.loads, (r.getMessage() for r in records))
        if e["event"] == event
    ]


def assert_locked_out(response):
    assert response.status_code == 429
    assert response["Retry-After"] == str(15 * 60)
    assert response["Cache-Control"] == "no-store"
    html = response.content.decode()
    assert "パスワードの誤入力" in html or "Too many wrong passwords" in html


def test_the_right_admin_password_logs_in(staff):
    client = Client(REMOTE_ADDR=ATTACKER)
    assert admin_login(client, "hanako", "right-pass-1").status_code == 302
    assert logged_in(client)


def test_25_wrong_admin_passwords_lock_the_account_and_the_client(staff, caplog):
    attacker = Client(REMOTE_ADDR=ATTACKER)
    with caplog.at_level(logging.INFO, logger="kaiki.security"):
        answers = [
            admin_login(attacker, "hanako", f"guess-{n}").status_code for n in range(25)
        ]
    # Every attempt is answered; from the limit on, with the lock-out page.
    assert answers == [200] * (LIMIT - 1) + [429] * (25 - LIMIT + 1)

    response = admin_login(attacker, "hanako", "right-pass-1")
    assert_locked_out(response)
    assert not logged_in(attacker)

    # Per client: another account from the same address is refused too.
    assert admin_login(attacker, "taro", "right-pass-2").status_code == 429
    # Per account: the locked account is refused from anywhere.
    elsewhere = Client(REMOTE_ADDR=OTHER)
    assert admin_login(elsewhere, "hanako", "right-pass-1").status_code == 429
    # Anyone else carries on.
    assert admin_login(elsewhere, "taro", "right-pass-2").status_code == 302
    assert logged_in(elsewhere)

    (event,) = security_events(caplog, "locked_out")
    assert event["target"] == "account"
    assert event["path"] == LOGIN
    for personal in ("hanako", "guess-", "right-pass", ATTACKER):
        assert personal not in caplog.text


def test_the_owner_gets_back_in_after_the_cool_off(staff):
    client = Client(REMOTE_ADDR=ATTACKER)
    for n in range(LIMIT + 5):
        admin_login(client, "hanako", f"guess-{n}")
    assert admin_login(client, "hanako", "right-pass-1").status_code == 429
    # Attempts refused during the lock-out do not prolong it.
    later = timezone.now() + timedelta(minutes=16)
    with mock.patch("axes.handlers.proxy.now", return_value=later):
        assert admin_login(client, "hanako", "right-pass-1").status_code == 302


@pytest.fixture
def protected_page(home_page):
    page = StandardPageFactory(parent=home_page, title="会員向け")
    restriction = PageViewRestriction.objects.create(
        page=page,
        restriction_type=PageViewRestriction.PASSWORD,
        password="open-sesame",
    )
    return page, restriction


def page_password(client, page, restriction, password):
    url = reverse(
        "wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk]
    )
    return client.post(url, {"password": password, "return_url": page.url})


def test_the_page_password_form_goes_through_the_throttle(protected_page):
    page, restriction = protected_page
    url = reverse(
        "wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk]
    )
    assert resolve(url).func is throttle.page_password
    form = Client().get(page.url).content.decode()
    assert f'action="{url}"' in form


def test_the_right_page_password_opens_the_page(protected_page):
    page, restriction = protected_page
    client = Client(REMOTE_ADDR=ATTACKER)
    wrong = page_password(client, page, restriction, "nope")
    assert wrong.status_code == 200
    assert "password" in wrong.context["form"].errors
    response = page_password(client, page, restriction, "open-sesame")
    assert response.status_code == 302
    assert client.get(page.url).context["page"] == page


def test_25_wrong_page_passwords_lock_the_page_and_the_client(
    home_page, protected_page, caplog
):
    page, restriction = protected_page
    attacker = Client(REMOTE_ADDR=ATTACKER)
    with caplog.at_level(logging.INFO, logger="kaiki.security"):
        answers = [
            page_password(attacker, page, restriction, f"guess-{n}").status_code
            for n in range(25)
        ]
    assert answers == [200] * (LIMIT - 1) + [429] * (25 - LIMIT + 1)

    assert_locked_out(page_password(attacker, page, restriction, "open-sesame"))
    assert "会員向け" not in attacker.get(page.url).content.decode()
    # Per restriction: the right password is refused from anywhere for a while.
    elsewhere = Client(REMOTE_ADDR=OTHER)
    assert page_password(elsewhere, page, restriction, "open-sesame").status_code == 429
    # Per client: the attacker cannot move on to another protected page...
    other_page = StandardPageFactory(parent=home_page)
    other = PageViewRestriction.objects.create(
        page=other_page, restriction_type=PageViewRestriction.PASSWORD, password="pw"
    )
    assert page_password(attacker, other_page, other, "pw").status_code == 429
    # ...while everyone else can open it.
    assert page_password(elsewhere, other_page, other, "pw").status_code == 302

    (event,) = security_events(caplog, "locked_out")
    assert event["target"] == "page-password"
    assert "guess-" not in caplog.text and ATTACKER not in caplog.text


def test_an_empty_page_password_guesses_nothing(protected_page):
    page, restriction = protected_page
    client = Client(REMOTE_ADDR=ATTACKER)
    for _ in range(LIMIT + 1):
        assert page_password(client, page, restriction, "").status_code == 200
    assert page_password(client, page, restriction, "open-sesame").status_code == 302


def test_wrong_document_passwords_lock_out_too(caplog):
    collection = Collection.get_first_root_node().add_child(name="会員資料")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="open-sesame",
    )
    url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    assert resolve(url).func is throttle.document_password
    client = Client(REMOTE_ADDR=ATTACKER)
    data = {"return_url": "/documents/"}
    with caplog.at_level(logging.INFO, logger="kaiki.security"):
        answers = [
            client.post(url, data | {"password": f"guess-{n}"}).status_code
            for n in range(LIMIT)
        ]
    assert answers == [200] * (LIMIT - 1) + [429]
    assert_locked_out(client.post(url, data | {"password": "open-sesame"}))
    (event,) = security_events(caplog, "locked_out")
    assert event["target"] == "document-password"


@override_settings(KAIKI_TRUSTED_PROXIES=1)
def test_behind_a_trusted_proxy_each_visitor_is_counted_apart(staff):
    attacker = Client(REMOTE_ADDR="10.0.0.5", headers={"X-Forwarded-For": ATTACKER})
    for n in range(LIMIT):
        admin_login(attacker, "hanako", f"guess-{n}")
    assert admin_login(attacker, "taro", "right-pass-2").status_code == 429
    colleague = Client(REMOTE_ADDR="10.0.0.5", headers={"X-Forwarded-For": OTHER})
    assert admin_login(colleague, "taro", "right-pass-2").status_code == 302


def test_without_trusted_proxies_a_forged_header_does_not_escape_a_lock_out(staff):
    attacker = Client(REMOTE_ADDR=ATTACKER)
    for n in range(LIMIT):
        admin_login(attacker, "hanako", f"guess-{n}")
    forged = Client(REMOTE_ADDR=ATTACKER, headers={"X-Forwarded-For": OTHER})
    assert admin_login(forged, "taro", "right-pass-2").status_code == 429
