import unicodedata

from wagtail.models import Locale, Page

from cms.privacy.visibility import visible_pages

MAX_QUERY_LENGTH = 200


def clean_query(raw):
    """What a visitor typed, minus what the full-text backends can't parse.

    A lone double quote starts a phrase that never ends (SQLite's FTS5 then
    raises a syntax error) and control characters have no meaning in a query.
    """
    text = "".join(
        " " if char == '"' or unicodedata.category(char) == "Cc" else char
        for char in raw[:MAX_QUERY_LENGTH]
    )
    return " ".join(text.split())


def page_search(*, query, user=None):
    """Pages ``user`` may see, in the visitor's language, that match the query."""
    if not query:
        return Page.objects.none()
    return (
        visible_pages(Page.objects.all(), user=user)
        .filter(locale=Locale.get_active())
        .specific()
        .search(query)
    )
