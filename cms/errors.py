"""Error views: a database outage is a 503 the site recovers from, not a 500."""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.template.response import TemplateResponse
from django.views.decorators.csrf import requires_csrf_token

from cms.health import database_is_reachable

logger = logging.getLogger("kaiki.errors")
RETRY_AFTER_SECONDS = 30


@requires_csrf_token
def server_error(request):
    """handler500. Django calls it inside its ``except``, so the exception is known."""
    error = sys.exc_info()[1]
    # Only an unreachable database is an outage; a bad query is a plain bug.
    if isinstance(error, OperationalError | InterfaceError) and not (
        database_is_reachable()
    ):
        logger.error("Database unavailable: %s", type(error).__name__)
        response = TemplateResponse(request, "503.html", status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    else:
        response = TemplateResponse(request, "500.html", status=500)
    response["Cache-Control"] = "no-store"
    return response.render()


def permission_denied(request, exception=None):
    """handler403: log the denial (no personal data), show the translated page."""
    from cms.security.events import log_security_event

    log_security_event("permission_denied", request=request)
    return TemplateResponse(request, "403.html", status=403).render()


def csrf_failure(request, reason=""):
    from cms.security.events import log_security_event

    log_security_event("csrf_failure", request=request, reason=reason)
    return TemplateResponse(request, "403_csrf.html", status=403).render()
