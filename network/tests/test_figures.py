"""The network figures: the public page (counts below 5 hidden) and the
staff's exact figures in the admin."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, rich_text

from cms.events.models import EventSession
from cms.registrations.services import registration_create, registration_set_attended
from cms.registrations.tests.factories import open_session, registration_data
from home.tests.utils import assert_queries_flat
from network.choices import GuideStatus, MemberKind
from network.introductions import services
from network.models import NetworkFiguresPage
from network.selectors import network_figures, shown_count
from network.templatetags.network_figures import answer_time, figure

from .factories import GuideProfileFactory, MemberProfileFactory
from .test_introductions import ask

pytestmark = pytest.mark.django_db
FEWER = "5未満"


@pytest.fixture
def figures_page(home_page):
    page = NetworkFiguresPage(title="数字で見るネットワーク", slug="figures")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def _network(regions, home_page):
    """5 U-turn and 4 I-turn members; in 東青 an accepting guide and a paused
    one, in 三八 an approved guide not accepting; 6 requests confirmed (5
    answered after 1 to 5 hours, 2 of them introduced) and one never
    confirmed; a past session with 6 registrations, 5 attended."""
    MemberProfileFactory.create_batch(5, kind=MemberKind.U_TURN)
    MemberProfileFactory.create_batch(4, kind=MemberKind.I_TURN)
    guide = GuideProfileFactory(regions=[regions["tosei"]], max_open_introductions=10)
    GuideProfileFactory(municipalities=[regions["aomori"]], status=GuideStatus.PAUSED)
    GuideProfileFactory(municipalities=[regions["hachinohe"]], accepting=False)
    start = timezone.now() - timedelta(days=10)
    for hours in range(6):
        request = ask(regions, email=f"n{hours}@example.net", now=start)
        services.introduction_request_confirm(request=request, now=start)
        if hours:
            services.introduction_request_accept(
                request=request,
                user=guide.member.user,
                now=start + timedelta(hours=hours),
            )
        if hours in (1, 2):
            services.introduction_request_mark_introduced(
                request=request, user=guide.member.user, now=start + timedelta(days=1)
            )
    ask(regions, email="never@example.net")
    session = open_session(home_page, capacity=20, region=regions["tosei"])
    for number in range(6):
        registration, _ = registration_create(
            session=session,
            data=registration_data(email=f"r{number}@example.jp"),
            language="ja",
        )
        if number:
            registration_set_attended(registration=registration)
    EventSession.objects.filter(pk=session.pk).update(
        starts_at=start, ends_at=start + timedelta(hours=2)
    )
    return guide


def test_exact_figures_are_computed_from_the_data(regions, home_page):
    _network(regions, home_page)
    figures = network_figures(locale=home_page.locale, exact=True)
    kinds = {k["kind"]: k["count"] for k in figures["members"]["kinds"]}
    assert kinds[MemberKind.U_TURN] == 5
    assert kinds[MemberKind.I_TURN] == 4
    assert kinds[MemberKind.CONSIDERING] == 0
    assert figures["members"]["total"] == 12  # with the three guides
    by_region = {entry["region"].slug: entry for entry in figures["regions"]}
    assert by_region["tosei"]["guides"] == 1  # the paused guide is not counted
    assert by_region["tosei"]["lacking"] is False
    assert by_region["sanpachi"]["guides"] == 1
    assert by_region["sanpachi"]["accepting"] == 0
    assert by_region["sanpachi"]["lacking"] is True
    assert figures["lacking"] == [regions["sanpachi"]]
    assert figures["guides"] == {"total": 2, "accepting": 1}
    assert figures["requests"] == {
        "made": 6,
        "answered": 5,
        "accepted": 5,
        "completed": 2,
    }
    assert figures["median_answer_hours"] == 3.0
    assert figures["events"] == {"sessions": 1, "registered": 6, "attended": 5}


def test_counts_below_five_read_fewer_than_five(regions, home_page):
    assert shown_count(4, exact=False) is None
    assert shown_count(0, exact=False) is None
    assert shown_count(5, exact=False) == 5
    assert shown_count(4, exact=True) == 4
    assert figure(None) == FEWER
    assert figure(0) == 0
    _network(regions, home_page)
    figures = network_figures(locale=home_page.locale)
    kinds = {k["kind"]: k["count"] for k in figures["members"]["kinds"]}
    assert kinds[MemberKind.U_TURN] == 5
    assert kinds[MemberKind.I_TURN] is None
    assert figures["requests"]["completed"] is None
    assert figures["requests"]["answered"] == 5
    assert figures["events"]["attended"] == 5
    assert figures["guides"]["total"] is None
    # Five answers: the median may show.
    assert figures["median_answer_hours"] == 3.0


def test_the_median_answer_time_needs_five_answers(regions, home_page):
    guide = GuideProfileFactory(regions=[regions["tosei"]], max_open_introductions=9)
    start = timezone.now() - timedelta(days=3)
    for hours in range(1, 5):
        request = ask(regions, email=f"n{hours}@example.net", now=start)
        services.introduction_request_confirm(request=request, now=start)
        services.introduction_request_accept(
            request=request, user=guide.member.user, now=start + timedelta(hours=hours)
        )
    assert network_figures(locale=home_page.locale)["median_answer_hours"] is None
    exact = network_figures(locale=home_page.locale, exact=True)
    assert exact["median_answer_hours"] == 2.5


def test_the_public_page_shows_no_small_count(client, regions, home_page, figures_page):
    _network(regions, home_page)
    response = client.get(figures_page.url)
    assert response.status_code == 200
    body = response.content.decode()
    assert FEWER in body
    assert "<svg" in body and 'role="img"' in body
    assert "案内役を募集中" in body  # 三八 has no accepting guide
    # 4 I-turn members, 2 introductions, 1 session: none of these appears.
    for row in response.context["figures"]["members"]["kinds"]:
        assert row["count"] is None or row["count"] >= 5


def test_the_public_page_in_english(client, regions, home_page, figures_page):
    _network(regions, home_page)
    with_en = client.get("/en" + figures_page.url[3:])
    if with_en.status_code == 404:
        pytest.skip("no English tree in this fixture")
    assert "fewer than 5" in with_en.content.decode()


def test_the_page_goes_once_under_the_home_page(home_page, figures_page):
    assert not NetworkFiguresPage.can_create_at(home_page)
    assert NetworkFiguresPage.parent_page_types == ["home.HomePage"]
    assert NetworkFiguresPage.subpage_types == []


def test_an_editor_can_create_the_page(admin_client, home_page):
    response = admin_client.post(
        reverse(
            "wagtailadmin_pages:add",
            args=("network", "networkfigurespage", home_page.pk),
        ),
        nested_form_data(
            {"title": "数字で見る", "slug": "figures", "intro": rich_text("")}
        ),
    )
    assert response.status_code == 302
    assert NetworkFiguresPage.objects.filter(slug="figures").exists()


def test_the_page_queries_stay_flat(client, regions, home_page, figures_page):
    guide = GuideProfileFactory(regions=[regions["tosei"]], max_open_introductions=10)

    def add(count):
        for number in range(count):
            MemberProfileFactory(kind=MemberKind.U_TURN)
            request = ask(regions, email=f"flat{add.n}-{number}@example.net")
            services.introduction_request_confirm(request=request)
        add.n += 1

    add.n = 0
    assert guide
    assert_queries_flat(client, figures_page.url, add=add, budget=12, many=8)


def test_staff_figures_permission_matrix(
    client, member, staff_without_network, network_staff
):
    url = reverse("network_figures")
    login = reverse("wagtailadmin_login")
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith(login)
    client.force_login(member.user)  # a member, not staff
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith(login)
    client.force_login(staff_without_network)
    response = client.get(url)  # Wagtail turns the refusal into a redirect home
    assert response.status_code in (302, 403)
    assert "figures" not in (response.context or {})
    assert url not in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(network_staff)
    assert client.get(url).status_code == 200


def test_staff_see_exact_counts_and_the_menu_item(
    client, network_staff, regions, home_page
):
    _network(regions, home_page)
    client.force_login(network_staff)
    response = client.get(reverse("network_figures"))
    assert response.context["figures"]["exact"] is True
    assert response.context["figures"]["members"]["total"] == 12
    figures = response.context["figures"]
    assert figures["requests"]["completed"] == 2
    assert all(isinstance(row["count"], int) for row in figures["members"]["kinds"])
    assert f"<dd>{FEWER}</dd>" not in response.content.decode()
    admin_home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("network_figures") in admin_home


def test_the_median_answer_time_reads_in_hours_then_days():
    assert answer_time(None) == ""
    assert answer_time(0.2) == "1時間"
    assert answer_time(47.4) == "47時間"
    assert answer_time(60) == "2日"
