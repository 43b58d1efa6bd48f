from django.conf import settings
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Page


def search(request):
    """Full-text search over live pages.

    Japanese-aware indexing (words inside unspaced Japanese text) is the search
    stage's work; this view stays the same when it arrives.
    """
    query = request.GET.get("query", "").strip()[:200]
    results = (
        Page.objects.live().public().specific().search(query)
        if query
        else Page.objects.none()
    )
    page = Paginator(results, settings.KAIKI_ITEMS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "search_results": page, "page_title": _("Search")},
    )
