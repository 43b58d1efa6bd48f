"""A member's introductions in their data export, and when they delete their
account (as newcomer and as guide)."""

import json

import pytest
from django.core import mail

from network.choices import IntroductionStatus, OfferOutcome
from network.introductions import services
from network.models import IntroductionOffer, IntroductionRequest
from network.selectors import member_data_export
from network.services import member_delete

from .test_introductions import ask, make_guide

pytestmark = pytest.mark.django_db
S = IntroductionStatus


@pytest.fixture
def guide(regions):
    return make_guide(regions=[regions["tosei"]], user_email="guide@example.org")


def test_the_export_holds_the_members_requests_and_nobody_elses(
    regions, guide, member, other_member
):
    mine = ask(regions, user=member.user, email=member.user.email)
    ask(
        regions,
        user=other_member.user,
        name="他人 太郎",
        email="taro@example.net",
        phone="080-9999-0000",
        message="別の人の相談です。",
    )
    data = member_data_export(user=member.user)
    json.dumps(data)  # the download is JSON
    [exported] = data["introduction_requests"]
    assert exported["number"] == mine.pk
    assert exported["name"] == "移住 花子"
    assert exported["phone"] == "090-0000-1111"
    assert exported["status"] == S.OFFERED
    assert [(s["from"], s["to"]) for s in exported["history"]] == [
        ("", S.SUBMITTED),
        (S.SUBMITTED, S.CONFIRMED),
        (S.CONFIRMED, S.OFFERED),
    ]
    consent = exported["consent"]
    assert consent["notice_version"] == services.CONSENT_NOTICE_VERSION
    assert consent["given_at"] and consent["withdrawn_at"] is None
    assert consent["provided"][0]["guide"] == guide.member.display_name
    assert "name" not in consent["provided"][0]["fields"]
    assert data["introduction_offers"] == []
    text = json.dumps(data, ensure_ascii=False)
    assert "他人 太郎" not in text
    assert "taro@example.net" not in text


def test_a_guides_export_holds_their_offers_without_contact_until_accepted(
    regions, guide, member, other_member
):
    accepted = ask(regions, user=member.user, phone="090-1111-2222")
    waiting = ask(
        regions,
        user=other_member.user,
        name="他人 太郎",
        email="taro@example.net",
        phone="080-9999-0000",
    )
    services.introduction_request_accept(request=accepted, user=guide.member.user)
    data = member_data_export(user=guide.member.user)
    json.dumps(data)
    assert data["introduction_requests"] == []
    offers = {o["request"]: o for o in data["introduction_offers"]}
    assert set(offers) == {accepted.pk, waiting.pk}
    assert offers[accepted.pk]["request_details"]["phone"] == "090-1111-2222"
    details = offers[waiting.pk]["request_details"]
    assert details["message"] == waiting.message
    assert not {"name", "email", "phone"} & set(details)
    text = json.dumps(data, ensure_ascii=False)
    assert "他人 太郎" not in text
    assert "taro@example.net" not in text
    assert "080-9999-0000" not in text


def test_deleting_a_newcomer_withdraws_their_open_request_and_erases_it(
    regions, guide, member, django_capture_on_commit_callbacks
):
    request = ask(regions, user=member.user)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        member_delete(user=member.user)
    row = IntroductionRequest.objects.get(pk=request.pk)
    assert (row.name, row.email, row.phone, row.message) == ("", "", "", "")
    assert (row.moving_from, row.newcomer_comment) == ("", "")
    assert row.token != request.token
    assert row.newcomer is None
    # The anonymised record stays for the figures.
    assert row.status == S.WITHDRAWN
    assert row.consent_withdrawn_at is not None
    assert row.closed_at is not None
    assert row.region == regions["tosei"]
    assert row.created_at == request.created_at
    assert row.topics == ["housing"]
    assert [t.to_status for t in row.transitions.all()][-1] == S.WITHDRAWN
    assert not row.offers.filter(outcome=OfferOutcome.OPEN).exists()
    # The guide who had it is told.
    assert [m.to for m in mail.outbox] == [["guide@example.org"]]


def test_deleting_a_newcomer_closes_an_introduced_request_and_erases_feedback(
    regions, guide, member
):
    request = ask(regions, user=member.user)
    guide_user = guide.member.user
    services.introduction_request_accept(request=request, user=guide_user)
    services.introduction_request_mark_introduced(request=request, user=guide_user)
    services.introduction_request_feedback(
        request=request, side="newcomer", rating=5, comment="花子です。助かりました。"
    )
    member_delete(user=member.user)
    row = IntroductionRequest.objects.get(pk=request.pk)
    assert row.status == S.CLOSED
    assert (row.name, row.email, row.newcomer_comment) == ("", "", "")
    assert row.newcomer_rating == 5


def test_a_deleted_guides_open_offer_goes_to_the_next_guide(
    regions, guide, member, django_capture_on_commit_callbacks
):
    request = ask(regions, user=member.user)
    assert request.guide == guide
    second = make_guide(regions=[regions["tosei"]], user_email="second@example.org")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        member_delete(user=guide.member.user)
    request.refresh_from_db()
    assert request.status == S.OFFERED
    assert request.guide == second
    assert request.offers.get(outcome=OfferOutcome.OPEN).guide == second
    assert not IntroductionOffer.objects.filter(
        outcome=OfferOutcome.OPEN, guide__isnull=True
    ).exists()
    assert ["second@example.org"] in [m.to for m in mail.outbox]


def test_a_deleted_guides_offer_goes_to_the_staff_queue_without_another_guide(
    regions, guide, member, network_staff
):
    request = ask(regions, user=member.user)
    member_delete(user=guide.member.user)
    request.refresh_from_db()
    assert request.status == S.CONFIRMED
    assert request.guide is None
    assert request.needs_staff
    assert not request.offers.filter(outcome=OfferOutcome.OPEN).exists()
    # The newcomer's data is theirs: it stays.
    assert request.name == "移住 花子"


def test_a_deleted_guides_accepted_request_goes_to_the_staff_queue(
    regions, guide, member, network_staff
):
    request = ask(regions, user=member.user)
    services.introduction_request_accept(request=request, user=guide.member.user)
    member_delete(user=guide.member.user)
    request.refresh_from_db()
    # Not introduced yet: back to waiting for a guide, with the staff.
    assert request.status == S.CONFIRMED
    assert request.guide is None
    assert request.needs_staff
    # Staff can send it to another guide.
    second = make_guide(regions=[regions["tosei"]], user_email="second@example.org")
    services.introduction_request_reassign(
        request=request,
        guide=second,
        reason="前の案内役が退会したため",
        by=network_staff,
    )
    request.refresh_from_db()
    assert request.status == S.OFFERED
    assert request.guide == second
