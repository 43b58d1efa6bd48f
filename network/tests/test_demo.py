"""The demo's network: members of every kind and visibility, guides, gaps."""

import pytest
from django.core.management import call_command
from django.utils import timezone

from cms.demo.content.network import DEMO_GUIDE, DEMO_MEMBER
from cms.demo.loaders import DemoContext
from cms.demo.loaders.network import load_network
from cms.demo.loaders.site import load_home
from cms.demo.loaders.taxonomy import load_regions
from network.choices import GuideStatus, MemberKind, ProfileVisibility
from network.models import GuideProfile, GuideStatusChange, MemberProfile

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    ctx = DemoContext(today=timezone.localdate())
    load_home(ctx)
    load_regions(ctx)
    load_network(ctx)
    return ctx


def test_members_of_every_kind_and_visibility(demo):
    profiles = MemberProfile.objects.all()
    assert {p.kind for p in profiles} == set(MemberKind.values)
    assert {p.visibility for p in profiles} == set(ProfileVisibility.values)


def test_guides_in_several_places_some_regions_without_one(client, demo):
    statuses = set(GuideProfile.objects.values_list("status", flat=True))
    assert {GuideStatus.APPROVED, GuideStatus.PAUSED, GuideStatus.PENDING} <= statuses
    response = client.get(demo.pages["guides"].url)
    looking = {region.slug for region, _whole, _m in response.context["looking"]}
    assert {"seihokugo", "shimokita", "kamitosan"} <= looking
    assert "chunan" not in looking
    body = response.content.decode()
    assert "佐藤 美咲" not in body  # legal names never
    assert "@example.org" not in body


def test_a_second_run_changes_nothing(demo):
    before = (
        list(MemberProfile.objects.values()),
        list(GuideProfile.objects.values()),
        GuideStatusChange.objects.count(),
    )
    load_network(demo)
    after = (
        [{**row, "updated_at": None} for row in MemberProfile.objects.values()],
        list(GuideProfile.objects.values()),
        GuideStatusChange.objects.count(),
    )
    assert [{**row, "updated_at": None} for row in before[0]] == after[0]
    assert before[1:] == after[1:]


def test_demo_members_prints_the_sign_in_of_a_member_and_a_guide(demo, capsys):
    call_command("demo_members")
    out = capsys.readouterr().out
    assert DEMO_MEMBER in out
    assert DEMO_GUIDE in out
    assert "password:" in out
