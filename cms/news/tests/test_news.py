"""News: the index lists the newest first, each item renders with its date."""

import datetime

import pytest

from cms.news.tests.factories import NewsIndexPageFactory, NewsPageFactory
from home.tests.utils import KaikiPageTestCase, queries_to_render

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return NewsIndexPageFactory(parent=home_page)


class RenderTests(KaikiPageTestCase):
    def test_index_and_item_are_renderable(self):
        index = NewsIndexPageFactory(parent=self.home)
        self.assertPageIsRenderable(index)
        self.assertPageIsRenderable(NewsPageFactory(parent=index))


def test_index_lists_newest_first(client, index):
    NewsPageFactory(parent=index, title="春のお知らせ", date=datetime.date(2024, 4, 1))
    NewsPageFactory(parent=index, title="冬のお知らせ", date=datetime.date(2024, 12, 1))
    NewsPageFactory(parent=index, title="下書き", live=False)
    response = client.get(index.url)
    assert response.status_code == 200
    assert [n.title for n in response.context["news"]] == [
        "冬のお知らせ",
        "春のお知らせ",
    ]
    html = response.content.decode()
    assert "2024年12月1日(日)" in html
    assert "下書き" not in html


def test_index_paginates(client, index, settings):
    settings.KAIKI_ITEMS_PER_PAGE = 2
    for day in range(1, 4):
        NewsPageFactory(
            parent=index, title=f"item {day}", date=datetime.date(2024, 1, day)
        )
    response = client.get(index.url, {"page": "2"})
    assert [n.title for n in response.context["news"]] == ["item 1"]


def test_news_page(client, index):
    news = NewsPageFactory(
        parent=index,
        title="窓口の時間が変わります",
        date=datetime.date(2017, 3, 4),
        body=[("paragraph", "<p>4月から平日9時〜17時です。</p>")],
    )
    response = client.get(news.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "窓口の時間が変わります" in html
    assert "2017年3月4日(土)" in html
    assert "4月から平日9時〜17時です。" in html


def test_index_queries_are_flat(client, index, django_assert_max_num_queries):
    NewsPageFactory(parent=index)
    one = queries_to_render(client, index.url)
    NewsPageFactory.create_batch(49, parent=index)
    many = queries_to_render(client, index.url)
    assert many == one
    with django_assert_max_num_queries(12):
        client.get(index.url)
