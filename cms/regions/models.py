"""Regions and municipalities: the geography every other app refers to.

Regions are data, not code: the demo loads Aomori's six, another network loads
its own. Both are ordered by editors (sort_order), not alphabetically.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class Region(TranslatableMixin, index.Indexed, Orderable):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=True)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    # The slug is the ?region= filter value: the same in every language.
    override_translatable_fields = [
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_region_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name


class Municipality(TranslatableMixin, index.Indexed, Orderable):
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        related_name="municipalities",
    )
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=True)

    panels = [FieldPanel("region"), FieldPanel("name"), FieldPanel("slug")]
    override_translatable_fields = [
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["region__sort_order", "sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "region", "slug"],
                name="unique_municipality_slug_per_region",
            )
        ]

    def __str__(self):
        return self.name


class RegionalModel(models.Model):
    """Something that takes place in a region, and maybe in one of its municipalities.

    Event sessions, case studies and community places all are; the check that the
    municipality belongs to the region lives here once.
    """

    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if (
            self.municipality_id
            and self.region_id
            and self.municipality.region_id != self.region_id
        ):
            raise ValidationError(
                {"municipality": _("This municipality is not in the chosen region.")}
            )
