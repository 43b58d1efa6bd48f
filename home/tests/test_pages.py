"""The home page and standard pages render what editors entered."""

from datetime import timedelta

import pytest
from django.utils import timezone

from cms.events.choices import SessionStatus
from cms.events.tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    EventSessionFactory,
)
from cms.library.tests.factories import LibraryDocumentFactory
from cms.news.tests.factories import NewsIndexPageFactory, NewsPageFactory
from cms.stories.tests.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from home.tests.factories import StandardPageFactory
from home.tests.utils import KaikiPageTestCase, assert_queries_flat

pytestmark = pytest.mark.django_db


class RenderTests(KaikiPageTestCase):
    def test_home_page_is_renderable(self):
        self.assertPageIsRenderable(self.home)

    def test_standard_page_is_renderable(self):
        self.assertPageIsRenderable(StandardPageFactory(parent=self.home))


def test_home_page_shows_the_hero(client, home_page):
    response = client.get(home_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "あおもりで暮らす" in html
    assert "移住と地域づくりのネットワーク" in html


def test_home_page_lists_what_is_coming_and_what_is_new(client, home_page):
    events = EventIndexPageFactory(parent=home_page)
    event = EventPageFactory(parent=events, title="あおもり回帰の集い")
    start = timezone.localtime(timezone.now() + timedelta(days=10)).replace(
        hour=14, minute=0, second=0, microsecond=0
    )
    EventSessionFactory(page=event, starts_at=start, ends_at=start + timedelta(hours=2))
    past = EventPageFactory(parent=events, title="終わった集い")
    EventSessionFactory(
        page=past,
        starts_at=timezone.now() - timedelta(days=3),
        ends_at=timezone.now() - timedelta(days=3) + timedelta(hours=1),
    )
    news = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=news, title="窓口の時間が変わります")
    stories = CaseStudyIndexPageFactory(parent=home_page)
    CaseStudyPageFactory(parent=stories, title="八戸でカフェを開いた話")
    LibraryDocumentFactory(title="移住ガイドブック2024")

    html = client.get(home_page.url).content.decode()
    assert "あおもり回帰の集い" in html
    assert f"{start.year}年{start.month}月{start.day}日" in html
    assert str(SessionStatus.OPEN.label) in html
    assert "終わった集い" not in html
    assert "窓口の時間が変わります" in html
    assert "八戸でカフェを開いた話" in html
    assert "移住ガイドブック2024" in html


def test_main_menu_shows_pages_in_menu(client, home_page):
    StandardPageFactory(parent=home_page, title="私たちについて", show_in_menus=True)
    StandardPageFactory(parent=home_page, title="隠れたページ", show_in_menus=False)
    html = client.get(home_page.url).content.decode()
    assert "私たちについて" in html
    assert "隠れたページ" not in html


def test_standard_page(client, home_page):
    page = StandardPageFactory(
        parent=home_page,
        title="私たちについて",
        intro="設立の経緯",
        body=[
            ("heading", {"text": "ネットワークの始まり", "level": "h2"}),
            ("paragraph", "<p>2016年に発足しました。</p>"),
        ],
    )
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "私たちについて" in html
    assert "ネットワークの始まり" in html
    assert "2016年に発足しました。" in html


def test_home_page_queries_are_flat(client, home_page):
    events = EventIndexPageFactory(parent=home_page)
    news = NewsIndexPageFactory(parent=home_page)
    stories = CaseStudyIndexPageFactory(parent=home_page)

    def add(count):
        for _ in range(count):
            EventSessionFactory(page=EventPageFactory(parent=events))
            NewsPageFactory(parent=news)
            CaseStudyPageFactory(parent=stories)
            LibraryDocumentFactory()

    assert_queries_flat(client, home_page.url, add=add, budget=12)
