"""Staff in the admin: list, filters, CSV, counts, actions, check-in, entry."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse

from cms.registrations.choices import Channel, RegistrationStatus
from cms.registrations.models import Registration
from cms.registrations.services import registration_create

from .factories import open_session, registration_data

pytestmark = pytest.mark.django_db

LIST = "wagtailsnippets_registrations_registration:list"


def url(name, *args):
    return reverse(f"wagtailsnippets_registrations_registration:{name}", args=args)


def fill(session, count, **overrides):
    return [
        registration_create(
            session=session,
            data=registration_data(
                email=f"p{n}@example.jp", name=f"青森 {n}号", **overrides
            ),
            language="ja",
        )[0]
        for n in range(count)
    ]


@pytest.fixture
def editor(django_user_model):
    """Staff who may open the admin but not registrations."""
    user = django_user_model.objects.create_user("editor", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def test_registrations_need_the_permission(client, editor, session):
    (registration,) = fill(session, 1)
    seats_id = registration.seats_id
    urls = [
        reverse(LIST),
        url("actions", registration.pk),
        url("checkin", seats_id),
        url("enter", session.pk),
    ]
    for address in urls:
        assert client.get(address).status_code == 302  # anonymous: log in
    client.force_login(editor)
    for address in urls:
        response = client.get(address)
        assert response.status_code in (302, 403), address
        assert b"p0@example.jp" not in response.content
    group = Group.objects.create(name="受付")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="registrations",
            codename__in=[
                "view_registration",
                "change_registration",
                "add_registration",
            ],
        )
    )
    editor.groups.add(group)
    for address in urls:
        assert client.get(address).status_code == 200, address


def test_list_filters_by_session_and_status_with_flat_queries(
    admin_client, home_page, django_assert_max_num_queries
):
    session = open_session(home_page, capacity=2)
    other = open_session(home_page)
    fill(session, 4)
    fill(other, 1)
    seats_id = Registration.objects.filter(session=session).first().seats_id
    response = admin_client.get(
        reverse(LIST), {"seats": seats_id, "status": "waitlisted"}
    )
    names = [r.name for r in response.context["object_list"]]
    assert names == ["青森 2号", "青森 3号"]
    fill(other, 30, note="多数")  # budgets do not grow with the rows listed
    with django_assert_max_num_queries(40):
        admin_client.get(reverse(LIST))


def test_csv_round_trip_with_japanese_names(admin_client, session):
    fill(session, 2)
    registration_create(
        session=session,
        data=registration_data(email="x@example.jp", name="=HYPERLINK(1)"),
        language="ja",
    )
    response = admin_client.get(reverse(LIST), {"export": "csv"})
    content = b"".join(response.streaming_content)
    assert content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    names = [row[3] for row in rows[1:]]
    assert "青森 0号" in names and "青森 1号" in names
    assert "'=HYPERLINK(1)" in names


def test_counts_on_the_event_edit_page(admin_client, session):
    fill(session, 4, party_size=1)
    response = admin_client.get(
        reverse("wagtailadmin_pages:edit", args=[session.page.pk])
    )
    content = response.content.decode()
    assert "<td>3 / 3</td>" in content  # confirmed of capacity
    assert "<td>1</td>" in content  # waitlisted
    assert url("enter", session.pk) in content


def test_mark_attended_and_cancel(admin_client, session):
    first, second, _third, extra = fill(session, 4)
    admin_client.post(url("actions", first.pk), {"action": "attended"})
    first.refresh_from_db()
    assert first.attended_at is not None
    admin_client.post(url("actions", second.pk), {"action": "cancel"})
    second.refresh_from_db()
    extra.refresh_from_db()
    assert second.status == RegistrationStatus.CANCELLED
    assert extra.status == RegistrationStatus.CONFIRMED


def test_checkin_by_number(admin_client, session):
    people = fill(session, 4)
    checkin = url("checkin", people[0].seats_id)
    response = admin_client.post(checkin, {"number": "2"})
    assert "no. 2" in response.content.decode() or "2" in response.context["result"]
    people[1].refresh_from_db()
    assert people[1].attended_at is not None
    response = admin_client.post(checkin, {"number": "4"})  # waitlisted
    assert response.context["result_ok"] is False
    response = admin_client.post(checkin, {"number": "99"})
    assert response.context["form"].errors["number"]


def test_staff_entry_by_phone_takes_a_seat(
    admin_client, admin_user, session, django_capture_on_commit_callbacks
):
    fill(session, 2)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            url("enter", session.pk),
            {
                "channel": "phone",
                "language": "ja",
                "name": "電話 一郎",
                "name_kana": "",
                "email": "",
                "phone": "017-000-0000",
                "party_size": "1",
                "note": "FAX番号なし",
            },
        )
    assert response.status_code == 302
    entered = Registration.objects.get(name="電話 一郎")
    assert (entered.channel, entered.entered_by) == (Channel.PHONE, admin_user)
    assert entered.status == RegistrationStatus.CONFIRMED
    # No e-mail to the person (no address); the staff hear the session filled.
    assert [m.to for m in mail.outbox] == [[admin_user.email]]
    assert f"?seats={entered.seats_id}" in mail.outbox[0].body
    response = admin_client.post(
        url("enter", session.pk),
        {"channel": "fax", "language": "en", "name": "", "party_size": "1"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["name"]
