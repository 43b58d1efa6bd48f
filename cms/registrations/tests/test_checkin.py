"""Check-in at the door: by number, by a handheld scanner, by the QR code of
the confirmation e-mail opened with a staff member's phone."""

import io
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import resolve, reverse
from django.utils import timezone
from PIL import Image

from cms.registrations.links import checkin_token, checkin_url, registration_token
from cms.registrations.qr import qr_png
from cms.registrations.services import (
    registration_anonymise,
    registration_check_in,
    registration_create,
)
from cms.registrations.tasks import CHECKIN_QR_FILENAME

from .factories import open_session, registration_data

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"wagtailsnippets_registrations_registration:{name}", args=args)


def register(session, n, **overrides):
    return registration_create(
        session=session,
        data=registration_data(email=f"p{n}@example.jp", name=f"八戸 {n}", **overrides),
        language="ja",
    )[0]


def scan_url(registration):
    return url("scan", checkin_token(registration))


def test_check_in_is_idempotent_and_keeps_the_first_time(session):
    person = register(session, 1)
    first_time = timezone.now() - timedelta(minutes=5)
    person, checked_in = registration_check_in(registration=person, now=first_time)
    assert checked_in and person.attended_at == first_time
    person, checked_in = registration_check_in(registration=person)
    assert not checked_in and person.attended_at == first_time


def test_only_confirmed_registrations_check_in(home_page):
    session = open_session(home_page, capacity=1)
    register(session, 1)
    waiting = register(session, 2)
    with pytest.raises(ValidationError):
        registration_check_in(registration=waiting)
    waiting.refresh_from_db()
    assert waiting.attended_at is None


@pytest.fixture
def member(django_user_model):
    """Someone with an account but no admin access (a network member)."""
    return django_user_model.objects.create_user("member", password="x")


@pytest.fixture
def editor(django_user_model):
    """Staff who may open the admin but not registrations."""
    user = django_user_model.objects.create_user("editor", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def test_the_qr_address_checks_in_only_for_staff(
    client, session, member, editor, admin_user
):
    person = register(session, 1)
    address = scan_url(person)
    response = client.get(address)
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]
    client.force_login(member)
    response = client.get(address)
    assert response.status_code in (302, 403)
    assert "八戸" not in response.content.decode()
    client.force_login(editor)
    response = client.get(address)
    assert response.status_code == 403
    person.refresh_from_db()
    assert person.attended_at is None  # nobody but staff marked anything
    group = Group.objects.create(name="受付")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="registrations",
            codename__in=["view_registration", "change_registration"],
        )
    )
    editor.groups.add(group)
    response = client.get(address)
    assert response.status_code == 200
    assert response.context["result_ok"] and not response.context["already"]
    person.refresh_from_db()
    assert person.attended_at is not None
    came = timezone.localtime(person.attended_at).strftime("%H:%M")
    response = client.get(address)  # scanned again
    assert response.context["already"]
    assert came in response.context["result"]


def test_forged_or_void_codes_mark_nothing(admin_client, session):
    person = register(session, 1)
    assert admin_client.get(url("scan", "abc:def")).status_code == 404
    # The private link's token is not a check-in code.
    response = admin_client.get(url("scan", registration_token(person)))
    assert response.status_code == 404
    address = scan_url(person)
    registration_anonymise(registration=person)
    assert admin_client.get(address).status_code == 404
    person.refresh_from_db()
    assert person.attended_at is None


def test_checkin_page_by_number_keeps_what_was_typed(admin_client, session):
    people = [register(session, n) for n in range(1, 4)]
    checkin = url("checkin", people[0].seats_id)
    response = admin_client.post(checkin, {"number": "99"})
    assert response.status_code == 200
    assert "99" in response.context["form"].errors["number"][0]
    assert 'value="99"' in response.content.decode()
    # Full-width digits from a Japanese keyboard.
    response = admin_client.post(checkin, {"number": "２"})
    assert response.context["result_ok"]
    people[1].refresh_from_db()
    assert people[1].attended_at is not None
    response = admin_client.post(checkin, {"number": "2"})
    assert response.context["already"]
    response = admin_client.post(checkin, {"number": "abc"})
    assert response.context["form"].errors["number"]
    assert 'value="abc"' in response.content.decode()


def test_a_scanner_typing_the_code_of_another_session_is_refused(
    admin_client, home_page, session
):
    here = register(session, 1)
    elsewhere = register(open_session(home_page), 2)
    checkin = url("checkin", here.seats_id)
    typed = checkin_url(elsewhere)
    response = admin_client.post(checkin, {"number": typed})
    assert str(elsewhere.seats) in response.context["form"].errors["number"][0]
    elsewhere.refresh_from_db()
    assert elsewhere.attended_at is None
    response = admin_client.post(checkin, {"number": checkin_url(here)})
    assert response.context["result_ok"]


def test_the_camera_scan_warns_of_another_session_then_checks_in(
    admin_client, home_page, session
):
    here = register(session, 1)
    elsewhere = register(open_session(home_page), 2)
    admin_client.get(url("checkin", here.seats_id))  # this phone works here
    response = admin_client.get(scan_url(elsewhere))
    assert response.context["confirm_other_session"]
    assert not response.context["result_ok"]
    elsewhere.refresh_from_db()
    assert elsewhere.attended_at is None
    response = admin_client.post(scan_url(elsewhere), {"action": "check_in"})
    assert response.context["result_ok"]
    elsewhere.refresh_from_db()
    assert elsewhere.attended_at is not None
    # The phone now checks in for that session.
    assert response.context["seats"].pk == elsewhere.seats_id


def test_the_confirmation_carries_the_check_in_qr_code(
    home_page, django_capture_on_commit_callbacks
):
    session = open_session(home_page, capacity=1, online_available=True)
    with django_capture_on_commit_callbacks(execute=True):
        person = register(session, 1)
        waiting = register(session, 2)
        online = register(session, 3, attendance="online")
    sent = {m.to[0]: m for m in mail.outbox}
    attachments = {
        name: (content, kind)
        for name, content, kind in sent["p1@example.jp"].attachments
    }
    content, kind = attachments[CHECKIN_QR_FILENAME]
    assert kind == "image/png"
    assert content == qr_png(checkin_url(person))
    assert Image.open(io.BytesIO(content)).format == "PNG"
    assert "QR" in sent["p1@example.jp"].body
    # The code's address is the staff-only scan view of this registration.
    match = resolve(urlsplit(checkin_url(person)).path)
    assert match.url_name == "scan"
    # Nothing to show at the door on the waitlist, nor online.
    for address in ("p2@example.jp", "p3@example.jp"):
        names = [a[0] for a in sent[address].attachments]
        assert CHECKIN_QR_FILENAME not in names
    assert waiting.status == "waitlisted" and online.attendance == "online"
