"""The e-mails registrants and staff get, written in the registrant's language
and queued for the task worker once the transaction commits.

The online meeting address goes to confirmed online participants only; the
confirmation and promotion carry the session as an .ics file and the private
link to view or cancel the registration.
"""

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import pgettext

from cms.events.calendar import session_to_ical

from .choices import AttendanceMode, RegistrationStatus
from .links import checkin_url, registration_url
from .selectors import (
    registration_session,
    registration_staff_emails,
    waitlist_position,
)


def _subjects():
    return {
        "confirmation": pgettext(
            "registration", "Registration confirmed: %(event)s (no. %(number)s)"
        ),
        "waitlisted": pgettext(
            "registration", "On the waitlist: %(event)s (no. %(number)s)"
        ),
        "promoted": pgettext(
            "registration", "A place is free for you: %(event)s (no. %(number)s)"
        ),
        "cancelled": pgettext(
            "registration", "Registration cancelled: %(event)s (no. %(number)s)"
        ),
        "gathering_promoted": pgettext(
            "registration", "Social gathering: a place is free for you: %(event)s"
        ),
        "session_cancelled": pgettext("registration", "Cancelled: %(event)s"),
        "session_postponed": pgettext("registration", "Postponed: %(event)s"),
        "session_rescheduled": pgettext("registration", "New date: %(event)s"),
        "reminder": pgettext("registration", "Reminder: %(event)s"),
    }


def confirmation(registration, session):
    _to_registrant(registration, session, "confirmation", calendar=True)


def resend(registration):
    """The confirmation (or waitlist notice) again, for someone who registered
    a second time with the same address."""
    session = registration_session(registration)
    if registration.status == RegistrationStatus.CONFIRMED:
        confirmation(registration, session)
    elif registration.status == RegistrationStatus.WAITLISTED:
        waitlisted(registration, session)


def waitlisted(registration, session):
    _to_registrant(registration, session, "waitlisted")


def promoted(registration, session):
    _to_registrant(registration, session, "promoted", calendar=True)


def cancelled(registration, session):
    _to_registrant(registration, session, "cancelled")


def gathering_promoted(registration, session):
    _to_registrant(registration, session, "gathering_promoted")


def session_changed(registration, session, *, kind):
    _to_registrant(registration, session, kind, calendar=kind == "session_rescheduled")


def reminder(registration, session):
    _to_registrant(registration, session, "reminder", calendar=True)


def _to_registrant(registration, session, kind, *, calendar=False):
    if not registration.email or session is None:
        return
    # Written once the transaction commits: never while the seats are locked.
    transaction.on_commit(
        lambda: _write_to_registrant(registration, session, kind, calendar=calendar)
    )


# The e-mails a confirmed registrant may show at the door (a QR code).
CHECKIN_KINDS = {"confirmation", "promoted", "reminder"}


def _write_to_registrant(registration, session, kind, *, calendar):
    with translation.override(registration.language):
        event = session.page
        confirmed = registration.status == RegistrationStatus.CONFIRMED
        online = confirmed and registration.attendance == AttendanceMode.ONLINE
        # Online participants pass no door.
        door_code = (
            checkin_url(registration)
            if confirmed and not online and kind in CHECKIN_KINDS
            else ""
        )
        context = {
            "kind": kind,
            "registration": registration,
            "session": session,
            "event": event,
            "link": registration_url(registration, session=session),
            "position": waitlist_position(registration),
            "online_url": session.online_url if online else "",
            "door_code": bool(door_code),
        }
        subject = _subjects()[kind] % {
            "event": event.title,
            "number": registration.number,
        }
        body = render_to_string("registrations/email/registrant.txt", context)
        attachments = []
        if calendar:
            ics = session_to_ical(
                session,
                description=render_to_string(
                    "registrations/email/calendar.txt", context
                ),
            )
            attachments.append(
                ("event.ics", ics.decode(), "text/calendar; charset=utf-8")
            )
    _queue(
        subject=subject,
        body=body,
        recipients=[registration.email],
        attachments=attachments,
        checkin_url=door_code,
    )


def session_full(session, seats):
    """Tell the staff a session has filled (in the default language)."""
    transaction.on_commit(lambda: _write_session_full(session, seats))


def _write_session_full(session, seats):
    recipients = registration_staff_emails()
    if not recipients:
        return
    with translation.override(settings.LANGUAGE_CODE):
        subject = pgettext("registration", "Session full: %(event)s") % {
            "event": session.page.title
        }
        body = pgettext(
            "registration",
            "%(event)s %(session)s is full: new registrations go on the waitlist."
            "\n\nRegistrations: %(url)s",
        ) % {
            "event": session.page.title,
            "session": session.title,
            "url": getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
            + reverse("wagtailsnippets_registrations_registration:list")
            + f"?seats={seats.pk}",
        }
    _queue(subject=subject, body=body, recipients=recipients)


def _queue(*, subject, body, recipients, attachments=(), checkin_url=""):
    from .tasks import send_registration_email

    message = {
        "subject": subject,
        "body": body,
        "recipients": recipients,
        "attachments": [list(a) for a in attachments],
        "checkin_url": checkin_url,
    }
    send_registration_email.enqueue(**message)
