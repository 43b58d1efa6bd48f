"""The demo's network: members of every kind and visibility, guides, gaps."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from cms.demo.content.network import DEMO_GUIDE, DEMO_MEMBER
from cms.demo.loaders import DemoContext
from cms.demo.loaders.network import load_network
from cms.demo.loaders.site import load_home
from cms.demo.loaders.taxonomy import load_regions
from network.choices import (
    GuideStatus,
    IntroductionStatus,
    MemberKind,
    OfferOutcome,
    ProfileVisibility,
)
from network.models import (
    GuideDirectoryPage,
    GuideProfile,
    GuideStatusChange,
    IntroductionOffer,
    IntroductionRequest,
    IntroductionTransition,
    MemberProfile,
    NetworkFiguresPage,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def network_demo(demo):
    """The whole demo (loaded once per run, see the conftest) as its network
    loader sees it: the home page and the network's two pages."""
    ctx = DemoContext(today=timezone.localdate())
    load_home(ctx)
    ctx.pages["guides"] = GuideDirectoryPage.objects.child_of(ctx.home).get()
    ctx.pages["figures"] = NetworkFiguresPage.objects.child_of(ctx.home).get()
    return ctx


def test_members_of_every_kind_and_visibility(network_demo):
    profiles = MemberProfile.objects.all()
    assert {p.kind for p in profiles} == set(MemberKind.values)
    assert {p.visibility for p in profiles} == set(ProfileVisibility.values)


def test_guides_in_several_places_some_regions_without_one(client, network_demo):
    statuses = set(GuideProfile.objects.values_list("status", flat=True))
    assert {GuideStatus.APPROVED, GuideStatus.PAUSED, GuideStatus.PENDING} <= statuses
    response = client.get(network_demo.pages["guides"].url)
    looking = {region.slug for region, _whole, _m in response.context["looking"]}
    assert {"seihokugo", "shimokita", "kamitosan"} <= looking
    assert "chunan" not in looking
    body = response.content.decode()
    assert "佐藤 美咲" not in body  # legal names never
    # No member's address (the organisation's own, in the footer, is public).
    emails = MemberProfile.objects.values_list("user__email", flat=True)
    assert [email for email in emails if email in body] == []


def _introductions():
    return (
        list(IntroductionRequest.objects.order_by("pk").values()),
        list(IntroductionOffer.objects.order_by("pk").values()),
        list(IntroductionTransition.objects.order_by("pk").values()),
    )


def test_a_second_run_changes_nothing(network_demo):
    before = (
        list(MemberProfile.objects.values()),
        list(GuideProfile.objects.values()),
        GuideStatusChange.objects.count(),
        _introductions(),
    )
    load_regions(network_demo)
    load_network(network_demo)
    after = (
        [{**row, "updated_at": None} for row in MemberProfile.objects.values()],
        list(GuideProfile.objects.values()),
        GuideStatusChange.objects.count(),
        _introductions(),
    )
    assert [{**row, "updated_at": None} for row in before[0]] == after[0]
    assert before[1:] == after[1:]


def test_introduction_requests_in_every_state_with_histories(network_demo):
    requests = IntroductionRequest.objects.all()
    assert set(requests.values_list("status", flat=True)) == set(
        IntroductionStatus.values
    ) - {IntroductionStatus.DECLINED}
    queued = requests.get(needs_staff=True)
    assert queued.status == IntroductionStatus.CONFIRMED
    closed = requests.get(status=IntroductionStatus.CLOSED)
    assert closed.newcomer_rating and closed.guide_rating
    # Declined by one guide, then offered to another by the office.
    reoffered = IntroductionOffer.objects.get(outcome=OfferOutcome.DECLINED).request
    assert reoffered.status == IntroductionStatus.OFFERED
    assert reoffered.offers.count() == 2
    assert IntroductionTransition.objects.filter(
        request=reoffered, to_status=IntroductionStatus.DECLINED
    ).exists()
    for request in requests:
        assert request.transitions.exists()
        assert request.created_at.date() <= timezone.localdate()
        assert request.created_at.date() >= timezone.localdate() - timedelta(days=60)


def test_the_demo_member_and_guide_have_requests(network_demo):
    mine = IntroductionRequest.objects.filter(newcomer__email=DEMO_MEMBER)
    assert mine.count() >= 2
    offered_to_guide = IntroductionRequest.objects.filter(
        guide__member__user__email=DEMO_GUIDE
    )
    assert offered_to_guide.filter(status=IntroductionStatus.OFFERED).exists()
    assert offered_to_guide.filter(status=IntroductionStatus.ACCEPTED).exists()


def test_demo_members_prints_the_sign_in_of_a_member_and_a_guide(network_demo, capsys):
    call_command("demo_members")
    out = capsys.readouterr().out
    assert DEMO_MEMBER in out
    assert DEMO_GUIDE in out
    assert "password:" in out


def test_the_figures_page_counts_the_demo(client, network_demo):
    response = client.get(network_demo.pages["figures"].url)
    assert response.status_code == 200
    figures = response.context["figures"]
    assert {region.slug for region in figures["lacking"]} >= {"seihokugo", "shimokita"}
    assert "5未満" in response.content.decode()
