"""Error views: a database outage is a 503 the site recovers from, not a 500."""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.utils import translation
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


def bad_request(request, exception=None):
    """handler400: a malformed request or a Host header the site does not serve.

    It may come before LocaleMiddleware has run, and the request's host is not to
    be trusted (nothing here may call ``get_host``): the page stands alone, in the
    language of the path or the browser.
    """
    return _standalone_error(request, "400.html", status=400)


def request_too_large(request, *, limit):
    """A body over the size allowed for the path (cms.security.middleware)."""
    return _standalone_error(
        request, "413.html", status=413, context={"limit": filesizeformat(limit)}
    )


def _standalone_error(request, template, *, status, context=None):
    language = translation.get_language_from_request(request, check_path=True)
    with translation.override(language):
        response = TemplateResponse(request, template, context, status=status)
        response.render()
    response["Cache-Control"] = "no-store"
    return response
