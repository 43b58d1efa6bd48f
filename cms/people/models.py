"""People who appear on pages (speakers, panelists) and organisations.

These are editorial records, not user accounts: a panelist of a 2016 panel
needs no login. The network app's member profiles live in ``network``.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .choices import PersonRole


class Person(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=100)
    name_kana = models.CharField(
        _("name in kana"),
        max_length=100,
        blank=True,
        help_text=_("Reading of the name, used for sorting Japanese names."),
    )
    affiliation = models.CharField(
        _("affiliation"),
        max_length=200,
        blank=True,
        help_text=_(
            "Organisation and position, e.g. 'NPO Hirosaki Kurashi, director'."
        ),
    )
    origin = models.CharField(
        _("came from"),
        max_length=100,
        blank=True,
        help_text=_("Where the person moved from, e.g. 'Tokyo (U-turn)'."),
    )
    bio = models.TextField(_("profile"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("name_kana"),
        FieldPanel("affiliation"),
        FieldPanel("origin"),
        FieldPanel("bio"),
        FieldPanel("photo"),
    ]
    # Name, affiliation, origin and profile are written per language; the
    # reading (for sorting) and the photo are the same person's everywhere.
    override_translatable_fields = [
        SynchronizedField("name_kana"),
        SynchronizedField("photo"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("name_kana"),
        index.SearchField("affiliation"),
        index.AutocompleteField("name"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name_kana", "name"]

    def __str__(self):
        return self.name


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=200)
    url = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("url")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


class PersonWithRole(TranslatableMixin, Orderable):
    """A person on a page, with a role. The note is translated; the person is
    synchronised (the Japanese Person on every language's page, shown in the
    page's language by ``cms.core.i18n.localize_related``)."""

    person = models.ForeignKey(
        Person,
        verbose_name=_("person"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    role = models.CharField(_("role"), max_length=20, choices=PersonRole.choices)
    note = models.CharField(
        _("note"),
        max_length=200,
        blank=True,
        help_text=_("Overrides the person's affiliation on this page, if needed."),
    )

    panels = [
        FieldRowPanel([FieldPanel("person"), FieldPanel("role")]),
        FieldPanel("note"),
    ]
    override_translatable_fields = [
        SynchronizedField("person"),
        SynchronizedField("role"),
        TranslatableField("note"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True
