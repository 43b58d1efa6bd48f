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
