"""Reads for registrations: whether a session takes them, counts, positions."""

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page

from cms.core.staff import staff_emails
from cms.events.choices import SessionOverride, SessionStatus
from cms.events.models import EventSession
from cms.privacy.visibility import visible_pages

from .choices import ClosedReason, RegistrationStatus
from .models import Registration

# The session's status that closes registration, and the reason it gives.
_CLOSED_BY_STATUS = {
    SessionStatus.PLANNING: ClosedReason.NOT_OPEN,
    SessionStatus.CLOSED: ClosedReason.DEADLINE,
    SessionStatus.FINISHED: ClosedReason.FINISHED,
    SessionStatus.POSTPONED: ClosedReason.POSTPONED,
    SessionStatus.CANCELLED: ClosedReason.CANCELLED,
}


def registration_closed_reason(session, *, now=None):
    """Why ``session`` takes no registration on this site now (a
    ``ClosedReason``; its label is the visitor's sentence), or ``None`` when it
    does. The session's own dates decide."""
    if not session.registration_on_site:
        return ClosedReason.NOT_ON_SITE
    return _CLOSED_BY_STATUS.get(session.status_at(now or timezone.now()))


def session_for_registration(*, session_id, user):
    """The session a visitor may register for: of a live page they may see."""
    return (
        EventSession.objects.filter(
            pk=session_id,
            page_id__in=visible_pages(Page.objects.all(), user=user).values("pk"),
        )
        .select_related("page", "locale", "region")
        .first()
    )


def waitlist_position(registration):
    """1 for the first in line; None when not waitlisted."""
    if registration.status != RegistrationStatus.WAITLISTED:
        return None
    earlier = Registration.objects.filter(
        seats_id=registration.seats_id, status=RegistrationStatus.WAITLISTED
    ).filter(
        Q(waitlisted_at__lt=registration.waitlisted_at)
        | Q(waitlisted_at=registration.waitlisted_at, pk__lt=registration.pk)
    )
    return earlier.count() + 1


def registration_staff_emails():
    """Active staff who may change registrations: told when a session fills."""
    return staff_emails("registrations.change_registration")


def registration_session(registration):
    """The session row in the registrant's language: the one they used, else
    a translation (the row they used may have been removed)."""
    if registration.session_id:
        return registration.session
    rows = list(EventSession.objects.rows_of(registration.seats.session_key))
    by_language = {row.locale.language_code: row for row in rows}
    return by_language.get(registration.language) or (rows[0] if rows else None)


def certificate_sessions(registration):
    """The lectures a completion certificate names (rows in the registrant's
    language, in date order) when the person attended every one of them, else
    None. Only for an event that issues certificates.

    A person is their e-mail address: each lecture of a course is a
    registration of its own. Without an address (a phone application) only
    this registration counts, so a one-session course still works. Lectures
    the editor cancelled are not required."""
    session = registration_session(registration)
    if session is None or not session.page.issues_certificate:
        return None
    sessions = list(
        EventSession.objects.filter(page_id=session.page_id)
        .exclude(override=SessionOverride.CANCELLED)
        .order_by("starts_at", "pk")
    )
    attended = Registration.objects.filter(
        seats__session_key__in=[s.translation_key for s in sessions],
        status=RegistrationStatus.CONFIRMED,
        attended_at__isnull=False,
    )
    if registration.email:
        attended = attended.filter(email=registration.email)
    else:
        attended = attended.filter(pk=registration.pk)
    keys = set(attended.values_list("seats__session_key", flat=True))
    if not sessions or keys != {s.translation_key for s in sessions}:
        return None
    return sessions
