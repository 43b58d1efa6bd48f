from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from cms.privacy.visibility import page_is_visible

from .forms import SearchForm
from .selectors import Hit, site_search


@dataclass(frozen=True)
class Result:
    """A hit as the results page shows it: with its address, built here where
    the request is (a page's address depends on the site asked), and the name
    of its type; the rest (title, snippet, used_on ...) is the hit's."""

    hit: Hit
    url: str
    label: str

    def __getattr__(self, name):
        return getattr(self.hit, name)


def _result(hit, request):
    obj = hit.obj
    if isinstance(obj, Page):
        url = obj.get_url(request=request)
    elif hit.is_document:
        url = obj.url
    else:
        url = obj.get_absolute_url()
    return Result(hit=hit, url=url, label=type(obj)._meta.verbose_name)


def search(request):
    """Full-text search over everything a visitor may see in their language:
    pages, documents and the other models that join the search (selectors)."""
    form = SearchForm(request.GET)
    form.is_valid()  # invalid filters are dropped, never an error page
    query = form.cleaned_data.get("query", "")
    filters = form.filters()
    user = request.user
    results, promoted = [], []
    if query:
        results = site_search(query=query, user=user, **filters)
        # The admin's popular-searches report, and the editors' promotions.
        logged = Query.get(query)
        logged.add_hit()
        promoted = [
            pick
            for pick in logged.editors_picks.select_related("page").order_by(
                "sort_order"
            )
            if pick.page is None or page_is_visible(pick.page, user=user)
        ]
    page = Paginator(results, settings.KAIKI_ITEMS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    # Only the page shown is given addresses.
    page.object_list = [_result(hit, request) for hit in page.object_list]
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "form": form,
            "search_query": query,
            "search_filters": filters,
            "search_results": page,
            "promoted": promoted if page.number == 1 else [],
            "page_title": _("Search"),
        },
    )
