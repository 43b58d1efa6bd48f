from .models import NewsPage


def latest_news(*, parent=None, limit=None):
    news = NewsPage.objects.live().order_by("-date", "-pk")
    if parent is not None:
        news = news.child_of(parent)
    return news[:limit] if limit else news
