"""Where news pages may go, and creating them through the admin."""

import datetime

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cms.news.models import NewsIndexPage, NewsPage
from cms.news.tests.factories import NewsIndexPageFactory
from home.models import HomePage, StandardPage
from home.tests.utils import KaikiPageTestCase


class NewsIndexPageTreeTests(KaikiPageTestCase):
    def test_parents_and_children(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertCanNotCreateAt(StandardPage, NewsIndexPage)

    def test_create(self):
        self.assertCanCreate(
            self.home,
            NewsIndexPage,
            nested_form_data({"title": "News", "intro": "最新情報"}),
        )
        self.assertEqual(NewsIndexPage.objects.get().intro, "最新情報")
        self.assertFalse(NewsIndexPage.can_create_at(self.home))


class NewsPageTreeTests(KaikiPageTestCase):
    def test_parents_and_children(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertCanNotCreateAt(HomePage, NewsPage)

    def test_create(self):
        index = NewsIndexPageFactory(parent=self.home)
        self.assertCanCreate(
            index,
            NewsPage,
            nested_form_data(
                {
                    "title": "New office hours",
                    "date": "2024-04-01",
                    "summary": "相談窓口の時間が変わります",
                    "body": streamfield([("paragraph", rich_text("<p>詳細</p>"))]),
                }
            ),
        )
        news = NewsPage.objects.get(slug="new-office-hours")
        self.assertEqual(news.date, datetime.date(2024, 4, 1))
