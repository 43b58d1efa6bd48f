"""The pages of introduction requests: asking, the newcomer's page, the guide's
pages and the admin, with their permission matrices and privacy."""

import pytest
from django.core import mail
from django.urls import reverse

from network.choices import IntroductionStatus
from network.introductions import services
from network.models import IntroductionRequest
from network.templatetags.network_labels import reason_label

from .factories import MemberProfileFactory
from .test_introductions import ask, make_guide

pytestmark = pytest.mark.django_db
S = IntroductionStatus


@pytest.fixture
def guide(regions):
    return make_guide(regions=[regions["tosei"]], user_email="guide@example.org")


@pytest.fixture
def offered(regions, guide, member):
    return ask(regions, user=member.user)


def test_a_visitor_asks_any_guide_of_a_region_and_confirms_by_the_link(
    client, regions, guide, django_capture_on_commit_callbacks
):
    url = reverse("network:introduction_ask") + f"?region={regions['tosei'].pk}"
    assert client.get(url).status_code == 200
    data = {
        "name": "花子",
        "email": "hanako@example.net",
        "region": regions["tosei"].pk,
        "message": "住まいの相談をしたいです。",
        "topics": ["housing"],
    }
    response = client.post(url, data)
    assert response.status_code == 400  # no consent: refused, input kept
    body = response.content.decode()
    assert "住まいの相談をしたいです。" in body
    assert 'value="hanako@example.net"' in body
    assert not IntroductionRequest.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {**data, "consent": "on"})
    assert response.status_code == 200
    request = IntroductionRequest.objects.get()
    assert request.status == S.SUBMITTED
    link = reverse("network:introduction", args=[request.token])
    assert link in mail.outbox[0].body
    assert link not in response.content.decode()  # only the mailbox has it
    response = client.post(link, {"action": "confirm"})
    assert response.status_code == 302
    request.refresh_from_db()
    assert (request.status, request.guide) == (S.OFFERED, guide)


def test_the_guide_sees_no_name_or_contact_before_accepting(
    client, offered, guide, django_capture_on_commit_callbacks
):
    client.force_login(guide.member.user)
    url = reverse("network:guide_introduction", args=[offered.pk])
    body = client.get(url).content.decode()
    assert offered.message in body
    for private in (offered.name, offered.email, offered.phone):
        assert private not in body
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"action": "accept"})
    body = client.get(url).content.decode()
    for private in (offered.name, offered.email, offered.phone):
        assert private in body
    to_guide = [m for m in mail.outbox if m.to == ["guide@example.org"]]
    assert offered.email in to_guide[-1].body


def test_the_offer_email_to_the_guide_names_nobody(
    regions, guide, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        request = ask(regions)
        services.introduction_request_confirm(request=request)
    offer_mail = next(m for m in mail.outbox if m.to == ["guide@example.org"])
    for private in (request.name, request.email, request.phone, request.message):
        assert private not in offer_mail.body


def test_the_newcomer_sees_the_guides_contact_and_reasons_only_after_acceptance(
    client, offered, guide, member
):
    client.force_login(member.user)
    url = reverse("network:introduction", args=[offered.token])
    body = client.get(url).content.decode()
    assert guide.member.user.email not in body
    services.introduction_request_accept(request=offered, user=guide.member.user)
    body = client.get(url).content.decode()
    assert guide.member.user.email in body
    assert reason_label({"code": "region"}) in body


def _users(member, guide, regions, staff_without_network, network_staff):
    other_guide = make_guide(regions=[regions["tosei"]])
    return {
        "another member": MemberProfileFactory().user,
        "newcomer": member.user,
        "offered guide": guide.member.user,
        "another guide": other_guide.member.user,
        "staff without network": staff_without_network,
        "network staff": network_staff,
    }


def test_permission_matrix_of_the_guides_page(
    client, offered, member, guide, regions, staff_without_network, network_staff
):
    url = reverse("network:guide_introduction", args=[offered.pk])
    assert client.get(url).status_code == 302
    users = _users(member, guide, regions, staff_without_network, network_staff)
    for who, user in users.items():
        client.force_login(user)
        expected = 200 if who == "offered guide" else 404
        assert client.get(url).status_code == expected, who
        assert client.post(url, {"action": "accept"}).status_code in (
            (302,) if expected == 200 else (404,)
        ), who


def test_permission_matrix_of_the_newcomers_page(
    client, offered, member, guide, regions, staff_without_network, network_staff
):
    url = reverse("network:introduction", args=[offered.token])
    assert client.get(url).status_code == 302
    users = _users(member, guide, regions, staff_without_network, network_staff)
    for who, user in users.items():
        client.force_login(user)
        expected = 200 if who == "newcomer" else 404
        assert client.get(url).status_code == expected, who
    client.logout()
    assert (
        client.get(reverse("network:introduction", args=["x" * 43])).status_code == 404
    )


def test_permission_matrix_of_the_admin(
    client, offered, member, guide, regions, staff_without_network, network_staff
):
    manage = reverse("network_introduction_manage", args=[offered.pk])
    index = reverse("network_introductions:index")
    export = index + "?export=csv"
    users = _users(member, guide, regions, staff_without_network, network_staff)
    for who, user in users.items():
        client.force_login(user)
        allowed = who == "network staff"
        for url in (manage, index, export):
            response = client.get(url)
            if allowed:
                assert response.status_code == 200, (who, url)
            else:
                assert response.status_code in (302, 403), (who, url)
                assert offered.email.encode() not in b"".join(
                    getattr(response, "streaming_content", [response.content])
                )
    client.force_login(network_staff)
    csv = b"".join(client.get(export).streaming_content).decode("utf-8-sig")
    assert offered.email in csv
    body = client.get(manage).content.decode()
    assert offered.consent_notice_version in body


def test_staff_reassign_in_the_admin_with_the_ranking(
    client, offered, guide, regions, network_staff
):
    other = make_guide(regions=[regions["tosei"]], languages=["ja", "en"])
    client.force_login(network_staff)
    url = reverse("network_introduction_manage", args=[offered.pk])
    body = client.get(url).content.decode()
    assert str(other) in body
    response = client.post(url, {"guide": other.pk, "reason": ""})
    assert response.status_code == 400
    response = client.post(url, {"guide": other.pk, "reason": "英語対応"})
    assert response.status_code == 302
    offered.refresh_from_db()
    assert offered.guide == other


def test_the_guides_list_makes_as_few_queries_for_many_requests(
    client, regions, guide, django_assert_max_num_queries
):
    guide.max_open_introductions = 10
    guide.save()
    ask(regions, user=MemberProfileFactory().user, guide=guide)
    client.force_login(guide.member.user)
    url = reverse("network:guide_introductions")
    with django_assert_max_num_queries(20) as one:
        client.get(url)
    for _ in range(6):
        ask(regions, user=MemberProfileFactory().user, guide=guide)
    with django_assert_max_num_queries(len(one.captured_queries)):
        body = client.get(url).content.decode()
    assert body.count("/ja/members/guide/introductions/") >= 7
