from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from cms.registrations.models import Registration
from cms.registrations.services import registration_create

from .factories import open_session, registration_data

pytestmark = pytest.mark.django_db


def test_reminders_sent_once_in_the_registrants_language(
    home_page, django_capture_on_commit_callbacks
):
    soon = open_session(
        home_page, starts_at=timezone.now() + timedelta(days=1, hours=2)
    )
    later = open_session(home_page, starts_at=timezone.now() + timedelta(days=20))
    for session in (soon, later):
        session.page.reminder_enabled = True
        session.page.reminder_days_before = 2
        session.page.reminder_text = "筆記用具をお持ちください。"
        session.page.save()
        registration_create(session=session, data=registration_data(), language="en")
    registration_create(
        session=soon, data=registration_data(email="nomail@example.jp"), language="en"
    )
    Registration.objects.filter(email="nomail@example.jp").update(status="cancelled")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_registration_reminders", stdout=StringIO())
        call_command("send_registration_reminders", stdout=StringIO())
    (reminder,) = mail.outbox
    assert reminder.subject.startswith("Reminder: ")
    assert "筆記用具をお持ちください。" in reminder.body


def test_no_reminder_when_switched_off(home_page):
    session = open_session(home_page, starts_at=timezone.now() + timedelta(days=1))
    registration_create(session=session, data=registration_data(), language="ja")
    mail.outbox.clear()
    call_command("send_registration_reminders", stdout=StringIO())
    assert mail.outbox == []


def test_purge_anonymises_old_registrations_only(home_page):
    old = open_session(home_page)
    recent = open_session(home_page)
    for session in (old, recent):
        registration_create(session=session, data=registration_data(), language="ja")
    old.starts_at = timezone.now() - timedelta(days=400)
    old.ends_at = old.starts_at + timedelta(hours=2)
    old.save()
    call_command("purge_registrations", "--months", "6", stdout=StringIO())
    gone = Registration.objects.get(session=old)
    kept = Registration.objects.get(session=recent)
    assert gone.email == "" and gone.anonymised_at is not None
    assert kept.email == "taro@example.jp"
