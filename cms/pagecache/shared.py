"""What many pages show the same way, kept in the default cache between renders.

The menu, the footer links, the organisation settings, the Site a host name maps
to and each page's language versions would otherwise cost a query or more on every
render. They change only when content does, so they are cached under a
*generation*: every editorial change that clears the page cache (signals.py:
publish, unpublish, move, delete, a snippet, setting, site or restriction saved)
starts a new generation, and the previous entries are never read again (they
expire on their own).

What a visitor may see still comes from cms.privacy: a cached listing is keyed by
the restricted sections hidden from the visitor (``hidden_page_paths``), so two
visitors share an entry only when the privacy rule gives them the same pages.
"""

from hashlib import md5
from uuid import uuid4

from django.core.cache import cache
from django.db import transaction

_GENERATION_KEY = "shared:generation"
# A bound on staleness should a change ever bypass the signals (a raw SQL update,
# or one worker's local memory cache missing another worker's change).
TIMEOUT_SECONDS = 300
_MISSING = object()


def _generation():
    generation = cache.get(_GENERATION_KEY)
    if generation is None:
        generation = uuid4().hex
        # add(): two workers starting a generation at once agree on the first one.
        if not cache.add(_GENERATION_KEY, generation, None):
            generation = cache.get(_GENERATION_KEY, generation)
    return generation


def shared_value(name, key, build):
    """``build()``, or what it returned last time for ``name`` and ``key`` (a
    repr-able value naming everything the result depends on) since the content
    last changed."""
    digest = md5(repr(key).encode(), usedforsecurity=False).hexdigest()
    cache_key = f"shared:{_generation()}:{name}:{digest}"
    value = cache.get(cache_key, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(cache_key, value, TIMEOUT_SECONDS)
    return value


def follows_changes(model):
    """Whether saving or deleting a ``model`` row starts a new generation, so
    values read from it may be cached here."""
    from .signals import CONTENT_MODELS

    opts = model._meta
    labels = {opts.label_lower, *(p._meta.label_lower for p in opts.get_parent_list())}
    return bool(labels & CONTENT_MODELS)


def related_instance(obj, name):
    """``obj.<name>`` (a foreign key); a snippet or page not loaded with ``obj``
    comes from this cache rather than a query of its own."""
    field = obj._meta.get_field(name)
    if field.is_cached(obj):
        return getattr(obj, name)
    pk = getattr(obj, field.attname)
    model = field.related_model
    if pk is None or not follows_changes(model):
        return getattr(obj, name)
    related = shared_value(
        f"instance:{model._meta.label_lower}",
        pk,
        lambda: model._base_manager.filter(pk=pk).first(),
    )
    if related is None:  # a dangling key: Django raises as it would have
        return getattr(obj, name)
    field.set_cached_value(obj, related)
    return related


def forget_shared_values():
    """Start a new generation now and again once the transaction commits (a
    request rendered in between would otherwise cache the state before the
    change under the new generation)."""

    def renew():
        cache.set(_GENERATION_KEY, uuid4().hex, None)

    renew()
    transaction.on_commit(renew)
