"""/healthz: is this app server able to serve? For load balancers and monitors."""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.db.utils import DatabaseError
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger("kaiki.health")


def database_is_reachable():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        logger.warning("Database unreachable")
        return False


def _cache_ok():
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "ok", 10)
        ok = cache.get(key) == "ok"
        cache.delete(key)
        return ok
    except Exception:  # noqa: BLE001 - any cache backend failure means "not ok"
        logger.warning("Health check: cache unreachable")
        return False


@never_cache
@require_safe  # load balancers often probe with HEAD
def healthz(request):
    checks = {"database": database_is_reachable(), "cache": _cache_ok()}
    healthy = all(checks.values())
    return JsonResponse(
        {
            "status": "ok" if healthy else "unavailable",
            **{name: "ok" if ok else "failing" for name, ok in checks.items()},
        },
        status=200 if healthy else 503,
    )
