"""Registrations for event sessions, taken on this site or entered by staff.

Sessions are rows per language (``EventSession`` is translatable), so seats are
counted per ``translation_key``: ``SessionSeats`` is the one row per session
across languages. Its row is locked while a registration is written, so
concurrent sign-ups take seats one after another (SQLite: the write lock of an
IMMEDIATE transaction; PostgreSQL: ``select_for_update``).
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.translation import pgettext_lazy

from .choices import AttendanceMode, Channel, GatheringStatus, RegistrationStatus

ACTIVE = (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED)


def new_link_key():
    return secrets.token_urlsafe(16)


class SessionSeatsQuerySet(models.QuerySet):
    def counts(self, session_keys):
        """``{translation_key: {"confirmed", "waitlisted", "online", "gathering"}}``
        (people, party sizes summed) for many sessions in one query."""
        rows = (
            self.filter(session_key__in=list(session_keys))
            .values("session_key", "pk")
            .annotate(
                confirmed=Sum(
                    "registrations__party_size",
                    filter=Q(
                        registrations__status=RegistrationStatus.CONFIRMED,
                        registrations__attendance=AttendanceMode.ON_SITE,
                    ),
                    default=0,
                ),
                online=Sum(
                    "registrations__party_size",
                    filter=Q(
                        registrations__status=RegistrationStatus.CONFIRMED,
                        registrations__attendance=AttendanceMode.ONLINE,
                    ),
                    default=0,
                ),
                waitlisted=Sum(
                    "registrations__party_size",
                    filter=Q(registrations__status=RegistrationStatus.WAITLISTED),
                    default=0,
                ),
                attended=Count(
                    "registrations", filter=Q(registrations__attended_at__isnull=False)
                ),
                gathering=Sum(
                    "registrations__party_size",
                    filter=Q(registrations__gathering_status=GatheringStatus.CONFIRMED),
                    default=0,
                ),
            )
        )
        return {
            row.pop("session_key"): {**row, "seats_id": row.pop("pk")} for row in rows
        }


class SessionSeats(models.Model):
    """The seat counter and lock of one session, in every language."""

    session_key = models.UUIDField(
        pgettext_lazy("registration", "session translation key"), unique=True
    )
    # The event and session as staff know them (the admin's filters list
    # these without a query per session).
    label = models.CharField(
        pgettext_lazy("registration", "session"), max_length=450, blank=True
    )
    last_number = models.PositiveIntegerField(default=0)
    full_notified_at = models.DateTimeField(null=True, blank=True)
    # What registrants were last told about (postponement, cancellation, date).
    notified_override = models.CharField(max_length=20, blank=True)
    notified_starts_at = models.DateTimeField(null=True, blank=True)

    objects = SessionSeatsQuerySet.as_manager()

    class Meta:
        verbose_name = pgettext_lazy("registration", "session seats")
        verbose_name_plural = pgettext_lazy("registration", "session seats")
        ordering = ["-label"]

    def __str__(self):
        return self.label or str(self.session_key)

    @staticmethod
    def label_for(session):
        when = timezone.localtime(session.starts_at).strftime("%Y-%m-%d %H:%M")
        return " ".join(filter(None, [when, session.page.title, session.title]))[:450]


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=ACTIVE)

    def confirmed(self):
        return self.filter(status=RegistrationStatus.CONFIRMED)

    def waitlisted(self):
        return self.filter(status=RegistrationStatus.WAITLISTED).order_by(
            "waitlisted_at", "pk"
        )

    def seats_taken(self):
        """People (party sizes) confirmed at the venue: online participants
        take no seat."""
        return (
            self.confirmed()
            .filter(attendance=AttendanceMode.ON_SITE)
            .aggregate(total=Sum("party_size"))["total"]
            or 0
        )

    def gathering_places_taken(self):
        return (
            self.filter(gathering_status=GatheringStatus.CONFIRMED).aggregate(
                total=Sum("party_size")
            )["total"]
            or 0
        )


class Registration(models.Model):
    seats = models.ForeignKey(
        SessionSeats,
        verbose_name=pgettext_lazy("registration", "session"),
        on_delete=models.PROTECT,
        related_name="registrations",
    )
    # The row (language) the person registered through; the e-mails use it.
    session = models.ForeignKey(
        "events.EventSession",
        verbose_name=pgettext_lazy("registration", "session"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    number = models.PositiveIntegerField(pgettext_lazy("registration", "number"))
    status = models.CharField(
        pgettext_lazy("registration", "status"),
        max_length=20,
        choices=RegistrationStatus.choices,
    )
    name = models.CharField(pgettext_lazy("registration", "name"), max_length=100)
    name_kana = models.CharField(
        pgettext_lazy("registration", "name in kana"), max_length=100, blank=True
    )
    email = models.EmailField(pgettext_lazy("registration", "e-mail"), blank=True)
    phone = models.CharField(
        pgettext_lazy("registration", "phone"), max_length=30, blank=True
    )
    party_size = models.PositiveSmallIntegerField(
        pgettext_lazy("registration", "party size"), default=1
    )
    attendance = models.CharField(
        pgettext_lazy("registration", "attendance"),
        max_length=10,
        choices=AttendanceMode.choices,
        default=AttendanceMode.ON_SITE,
    )
    wants_gathering = models.BooleanField(
        pgettext_lazy("registration", "social gathering wanted"), default=False
    )
    gathering_status = models.CharField(
        pgettext_lazy("registration", "social gathering"),
        max_length=20,
        blank=True,
        choices=GatheringStatus.choices,
        default=GatheringStatus.NONE,
    )
    note = models.TextField(pgettext_lazy("registration", "note"), blank=True)
    language = models.CharField(
        pgettext_lazy("registration", "language"), max_length=10
    )
    channel = models.CharField(
        pgettext_lazy("registration", "channel"),
        max_length=10,
        choices=Channel.choices,
        default=Channel.WEB,
    )
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=pgettext_lazy("registration", "entered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    link_key = models.CharField(max_length=32, default=new_link_key)
    created_at = models.DateTimeField(
        pgettext_lazy("registration", "registered at"), auto_now_add=True
    )
    consented_at = models.DateTimeField(null=True, blank=True)
    waitlisted_at = models.DateTimeField(null=True, blank=True)
    gathering_waitlisted_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(
        pgettext_lazy("registration", "confirmed at"), null=True, blank=True
    )
    cancelled_at = models.DateTimeField(
        pgettext_lazy("registration", "cancelled at"), null=True, blank=True
    )
    attended_at = models.DateTimeField(
        pgettext_lazy("registration", "attended at"), null=True, blank=True
    )
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    anonymised_at = models.DateTimeField(
        pgettext_lazy("registration", "personal data deleted at"),
        null=True,
        blank=True,
    )

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = pgettext_lazy("registration", "registration")
        verbose_name_plural = pgettext_lazy("registration", "registrations")
        ordering = ["seats", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["seats", "number"], name="registration_number_per_session"
            ),
            # One active registration per address and session: a second sign-up
            # (or a double-clicked submit) finds the first.
            models.UniqueConstraint(
                fields=["seats", "email"],
                condition=Q(status__in=["confirmed", "waitlisted"]) & ~Q(email=""),
                name="registration_one_active_per_email",
            ),
            models.CheckConstraint(
                condition=Q(party_size__gte=1), name="registration_party_size_positive"
            ),
        ]

    def __str__(self):
        return f"No. {self.number} {self.name}"

    @property
    def is_active(self):
        return self.status in ACTIVE
