"""The community places list: approved places only, by region, filterable."""

import pytest

from cms.places.models import PlaceKind, PlaceStatus
from cms.places.tests.factories import (
    CommunityPlaceFactory,
    CommunityPlaceIndexPageFactory,
)
from cms.places.views import place_list_context
from cms.regions.tests.factories import MunicipalityFactory, RegionFactory
from home.tests.utils import KaikiPageTestCase, assert_queries_flat

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return CommunityPlaceIndexPageFactory(parent=home_page, intro="地域の居場所")


@pytest.fixture
def regions():
    return (
        RegionFactory(name="津軽", slug="tsugaru", sort_order=1),
        RegionFactory(name="南部", slug="nanbu", sort_order=2),
    )


def names(response):
    return [
        place.name
        for _region, places in response.context["places_by_region"]
        for place in places
    ]


class RenderTests(KaikiPageTestCase):
    def test_index_is_renderable(self):
        self.assertPageIsRenderable(CommunityPlaceIndexPageFactory(parent=self.home))


def test_only_approved_places_are_shown(client, index, regions):
    CommunityPlaceFactory(name="承認済みの食堂", region=regions[0])
    CommunityPlaceFactory(
        name="審査中の食堂", region=regions[0], status=PlaceStatus.PENDING
    )
    CommunityPlaceFactory(
        name="不承認の食堂", region=regions[0], status=PlaceStatus.REJECTED
    )
    response = client.get(index.url)
    assert response.status_code == 200
    assert names(response) == ["承認済みの食堂"]
    assert response.context["place_count"] == 1
    html = response.content.decode()
    assert "承認済みの食堂" in html
    assert "審査中の食堂" not in html
    assert "不承認の食堂" not in html


def test_grouped_by_region_in_editor_order(client, index, regions):
    tsugaru, nanbu = regions
    CommunityPlaceFactory(name="八戸の食堂", region=nanbu)
    CommunityPlaceFactory(name="弘前の食堂", region=tsugaru)
    response = client.get(index.url)
    groups = [
        (region.name, [p.name for p in places])
        for region, places in response.context["places_by_region"]
    ]
    assert groups == [("津軽", ["弘前の食堂"]), ("南部", ["八戸の食堂"])]


def test_region_filter(client, index, regions):
    tsugaru, nanbu = regions
    CommunityPlaceFactory(name="八戸の食堂", region=nanbu)
    CommunityPlaceFactory(name="弘前の食堂", region=tsugaru)
    response = client.get(index.url, {"region": "nanbu"})
    assert names(response) == ["八戸の食堂"]
    assert response.context["selected_region"] == nanbu
    assert "弘前の食堂" not in response.content.decode()


def test_kind_filter(client, index, regions):
    CommunityPlaceFactory(name="こども食堂", region=regions[0])
    CommunityPlaceFactory(
        name="オレンジカフェ", region=regions[0], kind=PlaceKind.DEMENTIA_CAFE
    )
    response = client.get(index.url, {"kind": "dementia_cafe"})
    assert names(response) == ["オレンジカフェ"]
    assert response.context["selected_kind"] == "dementia_cafe"


def test_unknown_filters_are_ignored(client, index, regions):
    CommunityPlaceFactory(region=regions[0])
    CommunityPlaceFactory(region=regions[1])
    response = client.get(index.url, {"region": "nowhere", "kind": "casino"})
    assert len(names(response)) == 2
    assert response.context["selected_region"] is None
    assert response.context["selected_kind"] == ""


def test_queries_are_flat(client, index, regions):
    def add(count):
        for number in range(count):
            municipality = MunicipalityFactory(region=regions[number % 2])
            CommunityPlaceFactory(region=municipality.region, municipality=municipality)

    assert_queries_flat(client, index.url, add=add, budget=12)


def test_approval_follows_the_japanese_record_in_english(rf, home_page):
    from wagtail.models import Locale

    from cms.places.models import PlaceStatus
    from cms.places.tests.factories import (
        CommunityPlaceFactory,
        CommunityPlaceIndexPageFactory,
    )

    english = Locale.objects.get(language_code="en")
    home_page.copy_for_translation(english).save_revision().publish()
    index = CommunityPlaceIndexPageFactory(parent=home_page)
    english_index = index.copy_for_translation(english)
    english_index.save_revision().publish()
    place = CommunityPlaceFactory(name="ぽかぽか食堂", status=PlaceStatus.APPROVED)
    translation = place.copy_for_translation(english)
    translation.name = "Pokapoka Cafeteria"
    translation.save()

    def listed():
        context = place_list_context(rf.get("/"), index=english_index)
        return [p.name for _region, group in context["places_by_region"] for p in group]

    assert listed() == ["Pokapoka Cafeteria"]
    place.status = PlaceStatus.REJECTED
    place.save()
    assert listed() == []


def test_a_listed_place_has_its_own_page_with_map_links(client, index, regions):
    place = CommunityPlaceFactory(
        name="こみせ食堂",
        slug="komise",
        region=regions[0],
        address="青森県黒石市中町1-1",
        accessibility="入口に段差はありません。",
    )
    response = client.get(index.url)
    page_url = index.url + "komise/"
    assert f'href="{page_url}"' in response.content.decode()
    response = client.get(page_url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>こみせ食堂</h1>" in html
    assert "入口に段差はありません。" in html
    query = (
        "%E9%9D%92%E6%A3%AE%E7%9C%8C%E9%BB%92%E7%9F%B3%E5%B8%82%E4%B8%AD%E7%94%BA1-1"
    )
    assert f"https://www.openstreetmap.org/search?query={query}" in html
    assert f"https://www.google.com/maps/search/?api=1&amp;query={query}" in html
    assert place.contact_email not in html
    assert f'<link rel="canonical" href="http://localhost{page_url}">' in html


def test_a_child_page_wins_over_a_place_of_the_same_slug(client, index, regions):
    from home.tests.factories import StandardPageFactory

    CommunityPlaceFactory(name="食堂", slug="guide", region=regions[0])
    child = StandardPageFactory(parent=index, title="運営の手引き", slug="guide")
    response = client.get(child.url)
    assert response.status_code == 200
    assert response.context["page"].specific == child


def test_unlisted_places_have_no_page(client, index, regions):
    CommunityPlaceFactory(slug="waiting", status=PlaceStatus.PENDING)
    assert client.get(index.url + "waiting/").status_code == 404
    assert client.get(index.url + "nowhere/").status_code == 404


def test_place_page_queries_are_bounded(
    client, index, regions, django_assert_max_num_queries
):
    municipality = MunicipalityFactory(region=regions[0])
    CommunityPlaceFactory(slug="komise", region=regions[0], municipality=municipality)
    client.get(index.url + "komise/")
    with django_assert_max_num_queries(12):
        assert client.get(index.url + "komise/").status_code == 200


def test_the_english_list_links_a_japanese_place_to_its_english_page(client, home_page):
    from wagtail.models import Locale

    english = Locale.objects.get(language_code="en")
    home_page.copy_for_translation(english).save_revision().publish()
    index = CommunityPlaceIndexPageFactory(parent=home_page)
    english_index = index.copy_for_translation(english)
    english_index.save_revision().publish()
    CommunityPlaceFactory(name="ぽかぽか食堂", slug="pokapoka")
    html = client.get(english_index.url).content.decode()
    assert f'href="{english_index.url}pokapoka/"' in html
    response = client.get(english_index.url + "pokapoka/")
    assert response.status_code == 200
    assert "ぽかぽか食堂" in response.content.decode()


def test_the_places_page_of_each_language_comes_from_the_shared_cache(
    home_page, django_assert_num_queries
):
    # Every search and every place's address asks for it.
    from wagtail.models import Locale

    from cms.places.models import CommunityPlaceIndexPage

    assert CommunityPlaceIndexPage.objects.for_language("ja") is None
    index = CommunityPlaceIndexPageFactory(parent=home_page)
    # A publish starts a new generation of the shared cache: no stale "none".
    assert CommunityPlaceIndexPage.objects.for_language("ja").pk == index.pk
    with django_assert_num_queries(0):
        assert CommunityPlaceIndexPage.objects.for_language("ja").pk == index.pk
        # Not translated: the Japanese page.
        assert CommunityPlaceIndexPage.objects.for_language("en").pk == index.pk
    english = Locale.objects.get(language_code="en")
    home_page.copy_for_translation(english).save_revision().publish()
    english_index = index.copy_for_translation(english)
    english_index.save_revision().publish()
    assert CommunityPlaceIndexPage.objects.for_language("en").pk == english_index.pk
    english_index.refresh_from_db()  # live since the publish
    english_index.unpublish()
    assert CommunityPlaceIndexPage.objects.for_language("en").pk == index.pk
