"""A fixed-window limit on how often one client may do something (send a form).

Counts live in the default cache (Redis in production, shared by every app
server); the client is the same keyed hash the security log uses, so no
address is stored.
"""

import time

from django.core.cache import cache

from .events import client_fingerprint, log_security_event


def rate_limit_exceeded(request, *, scope, limit, window_seconds):
    """Count this request; True once the client went past ``limit`` in the window."""
    window = int(time.time() // window_seconds)
    key = f"ratelimit:{scope}:{client_fingerprint(request)}:{window}"
    if cache.add(key, 1, window_seconds):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.add(key, 1, window_seconds)
            count = 1
    if count > limit:
        log_security_event("rate_limited", request=request, scope=scope)
        return True
    return False
