"""What many pages show the same way, kept in the default cache between renders.

The menu, the footer links, the organisation settings, the Site a host name maps
to and each page's language versions would otherwise cost a query or more on every
render. They change only when content does, so they are cached under a
*generation*: every editorial change that clears the page cache (signals.py:
publish, unpublish, move, delete, a snippet, setting, site or restriction saved)
starts a new generation, and the previous entries are never read again (they
expire on their own).

Each worker also keeps what it read in its own memory (``_local``), under the same
generation: a render then asks Redis for the generation once (at the start of
the request, ``SharedSiteMiddleware``) rather than for every value, and reads the
rest from memory. A worker sees another's change as soon as it reads the new
generation, that is on its next request. Values are kept pickled, as Redis keeps
them, so every read gets its own copy and no render can change what the next
one sees.

What a visitor may see still comes from cms.privacy: a cached listing is keyed by
the restricted sections hidden from the visitor (``hidden_page_paths``), so two
visitors share an entry only when the privacy rule gives them the same pages.
"""

import pickle
import threading
import time
from hashlib import md5
from uuid import uuid4

from django.core.cache import cache
from django.db import transaction

from .content import follows_changes

_GENERATION_KEY = "shared:generation"
# A bound on staleness should a change ever bypass the signals (a raw SQL update,
# or one worker's local memory cache missing another worker's change).
TIMEOUT_SECONDS = 300
_MISSING = object()
# This worker's copies: cache key -> (monotonic expiry, pickled value). Keys
# name their generation, so a new one makes the old entries unreachable; they
# are dropped when this worker first sees it.
_local = {}
_LOCAL_MAX_ENTRIES = 20_000
_local_generation = None
# The generation read at the start of the request this thread is serving.
_request = threading.local()


def _generation():
    generation = getattr(_request, "generation", None)
    if generation is not None:
        return generation
    return _read_generation()


def _read_generation():
    generation = cache.get(_GENERATION_KEY)
    if generation is None:
        generation = uuid4().hex
        # add(): two workers starting a generation at once agree on the first one.
        if not cache.add(_GENERATION_KEY, generation, None):
            generation = cache.get(_GENERATION_KEY, generation)
    return generation


def begin_request():
    """Read the generation once for the request this thread starts serving."""
    global _local_generation
    generation = _request.generation = _read_generation()
    if generation != _local_generation:
        _local.clear()
        _local_generation = generation


def end_request():
    _request.generation = None


def shared_value(name, key, build, keep=None):
    """``build()``, or what it returned last time for ``name`` and ``key`` (a
    repr-able value naming everything the result depends on) since the content
    last changed. ``keep(value)``, when given, says whether a built value may
    be kept at all."""
    digest = md5(repr(key).encode(), usedforsecurity=False).hexdigest()
    cache_key = f"shared:{_generation()}:{name}:{digest}"
    now = time.monotonic()
    kept = _local.get(cache_key)
    if kept is not None and kept[0] > now:
        return pickle.loads(kept[1])  # noqa: S301 - pickled by this process
    value = cache.get(cache_key, _MISSING)
    if value is _MISSING:
        value = build()
        if keep is not None and not keep(value):
            return value
        cache.set(cache_key, value, TIMEOUT_SECONDS)
    if len(_local) >= _LOCAL_MAX_ENTRIES:
        _local.clear()
    _local[cache_key] = (
        now + TIMEOUT_SECONDS,
        pickle.dumps(value, pickle.HIGHEST_PROTOCOL),
    )
    return value


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
        generation = uuid4().hex
        cache.set(_GENERATION_KEY, generation, None)
        if getattr(_request, "generation", None) is not None:
            # The rest of this request (a form that saves, then renders) sees
            # the change too.
            _request.generation = generation

    renew()
    transaction.on_commit(renew)
