"""The anonymous page cache, built on Django's cache middleware.

It sits right after WhiteNoise, so a hit skips sessions, authentication, the
URL resolver, Wagtail and the templates. It never stores a response for a
visitor who has a session (logged-in editors, members), one that used a CSRF
token (forms), one that sets cookies, or one marked private. Entries live in
their own cache alias ("pages"), which editorial changes clear (signals.py).

The key is its own, not Django's (learn_cache_key/get_cache_key), for two
reasons:

- Django appends the *active* language, and this middleware runs before
  LocaleMiddleware: a worker still has the previous request's language active,
  so /en/ and /ja/ visitors interleaving missed nearly every time. The key takes
  the language LocaleMiddleware is about to pick (the URL's prefix first).
- Django keys on the whole query string, so every tracking parameter (utm_*,
  fbclid, gclid, ...) or stray "?x=1" made a new entry. Only the parameters
  pages read (KAIKI_PAGE_CACHE_QUERY_PARAMETERS) count, sorted by name.
"""

import logging
import secrets
import time
from hashlib import md5
from urllib.parse import urlencode

from django.conf import settings
from django.db import DatabaseError
from django.http import QueryDict
from django.http.request import split_domain_port
from django.middleware.cache import CacheMiddleware
from django.utils.cache import (
    add_never_cache_headers,
    cc_delim_re,
    get_max_age,
    patch_cache_control,
    patch_response_headers,
    set_response_etag,
)
from django.utils.http import parse_http_date_safe
from django.utils.translation import get_language_from_request
from wagtail.models import Site

from .content import PAGE_CACHE_ALIAS
from .shared import begin_request, end_request, shared_value

logger = logging.getLogger("kaiki.pagecache")

# Part of every key: bump it when what is stored changes shape, so entries an
# older release left in Redis are never read back.
CACHE_FORMAT_VERSION = 3


class ReadRecordingQueryDict(QueryDict):
    """``request.GET`` that remembers which parameters were looked up by name.

    A page that reads a parameter the key leaves out would be stored once and
    served for every value of it; recording the reads lets the middleware refuse
    to store such a page instead of trusting the settings list to be complete.
    Iterating over all parameters records nothing: a stored request carries only
    listed ones.
    """

    def __init__(self, *args, **kwargs):
        # QueryDict's constructor itself tests membership while filling in.
        self.names_read = set()
        super().__init__(*args, **kwargs)
        self.names_read = set()

    @classmethod
    def copy_of(cls, query):
        recorded = cls(encoding=query.encoding)
        # The already parsed lists; QueryDict's own setters refuse (immutable).
        dict.update(recorded, ((key, list(values)) for key, values in query.lists()))
        return recorded

    def __getitem__(self, key):
        # A template's {{ request.GET.lists }} tries the parameter "lists" before
        # the method: a QueryDict attribute absent from the query is no read.
        attribute = isinstance(key, str) and hasattr(QueryDict, key)
        if not attribute or dict.__contains__(self, key):
            self.names_read.add(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        self.names_read.add(key)
        return super().__contains__(key)

    def _getlist(self, key, *args, **kwargs):
        self.names_read.add(key)
        return super()._getlist(key, *args, **kwargs)


class AnonymousPageCacheMiddleware(CacheMiddleware):
    def __init__(self, get_response):
        super().__init__(
            get_response,
            cache_alias=PAGE_CACHE_ALIAS,
            cache_timeout=settings.KAIKI_PAGE_CACHE_SECONDS,
            key_prefix=f"page:{CACHE_FORMAT_VERSION}",
        )
        self.query_parameters = frozenset(settings.KAIKI_PAGE_CACHE_QUERY_PARAMETERS)
        self.bypass_token = settings.KAIKI_PAGE_CACHE_BYPASS_TOKEN.encode()
        self._warned = set()

    def _bypassed(self, request):
        """A benchmark's request for a render (KAIKI_PAGE_CACHE_BYPASS_TOKEN)."""
        if not self.bypass_token:
            return False
        sent = request.META.get("HTTP_X_KAIKI_UNCACHED", "").encode()
        return secrets.compare_digest(sent, self.bypass_token)

    def _is_candidate(self, request):
        return (
            settings.KAIKI_PAGE_CACHE_SECONDS > 0
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path_info.startswith(
                settings.KAIKI_PAGE_CACHE_EXCLUDED_PATHS
            )
            and not self._bypassed(request)
        )

    @staticmethod
    def _is_personal(request, response):
        user = getattr(request, "user", None)
        return bool(
            settings.SESSION_COOKIE_NAME in request.COOKIES
            or (user is not None and user.is_authenticated)
            or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            or response.cookies
            or "private" in response.get("Cache-Control", "")
        )

    def _url_key(self, request):
        """The language and URL part of both keys, and whether the query string
        held only parameters that count (only then may the response be stored:
        its links may repeat the query string, a visitor's gclid for instance)."""
        # What LocaleMiddleware will activate: the URL's prefix, else (a path
        # outside i18n_patterns) the cookie or Accept-Language.
        language = get_language_from_request(request, check_path=True)
        counted = []
        only_counted = True
        for name, values in request.GET.lists():
            if name in self.query_parameters:
                counted.extend((name, value) for value in values)
            else:
                only_counted = False
        # Stable: a repeated parameter keeps the order of its values.
        query = urlencode(sorted(counted, key=lambda pair: pair[0]))
        url = request.build_absolute_uri(request.path) + (f"?{query}" if query else "")
        digest = md5(url.encode(), usedforsecurity=False).hexdigest()
        return f"{self.key_prefix}.{language}.{digest}", only_counted

    @staticmethod
    def _page_key(request, url_key, method, headerlist):
        values = md5(usedforsecurity=False)
        for header in headerlist:
            value = request.META.get(header)
            # An absent header must not share a key with an empty one.
            values.update(b"-," if value is None else value.encode())
        return f"{url_key}.{method}.{values.hexdigest()}"

    def _lookup(self, request, url_key):
        headerlist = self.cache.get(f"{url_key}.headers")
        if headerlist is None:
            return None
        response = self.cache.get(self._page_key(request, url_key, "GET", headerlist))
        if response is None and request.method == "HEAD":
            response = self.cache.get(
                self._page_key(request, url_key, "HEAD", headerlist)
            )
        return response

    def process_request(self, request):
        request._cache_update_cache = False
        if not self._is_candidate(request):
            return None
        url_key, storable = self._url_key(request)
        response = self._lookup(request, url_key)
        if response is not None:
            # Stored with max-age=0 and Expires at the time it was stored, so
            # this is the entry's age (a CDN counts it against s-maxage).
            expires = parse_http_date_safe(response.get("Expires", ""))
            if get_max_age(response) is not None and expires is not None:
                response["Age"] = max(0, int(time.time()) - expires)
            return response
        if storable:
            request._cache_update_cache = True
            request._page_cache_url_key = url_key
            request.GET = ReadRecordingQueryDict.copy_of(request.GET)
        return None

    def process_response(self, request, response):
        if self._is_personal(request, response):
            # Also keeps a CDN or a shared proxy from storing it.
            add_never_cache_headers(response)
            return response
        if not getattr(request, "_cache_update_cache", False):
            return response
        if (
            response.streaming
            or response.status_code != 200
            or get_max_age(response) == 0
        ):
            return response
        # Browsers revalidate every time (cheap with the ETag); a CDN may keep
        # the page as long as this cache does, and is purged on publish.
        patch_response_headers(response, cache_timeout=0)
        patch_cache_control(
            response, public=True, must_revalidate=True, s_maxage=self.cache_timeout
        )
        if hasattr(response, "render") and callable(response.render):
            response.add_post_render_callback(lambda r: self._store(request, r))
        else:
            self._store(request, response)
        return response

    def _store(self, request, response):
        # After rendering: templates read parameters too.
        unlisted = getattr(request.GET, "names_read", set()) - self.query_parameters
        if unlisted:
            self._warn_unlisted(request, unlisted)
            return
        url_key = request._page_cache_url_key
        headerlist = sorted(
            "HTTP_" + header.upper().replace("-", "_")
            for header in cc_delim_re.split(response.get("Vary", ""))
            # The language is in the key already.
            if header and header.lower() != "accept-language"
        )
        self.cache.set(f"{url_key}.headers", headerlist, self.cache_timeout)
        if not response.has_header("ETag"):
            set_response_etag(response)
        self.cache.set(
            self._page_key(request, url_key, request.method, headerlist),
            response,
            self.cache_timeout,
        )

    def _warn_unlisted(self, request, names):
        names = frozenset(names)
        if names in self._warned:
            return
        self._warned.add(names)
        logger.warning(
            "Not caching %s: it reads the query parameters %s, which "
            "KAIKI_PAGE_CACHE_QUERY_PARAMETERS does not list (add them if the page "
            "is the same for everyone).",
            request.path,
            ", ".join(sorted(names)),
        )


class SharedSiteMiddleware:
    """The Wagtail Site for the request's host from the shared cache.

    Wagtail looks the Site up with a query on every request and keeps it on the
    request (``request._wagtail_site``, which ``Site.find_for_request`` reads
    first); sites change almost never, and a save starts a new generation of the
    shared cache (signals.py). It also reads the shared cache's generation once
    for the whole request (``begin_request``), so the other shared values of a
    render come from the worker's memory rather than one Redis round trip each.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # get_host(), not the raw host Wagtail matches: a host outside
        # ALLOWED_HOSTS is refused here (400) rather than given a cache entry.
        hostname = split_domain_port(request.get_host())[0]
        begin_request()
        try:
            try:
                request._wagtail_site = shared_value(
                    "site", (hostname, request.get_port()), lambda: self._find(request)
                )
                # Every page URL of the render starts from them (Wagtail keeps
                # them on the request it is given, from its own Redis entry).
                request._wagtail_cached_site_root_paths = shared_value(
                    "site-root-paths", (), Site.get_site_root_paths
                )
            except DatabaseError:
                # The database is down: leave the look-up to what needs it, so
                # /healthz and the outage page (cms/errors.py) still answer.
                pass
            return self.get_response(request)
        finally:
            end_request()

    @staticmethod
    def _find(request):
        site = Site._find_for_request(request)
        if site is not None:
            # Its home page as its own type: Wagtail's routing starts from
            # ``root_page.localized.specific``, a query per request otherwise.
            site.root_page = site.root_page.specific
        return site
