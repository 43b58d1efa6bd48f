"""Structured logs of security events, without personal data.

Each event is one JSON line on the "kaiki.security" logger: what happened,
where, and a keyed hash of the client address so repeated attempts from one
place can be correlated without storing the address or any name typed in.
"""

import json
import logging

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver
from django.utils.crypto import salted_hmac

from .clients import client_ip

logger = logging.getLogger("kaiki.security")

# What the password forms' lock-outs count against (throttle.py's "usernames",
# each followed by the restriction's id). Named here, below the throttled
# views, so that logging (and the rate limits that log) never imports those
# views: they load Wagtail's, which need the models ready.
PAGE_PASSWORD = "page-password"
DOCUMENT_PASSWORD = "document-password"


def client_fingerprint(request):
    if request is None:
        return None
    address = client_ip(request)
    return salted_hmac("kaiki.security.client", address).hexdigest()[:16]


def log_security_event(event, *, request=None, **fields):
    record = {"event": event, **fields}
    if request is not None:
        record.update(
            path=request.path, method=request.method, client=client_fingerprint(request)
        )
    logger.warning(json.dumps(record, ensure_ascii=False, sort_keys=True))


def throttle_target(username):
    """What a lock-out is about, for the security log (never the username)."""
    kind = (username or "").split(":", 1)[0]
    return kind if kind in (PAGE_PASSWORD, DOCUMENT_PASSWORD) else "account"


@receiver(user_login_failed, dispatch_uid="kaiki_login_failed")
def login_failed(sender, credentials, request=None, **kwargs):
    # Never the username or password: a mistyped password is often a real one.
    log_security_event("login_failed", request=request)


@receiver(user_locked_out, dispatch_uid="kaiki_locked_out")
def locked_out(sender, request=None, username=None, **kwargs):
    # Axes signals again for each attempt refused during a lock-out; only the
    # failure that reached the limit carries a count, so one line per lock-out.
    if request is None or getattr(request, "axes_failures_since_start", None) is None:
        return
    log_security_event("locked_out", request=request, target=throttle_target(username))
