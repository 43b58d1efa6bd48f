"""Writes on registrations: sign-up (on the site or entered by staff),
cancellation, promotion from the waitlist, attendance, the social gathering
(懇親会), notices when a session changes, reminders and deleting personal data.

Every write that takes or frees a seat locks the session's ``SessionSeats`` row
first (``_locked_seats``), so concurrent sign-ups are counted one after another
and capacity is never exceeded. E-mails are written here, in the language the
person registered in, and sent by the task worker once the transaction commits.
Functions take ``now`` so tests (and the daily commands) decide the time.
"""

import functools
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import OperationalError, transaction
from django.utils import timezone
from django.utils.translation import pgettext

from cms.events.choices import SessionOverride, SessionStatus
from cms.events.models import EventSession

from . import emails
from .choices import AttendanceMode, Channel, GatheringStatus, RegistrationStatus
from .models import Registration, SessionSeats, new_link_key
from .selectors import registration_closed_reason, registration_session

# What a registrant (or staff on their behalf) fills in.
REGISTRATION_FIELDS = (
    "name",
    "name_kana",
    "email",
    "phone",
    "party_size",
    "attendance",
    "wants_gathering",
    "note",
)
# Staff entering a phone or paper application may still do so after the
# deadline, but not for a session that is over or called off.
STAFF_BLOCKING_STATUSES = {SessionStatus.FINISHED, SessionStatus.CANCELLED}


def _retrying_when_locked(function, attempts=5):
    """Run ``function`` (one transaction) again when SQLite gave up waiting for
    the write lock (busy_timeout) under a burst of sign-ups. PostgreSQL waits
    on the row lock instead and never gets here."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        for attempt in range(attempts):
            try:
                return function(*args, **kwargs)
            except OperationalError as error:
                if (
                    "locked" not in str(error)
                    or attempt == attempts - 1
                    or transaction.get_connection().in_atomic_block
                ):
                    raise
        return None

    return wrapper


def registration_create(
    *, session, data, language, channel=Channel.WEB, user=None, now=None
):
    """Register a person for ``session`` (any language's row): a seat if one
    is left for the whole party, else a place on the waitlist.

    Returns ``(registration, created)``: the same address registering again
    for the session (a second visit, a double-clicked submit) gets the
    registration it already has, ``created`` False. Web sign-ups are refused
    (``ValidationError``) outside the session's registration period; staff
    (``channel`` other than web, ``user`` the staff member) may enter one after
    the deadline, not for a finished or cancelled session.
    """
    now = now or timezone.now()
    registration = Registration(
        session=session,
        language=language,
        channel=channel,
        entered_by=user if channel != Channel.WEB else None,
        consented_at=now if channel == Channel.WEB else None,
        **{field: data.get(field) for field in REGISTRATION_FIELDS},
    )
    registration.email = (registration.email or "").strip().lower()
    registration.name = (registration.name or "").strip()
    for field in ("phone", "name_kana", "note"):
        setattr(registration, field, getattr(registration, field) or "")
    registration.party_size = registration.party_size or 1
    if not session.online_available or not registration.attendance:
        registration.attendance = AttendanceMode.ON_SITE
    registration.wants_gathering = bool(
        registration.wants_gathering and has_gathering(session)
    )
    # Check what was typed before taking the lock: others wait while it is held.
    registration.clean_fields(
        exclude=["seats", "session", "entered_by", "number", "status"]
    )
    return _create_locked(registration, session=session, channel=channel, now=now)


@_retrying_when_locked
def _create_locked(registration, *, session, channel, now):
    with transaction.atomic():
        seats = _locked_seats(session)
        # Read the session again inside the lock: an editor may just have
        # changed its capacity or dates.
        session = EventSession.objects.select_related("page").get(pk=session.pk)
        _check_open(session, channel=channel, now=now)
        if registration.email:
            existing = (
                seats.registrations.active().filter(email=registration.email).first()
            )
            if existing is not None:
                return existing, False
        registration.seats = seats
        registration.session = session
        seats.last_number += 1
        seats.save(update_fields=["last_number"])
        registration.number = seats.last_number
        if _fits(seats, session, registration):
            _confirm(registration, session, now=now)
        else:
            registration.status = RegistrationStatus.WAITLISTED
            registration.waitlisted_at = now
        registration.save()
        if registration.status == RegistrationStatus.CONFIRMED:
            emails.confirmation(registration, session)
        else:
            emails.waitlisted(registration, session)
        _notice_if_full(seats, session, now=now)
    return registration, True


@_retrying_when_locked
def registration_cancel(*, registration, user=None, now=None):
    """Cancel a registration (from its private link, or by staff): its seat
    goes to the first on the waitlist whose party fits, who is told."""
    now = now or timezone.now()
    with transaction.atomic():
        seats = SessionSeats.objects.select_for_update().get(pk=registration.seats_id)
        registration = Registration.objects.select_related("seats").get(
            pk=registration.pk
        )
        if not registration.is_active:
            raise ValidationError(
                pgettext("registration", "This registration is already cancelled.")
            )
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = now
        registration.gathering_status = GatheringStatus.NONE
        registration.save(update_fields=["status", "cancelled_at", "gathering_status"])
        session = registration_session(registration)
        emails.cancelled(registration, session)
        if session is not None:
            _promote(seats, session, now=now)
    return registration


@_retrying_when_locked
def registrations_promote(*, session, now=None):
    """Give free seats to the waitlist (an editor raised the capacity)."""
    now = now or timezone.now()
    with transaction.atomic():
        seats = _locked_seats(session)
        session = EventSession.objects.select_related("page").get(pk=session.pk)
        return _promote(seats, session, now=now)


@_retrying_when_locked
def registration_set_gathering(*, registration, attending, now=None):
    """Join or leave the social gathering (its own places and waitlist)."""
    now = now or timezone.now()
    with transaction.atomic():
        seats = SessionSeats.objects.select_for_update().get(pk=registration.seats_id)
        registration = Registration.objects.get(pk=registration.pk)
        session = registration_session(registration)
        if not registration.is_active or session is None:
            raise ValidationError(
                pgettext("registration", "This registration is cancelled.")
            )
        if attending and not has_gathering(session):
            raise ValidationError(
                pgettext("registration", "This session has no social gathering.")
            )
        registration.wants_gathering = attending
        if not attending:
            registration.gathering_status = GatheringStatus.NONE
            registration.gathering_waitlisted_at = None
        elif (
            registration.status == RegistrationStatus.CONFIRMED
            and not registration.gathering_status
        ):
            _assign_gathering(registration, session, now=now)
        registration.save()
        if not attending:
            _promote_gathering(seats, session, now=now)
    return registration


def registration_set_attended(*, registration, attended=True, now=None):
    """Staff mark (or unmark) a confirmed registrant as present."""
    if registration.status != RegistrationStatus.CONFIRMED:
        raise ValidationError(
            pgettext("registration", "Only confirmed registrations can attend.")
        )
    registration.attended_at = (now or timezone.now()) if attended else None
    registration.save(update_fields=["attended_at"])
    return registration


def registration_check_in(*, registration, now=None):
    """Check a confirmed registrant in at the door (by number or by the QR
    code of their e-mail). Idempotent: returns ``(registration, checked_in)``,
    ``checked_in`` False when they were already in (``attended_at`` keeps the
    first time), so two staff scanning the same code at once record it once."""
    now = now or timezone.now()
    if registration.status != RegistrationStatus.CONFIRMED:
        raise ValidationError(
            pgettext("registration", "Only confirmed registrations can attend.")
        )
    checked_in = bool(
        Registration.objects.filter(
            pk=registration.pk,
            status=RegistrationStatus.CONFIRMED,
            attended_at__isnull=True,
        ).update(attended_at=now)
    )
    registration.refresh_from_db(fields=["attended_at", "status"])
    if registration.attended_at is None:
        # Cancelled (by the person or other staff) since it was read.
        raise ValidationError(
            pgettext("registration", "Only confirmed registrations can attend.")
        )
    return registration, checked_in


@_retrying_when_locked
def session_changes_notify(*, session, now=None):
    """Tell every registrant when an editor postpones or cancels the session or
    moves its date; promote the waitlist when the capacity grew. Called when
    the event page is published; what was told is remembered, so publishing
    again sends nothing."""
    now = now or timezone.now()
    with transaction.atomic():
        seats = SessionSeats.objects.filter(session_key=session.translation_key)
        seats = seats.select_for_update().first()
        if seats is None:
            return
        session = EventSession.objects.select_related("page").get(pk=session.pk)
        if seats.notified_starts_at is None:
            seats.notified_starts_at = session.starts_at
        changed_override = session.override != seats.notified_override
        moved = seats.notified_starts_at != session.starts_at
        if changed_override or moved:
            kind = {
                SessionOverride.CANCELLED: "session_cancelled",
                SessionOverride.POSTPONED: "session_postponed",
            }.get(session.override, "session_rescheduled")
            for registration in seats.registrations.active().select_related(
                "session__page"
            ):
                emails.session_changed(
                    registration,
                    registration_session(registration) or session,
                    kind=kind,
                )
            seats.notified_override = session.override
            seats.notified_starts_at = session.starts_at
        seats.label = SessionSeats.label_for(session)
        seats.save(update_fields=["notified_override", "notified_starts_at", "label"])
        if session.override != SessionOverride.CANCELLED:
            _promote(seats, session, now=now)


def registration_anonymise(*, registration, now=None):
    """Delete a registration's personal data; its place in the counts stays.
    Its private link stops working."""
    now = now or timezone.now()
    registration.name = pgettext("registration", "(deleted)")
    registration.name_kana = ""
    registration.email = ""
    registration.phone = ""
    registration.note = ""
    registration.link_key = new_link_key()
    registration.anonymised_at = now
    registration.save()
    return registration


def has_gathering(session):
    return session.page.social_gathering_fee is not None


def _locked_seats(session):
    """The session's seat row (every language's), locked until the transaction
    ends; created with what registrants know of the session so far."""
    SessionSeats.objects.get_or_create(
        session_key=session.translation_key,
        defaults={
            "label": SessionSeats.label_for(session),
            "notified_override": session.override,
            "notified_starts_at": session.starts_at,
        },
    )
    return SessionSeats.objects.select_for_update().get(
        session_key=session.translation_key
    )


def _check_open(session, *, channel, now):
    reason = registration_closed_reason(session, now=now)
    if reason is None:
        return
    if channel != Channel.WEB:
        if session.status_at(now) not in STAFF_BLOCKING_STATUSES:
            return
    # In the language of the request that asked, not of whoever reads it later.
    raise ValidationError(str(reason.label), code=reason.value)


def _fits(seats, session, registration):
    if registration.attendance == AttendanceMode.ONLINE:
        return True
    if session.capacity is None:
        return True
    taken = seats.registrations.seats_taken()
    return taken + registration.party_size <= session.capacity


def _confirm(registration, session, *, now):
    registration.status = RegistrationStatus.CONFIRMED
    registration.confirmed_at = now
    if registration.wants_gathering and not registration.gathering_status:
        _assign_gathering(registration, session, now=now)


def _assign_gathering(registration, session, *, now):
    capacity = session.social_gathering_capacity
    taken = registration.seats.registrations.gathering_places_taken()
    if capacity is None or taken + registration.party_size <= capacity:
        registration.gathering_status = GatheringStatus.CONFIRMED
    else:
        registration.gathering_status = GatheringStatus.WAITLISTED
        registration.gathering_waitlisted_at = now


def _promote(seats, session, *, now):
    """Confirm waitlisted parties in order while seats are free; a party too
    big for what is left waits, and the next one that fits goes first."""
    promoted = []
    free = (
        None
        if session.capacity is None
        else session.capacity - seats.registrations.seats_taken()
    )
    for registration in seats.registrations.waitlisted():
        if free is not None and registration.party_size > free:
            continue
        _confirm(registration, session, now=now)
        registration.save()
        if free is not None:
            free -= registration.party_size
        emails.promoted(registration, registration_session(registration) or session)
        promoted.append(registration)
    if free is None or free > 0:
        # Open again: staff hear the next time it fills.
        if seats.full_notified_at is not None:
            seats.full_notified_at = None
            seats.save(update_fields=["full_notified_at"])
    _promote_gathering(seats, session, now=now)
    return promoted


def _promote_gathering(seats, session, *, now):
    capacity = session.social_gathering_capacity
    waiting = seats.registrations.filter(
        status=RegistrationStatus.CONFIRMED,
        gathering_status=GatheringStatus.WAITLISTED,
    ).order_by("gathering_waitlisted_at", "pk")
    free = (
        None
        if capacity is None
        else capacity - (seats.registrations.gathering_places_taken())
    )
    for registration in waiting:
        if free is not None and registration.party_size > free:
            continue
        registration.gathering_status = GatheringStatus.CONFIRMED
        registration.save(update_fields=["gathering_status"])
        if free is not None:
            free -= registration.party_size
        emails.gathering_promoted(
            registration, registration_session(registration) or session
        )


def _notice_if_full(seats, session, *, now):
    if session.capacity is None or seats.full_notified_at is not None:
        return
    if seats.registrations.seats_taken() < session.capacity:
        return
    seats.full_notified_at = now
    seats.save(update_fields=["full_notified_at"])
    emails.session_full(session, seats)


def registration_send_reminders(*, now=None):
    """Send each confirmed registrant the reminder their event asks for, once.
    Returns how many were sent. Run daily (``send_registration_reminders``)."""
    now = now or timezone.now()
    sent = 0
    candidates = (
        Registration.objects.filter(
            status=RegistrationStatus.CONFIRMED,
            reminder_sent_at__isnull=True,
            session__page__reminder_enabled=True,
            session__starts_at__gt=now,
            session__override=SessionOverride.NONE,
        )
        .exclude(email="")
        .select_related("session__page")
    )
    for registration in candidates:
        session = registration.session
        days = session.page.reminder_days_before
        if session.starts_at - now > timedelta(days=days):
            continue
        with transaction.atomic():
            # Claim it first: a second run at the same time sends nothing.
            claimed = Registration.objects.filter(
                pk=registration.pk, reminder_sent_at__isnull=True
            ).update(reminder_sent_at=now)
            if claimed:
                emails.reminder(registration, session)
                sent += 1
    return sent


def registrations_purge(*, months, now=None):
    """Delete the personal data of registrations for sessions that ended more
    than ``months`` ago; counts stay. Returns how many were anonymised."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=round(months * 30.44))
    ended = EventSession.objects.filter(ends_at__lt=cutoff).values("translation_key")
    registrations = Registration.objects.filter(
        seats__session_key__in=ended, anonymised_at__isnull=True
    )
    count = 0
    for registration in registrations:
        registration_anonymise(registration=registration, now=now)
        count += 1
    return count
