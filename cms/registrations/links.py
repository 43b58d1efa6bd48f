"""The private link e-mailed to a registrant: view or cancel the registration,
without an account. Signed (unguessable without the secret key) and bound to
the registration's ``link_key``, so deleting personal data voids it."""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

from .models import Registration

SALT = "registrations.link"


def registration_token(registration):
    return signing.dumps({"r": registration.pk, "k": registration.link_key}, salt=SALT)


def registration_from_token(token):
    """The registration a link names, or None if the link is forged or void."""
    try:
        data = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not data.get("k"):
        return None
    return (
        Registration.objects.filter(pk=data.get("r"), link_key=data["k"])
        .select_related("seats", "session__page", "session__locale")
        .first()
    )


def site_root_url(session=None):
    """The public address e-mails link to: the session's site, else the
    configured admin base URL."""
    if session is not None:
        site = session.page.get_site()
        if site is not None:
            return site.root_url.rstrip("/")
    return getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")


def registration_url(registration, *, session=None):
    """The absolute private link, in the language the person registered in."""
    with translation.override(registration.language):
        path = reverse("registrations:manage", args=[registration_token(registration)])
    return site_root_url(session) + path


# The check-in link the confirmation's QR code carries. A salt of its own: the
# code shown at the door is not the registrant's private link (whoever reads it
# over their shoulder cannot cancel), and only staff can use it.
CHECKIN_SALT = "registrations.checkin"


def _checkin_signer():
    # No timestamp (unlike signing.dumps): every e-mail of a registration
    # carries the same code, and a shorter one makes a coarser, easier QR.
    return signing.Signer(salt=CHECKIN_SALT)


def checkin_token(registration):
    return _checkin_signer().sign_object(
        {"r": registration.pk, "k": registration.link_key}
    )


def registration_from_checkin_token(token):
    """The registration a check-in code names, or None if forged or void."""
    try:
        data = _checkin_signer().unsign_object(token)
    except (signing.BadSignature, ValueError):
        return None
    if not isinstance(data, dict) or not data.get("k"):
        return None
    return (
        Registration.objects.filter(pk=data.get("r"), link_key=data["k"])
        .select_related("seats")
        .first()
    )


def checkin_url(registration):
    """The absolute staff-only address that checks the registrant in (the
    admin's address: the admin has no language prefix)."""
    path = reverse(
        "wagtailsnippets_registrations_registration:scan",
        args=[checkin_token(registration)],
    )
    return getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/") + path
