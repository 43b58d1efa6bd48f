"""News items and their index."""

import datetime

from cms.demo.builders import paragraph, upsert_page
from cms.demo.content.news import NEWS, NEWS_INDEX
from cms.news.models import NewsIndexPage, NewsPage


def load_news(ctx):
    index = upsert_page(
        ctx.home,
        NewsIndexPage,
        slug=NEWS_INDEX["slug"],
        title=NEWS_INDEX["title"],
        intro=NEWS_INDEX["intro"],
        show_in_menus=True,
    )
    ctx.pages["news"] = index
    for slug, title, date, summary, paragraphs in NEWS:
        if isinstance(date, int):  # days before the day the demo is loaded
            date = ctx.today - datetime.timedelta(days=date)
        upsert_page(
            index,
            NewsPage,
            slug=slug,
            title=title,
            date=date,
            summary=summary,
            body=[paragraph(*paragraphs)],
        )
