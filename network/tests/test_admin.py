"""The staff "Network" menu: who sees it, decisions, exports."""

import pytest
from django.urls import reverse

from network.choices import GuideStatus
from network.models import GuideStatusChange

from .factories import GuideProfileFactory

pytestmark = pytest.mark.django_db

INDEXES = [
    "network_members:index",
    "network_guides:index",
    "network_guide_applications:index",
    "network_guide_decisions:index",
]


@pytest.mark.parametrize("name", INDEXES)
def test_anonymous_visitors_are_sent_to_the_admin_login(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.parametrize("name", INDEXES)
def test_members_and_staff_without_the_network_permission_see_nothing(
    client, name, member, staff_without_network
):
    client.force_login(member.user)
    assert client.get(reverse(name)).status_code == 302  # no admin access at all
    client.force_login(staff_without_network)
    response = client.get(reverse(name))
    assert response.status_code in (302, 403)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("network_members:index") not in dashboard


@pytest.mark.parametrize("name", INDEXES)
def test_network_staff_see_the_network_menu(client, name, network_staff):
    GuideProfileFactory(status=GuideStatus.PENDING)
    client.force_login(network_staff)
    assert client.get(reverse(name)).status_code == 200
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("network_members:index") in dashboard


def test_the_members_export_is_a_safe_csv(client, network_staff, member):
    member.legal_name = "=HYPERLINK(1)"
    member.save()
    client.force_login(network_staff)
    response = client.get(reverse("network_members:index") + "?export=csv")
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8")
    assert content.startswith("\ufeff")
    assert "'=HYPERLINK(1)" in content
    assert member.user.email in content


def test_staff_decide_in_the_admin_and_the_history_shows_it(client, network_staff):
    guide = GuideProfileFactory(status=GuideStatus.PENDING)
    url = reverse("network_guide_status", args=[guide.pk])
    client.force_login(network_staff)
    assert client.get(url).status_code == 200
    response = client.post(url, {"status": GuideStatus.APPROVED, "reason": "ようこそ"})
    assert response.status_code == 302
    guide.refresh_from_db()
    assert guide.status == GuideStatus.APPROVED
    body = client.get(url).content.decode()
    assert "ようこそ" in body
    change = GuideStatusChange.objects.get(guide=guide, to_status=GuideStatus.APPROVED)
    assert change.changed_by == network_staff
    listing = client.get(reverse("network_guide_decisions:index")).content.decode()
    assert "ようこそ" in listing


def test_a_decision_without_its_reason_keeps_the_form(client, network_staff):
    guide = GuideProfileFactory(status=GuideStatus.APPROVED)
    url = reverse("network_guide_status", args=[guide.pk])
    client.force_login(network_staff)
    response = client.post(url, {"status": GuideStatus.PAUSED, "reason": ""})
    assert response.status_code == 200
    guide.refresh_from_db()
    assert guide.status == GuideStatus.APPROVED


def test_staff_without_the_network_permission_cannot_decide(
    client, staff_without_network
):
    guide = GuideProfileFactory(status=GuideStatus.PENDING)
    client.force_login(staff_without_network)
    url = reverse("network_guide_status", args=[guide.pk])
    assert client.get(url).status_code in (302, 403)
    client.post(url, {"status": GuideStatus.APPROVED})
    guide.refresh_from_db()
    assert guide.status == GuideStatus.PENDING


def test_applications_and_guides_are_listed_apart(client, network_staff):
    pending = GuideProfileFactory(status=GuideStatus.PENDING)
    approved = GuideProfileFactory(status=GuideStatus.APPROVED)
    client.force_login(network_staff)
    applications = client.get(
        reverse("network_guide_applications:index")
    ).content.decode()
    guides = client.get(reverse("network_guides:index")).content.decode()
    assert pending.member.display_name in applications
    assert approved.member.display_name not in applications
    assert approved.member.display_name in guides
    assert pending.member.display_name not in guides


def test_nobody_adds_members_or_edits_decisions_in_the_admin(client, network_staff):
    client.force_login(network_staff)
    network_staff.is_superuser = True
    network_staff.save()
    assert client.get(reverse("network_members:add")).status_code in (302, 403)
    assert client.get(reverse("network_guide_decisions:add")).status_code in (302, 403)


def test_staff_search_members_by_e_mail_and_legal_name(client, network_staff, member):
    other = GuideProfileFactory().member
    client.force_login(network_staff)
    for query in (member.user.email, member.legal_name):
        body = client.get(
            reverse("network_members:index"), {"q": query}
        ).content.decode()
        assert member.display_name in body
        assert other.display_name not in body


def test_the_decisions_export_names_who_decided(client, network_staff):
    from network.services import guide_set_status

    guide = GuideProfileFactory(status=GuideStatus.PENDING)
    guide_set_status(
        guide=guide, status=GuideStatus.APPROVED, reason="可", by=network_staff
    )
    client.force_login(network_staff)
    response = client.get(reverse("network_guide_decisions:index") + "?export=csv")
    content = b"".join(response.streaming_content).decode("utf-8")
    assert str(network_staff) in content
    assert "可" in content


def test_saving_a_member_in_the_admin_clears_the_page_cache(
    member, django_capture_on_commit_callbacks
):
    from django.core.cache import caches

    caches["pages"].set("marker", 1)
    with django_capture_on_commit_callbacks(execute=True):
        member.visibility = "hidden"
        member.save()
    assert caches["pages"].get("marker") is None


def test_the_network_menu_lists_each_item_once(rf, network_staff):
    from wagtail.admin.menu import SubmenuMenuItem, admin_menu

    request = rf.get("/admin/")
    request.user = network_staff
    submenus = [
        [item.url for item in menu_item.menu.menu_items_for_request(request)]
        for menu_item in admin_menu.menu_items_for_request(request)
        if isinstance(menu_item, SubmenuMenuItem)
    ]
    (urls,) = [urls for urls in submenus if reverse("network_members:index") in urls]
    assert reverse("network_introductions:index") in urls
    assert len(urls) == len(set(urls)), urls
