"""Community places in the site search: approved, current places only, in the
visitor's language, never under a places page the visitor may not see."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import BaseViewRestriction, Locale, PageViewRestriction

from cms.places.models import PlaceStatus
from cms.places.tests.factories import (
    CommunityPlaceFactory,
    CommunityPlaceIndexPageFactory,
)

pytestmark = pytest.mark.django_db

PLACE = "places.communityplace"


@pytest.fixture
def places_page(home_page):
    return CommunityPlaceIndexPageFactory(parent=home_page)


@pytest.fixture
def english_places_page(home_page, places_page):
    english = Locale.objects.get(language_code="en")
    home_page.copy_for_translation(english).save_revision().publish()
    page = places_page.copy_for_translation(english)
    page.save_revision().publish()
    return page


def found(client, query, *, language="ja", **filters):
    response = client.get(f"/{language}/search/", {"query": query, **filters})
    assert response.status_code == 200
    return [
        (hit.kind, hit.title, hit.url) for hit in response.context["search_results"]
    ]


def test_an_approved_place_is_found_with_its_type_and_page(client, places_page):
    CommunityPlaceFactory(
        name="こみせ食堂", slug="komise", description="毎月開く子ども食堂です。"
    )
    hits = found(client, "子ども食堂")
    assert hits == [(PLACE, "こみせ食堂", places_page.url + "komise/")]
    response = client.get("/ja/search/", {"query": "子ども食堂"})
    assert "居場所" in response.content.decode()  # its type, as visitors read it
    assert client.get(places_page.url + "komise/").status_code == 200


def test_places_not_approved_or_not_confirmed_are_never_found(client, places_page):
    CommunityPlaceFactory(name="承認済みの食堂", description="子ども食堂です。")
    CommunityPlaceFactory(
        name="審査中の食堂", description="子ども食堂です。", status=PlaceStatus.PENDING
    )
    CommunityPlaceFactory(
        name="不承認の食堂", description="子ども食堂です。", status=PlaceStatus.REJECTED
    )
    CommunityPlaceFactory(
        name="確認切れの食堂",
        description="子ども食堂です。",
        confirmed_at=timezone.now() - timedelta(days=500),
    )
    assert [title for _kind, title, _url in found(client, "子ども食堂")] == [
        "承認済みの食堂"
    ]


def test_places_come_in_the_visitors_language(client, english_places_page):
    english = Locale.objects.get(language_code="en")
    place = CommunityPlaceFactory(
        name="こみせ食堂", slug="komise", description="子ども食堂です。"
    )
    translation = place.copy_for_translation(english)
    translation.name = "Komise cafeteria"
    translation.description = "A children's cafeteria."
    translation.save()
    CommunityPlaceFactory(name="ぽかぽか食堂", description="子ども食堂です。")

    assert found(client, "cafeteria", language="en") == [
        (PLACE, "Komise cafeteria", english_places_page.url + "komise/")
    ]
    # Not yet translated: the Japanese record, on the English places page.
    assert [
        title for _kind, title, _url in found(client, "子ども食堂", language="en")
    ] == ["ぽかぽか食堂"]
    assert found(client, "cafeteria") == []
    assert sorted(title for _kind, title, _url in found(client, "子ども食堂")) == [
        "こみせ食堂",
        "ぽかぽか食堂",
    ]


def test_places_under_a_private_places_page_are_not_found(
    client, django_user_model, places_page
):
    CommunityPlaceFactory(name="こみせ食堂", description="子ども食堂です。")
    PageViewRestriction.objects.create(
        page=places_page, restriction_type=BaseViewRestriction.LOGIN
    )
    assert found(client, "子ども食堂") == []
    client.force_login(django_user_model.objects.create_user("member", "m@example.jp"))
    assert [title for _kind, title, _url in found(client, "子ども食堂")] == [
        "こみせ食堂"
    ]


def test_no_places_page_no_places(client, home_page):
    CommunityPlaceFactory(name="こみせ食堂", description="子ども食堂です。")
    assert found(client, "子ども食堂") == []


def test_the_type_filter_narrows_to_places(client, places_page, home_page):
    from home.tests.factories import StandardPageFactory

    StandardPageFactory(parent=home_page, title="子ども食堂の始め方")
    CommunityPlaceFactory(name="こみせ食堂", description="子ども食堂です。")
    assert len(found(client, "子ども食堂")) == 2
    assert [
        title for _kind, title, _url in found(client, "子ども食堂", kind=PLACE)
    ] == ["こみせ食堂"]


def test_the_locale_and_the_places_page_cost_no_query_once_cached(
    places_page, django_assert_num_queries
):
    # A search reads the visitor's locale, the default one (documents are shown
    # in it until translated) and the places page (places are found only while
    # it is visible): from the shared cache once read.
    from django.utils import translation

    from search.selectors import site_search

    CommunityPlaceFactory(name="こみせ食堂", slug="komise")
    with translation.override("ja"):
        assert [hit.title for hit in site_search(query="こみせ")[:10]] == ["こみせ食堂"]
        with django_assert_num_queries(0):
            results = site_search(query="こみせ")  # its querysets, unevaluated
        assert [hit.title for hit in results[:10]] == ["こみせ食堂"]
