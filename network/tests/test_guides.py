"""Applying to guide, and staff's decisions in the admin."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from network.choices import GuideStatus
from network.models import GuideProfile, GuideStatusChange
from network.services import guide_application_submit, guide_set_status

from .factories import GuideProfileFactory

pytestmark = pytest.mark.django_db

APPLICATION = {
    "topics": ["housing", "community"],
    "languages": ["ja", "en"],
    "statement": "八戸に来て8年。町内会の入り方を教えます。",
    "max_open_introductions": "2",
    "accepting": "on",
    "who_may_ask": "anyone",
}


def test_a_member_applies_and_waits_for_staff(client, member, regions):
    client.force_login(member.user)
    response = client.post(
        reverse("network:guide_apply"),
        {**APPLICATION, "municipalities": [regions["hachinohe"].pk]},
    )
    assert response.status_code == 302
    guide = GuideProfile.objects.get(member=member)
    assert guide.status == GuideStatus.PENDING
    assert list(guide.municipalities.all()) == [regions["hachinohe"]]
    change = guide.status_changes.get()
    assert (change.from_status, change.to_status, change.changed_by) == (
        "",
        GuideStatus.PENDING,
        member.user,
    )


def test_an_application_without_a_place_is_refused_keeping_the_statement(
    client, member
):
    client.force_login(member.user)
    response = client.post(reverse("network:guide_apply"), APPLICATION)
    assert response.status_code == 400
    assert APPLICATION["statement"] in response.content.decode()
    assert not GuideProfile.objects.exists()


def test_a_member_without_a_display_name_is_asked_for_one(member, regions):
    member.display_name = ""
    member.save()
    with pytest.raises(ValidationError):
        guide_application_submit(
            user=member.user,
            regions=[regions["tosei"]],
            municipalities=[],
            topics=["work"],
            languages=["ja"],
            statement="x",
        )


def test_staff_approve_pause_and_revoke_with_a_reason_the_guide_reads(
    network_staff, django_capture_on_commit_callbacks
):
    guide = GuideProfileFactory(status=GuideStatus.PENDING)
    with django_capture_on_commit_callbacks(execute=True):
        guide_set_status(
            guide=guide, status=GuideStatus.APPROVED, reason="", by=network_staff
        )
    with django_capture_on_commit_callbacks(execute=True):
        guide_set_status(
            guide=guide,
            status=GuideStatus.PAUSED,
            reason="冬の間お休み",
            by=network_staff,
        )
    guide.refresh_from_db()
    assert guide.status == GuideStatus.PAUSED
    assert guide.status_reason == "冬の間お休み"
    changes = list(GuideStatusChange.objects.filter(guide=guide).order_by("changed_at"))
    assert [(c.from_status, c.to_status, c.changed_by) for c in changes] == [
        (GuideStatus.PENDING, GuideStatus.APPROVED, network_staff),
        (GuideStatus.APPROVED, GuideStatus.PAUSED, network_staff),
    ]
    assert len(mail.outbox) == 2
    assert mail.outbox[1].to == [guide.member.user.email]
    assert "冬の間お休み" in mail.outbox[1].body


def test_pausing_needs_a_reason(network_staff):
    guide = GuideProfileFactory(status=GuideStatus.APPROVED)
    with pytest.raises(ValidationError) as error:
        guide_set_status(
            guide=guide, status=GuideStatus.PAUSED, reason=" ", by=network_staff
        )
    assert "reason" in error.value.message_dict


def test_a_pending_application_cannot_be_paused(network_staff):
    guide = GuideProfileFactory(status=GuideStatus.PENDING)
    with pytest.raises(ValidationError):
        guide_set_status(
            guide=guide, status=GuideStatus.PAUSED, reason="x", by=network_staff
        )


def test_only_staff_with_the_network_permission_decide(staff_without_network):
    guide = GuideProfileFactory(status=GuideStatus.PENDING)
    with pytest.raises(PermissionDenied):
        guide_set_status(
            guide=guide,
            status=GuideStatus.APPROVED,
            reason="",
            by=staff_without_network,
        )


def test_reapplying_after_a_revocation_waits_for_staff_again(network_staff, regions):
    guide = GuideProfileFactory(status=GuideStatus.APPROVED)
    guide_set_status(
        guide=guide, status=GuideStatus.REVOKED, reason="連絡がない", by=network_staff
    )
    guide_application_submit(
        user=guide.member.user,
        regions=[regions["tosei"]],
        municipalities=[],
        topics=["work"],
        languages=["ja"],
        statement="もう一度",
    )
    guide.refresh_from_db()
    assert (guide.status, guide.status_reason) == (GuideStatus.PENDING, "")


def test_an_approved_guide_changes_details_without_losing_approval(regions):
    guide = GuideProfileFactory(status=GuideStatus.APPROVED)
    guide_application_submit(
        user=guide.member.user,
        regions=[regions["tosei"]],
        municipalities=[],
        topics=["work"],
        languages=["ja"],
        statement="変更",
        accepting=False,
    )
    guide.refresh_from_db()
    assert guide.status == GuideStatus.APPROVED
    assert guide.accepting is False


def test_the_guide_sees_the_reason_on_their_page(client, network_staff):
    guide = GuideProfileFactory(status=GuideStatus.APPROVED)
    guide_set_status(
        guide=guide, status=GuideStatus.PAUSED, reason="確認中です", by=network_staff
    )
    client.force_login(guide.member.user)
    assert "確認中です" in client.get(reverse("network:home")).content.decode()


def test_staff_who_decide_hear_of_a_new_application(
    member,
    regions,
    network_staff,
    staff_without_network,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        guide = guide_application_submit(
            user=member.user,
            regions=[regions["tosei"]],
            municipalities=[],
            topics=["work"],
            languages=["ja"],
            statement="雪国の仕事探しを手伝います",
        )
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [network_staff.email]
    assert member.display_name in message.subject
    assert "雪国の仕事探しを手伝います" in message.body
    assert f"/admin/network/guides/{guide.pk}/status/" in message.body
