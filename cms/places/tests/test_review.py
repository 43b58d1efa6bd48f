"""Staff approve, reject or ask for changes; the group is told and can update
its application through a signed link."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail, signing
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from cms.places import links
from cms.places.choices import PlaceActor, PlaceStatus
from cms.places.models import CommunityPlace
from cms.places.services import (
    place_approve,
    place_reject,
    place_request_changes,
    place_resubmit,
)
from cms.places.tests.factories import (
    CommunityPlaceFactory,
    CommunityPlaceIndexPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return CommunityPlaceIndexPageFactory(parent=home_page)


@pytest.fixture
def pending(index):
    return CommunityPlaceFactory(
        name="ぽかぽか食堂",
        slug="pokapoka",
        organiser="ぽかぽかの会",
        status=PlaceStatus.PENDING,
        confirmed_at=None,
        contact_email="hanako@example.jp",
        contact_phone="0173-11-2222",
        contact_name="津軽 花子",
        link_key="first",
    )


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser(
        "office", "office@kaiki.example", "x"
    )


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def place_url(index, place):
    return index.url + index.reverse_subpage("place", args=(place.slug,))


def test_approve_lists_the_place_records_who_and_tells_the_group(
    client, index, pending, staff, on_commit
):
    now = timezone.now()
    with on_commit():
        place_approve(place=pending, user=staff, message="ようこそ。", now=now)
    pending.refresh_from_db()
    assert pending.status == PlaceStatus.APPROVED
    assert pending.confirmed_at == now
    change = pending.status_changes.first()
    assert (change.from_status, change.to_status) == (
        PlaceStatus.PENDING,
        PlaceStatus.APPROVED,
    )
    assert (change.user, change.actor, change.message) == (
        staff,
        PlaceActor.STAFF,
        "ようこそ。",
    )
    (email,) = mail.outbox
    assert email.to == ["hanako@example.jp"]
    assert "ようこそ。" in email.body
    assert "http://localhost/ja/places/pokapoka/" in email.body
    assert "ぽかぽか食堂" in client.get(index.url).content.decode()
    assert client.get(place_url(index, pending)).status_code == 200
    with pytest.raises(ValidationError):
        place_approve(place=pending, user=staff)


def test_reject_needs_a_reason_and_sends_it(index, pending, staff, on_commit):
    with pytest.raises(ValidationError) as error:
        place_reject(place=pending, user=staff, message="  ")
    assert "message" in error.value.message_dict
    with on_commit():
        place_reject(place=pending, user=staff, message="営利目的のため。")
    pending.refresh_from_db()
    assert pending.status == PlaceStatus.REJECTED
    assert pending.status_changes.first().message == "営利目的のため。"
    (email,) = mail.outbox
    assert "営利目的のため。" in email.body


def test_asking_for_changes_sends_a_link_that_works_once(
    client, index, pending, staff, on_commit
):
    with on_commit():
        place_request_changes(
            place=pending, user=staff, message="住所を詳しく書いてください。"
        )
    pending.refresh_from_db()
    assert pending.status == PlaceStatus.CHANGES_REQUESTED
    (email,) = mail.outbox
    assert "住所を詳しく書いてください。" in email.body
    link = next(word for word in email.body.split() if "/update/" in word)
    path = link.removeprefix("http://localhost")
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert "住所を詳しく書いてください。" in html
    assert 'value="ぽかぽか食堂"' in html
    data = {
        **{
            field: getattr(pending, field) or ""
            for field in ("name", "kind", "organiser", "venue", "schedule")
        },
        "region": pending.region_id,
        "address": "青森県五所川原市本町1-1",
        "contact_name": pending.contact_name,
        "contact_email": pending.contact_email,
        "consent": "on",
    }
    mail.outbox.clear()
    with on_commit():
        response = client.post(path, data)
    assert response.status_code == 200
    assert response.templates[0].name == "places/place_link_done.html"
    pending.refresh_from_db()
    assert pending.status == PlaceStatus.PENDING
    assert pending.address == "青森県五所川原市本町1-1"
    change = pending.status_changes.first()
    assert change.actor == PlaceActor.GROUP
    assert "住所" in change.message
    (to_staff,) = mail.outbox
    assert to_staff.to == ["office@kaiki.example"]
    # Used: the same link now says so.
    assert client.get(path).status_code == 404
    assert client.post(path, data).status_code == 404


def test_update_link_matrix(client, index, pending, staff):
    place_request_changes(place=pending, user=staff, message="写真は不要です。")
    pending.refresh_from_db()
    token = links.place_token(place=pending, purpose=links.UPDATE)
    url = index.url + index.reverse_subpage("update", args=(token,))
    assert client.get(url).status_code == 200
    # A forged token, a confirmation token, another key: nothing is shown.
    forged = index.url + index.reverse_subpage(
        "update", args=(token[:-2] + ("xx" if token[-2:] != "xx" else "yy"),)
    )
    assert client.get(forged).status_code == 404
    other = links.place_token(place=pending, purpose=links.CONFIRM)
    wrong = index.url + index.reverse_subpage("update", args=(other,))
    assert client.get(wrong).status_code == 404
    response = client.get(url.replace("update", "confirm"))
    assert response.status_code == 404
    assert "ぽかぽか食堂" not in response.content.decode()


def test_an_update_link_expires(client, index, pending, staff, monkeypatch):
    place_request_changes(place=pending, user=staff, message="写真は不要です。")
    pending.refresh_from_db()
    token = links.place_token(place=pending, purpose=links.UPDATE)
    url = index.url + index.reverse_subpage("update", args=(token,))
    later = timezone.now() + links.LINK_MAX_AGE + timedelta(minutes=1)
    monkeypatch.setattr(signing.time, "time", later.timestamp)
    assert client.get(url).status_code == 404


def test_resubmit_only_when_changes_were_asked(pending):
    with pytest.raises(ValidationError):
        place_resubmit(place=pending, data={})


def test_the_contact_person_never_reaches_a_public_page(client, index, pending, staff):
    place_approve(place=pending, user=staff)
    for url in (index.url, place_url(index, pending)):
        html = client.get(url).content.decode()
        assert "ぽかぽか食堂" in html
        assert "hanako@example.jp" not in html
        assert "0173-11-2222" not in html
        assert "津軽 花子" not in html


def test_a_public_contact_the_group_chose_is_shown(client, index, pending, staff):
    pending.contact = "pokapoka@example.jp"
    pending.save()
    place_approve(place=pending, user=staff)
    html = client.get(place_url(index, pending)).content.decode()
    assert "pokapoka@example.jp" in html


def review_url(place):
    return reverse("wagtailsnippets_places_communityplace:review", args=[place.pk])


def test_review_view_permissions(client, pending, django_user_model):
    url = review_url(pending)
    response = client.get(url)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    # An editor who may use the admin but not change places.
    editor = django_user_model.objects.create_user("editor", "e@kaiki.example", "x")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    response = client.get(url)
    assert response.status_code in (302, 403)
    assert client.post(url, {"decision": "approve"}).status_code in (302, 403)
    pending.refresh_from_db()
    assert pending.status == PlaceStatus.PENDING
    reviewers = Group.objects.create(name="Place reviewers")
    reviewers.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_communityplace"),
    )
    editor.groups.add(reviewers)
    response = client.get(url)
    assert response.status_code == 200
    assert "hanako@example.jp" in response.content.decode()  # staff see it


def test_staff_approve_in_the_admin(admin_client, pending, on_commit):
    url = review_url(pending)
    response = admin_client.post(url, {"decision": "reject", "message": ""})
    assert response.status_code == 200
    assert "message" in response.context["form"].errors
    with on_commit():
        response = admin_client.post(url, {"decision": "approve", "message": ""})
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == PlaceStatus.APPROVED
    response = admin_client.get(url)
    html = response.content.decode()
    assert "admin" in html  # who, in the history
    # An approved place can't be approved again: the choice is not offered.
    assert 'value="approve"' not in html


def test_admin_list_search_and_registry_export(admin_client, pending):
    CommunityPlaceFactory(name="=HYPERLINK(1)", contact_email="x@example.jp")
    list_url = reverse("wagtailsnippets_places_communityplace:list")
    response = admin_client.get(list_url)
    assert response.status_code == 200
    assert review_url(pending) in response.content.decode()
    response = admin_client.get(list_url, {"export": "csv"})
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "hanako@example.jp" in content
    assert "'=HYPERLINK(1)" in content


def test_staff_emails_go_to_those_who_may_review(django_user_model, pending):
    from cms.places.selectors import place_reviewer_emails

    django_user_model.objects.create_user("visitor", "v@example.jp", "x")
    reviewer = django_user_model.objects.create_user("r", "r@kaiki.example", "x")
    reviewer.user_permissions.add(
        Permission.objects.get(codename="change_communityplace")
    )
    django_user_model.objects.create_superuser(
        "gone", "gone@kaiki.example", "x", is_active=False
    )
    assert place_reviewer_emails() == ["r@kaiki.example"]


def test_status_is_copied_to_translations(pending, staff):
    from wagtail.models import Locale

    english = pending.copy_for_translation(Locale.objects.get(language_code="en"))
    english.save()
    place_approve(place=pending, user=staff)
    english.refresh_from_db()
    assert english.status == PlaceStatus.APPROVED
    assert (
        english.confirmed_at == CommunityPlace.objects.get(pk=pending.pk).confirmed_at
    )


def test_places_are_in_the_network_menu(admin_client):
    from wagtail.admin.menu import admin_menu

    from network.wagtail_hooks import NetworkViewSetGroup

    response = admin_client.get(reverse("wagtailadmin_home"))
    request = response.wsgi_request
    top = admin_menu.menu_items_for_request(request)
    assert "community-places" not in [item.name for item in top]
    label = str(NetworkViewSetGroup.menu_label)
    (network,) = [item for item in top if str(item.label) == label]
    names = [item.name for item in network.menu.menu_items_for_request(request)]
    assert "community-places" in names
