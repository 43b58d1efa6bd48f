"""The news RSS feed, one per language."""

import datetime
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from wagtail.models import PageViewRestriction

from cms.news.tests.factories import NewsIndexPageFactory, NewsPageFactory
from home.tests.utils import assert_queries_flat

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


def test_news_feed_lists_public_news_newest_first(client, news_index):
    NewsPageFactory(parent=news_index, title="古い", date=datetime.date(2024, 4, 1))
    NewsPageFactory(parent=news_index, title="新しい", date=datetime.date(2024, 5, 1))
    private = NewsPageFactory(parent=news_index, title="会員向け")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    NewsPageFactory(parent=news_index, title="下書き", live=False)
    response = client.get("/ja/feeds/news/")
    assert response.status_code == 200
    channel = ET.fromstring(response.content).find("channel")
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["新しい", "古い"]
    assert channel.findtext("link") == "http://testserver/ja/news/"
    assert "2024" in items[0].findtext("pubDate")
    for item in items:
        assert client.get(urlsplit(item.findtext("link")).path).status_code == 200


def test_english_news_feed_is_english(client, news_index):
    NewsPageFactory(parent=news_index, title="日本語のお知らせ")
    response = client.get("/en/feeds/news/")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findall("item") == []


def test_news_feed_queries_stay_flat(client, news_index):
    def add(count):
        for _n in range(count):
            NewsPageFactory(parent=news_index)

    assert_queries_flat(client, "/ja/feeds/news/", add=add, budget=10, many=20)
