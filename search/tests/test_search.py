"""The search page finds live pages by their words."""

import pytest
from django.urls import reverse

from cms.news.tests.factories import NewsIndexPageFactory, NewsPageFactory
from home.tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home_page):
    news = NewsIndexPageFactory(parent=home_page)
    return {
        "festival": NewsPageFactory(parent=news, title="Hirosaki apple festival"),
        "office": StandardPageFactory(parent=home_page, title="Office hours"),
        "draft": NewsPageFactory(
            parent=news, title="Hirosaki draft notice", live=False
        ),
    }


def test_finds_a_page_by_its_title(client, pages):
    response = client.get(reverse("search"), {"query": "apple"})
    assert response.status_code == 200
    results = list(response.context["search_results"])
    assert [hit.obj.pk for hit in results] == [pages["festival"].pk]
    html = response.content.decode()
    assert "Hirosaki apple festival" in html
    assert pages["festival"].url in html
    assert "Office hours" not in html


def test_draft_pages_are_not_found(client, pages):
    response = client.get(reverse("search"), {"query": "Hirosaki"})
    titles = [hit.title for hit in response.context["search_results"]]
    assert titles == ["Hirosaki apple festival"]


def test_empty_query_shows_no_results(client, pages):
    response = client.get(reverse("search"), {"query": "   "})
    assert response.status_code == 200
    assert response.context["search_query"] == ""
    assert list(response.context["search_results"]) == []
    assert "Hirosaki apple festival" not in response.content.decode()


def test_no_query_at_all(client, pages):
    response = client.get(reverse("search"))
    assert response.status_code == 200
    assert list(response.context["search_results"]) == []


def test_nothing_found(client, pages):
    response = client.get(reverse("search"), {"query": "zzzzqqq"})
    assert response.status_code == 200
    assert list(response.context["search_results"]) == []
    assert response.context["search_query"] == "zzzzqqq"


@pytest.mark.parametrize("query", ['"', 'apple"festival', "apple\x00", '""'])
def test_quotes_and_control_characters_do_not_break_search(client, pages, query):
    response = client.get(reverse("search"), {"query": query})
    assert response.status_code == 200


def test_search_keeps_to_the_visitors_language(client, home_page):
    from wagtail.models import Locale

    english_home = home_page.copy_for_translation(
        Locale.objects.get(language_code="en")
    )
    english_home.title = "Welcome to Kaiki apple country"
    english_home.save_revision().publish()
    StandardPageFactory(parent=home_page, title="Kaiki apple orchard")
    japanese = client.get("/ja/search/", {"query": "apple"}).context["search_results"]
    english = client.get("/en/search/", {"query": "apple"}).context["search_results"]
    assert {hit.obj.locale.language_code for hit in japanese} == {"ja"}
    assert {hit.obj.locale.language_code for hit in english} == {"en"}
