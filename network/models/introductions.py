"""Introduction requests: a newcomer asks to be introduced to a guide.

One ``IntroductionRequest`` per request, whose status only
``network.introductions.services`` changes (the state machine); each change is
an ``IntroductionTransition``. Each time the request goes to a guide is an
``IntroductionOffer``: the guide's answer, the ranking's reasons, and the
consent record's provision (which fields went to that guide, and when the
contact details were released).
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import pgettext, pgettext_lazy

from ..choices import IntroductionStatus, OfferOutcome, Rating

# A guide's open introductions: the ones that count against their limit.
GUIDE_OPEN_STATUSES = (
    IntroductionStatus.OFFERED,
    IntroductionStatus.ACCEPTED,
    IntroductionStatus.INTRODUCED,
)
# Before acceptance a guide reads only these; the contact fields follow once
# they accept.
FIELDS_BEFORE_ACCEPTANCE = (
    "message",
    "region",
    "municipality",
    "moving_from",
    "moving_when",
    "topics",
    "languages",
)
CONTACT_FIELDS = ("name", "email", "phone")


def new_token():
    return secrets.token_urlsafe(32)


class IntroductionRequestQuerySet(models.QuerySet):
    def of_newcomer(self, user):
        """Requests ``user`` made as a signed-in member."""
        if user is None or not user.is_authenticated:
            return self.none()
        return self.filter(newcomer=user)

    def offered_to(self, user):
        """Requests whose current guide is ``user``'s guide profile."""
        if user is None or not user.is_authenticated:
            return self.none()
        return self.filter(guide__member__user=user)

    def open_for_guide(self, guide):
        return self.filter(guide=guide, status__in=GUIDE_OPEN_STATUSES)


class IntroductionRequest(models.Model):
    token = models.CharField(max_length=64, unique=True, default=new_token)
    newcomer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=pgettext_lazy("introduction", "newcomer's account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="introduction_requests",
    )
    name = models.CharField(pgettext_lazy("introduction", "name"), max_length=100)
    email = models.EmailField(pgettext_lazy("introduction", "e-mail"))
    phone = models.CharField(
        pgettext_lazy("introduction", "phone"), max_length=30, blank=True
    )
    language = models.CharField(
        pgettext_lazy("introduction", "language for e-mails"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    moving_from = models.CharField(
        pgettext_lazy("introduction", "moving from"), max_length=100, blank=True
    )
    region = models.ForeignKey(
        "regions.Region",
        verbose_name=pgettext_lazy("introduction", "region"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    municipality = models.ForeignKey(
        "regions.Municipality",
        verbose_name=pgettext_lazy("introduction", "municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    moving_when = models.CharField(
        pgettext_lazy("introduction", "when"), max_length=60, blank=True
    )
    topics = models.JSONField(
        pgettext_lazy("introduction", "topics"), default=list, blank=True
    )
    languages = models.JSONField(
        pgettext_lazy("introduction", "languages"), default=list, blank=True
    )
    message = models.TextField(
        pgettext_lazy("introduction", "message"), max_length=2000
    )
    requested_guide = models.ForeignKey(
        "network.GuideProfile",
        verbose_name=pgettext_lazy("introduction", "guide asked for"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    guide = models.ForeignKey(
        "network.GuideProfile",
        verbose_name=pgettext_lazy("introduction", "current guide"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="introductions",
    )
    status = models.CharField(
        pgettext_lazy("introduction", "status"),
        max_length=12,
        choices=IntroductionStatus.choices,
        default=IntroductionStatus.SUBMITTED,
    )
    status_changed_at = models.DateTimeField(
        pgettext_lazy("introduction", "status changed at")
    )
    needs_staff = models.BooleanField(
        pgettext_lazy("introduction", "in the staff queue"), default=False
    )
    consent_notice_version = models.CharField(
        pgettext_lazy("introduction", "consent notice version"), max_length=20
    )
    consent_notice = models.TextField(
        pgettext_lazy("introduction", "consent notice as shown")
    )
    consent_given_at = models.DateTimeField(
        pgettext_lazy("introduction", "consent given at")
    )
    consent_withdrawn_at = models.DateTimeField(
        pgettext_lazy("introduction", "consent withdrawn at"), null=True, blank=True
    )
    created_at = models.DateTimeField(pgettext_lazy("introduction", "asked at"))
    confirmed_at = models.DateTimeField(
        pgettext_lazy("introduction", "e-mail confirmed at"), null=True, blank=True
    )
    first_answered_at = models.DateTimeField(
        pgettext_lazy("introduction", "first answer at"), null=True, blank=True
    )
    closed_at = models.DateTimeField(
        pgettext_lazy("introduction", "closed at"), null=True, blank=True
    )
    newcomer_rating = models.PositiveSmallIntegerField(
        pgettext_lazy("introduction", "newcomer's rating"),
        choices=Rating.choices,
        null=True,
        blank=True,
    )
    newcomer_comment = models.TextField(
        pgettext_lazy("introduction", "newcomer's comment"), blank=True
    )
    guide_rating = models.PositiveSmallIntegerField(
        pgettext_lazy("introduction", "guide's rating"),
        choices=Rating.choices,
        null=True,
        blank=True,
    )
    guide_comment = models.TextField(
        pgettext_lazy("introduction", "guide's comment"), blank=True
    )

    objects = IntroductionRequestQuerySet.as_manager()

    class Meta:
        verbose_name = pgettext_lazy("introduction", "introduction request")
        verbose_name_plural = pgettext_lazy("introduction", "introduction requests")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=IntroductionStatus.values),
                name="introduction_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(newcomer_rating__isnull=True)
                | Q(newcomer_rating__gte=1, newcomer_rating__lte=5),
                name="introduction_newcomer_rating_range",
            ),
            models.CheckConstraint(
                condition=Q(guide_rating__isnull=True)
                | Q(guide_rating__gte=1, guide_rating__lte=5),
                name="introduction_guide_rating_range",
            ),
        ]
        indexes = [models.Index(fields=["status", "status_changed_at"])]

    def __str__(self):
        return pgettext("introduction", "Request no. %(number)s") % {"number": self.pk}

    def get_status_label(self):
        return IntroductionStatus(self.status).label

    @property
    def contact_released(self):
        """Guide and newcomer see each other's contact details from acceptance."""
        return self.status in (
            IntroductionStatus.ACCEPTED,
            IntroductionStatus.INTRODUCED,
            IntroductionStatus.CLOSED,
        )


class IntroductionOffer(models.Model):
    """The request offered to one guide: the answer, why the guide was chosen,
    and what was provided to them (the consent record's provision)."""

    request = models.ForeignKey(
        IntroductionRequest,
        verbose_name=pgettext_lazy("introduction", "request"),
        on_delete=models.CASCADE,
        related_name="offers",
    )
    guide = models.ForeignKey(
        "network.GuideProfile",
        verbose_name=pgettext_lazy("introduction", "guide"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="introduction_offers",
    )
    rank = models.PositiveSmallIntegerField(
        pgettext_lazy("introduction", "rank"), null=True, blank=True
    )
    reasons = models.JSONField(
        pgettext_lazy("introduction", "reasons"), default=list, blank=True
    )
    by_hand_reason = models.TextField(
        pgettext_lazy("introduction", "reason for reassigning"), blank=True
    )
    offered_at = models.DateTimeField(pgettext_lazy("introduction", "offered at"))
    reminded_at = models.DateTimeField(
        pgettext_lazy("introduction", "reminded at"), null=True, blank=True
    )
    answered_at = models.DateTimeField(
        pgettext_lazy("introduction", "answered at"), null=True, blank=True
    )
    outcome = models.CharField(
        pgettext_lazy("introduction", "outcome"),
        max_length=10,
        choices=OfferOutcome.choices,
        default=OfferOutcome.OPEN,
    )
    decline_reason = models.TextField(
        pgettext_lazy("introduction", "reason for declining"), blank=True
    )
    fields_provided = models.JSONField(
        pgettext_lazy("introduction", "fields provided"), default=list
    )
    contact_released_at = models.DateTimeField(
        pgettext_lazy("introduction", "contact details released at"),
        null=True,
        blank=True,
    )

    class Meta:
        verbose_name = pgettext_lazy("introduction", "offer to a guide")
        verbose_name_plural = pgettext_lazy("introduction", "offers to guides")
        ordering = ["offered_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["request"],
                condition=Q(outcome="open"),
                name="introduction_one_open_offer",
            ),
            models.CheckConstraint(
                condition=Q(outcome__in=OfferOutcome.values),
                name="introduction_offer_outcome_valid",
            ),
        ]

    def __str__(self):
        return f"{self.request} → {self.guide}"

    def fields_provided_labels(self):
        """The fields provided, in words of the active language (the consent
        record the newcomer reads)."""
        fields = {field.name: field for field in IntroductionRequest._meta.fields}
        return [
            str(fields[name].verbose_name) if name in fields else name
            for name in self.fields_provided
        ]


class IntroductionTransition(models.Model):
    """One step of a request: who, when, from which status to which, and why.
    Reminders and escalations are steps that keep the status."""

    request = models.ForeignKey(
        IntroductionRequest,
        verbose_name=pgettext_lazy("introduction", "request"),
        on_delete=models.CASCADE,
        related_name="transitions",
    )
    from_status = models.CharField(
        pgettext_lazy("introduction", "from"),
        max_length=12,
        choices=IntroductionStatus.choices,
        blank=True,
    )
    to_status = models.CharField(
        pgettext_lazy("introduction", "to"),
        max_length=12,
        choices=IntroductionStatus.choices,
    )
    guide = models.ForeignKey(
        "network.GuideProfile",
        verbose_name=pgettext_lazy("introduction", "guide"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(pgettext_lazy("introduction", "note"), blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=pgettext_lazy("introduction", "by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(pgettext_lazy("introduction", "at"))

    class Meta:
        verbose_name = pgettext_lazy("introduction", "request step")
        verbose_name_plural = pgettext_lazy("introduction", "request steps")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}"
