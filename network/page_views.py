"""What the network's pages show: the guide directory's routes (the list of
guides, a page per guide) and the network in figures.

These are the pages' views. The page models (``models/pages.py``) route here
and hold no reads of their own, so no model module imports the selectors or
the forms; this module imports no page model (each view is handed its page).
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404

from .forms import GuideFilterForm
from .selectors import (
    guide_directory_context,
    guide_page_context,
    guides_with_areas,
    network_figures,
)


def guide_directory_view(page, request):
    """The directory: approved guides ``request.user`` may see, filtered by
    the query string's valid filters (invalid ones are reported beside their
    field and ignored), a page of them at a time."""
    form = GuideFilterForm(request.GET or None, locale=page.locale_id)
    filters = form.filters() if form.is_bound else {}
    context = guide_directory_context(
        locale=page.locale_id, user=request.user, **filters
    )
    paginator = Paginator(context.pop("guides"), settings.KAIKI_ITEMS_PER_PAGE)
    shown = paginator.get_page(request.GET.get("page"))
    # Only the guides shown get their areas in the page's language.
    shown.object_list = guides_with_areas(
        list(shown.object_list), locale=page.locale_id
    )
    return page.render(
        request,
        context_overrides={
            "filter_form": form,
            "guides": shown,
            "paginator": paginator,
            **context,
        },
    )


def guide_view(page, request, guide_id):
    """One guide's page, or 404 where ``request.user`` may not see it."""
    context = guide_page_context(
        locale=page.locale_id, guide_id=guide_id, user=request.user
    )
    if context is None:
        raise Http404
    return page.render(
        request, template="network/guide_page.html", context_overrides=context
    )


def network_figures_context(page):
    """The public figures, in the page's language (small counts hidden)."""
    return {"figures": network_figures(locale=page.locale_id)}
