"""The public guide directory and the guide pages."""

import pytest
from django.core.management import call_command

from home.tests.utils import assert_queries_flat
from network.choices import GuideStatus, ProfileVisibility
from network.selectors import search_guides

from .factories import GuideProfileFactory, MemberProfileFactory

pytestmark = pytest.mark.django_db


def guide(regions=(), municipalities=(), visibility=ProfileVisibility.PUBLIC, **kwargs):
    member = MemberProfileFactory(visibility=visibility)
    return GuideProfileFactory(
        member=member,
        regions=list(regions),
        municipalities=list(municipalities),
        **kwargs,
    )


def test_the_directory_lists_approved_guides_with_their_public_profile_only(
    client, directory, regions
):
    shown = guide([regions["tosei"]])
    pending = guide([regions["tosei"]], status=GuideStatus.PENDING)
    paused = guide([regions["tosei"]], status=GuideStatus.PAUSED)
    body = client.get(directory.url).content.decode()
    assert shown.member.display_name in body
    assert pending.member.display_name not in body
    assert paused.member.display_name not in body
    for private in (shown.member.legal_name, shown.member.user.email):
        assert private not in body


@pytest.mark.parametrize(
    ("visibility", "anonymous", "signed_in"),
    [
        (ProfileVisibility.PUBLIC, True, True),
        (ProfileVisibility.MEMBERS, False, True),
        (ProfileVisibility.HIDDEN, False, False),
    ],
)
def test_the_profiles_visibility_decides_who_sees_a_guide(
    client, directory, regions, other_member, visibility, anonymous, signed_in
):
    listed = guide([regions["tosei"]], visibility=visibility)
    name = listed.member.display_name
    page_url = directory.guide_url(listed)
    assert (name in client.get(directory.url).content.decode()) is anonymous
    assert client.get(page_url).status_code == (200 if anonymous else 404)
    client.force_login(other_member.user)
    assert (name in client.get(directory.url).content.decode()) is signed_in
    assert client.get(page_url).status_code == (200 if signed_in else 404)


def test_filters_by_region_municipality_topic_and_language(client, directory, regions):
    region_wide = guide([regions["tosei"]], topics=["work"], languages=["ja"])
    in_town = guide(
        municipalities=[regions["hachinohe"]], topics=["farming"], languages=["en"]
    )
    cases = {
        "region=tosei": region_wide,
        "region=sanpachi": in_town,
        f"municipality={regions['hachinohe'].pk}": in_town,
        f"municipality={regions['aomori'].pk}": region_wide,
        "topic=farming": in_town,
        "language=ja": region_wide,
    }
    for query, expected in cases.items():
        body = client.get(f"{directory.url}?{query}").content.decode()
        other = in_town if expected is region_wide else region_wide
        assert expected.member.display_name in body, query
        assert other.member.display_name not in body, query


def test_an_unknown_filter_value_is_reported_and_left_out(client, directory, regions):
    listed = guide([regions["tosei"]])
    response = client.get(f"{directory.url}?region=nowhere&topic=spells")
    assert response.status_code == 200
    body = response.content.decode()
    assert listed.member.display_name in body
    assert "nowhere" in body
    assert 'role="alert"' in body


def test_places_without_an_accepting_guide_are_looking_for_one(
    client, directory, regions
):
    guide(municipalities=[regions["aomori"]])
    guide([regions["sanpachi"]], accepting=False)
    response = client.get(directory.url)
    looking = response.context["looking"]
    assert [(region.slug, whole) for region, whole, _m in looking] == [
        ("sanpachi", True)
    ]
    assert "/ja/members/guide/" in response.content.decode()


def test_a_guide_page_leads_to_the_introduction_request_form(
    client, directory, regions
):
    listed = guide([regions["tosei"]])
    body = client.get(directory.guide_url(listed)).content.decode()
    assert f"/ja/members/introductions/ask/?guide={listed.pk}" in body
    assert listed.member.display_name in body
    assert listed.member.legal_name not in body
    assert listed.member.user.email not in body


def test_guides_who_take_members_only_send_visitors_to_sign_in(
    client, directory, regions
):
    listed = guide([regions["tosei"]], who_may_ask="members")
    body = client.get(directory.guide_url(listed)).content.decode()
    assert "/ja/accounts/login/?next=" in body


def test_a_guide_not_accepting_has_no_ask_button(client, directory, regions):
    listed = guide([regions["tosei"]], accepting=False)
    body = client.get(directory.guide_url(listed)).content.decode()
    assert "/introductions/ask/" not in body


def test_an_unknown_guide_is_not_found(client, directory):
    assert client.get(f"{directory.url}999999/").status_code == 404


def test_the_directory_makes_as_many_queries_for_one_guide_as_for_fifty(
    client, directory, regions
):
    def add(n):
        for _ in range(n):
            guide([regions["tosei"]], municipalities=[regions["hachinohe"]])

    assert_queries_flat(client, directory.url, add=add, budget=12, few=1, many=20)


def test_search_finds_public_guides_only(client, directory, regions):
    public = guide([regions["tosei"]], statement="りんご農家の案内役です")
    hidden = guide(
        [regions["tosei"]],
        statement="りんご畑の隠れた案内役",
        visibility=ProfileVisibility.HIDDEN,
    )
    call_command("update_index", verbosity=0)
    found = list(search_guides(query="りんご", user=None))
    assert public in found
    assert hidden not in found


def test_editors_place_one_directory_under_the_home_page(home_page):
    from wagtail.test.utils import WagtailPageTestCase

    from home.models import HomePage, StandardPage
    from network.models import GuideDirectoryPage

    case = WagtailPageTestCase()
    case.assertCanCreateAt(HomePage, GuideDirectoryPage)
    case.assertCanNotCreateAt(StandardPage, GuideDirectoryPage)
    case.assertAllowedSubpageTypes(GuideDirectoryPage, {})


def test_the_english_directory_shows_english_places_and_labels(
    client, directory, regions
):
    from wagtail.models import Locale

    english = Locale.objects.get_or_create(language_code="en")[0]
    tosei_en = regions["tosei"].copy_for_translation(english)
    tosei_en.name = "Tosei"
    tosei_en.save()
    directory.get_parent().copy_for_translation(english).save_revision().publish()
    directory_en = directory.copy_for_translation(english)
    directory_en.save_revision().publish()
    listed = guide([regions["tosei"]], topics=["housing"])
    body = client.get(directory_en.url).content.decode()
    assert directory_en.url.startswith("/en/")
    assert listed.member.display_name in body
    assert "Tosei" in body
    assert "Housing" in body
    assert (
        client.get(f"{directory_en.url}?region=tosei").context["guides"].paginator.count
        == 1
    )


@pytest.mark.parametrize(
    ("visibility", "found"),
    [(ProfileVisibility.PUBLIC, True), (ProfileVisibility.HIDDEN, False)],
)
def test_the_site_search_finds_a_guide_only_when_the_profile_is_public(
    client, directory, regions, visibility, found
):
    statement = "空き家探しの相談に乗ります"
    listed = guide([regions["tosei"]], visibility=visibility, statement=statement)
    call_command("update_index", verbosity=0)
    response = client.get("/ja/search/", {"query": "空き家"})
    assert response.status_code == 200
    assert (listed.member.display_name in response.content.decode()) is found


def test_no_e_mail_or_legal_name_on_any_page_a_visitor_reaches(
    client, directory, regions
):
    guides = [
        guide([regions["tosei"]], visibility=visibility)
        for visibility in ProfileVisibility.values
    ]
    urls = [
        "/ja/",
        directory.url,
        f"{directory.url}?region=tosei",
        "/ja/search/?query=案内",
        "/sitemap.xml",
        "/ja/accounts/login/",
        "/ja/accounts/signup/",
        *[directory.guide_url(g) for g in guides],
    ]
    for url in urls:
        body = client.get(url).content.decode()
        for listed in guides:
            assert listed.member.user.email not in body, url
            assert listed.member.legal_name not in body, url


def test_a_guide_page_makes_a_fixed_number_of_queries(
    client, directory, regions, django_assert_max_num_queries
):
    listed = guide([regions["tosei"]], municipalities=[regions["hachinohe"]])
    client.get(directory.guide_url(listed))
    with django_assert_max_num_queries(12):
        assert client.get(directory.guide_url(listed)).status_code == 200
