"""Wagtail's routing below the home page, with each level's child found from the
shared cache.

Wagtail routes a URL one level at a time, two queries a level: the child with the
slug, then its specific row. Here each child's id and type come from the shared
cache (renewed by every publish, unpublish, move and delete) and the child is
fetched as its own type: one query a level. What each level does is kept: a page
with routes of its own (RoutablePageMixin) tries them before its children, as in
Wagtail, and a page type with any other routing of its own routes the rest itself.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.utils.translation import get_language
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, TranslatableMixin
from wagtail.url_routing import RouteResult

from cms.pagecache.shared import shared_value


def route_below(page, request, path_components):
    """Route ``path_components`` below ``page`` (whose own route called this)."""
    while path_components:
        page = _child(page, path_components[0])
        path_components = path_components[1:]
        route = type(page).route
        if route is RoutablePageMixin.route:
            result = _own_route(page, request, path_components)
            if result is not None:
                return result
        elif route is not Page.route:
            return page.route(request, path_components)
    if page.live:
        return RouteResult(page)
    raise Http404


def _own_route(page, request, path_components):
    """RoutablePageMixin.route's first half: one of the page's own routes."""
    if not page.live:
        return None
    path = "/" + "".join(f"{component}/" for component in path_components)
    try:
        resolver_match = page.resolve_subpage(path)
    except Http404:
        return None
    request.routable_resolver_match = resolver_match
    view, args, kwargs = resolver_match
    return RouteResult(page, args=(view, args, kwargs))


def _child(parent, slug):
    def find():
        found = parent.get_children().filter(slug=slug)
        child = found.values_list("pk", "content_type_id").first()
        if child is None:
            # Raised, not cached: unknown slugs would fill the cache.
            raise Http404
        return child

    pk, content_type_id = shared_value("child", (parent.pk, slug), find)
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    # The page itself from the shared cache too: what visitors see of it changes
    # only with a publish, unpublish, move or delete, which renew the cache (a
    # draft saved changes only the editors' fields, draft_title and the like).
    child = shared_value("page", pk, lambda: model.objects.filter(pk=pk).first())
    if child is None:  # deleted since it was cached
        raise Http404
    child._cached_parent_obj = parent
    return child


def localized_home(home):
    """Wagtail's ``home.localized`` (its live translation in the active
    language, or ``home``) from the shared cache. Wagtail's routing starts from
    it on every request, and would otherwise ask for the active Locale (and, in
    English, the translation) each time; a publish, unpublish, move or delete
    renews it, and so does saving a locale."""
    pk = shared_value(
        "localized",
        (home.pk, get_language()),
        lambda: TranslatableMixin.localized.fget(home).pk,
    )
    if pk == home.pk:
        return home
    model = type(home)
    # The same entry as routing's (_child): the page as its own type.
    translation = shared_value(
        "page", pk, lambda: model.objects.filter(pk=pk).first()
    )
    return translation or home
