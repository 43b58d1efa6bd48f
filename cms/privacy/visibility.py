"""What a visitor may see: the one rule every listing, search, feed and export uses.

Wagtail guards a private page when it is served (login, password or groups on the
page or an ancestor). Listings are another matter: any query that names pages or
documents can show a private title, summary or file. Every selector that lists
pages goes through ``visible_pages`` and every one that lists documents through
``visible_documents``; templates that show a single chosen page or document (a
hero link, a material in a StreamField) ask ``page_is_visible`` /
``document_is_visible``.

The rule, for pages and for documents' collections alike:
- no restriction on the item or an ancestor: everyone;
- "logged-in users": signed-in users only;
- "groups": members of one of the groups, and superusers;
- "password": nobody in listings. A password is proven per browser session, and
  listings are shared (and cached), so a password-protected page is only ever
  reached through its own address.

The restrictions themselves are few and rarely change, so they are read once and
kept in the default cache until one changes (``forget_restrictions``).
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from wagtail.models import (
    BaseViewRestriction,
    CollectionViewRestriction,
    PageViewRestriction,
)

from cms.pagecache.shared import forget_shared_values, shared_value

_PAGE_KEY = "privacy:page-restrictions:1"
_COLLECTION_KEY = "privacy:collection-restrictions:1"
_CACHE_SECONDS = 60 * 60


def _restrictions(model, key, path_field):
    # Asked for by every listing of a render: this worker's copy, renewed with
    # the shared cache's generation (forget_restrictions starts a new one).
    return shared_value("privacy", key, lambda: _stored(model, key, path_field))


def _stored(model, key, path_field):
    rows = cache.get(key)
    if rows is None:
        rows = [
            (path, restriction_type, tuple(sorted(groups)))
            for path, restriction_type, groups in _read(model, path_field)
        ]
        cache.set(key, rows, _CACHE_SECONDS)
    return rows


def _read(model, path_field):
    restrictions = model.objects.values_list("pk", path_field, "restriction_type")
    group_ids = {}
    for restriction_id, group_id in model.groups.through.objects.values_list(
        model.groups.field.m2m_field_name(), "group_id"
    ):
        group_ids.setdefault(restriction_id, []).append(group_id)
    return [
        (path, restriction_type, group_ids.get(pk, []))
        for pk, path, restriction_type in restrictions
    ]


def forget_restrictions():
    """Drop the cached restrictions, now and again after the transaction commits
    (a request in between could otherwise cache the state before the change)."""
    cache.delete_many([_PAGE_KEY, _COLLECTION_KEY])
    transaction.on_commit(lambda: cache.delete_many([_PAGE_KEY, _COLLECTION_KEY]))
    forget_shared_values()


def _user_group_ids(user):
    if user is None or not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_privacy_group_ids", None)
    if cached is None:
        cached = frozenset(user.groups.values_list("pk", flat=True))
        user._privacy_group_ids = cached
    return cached


def _passes(restriction_type, group_ids, user):
    if user is None or not user.is_authenticated:
        return False
    if restriction_type == BaseViewRestriction.LOGIN:
        return True
    if restriction_type == BaseViewRestriction.GROUPS:
        return user.is_superuser or bool(_user_group_ids(user) & set(group_ids))
    return False  # passwords: never in a listing (see the module's docstring)


def _hidden_paths(rows, user):
    return [path for path, kind, groups in rows if not _passes(kind, groups, user)]


def _hidden_q(paths, field):
    hidden = Q()
    for path in paths:
        hidden |= Q(**{f"{field}__startswith": path})
    return hidden


def visible_pages(pages, *, user=None):
    """``pages`` (a page queryset) reduced to the live pages ``user`` may see;
    ``user=None`` is an anonymous visitor."""
    rows = _restrictions(PageViewRestriction, _PAGE_KEY, "page__path")
    pages = pages.live()
    hidden = _hidden_q(_hidden_paths(rows, user), "path")
    return pages.exclude(hidden) if hidden else pages


def hidden_page_paths(user=None):
    """The paths of the restricted sections hidden from ``user``, sorted: every
    visitor with the same paths sees the same pages, so listings cached for one
    of them (cms.pagecache.shared) are keyed by these."""
    rows = _restrictions(PageViewRestriction, _PAGE_KEY, "page__path")
    return tuple(sorted(_hidden_paths(rows, user)))


def hidden_collection_paths(user=None):
    """The paths of the restricted collections hidden from ``user``, sorted: with
    ``hidden_page_paths``, what a fragment cached for one visitor may be shown
    to another by (cms.pagecache)."""
    rows = _restrictions(
        CollectionViewRestriction, _COLLECTION_KEY, "collection__path"
    )
    return tuple(sorted(_hidden_paths(rows, user)))


def visible_documents(documents, *, user=None):
    """``documents`` reduced to those outside collections ``user`` may not open."""
    rows = _restrictions(
        CollectionViewRestriction, _COLLECTION_KEY, "collection__path"
    )
    hidden = _hidden_q(_hidden_paths(rows, user), "collection__path")
    return documents.exclude(hidden) if hidden else documents


def page_is_visible(page, *, user=None):
    """One page (a chosen link, a neighbour): live, and in no section hidden from
    ``user``. No query once the restrictions are cached."""
    if page is None or not page.live:
        return False
    rows = _restrictions(PageViewRestriction, _PAGE_KEY, "page__path")
    return not any(page.path.startswith(p) for p in _hidden_paths(rows, user))


def document_is_visible(document, *, user=None):
    """One document: not in a collection hidden from ``user``."""
    if document is None:
        return False
    rows = _restrictions(
        CollectionViewRestriction, _COLLECTION_KEY, "collection__path"
    )
    hidden = _hidden_paths(rows, user)
    if not hidden:
        return True
    return not any(document.collection.path.startswith(p) for p in hidden)
