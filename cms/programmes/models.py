"""Programmes and grants, e.g. a start-up grant for community places."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.core.blocks import BaseStreamBlock, QuestionBlock
from cms.core.slugs import ReadableSlugMixin
from cms.privacy.pages import SharedViewRestrictionsMixin


class ProgrammePage(SharedViewRestrictionsMixin, ReadableSlugMixin, Page):
    summary = models.TextField(_("summary"))
    amount_yen = models.PositiveIntegerField(
        _("amount per year (yen)"),
        null=True,
        blank=True,
        help_text=_("For grants: the amount paid each year."),
    )
    max_years = models.PositiveSmallIntegerField(
        _("for up to (years)"), null=True, blank=True
    )
    eligibility = RichTextField(
        _("who can apply"), blank=True, features=["bold", "link", "ul"]
    )
    how_to_apply = RichTextField(
        _("how to apply"), blank=True, features=["bold", "link", "ul", "ol"]
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("details"), blank=True)
    questions = StreamField(
        [("question", QuestionBlock())],
        verbose_name=_("questions and answers"),
        blank=True,
    )
    documents = StreamField(
        [
            (
                "document",
                DocumentChooserBlock(label=pgettext_lazy("library", "document")),
            )
        ],
        verbose_name=_("forms and documents"),
        blank=True,
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("amount_yen"), FieldPanel("max_years")]),
                FieldPanel("eligibility"),
            ],
            heading=_("Grant"),
        ),
        FieldPanel("how_to_apply"),
        FieldPanel("body"),
        FieldPanel("questions"),
        FieldPanel("documents"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("questions"),
    ]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("programme or grant")
