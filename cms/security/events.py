"""Structured logs of security events, without personal data.

Each event is one JSON line on the "kaiki.security" logger: what happened,
where, and a keyed hash of the client address so repeated attempts from one
place can be correlated without storing the address or any name typed in.
"""

import json
import logging

from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver
from django.utils.crypto import salted_hmac

logger = logging.getLogger("kaiki.security")


def client_fingerprint(request):
    if request is None:
        return None
    address = request.META.get("REMOTE_ADDR", "")
    return salted_hmac("kaiki.security.client", address).hexdigest()[:16]


def log_security_event(event, *, request=None, **fields):
    record = {"event": event, **fields}
    if request is not None:
        record.update(
            path=request.path, method=request.method, client=client_fingerprint(request)
        )
    logger.warning(json.dumps(record, ensure_ascii=False, sort_keys=True))


@receiver(user_login_failed, dispatch_uid="kaiki_login_failed")
def login_failed(sender, credentials, request=None, **kwargs):
    # Never the username or password: a mistyped password is often a real one.
    log_security_event("login_failed", request=request)
