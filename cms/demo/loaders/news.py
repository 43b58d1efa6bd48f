"""News items and their index: ``cms/demo/data/ja/news.toml``."""

import datetime

from cms.demo.builders import paragraph, upsert_page
from cms.demo.content import read
from cms.news.models import NewsIndexPage, NewsPage


def load_news(ctx):
    data = read("ja/news.toml")
    index = upsert_page(
        ctx.home,
        NewsIndexPage,
        slug=data["index"]["slug"],
        title=data["index"]["title"],
        intro=data["index"]["intro"],
        show_in_menus=True,
    )
    ctx.pages["news"] = index
    for item in data["news"]:
        if "date" in item:
            date = item["date"]
        else:  # news of an upcoming event: dated from the day the demo is loaded
            date = ctx.today - datetime.timedelta(days=item["days_ago"])
        upsert_page(
            index,
            NewsPage,
            slug=item["slug"],
            title=item["title"],
            date=date,
            summary=item["summary"],
            body=[paragraph(*item["paragraphs"])],
        )
