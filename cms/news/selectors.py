from cms.privacy.visibility import visible_pages

from .models import NewsPage


def latest_news(*, parent=None, limit=None, locale=None, user=None):
    """News ``user`` may see, newest first."""
    news = visible_pages(NewsPage.objects.all(), user=user).order_by("-date", "-pk")
    if locale is not None:
        news = news.filter(locale_id=locale)
    if parent is not None:
        news = news.child_of(parent)
    return news[:limit] if limit else news
