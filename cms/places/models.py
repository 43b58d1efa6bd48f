"""Community places (居場所): children's cafeterias, dementia cafés, salons.

Groups will apply through a form (a later stage); staff approve them in the admin,
and only approved places appear on the public list.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.regions.models import RegionalModel


class PlaceKind(models.TextChoices):
    CHILDREN_CAFETERIA = "children_cafeteria", _("Children's cafeteria")
    DEMENTIA_CAFE = "dementia_cafe", _("Dementia café")
    SALON = "salon", _("Community salon")
    MULTI_GENERATION = "multi_generation", _("Place for all generations")
    OTHER = "other", _("Other")


class PlaceStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for approval")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Not approved")


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
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=PlaceStatus.choices,
        default=PlaceStatus.PENDING,
    )
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
        FieldRowPanel([FieldPanel("region"), FieldPanel("municipality")]),
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                FieldPanel("venue"),
                FieldPanel("schedule"),
                FieldPanel("contact"),
            ],
            heading=_("Details"),
        ),
        FieldPanel("description"),
    ]
    # Where and whether a place is listed doesn't depend on the language:
    # translations point to the same (Japanese) region; pages show its name in
    # the visitor's language (home.i18n.localize_related).
    override_translatable_fields = [
        SynchronizedField("region"),
        SynchronizedField("municipality"),
        SynchronizedField("contact"),
        SynchronizedField("status", overridable=False),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.SearchField("organiser"),
        index.FilterField("status"),
        index.AutocompleteField("name"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("community place")
        verbose_name_plural = _("community places")
        ordering = ["region__sort_order", "name"]

    def __str__(self):
        return self.name


class CommunityPlaceIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.StandardPage"]
    max_count = 1

    class Meta:
        verbose_name = _("community places list")

    def get_context(self, request, *args, **kwargs):
        from .selectors import community_place_list_context

        context = super().get_context(request, *args, **kwargs)
        context.update(community_place_list_context(page=self, request=request))
        return context
