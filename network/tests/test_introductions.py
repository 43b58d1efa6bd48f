"""Introduction requests: the state machine, privacy, consent, matching,
escalation and the pages of each side."""

import io
from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import pgettext

from network.choices import IntroductionStatus, OfferOutcome, ProfileVisibility
from network.introductions import services
from network.introductions.matching import rank_guides
from network.models import IntroductionRequest
from network.templatetags.network_labels import reasons_text

from .factories import GuideProfileFactory, MemberProfileFactory

pytestmark = pytest.mark.django_db
S = IntroductionStatus


def make_guide(*, regions=(), municipalities=(), user_email=None, **kwargs):
    member = MemberProfileFactory(visibility=ProfileVisibility.PUBLIC)
    if user_email:
        member.user.email = user_email
        member.user.save()
    return GuideProfileFactory(
        member=member,
        regions=list(regions),
        municipalities=list(municipalities),
        **kwargs,
    )


def ask(regions, *, user=None, guide=None, now=None, **kwargs):
    data = {
        "region": regions["tosei"],
        "name": "移住 花子",
        "email": "hanako@example.net",
        "phone": "090-0000-1111",
        "message": "春に青森へ移ります。住まい探しの相談をしたいです。",
        "consent": True,
        "language": "ja",
        "topics": ["housing"],
        "languages": ["ja"],
    }
    data.update(kwargs)
    return services.introduction_request_create(user=user, guide=guide, now=now, **data)


@pytest.fixture
def guide(regions):
    return make_guide(regions=[regions["tosei"]], user_email="guide@example.org")


@pytest.fixture
def second_guide(regions):
    return make_guide(regions=[regions["tosei"]], user_email="second@example.org")


def steps(request):
    return [
        (t.from_status, t.to_status)
        for t in request.transitions.all()
        if t.from_status != t.to_status
    ]


# The state machine


def test_a_visitors_request_waits_for_the_email_link_then_goes_to_a_guide(
    regions, guide, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        request = ask(regions)
    assert request.status == S.SUBMITTED
    assert request.guide is None
    assert [m.to for m in mail.outbox] == [["hanako@example.net"]]
    assert request.token in mail.outbox[0].body
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        request = services.introduction_request_confirm(request=request)
    assert request.status == S.OFFERED
    assert request.guide == guide
    assert steps(request) == [
        ("", S.SUBMITTED),
        (S.SUBMITTED, S.CONFIRMED),
        (S.CONFIRMED, S.OFFERED),
    ]
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == ["guide@example.org", "hanako@example.net"]


def test_emails_leave_only_after_the_commit(regions, guide, member):
    with pytest.raises(RuntimeError):
        with transaction.atomic():
            ask(regions, user=member.user)
            raise RuntimeError
    assert mail.outbox == []
    assert not IntroductionRequest.objects.exists()


def test_a_members_request_is_offered_at_once_and_walks_to_closed(
    regions, guide, member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        request = ask(regions, user=member.user)
    assert request.status == S.OFFERED
    guide_user = guide.member.user
    request = services.introduction_request_accept(request=request, user=guide_user)
    assert request.status == S.ACCEPTED
    request = services.introduction_request_mark_introduced(
        request=request, user=guide_user
    )
    request = services.introduction_request_feedback(
        request=request, side="guide", user=guide_user, rating=5, comment="よい方"
    )
    assert request.status == S.INTRODUCED
    request = services.introduction_request_feedback(
        request=request, side="newcomer", user=member.user, rating=4
    )
    assert request.status == S.CLOSED
    assert request.closed_at is not None
    assert steps(request)[-4:] == [
        (S.CONFIRMED, S.OFFERED),
        (S.OFFERED, S.ACCEPTED),
        (S.ACCEPTED, S.INTRODUCED),
        (S.INTRODUCED, S.CLOSED),
    ]
    last = request.transitions.last()
    assert last.by == member.user


def test_a_decline_goes_to_the_next_ranked_guide_then_to_the_staff_queue(
    regions, guide, second_guide, member, network_staff
):
    network_staff.email = "staff@example.org"
    network_staff.save()
    request = ask(regions, user=member.user)
    first = request.guide
    request = services.introduction_request_decline(
        request=request, user=first.member.user, reason="忙しいため"
    )
    assert request.status == S.OFFERED
    assert request.guide not in (None, first)
    assert request.offers.get(guide=first).outcome == OfferOutcome.DECLINED
    assert request.offers.get(guide=first).decline_reason == "忙しいため"
    request = services.introduction_request_decline(
        request=request, user=request.guide.member.user
    )
    assert request.status == S.DECLINED
    assert request.guide is None
    assert request.needs_staff is True


def test_withdrawing_stops_any_further_provision(regions, guide, member):
    request = ask(regions, user=member.user)
    request = services.introduction_request_withdraw(request=request, user=member.user)
    assert request.status == S.WITHDRAWN
    assert request.consent_withdrawn_at is not None
    assert request.offers.get().outcome == OfferOutcome.WITHDRAWN
    with pytest.raises(ValidationError):
        services.introduction_request_accept(request=request, user=guide.member.user)


REFUSED = [
    ("accept", S.ACCEPTED),
    ("introduced", S.OFFERED),
    ("feedback", S.ACCEPTED),
    ("withdraw", S.INTRODUCED),
    ("decline", S.ACCEPTED),
    ("accept", S.INTRODUCED),
]


@pytest.mark.parametrize(("action", "state"), REFUSED)
def test_illegal_transitions_are_refused(regions, guide, member, action, state):
    request = ask(regions, user=member.user)
    user = guide.member.user
    if state in (S.ACCEPTED, S.INTRODUCED):
        request = services.introduction_request_accept(request=request, user=user)
    if state == S.INTRODUCED:
        request = services.introduction_request_mark_introduced(
            request=request, user=user
        )
    calls = {
        "accept": lambda: services.introduction_request_accept(
            request=request, user=user
        ),
        "decline": lambda: services.introduction_request_decline(
            request=request, user=user
        ),
        "introduced": lambda: services.introduction_request_mark_introduced(
            request=request, user=user
        ),
        "feedback": lambda: services.introduction_request_feedback(
            request=request, side="newcomer", rating=3
        ),
        "withdraw": lambda: services.introduction_request_withdraw(request=request),
    }
    count = request.transitions.count()
    with pytest.raises(ValidationError):
        calls[action]()
    request.refresh_from_db()
    assert request.status == state
    assert request.transitions.count() == count


def test_only_the_offered_guide_may_answer(regions, guide, second_guide, member):
    request = ask(regions, user=member.user)
    other = second_guide if request.guide == guide else guide
    for user in (other.member.user, member.user):
        with pytest.raises(PermissionDenied):
            services.introduction_request_accept(request=request, user=user)


def test_the_open_offer_limit_holds(regions, guide, member, network_staff):
    guide.max_open_introductions = 1
    guide.save()
    first = ask(regions, user=member.user)
    assert first.guide == guide
    second = ask(regions, user=MemberProfileFactory().user)
    assert second.status == S.CONFIRMED
    assert second.needs_staff is True
    with pytest.raises(ValidationError) as error:
        services.introduction_request_reassign(
            request=second, guide=guide, reason="急ぎ", by=network_staff
        )
    assert "guide" in error.value.message_dict


def test_staff_reassign_with_a_recorded_reason(
    regions, guide, second_guide, member, network_staff, staff_without_network
):
    request = ask(regions, user=member.user)
    other = second_guide if request.guide == guide else guide
    with pytest.raises(PermissionDenied):
        services.introduction_request_reassign(
            request=request, guide=other, reason="x", by=staff_without_network
        )
    with pytest.raises(ValidationError):
        services.introduction_request_reassign(
            request=request, guide=other, reason=" ", by=network_staff
        )
    request = services.introduction_request_reassign(
        request=request, guide=other, reason="英語ができる方", by=network_staff
    )
    assert request.guide == other
    step = request.transitions.last()
    assert (step.by, step.note) == (network_staff, "英語ができる方")
    assert request.offers.get(guide=other).by_hand_reason == "英語ができる方"
    assert request.offers.exclude(guide=other).get().outcome == OfferOutcome.WITHDRAWN


# Consent


def test_the_consent_record_names_the_notice_fields_guides_and_release(
    regions, guide, member
):
    request = ask(regions, user=member.user)
    assert request.consent_notice_version == services.CONSENT_NOTICE_VERSION
    assert request.consent_notice == services.consent_notice()
    assert request.consent_given_at is not None
    offer = request.offers.get()
    assert offer.guide == guide
    assert "name" not in offer.fields_provided
    assert "message" in offer.fields_provided
    assert offer.contact_released_at is None
    services.introduction_request_accept(request=request, user=guide.member.user)
    offer.refresh_from_db()
    assert offer.contact_released_at is not None
    assert {"name", "email", "phone"} <= set(offer.fields_provided)


def test_no_consent_no_request(regions, guide):
    with pytest.raises(ValidationError) as error:
        ask(regions, consent=False)
    assert "consent" in error.value.message_dict
    assert not IntroductionRequest.objects.exists()


# Matching


def test_guides_rank_by_place_topics_language_and_load(regions, member):
    with_town = make_guide(
        municipalities=[regions["aomori"]], topics=["work"], languages=["ja"]
    )
    speaks_english = make_guide(
        regions=[regions["tosei"]], topics=["housing"], languages=["ja", "en"]
    )
    plain = make_guide(regions=[regions["tosei"]], topics=["housing"], languages=["ja"])
    busy = make_guide(regions=[regions["tosei"]], topics=["housing"], languages=["ja"])
    make_guide(regions=[regions["sanpachi"]])  # another region: never ranked
    busy.max_open_introductions = 5
    busy.save()
    ask(regions, user=MemberProfileFactory().user, guide=busy)
    request = ask(
        regions,
        user=member.user,
        municipality=regions["aomori"],
        topics=["housing"],
        languages=["ja", "en"],
        consent=True,
    )
    request.offers.all().delete()
    ranked = [c.guide for c in rank_guides(request)]
    assert ranked == [with_town, speaks_english, plain, busy]
    codes = [
        [(r["code"], r.get("value")) for r in c.reasons] for c in rank_guides(request)
    ]
    assert codes[0][0] == ("municipality", None)
    assert codes[1] == [
        ("region", None),
        ("topics", ["housing"]),
        ("language", "ja"),
        ("language", "en"),
        ("load", 0),
    ]
    assert codes[3][-1] == ("load", 1)
    with translation.override("en"):
        assert reasons_text(rank_guides(request)[1].reasons) == (
            "guides the whole region · knows about Housing · speaks Japanese"
            " · speaks English · 0 open requests"
        )


def test_guides_at_their_limit_or_taking_members_only_are_left_out(regions):
    full = make_guide(regions=[regions["tosei"]])
    full.max_open_introductions = 1
    full.save()
    members_only = make_guide(regions=[regions["tosei"]], who_may_ask="members")
    ask(regions, user=MemberProfileFactory().user, guide=full)
    visitor_request = ask(regions)
    assert rank_guides(visitor_request) == []
    staff_view = rank_guides(visitor_request, include_full=True)
    assert [(c.guide, c.full) for c in staff_view] == [(full, True)]
    assert members_only not in [c.guide for c in staff_view]


# Escalation


def test_escalation_reminds_then_passes_on_then_queues_for_staff(
    regions,
    guide,
    second_guide,
    member,
    network_staff,
    settings,
    django_capture_on_commit_callbacks,
):
    settings.KAIKI_INTRODUCTION_ANSWER_DAYS = 3
    network_staff.email = "staff@example.org"
    network_staff.save()
    start = timezone.now()
    request = ask(regions, user=member.user, now=start)
    first = request.guide

    def escalate(days, hours=0):
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            return services.introductions_escalate(
                now=start + timedelta(days=days, hours=hours)
            )

    assert escalate(2)["reminded"] == 0
    assert mail.outbox == []
    assert escalate(3, 1)["reminded"] == 1
    assert [m.to for m in mail.outbox] == [[first.member.user.email]]
    assert escalate(3, 2)["reminded"] == 0  # reminded once only
    assert escalate(6, 2)["reoffered"] == 1
    request.refresh_from_db()
    second = request.guide
    assert second not in (None, first)
    assert request.offers.get(guide=first).outcome == OfferOutcome.NO_ANSWER
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [first.member.user.email, second.member.user.email]
    )
    escalate(9, 3)
    assert escalate(12, 4)["queued"] == 1
    assert ["staff@example.org"] in [m.to for m in mail.outbox]
    request.refresh_from_db()
    assert (request.status, request.needs_staff, request.guide) == (
        S.CONFIRMED,
        True,
        None,
    )
    notes = list(request.transitions.values_list("note", flat=True))
    assert notes.count(pgettext("introduction", "Reminder sent to the guide.")) == 2
    assert (
        notes.count(pgettext("introduction", "No answer in time: offer taken back."))
        == 2
    )
    assert notes[-1] == pgettext(
        "introduction", "No guide with room: in the staff queue."
    )


def test_unconfirmed_visitor_requests_expire(regions, guide, settings):
    settings.KAIKI_INTRODUCTION_CONFIRM_DAYS = 7
    start = timezone.now()
    request = ask(regions, now=start)
    out = io.StringIO()
    call_command("escalate_introductions", stdout=out)
    assert "expired=0" in out.getvalue()
    request.refresh_from_db()
    assert request.status == S.SUBMITTED
    assert (
        services.introductions_escalate(now=start + timedelta(days=8))["expired"] == 1
    )
    request.refresh_from_db()
    assert request.status == S.EXPIRED
