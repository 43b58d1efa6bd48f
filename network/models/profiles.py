"""Members, their profiles and guides (案内役).

A member is a user account (django-allauth) with one ``MemberProfile``. A member
who applies to guide newcomers gets one ``GuideProfile``, which staff approve,
pause or revoke; every change of its status is a ``GuideStatusChange``.

What a visitor may see of a profile is one rule, ``MemberProfile.objects
.visible_to(user)``, used by the directory, the guide pages, search, the photo
view and anything else that lists members.
"""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, IntegerField, Prefetch, Q, Value, When
from django.utils import timezone
from django.utils.translation import pgettext_lazy
from wagtail.models import Locale
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from cms.regions.models import Municipality, Region

from ..choices import GuideStatus, MemberKind, ProfileVisibility, WhoMayAsk

PHOTO_FOLDER = "member-photos"


def member_photo_path(instance, filename):
    # A random name: the member's name or upload's name never reaches the disk,
    # and one photo's address says nothing about another's.
    return f"{PHOTO_FOLDER}/{uuid.uuid4().hex}.jpg"


def _json_contains(field, value):
    """``field`` (a JSON list of choice values) holds ``value``.

    JSONField's ``contains`` lookup does not exist on SQLite; the JSON text of a
    list of plain choice values holds ``"value"`` (quotes included) exactly
    when the list does, on SQLite and PostgreSQL alike.
    """
    return Q(**{f"{field}__icontains": f'"{value}"'})


class MemberProfileQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Profiles ``user`` may see: public ones to everyone, members-only ones to
        signed-in members, and one's own whatever its level. Profiles of inactive
        accounts or without a display name are nobody's to list."""
        shown = self.filter(user__is_active=True).exclude(display_name="")
        if user is None or not user.is_authenticated:
            return shown.filter(visibility=ProfileVisibility.PUBLIC)
        return shown.filter(
            Q(visibility__in=[ProfileVisibility.PUBLIC, ProfileVisibility.MEMBERS])
            | Q(user=user)
        )


class MemberProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=pgettext_lazy("network", "account"),
        on_delete=models.CASCADE,
        related_name="member_profile",
    )
    display_name = models.CharField(
        pgettext_lazy("network", "display name"),
        max_length=60,
        blank=True,
        help_text=pgettext_lazy(
            "network",
            "The name others see on the site: a nickname or your first name is fine.",
        ),
    )
    legal_name = models.CharField(
        pgettext_lazy("network", "legal name"),
        max_length=100,
        blank=True,
        help_text=pgettext_lazy(
            "network",
            "Only staff see it: we need it to arrange introductions and events "
            "in your name. Never shown on the site.",
        ),
    )
    name_kana = models.CharField(
        pgettext_lazy("network", "name in kana"),
        max_length=100,
        blank=True,
        help_text=pgettext_lazy(
            "network",
            "Only staff see it: so that we read your legal name correctly.",
        ),
    )
    came_from = models.CharField(
        pgettext_lazy("network", "where you came from"),
        max_length=100,
        blank=True,
        help_text=pgettext_lazy(
            "network",
            "e.g. Tokyo, Osaka. Shown on your profile to those who may see it: "
            "newcomers from the same place like to talk to you.",
        ),
    )
    region = models.ForeignKey(
        "regions.Region",
        verbose_name=pgettext_lazy("network", "region you live in"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    municipality = models.ForeignKey(
        "regions.Municipality",
        verbose_name=pgettext_lazy("network", "municipality you live in"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(
        pgettext_lazy("network", "you are"),
        max_length=20,
        choices=MemberKind.choices,
        blank=True,
    )
    year_moved = models.PositiveSmallIntegerField(
        pgettext_lazy("network", "year you moved"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    topics = models.JSONField(
        pgettext_lazy("network", "topics"), default=list, blank=True
    )
    skills = models.CharField(
        pgettext_lazy("network", "skills"),
        max_length=300,
        blank=True,
        help_text=pgettext_lazy(
            "network", "e.g. carpentry, web design, nursing, driving in snow."
        ),
    )
    languages = models.JSONField(
        pgettext_lazy("network", "languages you speak"), default=list, blank=True
    )
    bio = models.TextField(
        pgettext_lazy("network", "about you"), max_length=2000, blank=True
    )
    photo = models.ImageField(
        pgettext_lazy("network", "photo"),
        upload_to=member_photo_path,
        blank=True,
    )
    visibility = models.CharField(
        pgettext_lazy("network", "who sees your profile"),
        max_length=10,
        choices=ProfileVisibility.choices,
        default=ProfileVisibility.HIDDEN,
    )
    # The language of the e-mails we send: the one the member signed up in.
    language = models.CharField(
        pgettext_lazy("network", "language for e-mails"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    created_at = models.DateTimeField(
        pgettext_lazy("network", "joined"), auto_now_add=True
    )
    updated_at = models.DateTimeField(
        pgettext_lazy("network", "updated"), auto_now=True
    )

    objects = MemberProfileQuerySet.as_manager()

    class Meta:
        verbose_name = pgettext_lazy("network", "member")
        verbose_name_plural = pgettext_lazy("network", "members")
        ordering = ["display_name", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(year_moved__isnull=True)
                | Q(year_moved__gte=1900, year_moved__lte=2100),
                name="member_year_moved_plausible",
            ),
            models.CheckConstraint(
                condition=Q(visibility__in=ProfileVisibility.values),
                name="member_visibility_valid",
            ),
        ]

    def __str__(self):
        return self.display_name or str(pgettext_lazy("network", "(no display name)"))

    def get_kind_label(self):
        return MemberKind(self.kind).label if self.kind else ""


class GuideProfileQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def listed(self):
        """Approved guides: the directory's candidates (accepting or not)."""
        return self.filter(status=GuideStatus.APPROVED)

    def visible_to(self, user):
        """Approved guides whose profile ``user`` may see."""
        return self.listed().filter(member__in=MemberProfile.objects.visible_to(user))

    def accepting(self):
        return self.filter(status=GuideStatus.APPROVED, accepting=True)

    def for_listing(self):
        """With what a guide's card shows read ahead: the member, and the
        areas in the editors' order."""
        return self.select_related("member").prefetch_related(
            Prefetch("regions", queryset=Region.objects.order_by("sort_order", "pk")),
            Prefetch(
                "municipalities",
                queryset=Municipality.objects.order_by("sort_order", "pk"),
            ),
        )

    def accepting_first(self):
        """Guides accepting introductions first, then by name (the directory's
        order)."""
        return self.annotate(
            accepting_first=Case(
                When(accepting=True, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        ).order_by("accepting_first", "member__display_name", "pk")

    def in_region(self, region):
        """Guides of ``region`` (any language's row), or of one of its
        municipalities."""
        return self.filter(
            Q(regions__translation_key=region.translation_key)
            | Q(municipalities__region__translation_key=region.translation_key)
        ).distinct()

    def in_municipality(self, municipality):
        """Guides of ``municipality``, or of its whole region."""
        return self.filter(
            Q(municipalities__translation_key=municipality.translation_key)
            | Q(regions__translation_key=municipality.region.translation_key)
        ).distinct()

    def with_topic(self, topic):
        return self.filter(_json_contains("topics", topic))

    def with_language(self, language):
        return self.filter(_json_contains("languages", language))


class GuideProfile(index.Indexed, models.Model):
    member = models.OneToOneField(
        MemberProfile,
        verbose_name=pgettext_lazy("network", "member"),
        on_delete=models.CASCADE,
        related_name="guide",
    )
    regions = models.ManyToManyField(
        "regions.Region",
        verbose_name=pgettext_lazy("network", "regions"),
        blank=True,
        related_name="+",
    )
    municipalities = models.ManyToManyField(
        "regions.Municipality",
        verbose_name=pgettext_lazy("network", "municipalities"),
        blank=True,
        related_name="+",
    )
    topics = models.JSONField(pgettext_lazy("network", "topics"), default=list)
    languages = models.JSONField(pgettext_lazy("network", "languages"), default=list)
    statement = models.TextField(
        pgettext_lazy("network", "statement"),
        max_length=1000,
        help_text=pgettext_lazy(
            "network",
            "A few lines newcomers read before they ask you: what you can "
            "help with, and how you came to live here.",
        ),
    )
    max_open_introductions = models.PositiveSmallIntegerField(
        pgettext_lazy("network", "open introductions at once"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text=pgettext_lazy(
            "network",
            "How many newcomers you are willing to be introduced to at the same time.",
        ),
    )
    accepting = models.BooleanField(
        pgettext_lazy("network", "accepting introductions now"), default=True
    )
    who_may_ask = models.CharField(
        pgettext_lazy("network", "who may ask you"),
        max_length=10,
        choices=WhoMayAsk.choices,
        default=WhoMayAsk.ANYONE,
    )
    status = models.CharField(
        pgettext_lazy("network", "status"),
        max_length=10,
        choices=GuideStatus.choices,
        default=GuideStatus.PENDING,
    )
    status_reason = models.TextField(
        pgettext_lazy("network", "reason given to the guide"), blank=True
    )
    status_changed_at = models.DateTimeField(
        pgettext_lazy("network", "status changed at"), null=True, blank=True
    )
    applied_at = models.DateTimeField(
        pgettext_lazy("network", "applied at"), default=timezone.now
    )

    objects = GuideProfileQuerySet.as_manager()

    # Only what the public guide page shows is searchable.
    search_fields = [
        index.SearchField("statement"),
        index.RelatedFields("member", [index.SearchField("display_name")]),
        index.FilterField("status"),
        index.FilterField("member"),
    ]

    class Meta:
        verbose_name = pgettext_lazy("network", "guide")
        verbose_name_plural = pgettext_lazy("network", "guides")
        ordering = ["member__display_name", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(max_open_introductions__gte=1)
                & Q(max_open_introductions__lte=10),
                name="guide_open_introductions_range",
            ),
            models.CheckConstraint(
                condition=Q(status__in=GuideStatus.values),
                name="guide_status_valid",
            ),
        ]

    def __str__(self):
        return str(self.member)

    def get_absolute_url(self):
        """The guide's page in the directory of the active language (search
        results link here); None where no directory is live."""
        # The directory page stands above the profiles (its routes read them
        # through the selectors), so it is found in the app registry, as a
        # string foreign key would be, instead of imported upwards.
        directory_model = self._meta.apps.get_model("network", "GuideDirectoryPage")
        directory = directory_model.objects.live_in(Locale.get_active())
        return directory.guide_url(self) if directory else None

    def get_status_label(self):
        return GuideStatus(self.status).label

    @property
    def is_listed(self):
        return self.status == GuideStatus.APPROVED


class GuideStatusChange(models.Model):
    """One decision on a guide: who made it, when and why.

    Kept when the guide deletes their account (``guide`` becomes empty and the
    reason is erased), so the network's history of decisions stays whole.
    """

    guide = models.ForeignKey(
        GuideProfile,
        verbose_name=pgettext_lazy("network", "guide"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="status_changes",
    )
    from_status = models.CharField(
        pgettext_lazy("network", "from"),
        max_length=10,
        choices=GuideStatus.choices,
        blank=True,
    )
    to_status = models.CharField(
        pgettext_lazy("network", "to"), max_length=10, choices=GuideStatus.choices
    )
    reason = models.TextField(pgettext_lazy("network", "reason"), blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=pgettext_lazy("network", "changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(pgettext_lazy("network", "changed at"))

    class Meta:
        verbose_name = pgettext_lazy("network", "guide status change")
        verbose_name_plural = pgettext_lazy("network", "guide status changes")
        ordering = ["-changed_at", "-pk"]

    def __str__(self):
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}"
