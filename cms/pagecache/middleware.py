"""The anonymous page cache, built on Django's cache middleware.

It sits right after WhiteNoise, so a hit skips sessions, authentication, the
URL resolver, Wagtail and the templates. It never stores a response for a
visitor who has a session (logged-in editors, members), one that used a CSRF
token (forms), one that sets cookies, or one marked private. Entries live in
their own cache alias ("pages"), which editorial changes clear (signals.py).
"""

from django.conf import settings
from django.middleware.cache import CacheMiddleware
from django.utils.cache import (
    add_never_cache_headers,
    get_max_age,
    learn_cache_key,
    patch_cache_control,
    patch_response_headers,
    set_response_etag,
)

PAGE_CACHE_ALIAS = "pages"
# Part of every key: bump it when what is stored changes shape, so entries an
# older release left in Redis are never read back.
CACHE_FORMAT_VERSION = 2


class AnonymousPageCacheMiddleware(CacheMiddleware):
    def __init__(self, get_response):
        super().__init__(
            get_response,
            cache_alias=PAGE_CACHE_ALIAS,
            cache_timeout=settings.KAIKI_PAGE_CACHE_SECONDS,
            key_prefix=f"page:{CACHE_FORMAT_VERSION}",
        )

    def _is_candidate(self, request):
        return (
            settings.KAIKI_PAGE_CACHE_SECONDS > 0
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path_info.startswith(
                settings.KAIKI_PAGE_CACHE_EXCLUDED_PATHS
            )
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

    def process_request(self, request):
        if not self._is_candidate(request):
            request._cache_update_cache = False
            return None
        return super().process_request(request)

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
        cache_key = learn_cache_key(
            request, response, self.cache_timeout, self.key_prefix, cache=self.cache
        )
        if hasattr(response, "render") and callable(response.render):
            response.add_post_render_callback(lambda r: self._store(cache_key, r))
        else:
            self._store(cache_key, response)
        return response

    def _store(self, cache_key, response):
        if not response.has_header("ETag"):
            set_response_etag(response)
        self.cache.set(cache_key, response, self.cache_timeout)
