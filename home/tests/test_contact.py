"""The contact form: a valid message is stored and mailed, an invalid one is kept."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client, override_settings
from wagtail.contrib.forms.models import FormSubmission

from home.tests.factories import CONTACT_MESSAGE, ContactPageFactory
from home.tests.utils import KaikiPageTestCase

pytestmark = pytest.mark.django_db


class RenderTests(KaikiPageTestCase):
    def test_contact_page_is_renderable(self):
        self.assertPageIsRenderable(ContactPageFactory(parent=self.home))


def test_the_form_is_shown(client, contact_page):
    response = client.get(contact_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "ご質問はこちらから。" in html
    assert 'name="email"' in html
    assert 'name="message"' in html


def test_a_valid_message_is_stored_and_mailed(
    client, contact_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(contact_page.url, CONTACT_MESSAGE)
    assert response.status_code == 200
    assert [t.name for t in response.templates][0] == "home/contact_page_landing.html"
    assert "送信ありがとうございました。" in response.content.decode()

    submission = FormSubmission.objects.get(page=contact_page)
    assert submission.get_data()["email"] == "hanako@example.com"
    assert submission.get_data()["message"] == "移住の相談です。"

    (email,) = mail.outbox
    assert email.to == ["office@kaiki.example"]
    assert email.subject == "ウェブサイトからのお問い合わせ"
    assert "移住の相談です。" in email.body
    # The office answers the visitor, not the site's sender address.
    assert email.reply_to == ["hanako@example.com"]
    assert email.from_email != "hanako@example.com"


@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_the_worker_sends_the_mail_not_the_request(
    client, contact_page, django_capture_on_commit_callbacks, monkeypatch
):
    from django_tasks_db.management.commands import db_worker
    from django_tasks_db.models import DBTaskResult

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(contact_page.url, CONTACT_MESSAGE)
    assert response.status_code == 200
    assert mail.outbox == []
    (queued,) = DBTaskResult.objects.filter(task_path="cms.mail.tasks.send_email")
    assert queued.task_result.kwargs["to"] == ["office@kaiki.example"]
    assert queued.task_result.kwargs["reply_to"] == ["hanako@example.com"]

    # The worker closes idle connections between tasks; here that would close
    # the test's own transaction.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)

    (email,) = mail.outbox
    assert email.to == ["office@kaiki.example"]
    assert email.subject == "ウェブサイトからのお問い合わせ"
    assert "移住の相談です。" in email.body
    assert email.reply_to == ["hanako@example.com"]


def test_an_invalid_email_is_refused_and_the_input_kept(client, contact_page):
    response = client.post(
        contact_page.url, {**CONTACT_MESSAGE, "email": "not-an-address"}
    )
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"email"}
    html = response.content.decode()
    assert 'value="青森 花子"' in html
    assert 'value="not-an-address"' in html
    assert "移住の相談です。" in html
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_required_fields(client, contact_page):
    response = client.post(contact_page.url, {"name": "", "email": "", "message": ""})
    assert set(response.context["form"].errors) == {"name", "email", "message"}
    assert not FormSubmission.objects.exists()


def test_too_many_messages_are_refused_politely_keeping_the_text(
    client, contact_page, caplog
):
    limit = contact_page.MESSAGES_PER_WINDOW
    for _ in range(limit):
        assert client.post(contact_page.url, CONTACT_MESSAGE).status_code == 200
    response = client.post(
        contact_page.url, CONTACT_MESSAGE | {"message": "六通目の相談です。"}
    )
    assert response.status_code == 429
    html = response.content.decode()
    assert "六通目の相談です。" in html
    assert "数分お待ちいただいてから" in html
    assert FormSubmission.objects.count() == limit
    assert '"event": "rate_limited"' in caplog.text
    assert "hanako" not in caplog.text


def test_refused_messages_do_not_use_up_the_limit(client, contact_page):
    # A visitor fixing a typo again and again is not flooding the office.
    for _ in range(contact_page.MESSAGES_PER_WINDOW + 2):
        response = client.post(contact_page.url, {**CONTACT_MESSAGE, "email": "typo@"})
        assert response.status_code == 200
        assert "email" in response.context["form"].errors
    response = client.post(contact_page.url, CONTACT_MESSAGE)
    assert response.status_code == 200
    assert FormSubmission.objects.count() == 1


def send_until_refused(client, page):
    for _ in range(page.MESSAGES_PER_WINDOW):
        assert client.post(page.url, CONTACT_MESSAGE).status_code == 200
    assert client.post(page.url, CONTACT_MESSAGE).status_code == 429


@override_settings(KAIKI_TRUSTED_PROXIES=1)
def test_visitors_behind_a_trusted_proxy_have_a_limit_each(contact_page):
    proxy = "10.0.0.5"
    send_until_refused(
        Client(REMOTE_ADDR=proxy, headers={"X-Forwarded-For": "203.0.113.7"}),
        contact_page,
    )
    neighbour = Client(REMOTE_ADDR=proxy, headers={"X-Forwarded-For": "198.51.100.2"})
    assert neighbour.post(contact_page.url, CONTACT_MESSAGE).status_code == 200


def test_a_forged_forwarded_header_does_not_reset_the_limit(contact_page):
    send_until_refused(Client(REMOTE_ADDR="203.0.113.7"), contact_page)
    forged = Client(REMOTE_ADDR="203.0.113.7", headers={"X-Forwarded-For": "1.2.3.4"})
    assert forged.post(contact_page.url, CONTACT_MESSAGE).status_code == 429
