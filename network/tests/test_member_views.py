"""The member's own pages: who may open them, and what they show."""

import json

import pytest
from django.urls import reverse
from django.utils import translation

from network.choices import ProfileVisibility
from network.models import MemberProfile
from network.services import member_profile_create, member_profile_update

from .factories import (
    GuideProfileFactory,
    MemberProfileFactory,
    UserFactory,
    image_upload,
)

pytestmark = pytest.mark.django_db

PRIVATE_URLS = [
    "network:home",
    "network:profile",
    "network:data_export",
    "network:delete",
    "network:guide_apply",
]


@pytest.mark.parametrize("name", PRIVATE_URLS)
def test_anonymous_visitors_are_sent_to_the_members_login(client, name):
    url = reverse(name)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/ja/accounts/login/?next=")


@pytest.mark.parametrize("name", PRIVATE_URLS)
@pytest.mark.parametrize("who", ["owner", "staff_without_network", "network_staff"])
def test_signed_in_people_open_only_their_own_pages(
    client, name, who, member, other_member, request
):
    user = member.user if who == "owner" else request.getfixturevalue(who)
    client.force_login(user)
    response = client.get(reverse(name))
    assert response.status_code == 200
    body = response.content.decode()
    # Nobody else's data on anyone's own pages.
    assert other_member.legal_name not in body
    assert other_member.user.email not in body


def test_the_profile_form_shows_the_owners_data(client, member):
    client.force_login(member.user)
    body = client.get(reverse("network:profile")).content.decode()
    assert member.display_name in body
    assert member.legal_name in body


def test_a_member_saves_their_profile(client, member, regions):
    client.force_login(member.user)
    response = client.post(
        reverse("network:profile"),
        {
            "display_name": "はるか",
            "visibility": ProfileVisibility.MEMBERS,
            "kind": "i_turn",
            "came_from": "東京都",
            "region": regions["tosei"].pk,
            "municipality": regions["aomori"].pk,
            "year_moved": "2019",
            "topics": ["housing", "winter"],
            "languages": ["ja", "en"],
            "bio": "雪かきが得意です。",
        },
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.display_name == "はるか"
    assert member.municipality == regions["aomori"]
    assert member.topics == ["housing", "winter"]


def test_a_municipality_outside_the_region_is_refused_keeping_what_was_typed(
    client, member, regions
):
    client.force_login(member.user)
    response = client.post(
        reverse("network:profile"),
        {
            "display_name": "はるか",
            "visibility": ProfileVisibility.PUBLIC,
            "region": regions["tosei"].pk,
            "municipality": regions["hachinohe"].pk,
            "bio": "書いたこと",
        },
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert (
        "この市町村は選んだ地域にありません。" in body
        or "not in the chosen region" in body
    )
    assert "書いたこと" in body
    member.refresh_from_db()
    assert member.display_name != "はるか"


def test_the_data_export_holds_the_members_data_and_nobody_elses(
    client, member, other_member
):
    GuideProfileFactory(member=member, statement="私の案内")
    GuideProfileFactory(member=other_member, statement="他人の案内")
    client.force_login(member.user)
    response = client.get(reverse("network:data_export"))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["account"]["email"] == member.user.email
    assert data["profile"]["legal_name"] == member.legal_name
    assert data["guide"]["statement"] == "私の案内"
    text = response.content.decode()
    for leak in (other_member.user.email, other_member.legal_name, "他人の案内"):
        assert leak not in text


def test_deleting_the_account_needs_the_confirmation(client, member):
    client.force_login(member.user)
    response = client.post(reverse("network:delete"), {})
    assert response.status_code == 400
    assert MemberProfile.objects.filter(pk=member.pk).exists()


def test_a_member_deletes_their_account(client, member):
    client.force_login(member.user)
    response = client.post(reverse("network:delete"), {"confirm": "on"})
    assert response.status_code == 302
    assert not MemberProfile.objects.filter(pk=member.pk).exists()
    assert client.get(reverse("network:home")).status_code == 302


def test_a_new_account_gets_a_hidden_profile_in_its_language(client):
    user = UserFactory()
    with translation.override("en"):
        profile = member_profile_create(user=user)
    assert profile.visibility == ProfileVisibility.HIDDEN
    assert profile.language == "en"
    assert not MemberProfile.objects.visible_to(None).filter(pk=profile.pk).exists()


@pytest.mark.parametrize(
    ("visibility", "anonymous", "signed_in"),
    [
        (ProfileVisibility.PUBLIC, 200, 200),
        (ProfileVisibility.MEMBERS, 404, 200),
        (ProfileVisibility.HIDDEN, 404, 404),
    ],
)
def test_photos_follow_the_profiles_visibility(
    client, visibility, anonymous, signed_in, member, other_member
):
    member_profile_update(user=member.user, photo=image_upload(), visibility=visibility)
    url = reverse("network:photo", args=[member.pk])
    assert client.get(url).status_code == anonymous
    client.force_login(other_member.user)
    assert client.get(url).status_code == signed_in
    client.force_login(member.user)
    assert client.get(url).status_code == 200


def test_a_profile_without_a_photo_has_none_to_serve(client, member):
    assert client.get(reverse("network:photo", args=[member.pk])).status_code == 404


def test_inactive_accounts_are_never_listed():
    profile = MemberProfileFactory(user=UserFactory(is_active=False))
    assert not MemberProfile.objects.visible_to(None).filter(pk=profile.pk).exists()


def test_a_profile_without_a_display_name_still_has_a_name_in_lists():
    profile = MemberProfileFactory(display_name="")
    assert str(profile) == "(表示名なし)"
