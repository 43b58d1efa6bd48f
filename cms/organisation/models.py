from django.conf import settings
from django.db import models
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Site, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.pagecache.shared import shared_value

_REQUEST_ATTR = "_organisation_profiles"


class OrganisationProfile(TranslatableMixin, models.Model):
    """The organisation's name, address, office hours and introduction for one
    site in one language (see the app's doc)."""

    site = models.ForeignKey(
        Site,
        verbose_name=pgettext_lazy("settings", "site"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    name = models.CharField(_("organisation name"), max_length=200)
    address = models.CharField(_("address"), max_length=250, blank=True)
    office_hours = models.CharField(_("office hours"), max_length=200, blank=True)
    about = models.TextField(_("about the organisation"), blank=True)

    panels = [
        FieldPanel("site"),
        FieldPanel("name"),
        FieldPanel("about"),
        FieldPanel("address"),
        FieldPanel("office_hours"),
    ]
    # The site is the same in every language; the texts are what is translated.
    translatable_fields = [
        SynchronizedField("site", overridable=False),
        TranslatableField("name"),
        TranslatableField("address"),
        TranslatableField("office_hours"),
        TranslatableField("about"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = pgettext_lazy("settings", "organisation profile")
        verbose_name_plural = pgettext_lazy("settings", "organisation profiles")
        constraints = [
            models.UniqueConstraint(
                fields=["site", "locale"], name="organisation_profile_one_per_language"
            )
        ]

    def __str__(self):
        return self.name

    @classmethod
    def for_request(cls, request):
        """The texts of the request's site in the active language; the default
        language's when they are not translated; an unsaved empty profile when
        the site has none; None outside any site.

        Read from the shared cache (renewed whenever a profile is saved, see
        ``cms.pagecache.signals``), and once per request and language.
        """
        site = Site.find_for_request(request)
        if site is None:
            return None
        language = get_language() or settings.LANGUAGE_CODE
        kept = request.__dict__.setdefault(_REQUEST_ATTR, {})
        if language not in kept:
            kept[language] = cls.for_site(site.pk, language)
        return kept[language]

    @classmethod
    def for_site(cls, site_id, language):
        """Like ``for_request``, for a site's id and a language code."""
        return shared_value(
            "organisation-profile",
            (site_id, language),
            lambda: cls._in_language(site_id, language),
        )

    @classmethod
    def _in_language(cls, site_id, language):
        profiles = {
            profile.locale.language_code: profile
            for profile in cls.objects.filter(site_id=site_id)
            .select_related("locale")
            .order_by("pk")
        }
        for code in (language, settings.LANGUAGE_CODE):
            try:
                code = get_supported_content_language_variant(code)
            except LookupError:
                continue
            if code in profiles:
                return profiles[code]
        # A site whose only profile is in a language no longer offered still
        # shows its name rather than nothing.
        return next(iter(profiles.values()), None) or cls(site_id=site_id)
