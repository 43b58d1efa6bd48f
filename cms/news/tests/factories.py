import datetime

import factory

from cms.news.models import NewsIndexPage, NewsPage
from home.tests.factories import PageFactory


class NewsIndexPageFactory(PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "お知らせ"
    slug = "news"


class NewsPageFactory(PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"お知らせ{n}")
    date = datetime.date(2024, 4, 1)
    summary = "新年度の相談窓口について。"
    body = factory.LazyFunction(lambda: [("paragraph", "<p>本文です。</p>")])
