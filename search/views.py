from django.conf import settings
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .selectors import clean_query, page_search


def search(request):
    """Full-text search over live pages of the visitor's language.

    Japanese-aware indexing (words inside unspaced Japanese text) is the search
    stage's work; this view stays the same when it arrives.
    """
    query = clean_query(request.GET.get("query", ""))
    results = page_search(query=query, user=request.user)
    page = Paginator(results, settings.KAIKI_ITEMS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "search_results": page, "page_title": _("Search")},
    )
