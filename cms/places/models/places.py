"""Community places (居場所): children's cafeterias, dementia cafés, salons.

Groups apply through a public form (a route of the places list page); staff
approve, reject or ask for changes in the admin (services.py), and each
approved place is re-confirmed by its group once a year or leaves the list.
Only ``CommunityPlace.objects.public()`` decides what visitors see.
"""

from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin
from wagtail_localize.fields import SynchronizedField

from cms.core import maps
from cms.privacy.visibility import page_is_visible
from cms.regions.models import RegionalModel

from ..choices import PlaceActor, PlaceKind, PlaceStatus

# A group confirms its listing once a year; the reminder goes out then, and a
# place not confirmed within the grace period after it leaves the public list.
CONFIRM_EVERY = timedelta(days=365)
CONFIRM_GRACE = timedelta(days=30)


def places_page_for(language):
    """The live places page in ``language``, else in the default language, or
    ``None``. The page stands above this module (its routes are views that
    read these models), so it is found in the app registry."""
    page_model = apps.get_model("places", "CommunityPlaceIndexPage")
    return page_model.objects.for_language(language)


class CommunityPlaceQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def current(self, *, now=None):
        """Approved and confirmed within the last year (plus the grace period).

        Time counts too, not only the status the daily job sets: a place is
        off the list on time even if the job has not run yet.
        """
        now = now or timezone.now()
        return self.filter(
            status=PlaceStatus.APPROVED,
            confirmed_at__gt=now - (CONFIRM_EVERY + CONFIRM_GRACE),
        )

    def public(self, *, locale_id, now=None):
        """What visitors may see, in one language: the one rule every listing,
        page and search of places uses.

        A place's status lives on its default-language record (staff decide
        there; a translation's copy may lag until synced); each place is given
        in ``locale_id`` where translated, otherwise in the default language.
        """
        current = self.model.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE
        ).current(now=now)
        translated = self.model.objects.filter(locale_id=locale_id).values(
            "translation_key"
        )
        return self.filter(
            translation_key__in=current.values("translation_key")
        ).filter(
            Q(locale_id=locale_id)
            | Q(locale__language_code=settings.LANGUAGE_CODE)
            & ~Q(translation_key__in=translated)
        )

    def visible_to(self, user, *, locale):
        """What the site search may show ``user`` (search.selectors): the
        ``public`` places in ``locale``, none when the places page they are
        shown on is one ``user`` may not see (cms.privacy)."""
        places_page = places_page_for(locale.language_code)
        if not page_is_visible(places_page, user=user):
            return self.none()
        # By id: a search filters on its declared FilterFields only.
        return self.filter(
            id__in=self.model.objects.public(locale_id=locale.pk).values("id")
        )

    def confirmation_due(self, *, now):
        """Approved places whose year is up and whose group has not been
        reminded since they last confirmed."""
        return self.filter(
            status=PlaceStatus.APPROVED,
            locale__language_code=settings.LANGUAGE_CODE,
            confirmed_at__lte=now - CONFIRM_EVERY,
        ).filter(
            Q(reminder_sent_at__isnull=True)
            | Q(reminder_sent_at__lt=models.F("confirmed_at"))
        )

    def overdue(self, *, now):
        """Approved places not confirmed within the year and the grace period."""
        return self.filter(
            status=PlaceStatus.APPROVED,
            locale__language_code=settings.LANGUAGE_CODE,
        ).exclude(confirmed_at__gt=now - (CONFIRM_EVERY + CONFIRM_GRACE))


class CommunityPlace(TranslatableMixin, RegionalModel, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=30, choices=PlaceKind.choices)
    organiser = models.CharField(_("run by"), max_length=200, blank=True)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    schedule = models.CharField(
        _("when it opens"),
        max_length=200,
        blank=True,
        help_text=_("e.g. 'Second and fourth Saturday, 11:00–14:00'."),
    )
    description = models.TextField(_("description"), blank=True)
    contact = models.CharField(
        _("public contact"),
        max_length=200,
        blank=True,
        help_text=_(
            "Shown on the public list: a phone number or e-mail the group "
            "agreed to publish."
        ),
    )
    slug = models.SlugField(
        pgettext_lazy("places", "address of its page"),
        max_length=100,
        allow_unicode=True,
        help_text=pgettext_lazy(
            "places", "The last part of the place's page address, e.g. its name."
        ),
    )
    address = models.CharField(
        pgettext_lazy("places", "address"),
        max_length=250,
        blank=True,
        help_text=pgettext_lazy(
            "places", "Shown with map links (OpenStreetMap, Google Maps)."
        ),
    )
    accessibility = models.TextField(
        pgettext_lazy("places", "accessibility"),
        blank=True,
        help_text=pgettext_lazy(
            "places",
            "e.g. step-free entrance, accessible toilet, parking, allergy care.",
        ),
    )
    # The contact person: staff only, never shown to visitors. The group may
    # publish a contact of its choice in ``contact`` above.
    contact_name = models.CharField(
        pgettext_lazy("places", "contact person"), max_length=100, blank=True
    )
    contact_email = models.EmailField(
        pgettext_lazy("places", "contact e-mail"), blank=True
    )
    contact_phone = models.CharField(
        pgettext_lazy("places", "contact phone"), max_length=30, blank=True
    )
    contact_language = models.CharField(
        pgettext_lazy("places", "language for e-mails"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    status = models.CharField(
        pgettext_lazy("places", "status"),
        max_length=20,
        choices=PlaceStatus.choices,
        default=PlaceStatus.PENDING,
    )
    consented_at = models.DateTimeField(
        pgettext_lazy("places", "consented to publish at"), null=True, blank=True
    )
    confirmed_at = models.DateTimeField(
        pgettext_lazy("places", "last confirmed at"),
        null=True,
        blank=True,
        help_text=pgettext_lazy(
            "places", "When staff approved it or the group last re-confirmed it."
        ),
    )
    reminder_sent_at = models.DateTimeField(
        pgettext_lazy("places", "re-confirmation reminder sent at"),
        null=True,
        blank=True,
    )
    # Part of every e-mailed link; a new value voids the links sent before.
    link_key = models.CharField(max_length=32, blank=True, editable=False)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)

    objects = CommunityPlaceQuerySet.as_manager()

    # The status is not edited here: it changes through the review (services),
    # which records who changed it, when and why.
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("slug")]),
        FieldRowPanel([FieldPanel("region"), FieldPanel("municipality")]),
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("schedule"),
                FieldPanel("accessibility"),
                FieldPanel("contact"),
            ],
            heading=_("Details"),
        ),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldRowPanel(
                    [FieldPanel("contact_email"), FieldPanel("contact_phone")]
                ),
                FieldPanel("contact_language"),
            ],
            heading=pgettext_lazy("places", "Contact person (staff only)"),
        ),
    ]
    # Where and whether a place is listed doesn't depend on the language:
    # translations point to the same (Japanese) region; pages show its name in
    # the visitor's language (cms.core.i18n.localize_related).
    override_translatable_fields = [
        SynchronizedField("region"),
        SynchronizedField("municipality"),
        SynchronizedField("contact"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("address"),
        SynchronizedField("status", overridable=False),
        # Personal data and bookkeeping never go to translators.
        SynchronizedField("contact_name", overridable=False),
        SynchronizedField("contact_email", overridable=False),
        SynchronizedField("contact_phone", overridable=False),
        SynchronizedField("contact_language", overridable=False),
        SynchronizedField("consented_at", overridable=False),
        SynchronizedField("confirmed_at", overridable=False),
        SynchronizedField("reminder_sent_at", overridable=False),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.SearchField("organiser"),
        index.FilterField("status"),
        index.FilterField("locale_id"),
        index.FilterField("id"),
        index.AutocompleteField("name"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("community place")
        verbose_name_plural = _("community places")
        ordering = ["region__sort_order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_place_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        """This place's page on the places list of the active language (search
        results link here); None where no places list is live."""
        places_page = places_page_for(get_language())
        if places_page is None:
            return None
        return places_page.url + places_page.reverse_subpage("place", args=[self.slug])

    @property
    def openstreetmap_url(self):
        return maps.openstreetmap_url(self.address)

    @property
    def google_maps_url(self):
        return maps.google_maps_url(self.address)

    @property
    def confirmation_due_at(self):
        return self.confirmed_at and self.confirmed_at + CONFIRM_EVERY

    @property
    def lapses_at(self):
        return self.confirmed_at and self.confirmed_at + CONFIRM_EVERY + CONFIRM_GRACE


class PlaceStatusChange(models.Model):
    """One step in a place's review: who changed its status, when and why."""

    place = models.ForeignKey(
        CommunityPlace,
        on_delete=models.CASCADE,
        related_name="status_changes",
        verbose_name=pgettext_lazy("places", "place"),
    )
    from_status = models.CharField(
        pgettext_lazy("places", "from"),
        max_length=20,
        choices=PlaceStatus.choices,
        blank=True,
    )
    to_status = models.CharField(
        pgettext_lazy("places", "to"), max_length=20, choices=PlaceStatus.choices
    )
    actor = models.CharField(
        pgettext_lazy("places", "by"), max_length=10, choices=PlaceActor.choices
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=pgettext_lazy("places", "staff member"),
    )
    message = models.TextField(pgettext_lazy("places", "message"), blank=True)
    created_at = models.DateTimeField(pgettext_lazy("places", "when"))

    class Meta:
        verbose_name = pgettext_lazy("places", "status change")
        verbose_name_plural = pgettext_lazy("places", "status changes")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.place}: {self.from_status} → {self.to_status}"
