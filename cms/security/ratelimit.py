"""A fixed-window limit on how often one client may do something (send a form).

Counts live in the default cache (Redis in production, shared by every app
server); the client is the same keyed hash of the trusted-proxy-aware address
the security log uses (cms/security/clients.py), so no address is stored.

Checking and counting are separate, so a view counts only what it accepted:
a visitor whose message was refused for a typo has not used up their limit.
"""

import time

from django.core.cache import cache

from .events import client_fingerprint, log_security_event


def rate_limit_exceeded(request, *, scope, limit, window_seconds):
    """True (and logged) once the client has used ``limit`` in this window.

    Counts nothing itself: call ``rate_limit_count`` for what was accepted.
    """
    if cache.get(_key(request, scope, window_seconds), 0) >= limit:
        log_security_event("rate_limited", request=request, scope=scope)
        return True
    return False


def rate_limit_count(request, *, scope, window_seconds):
    """Count one accepted use against the client's limit in this window."""
    key = _key(request, scope, window_seconds)
    if not cache.add(key, 1, window_seconds):
        try:
            cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.add(key, 1, window_seconds)


def _key(request, scope, window_seconds):
    window = int(time.time() // window_seconds)
    return f"ratelimit:{scope}:{client_fingerprint(request)}:{window}"
