"""The links e-mailed to a group: to update its application after staff asked
for changes, and to re-confirm its listing each year. No account is needed; the
link is signed, expires, and names the place's current ``link_key``, so a new
link (or using one) voids those sent before.
"""

import secrets
from datetime import timedelta

from django.core import signing

from .models.places import CommunityPlace, places_page_for

LINK_MAX_AGE = timedelta(days=60)
UPDATE = "update"
CONFIRM = "confirm"


def new_link_key():
    return secrets.token_urlsafe(16)


def place_token(*, place, purpose):
    # Wagtail serves only letters, digits, "-" and "_" in a path segment, so the
    # signed value's three ":"-separated parts become three segments.
    return signing.dumps(
        {"place": place.pk, "key": place.link_key}, salt=f"places.{purpose}"
    ).replace(":", "/")


def place_from_token(*, token, purpose):
    """The place a link names, or None if the link is forged, expired or used."""
    try:
        data = signing.loads(
            token.replace("/", ":"),
            salt=f"places.{purpose}",
            max_age=LINK_MAX_AGE.total_seconds(),
        )
    except signing.BadSignature:  # includes SignatureExpired
        return None
    if not isinstance(data, dict) or not data.get("key"):
        return None
    return CommunityPlace.objects.filter(
        pk=data.get("place"), link_key=data["key"]
    ).first()


def place_full_url(*, place, route, args=(), language=None):
    """An absolute address on the places page for e-mails; "" when there is no
    live places page to link to."""
    index = places_page_for(language or place.contact_language)
    if index is None:
        return ""
    return (
        index.get_full_url().rstrip("/")
        + "/"
        + index.reverse_subpage(route, args=args).lstrip("/")
    )
