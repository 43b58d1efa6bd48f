"""Policy pages: situation and issues, basic direction, main actions, indicators."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList, TabbedInterface
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.core.slugs import ReadableSlugMixin
from cms.privacy.pages import SharedViewRestrictionsMixin

# Western years (2022), not era years (令和4): the page shows the era itself.
FISCAL_YEAR_VALIDATORS = [MinValueValidator(1900), MaxValueValidator(2200)]
POLICY_FEATURES = ["h3", "bold", "link", "ol", "ul"]


class PolicyPage(SharedViewRestrictionsMixin, ReadableSlugMixin, Page):
    summary = models.TextField(_("summary"))
    situation_and_issues = RichTextField(
        _("situation and issues"), features=POLICY_FEATURES
    )
    basic_direction = RichTextField(_("basic direction"), features=POLICY_FEATURES)
    main_actions = RichTextField(_("main actions"), features=POLICY_FEATURES)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("situation_and_issues"),
        FieldPanel("basic_direction"),
        FieldPanel("main_actions"),
    ]
    indicator_panels = [InlinePanel("indicators", label=_("Outcome indicators"))]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(indicator_panels, heading=_("Indicators")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("situation_and_issues"),
        index.SearchField("basic_direction"),
        index.SearchField("main_actions"),
    ]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("policy")

    def get_context(self, request, *args, **kwargs):
        from .charts import indicator_chart

        context = super().get_context(request, *args, **kwargs)
        indicators = list(self.indicators.all())
        for indicator in indicators:
            indicator.chart = indicator_chart(indicator)
        context["indicators"] = indicators
        return context


class ActualValueBlock(blocks.StructBlock):
    fiscal_year = blocks.IntegerBlock(
        label=_("fiscal year"), min_value=1900, max_value=2200
    )
    value = blocks.DecimalBlock(label=_("actual"), decimal_places=1)
    note = blocks.CharBlock(label=_("note"), required=False)

    class Meta:
        icon = "date"


class OutcomeIndicator(TranslatableMixin, Orderable):
    """An indicator of a policy page. Names, units and notes are translated;
    years and values are synchronised (the actuals stream is translatable so its
    notes can be translated, but its years and values are copied from the source)."""

    page = ParentalKey(PolicyPage, on_delete=models.CASCADE, related_name="indicators")
    name = models.CharField(_("indicator"), max_length=200)
    unit = models.CharField(
        _("unit"), max_length=20, blank=True, help_text=_("e.g. 'people', 'cases'.")
    )
    baseline_fiscal_year = models.PositiveSmallIntegerField(
        _("baseline fiscal year"), validators=FISCAL_YEAR_VALIDATORS
    )
    baseline_value = models.DecimalField(_("baseline"), max_digits=12, decimal_places=1)
    target_fiscal_year = models.PositiveSmallIntegerField(
        _("target fiscal year"), validators=FISCAL_YEAR_VALIDATORS
    )
    target_value = models.DecimalField(_("target"), max_digits=12, decimal_places=1)
    target_note = models.CharField(
        _("target note"), max_length=100, blank=True, help_text=_("e.g. 'or more'.")
    )
    actuals = StreamField(
        [("actual", ActualValueBlock())], verbose_name=_("actual values"), blank=True
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("unit"),
        FieldPanel("baseline_fiscal_year"),
        FieldPanel("baseline_value"),
        FieldPanel("target_fiscal_year"),
        FieldPanel("target_value"),
        FieldPanel("target_note"),
        FieldPanel("actuals"),
    ]
    override_translatable_fields = [
        TranslatableField("name"),
        TranslatableField("unit"),
        TranslatableField("target_note"),
        TranslatableField("actuals"),
        SynchronizedField("baseline_fiscal_year"),
        SynchronizedField("baseline_value"),
        SynchronizedField("target_fiscal_year"),
        SynchronizedField("target_value"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("outcome indicator")
        verbose_name_plural = _("outcome indicators")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    target_fiscal_year__gte=models.F("baseline_fiscal_year")
                ),
                name="indicator_target_not_before_baseline",
            )
        ]

    def __str__(self):
        return self.name

    @property
    def actual_values(self):
        return sorted(
            (block.value for block in self.actuals),
            key=lambda value: value["fiscal_year"],
        )
