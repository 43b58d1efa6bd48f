"""The network's pages: the guide directory (a page per guide) and the network
in figures.

They stand above the profiles: what they show is read by their views
(``network/page_views.py``), through the network's selectors and forms, which
read the profiles; nothing below imports them back (a guide finds its
directory page in the app registry).
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from cms.privacy.pages import SharedViewRestrictionsMixin

from ..page_views import (
    guide_directory_view,
    guide_view,
    network_figures_context,
)


class GuideDirectoryPageQuerySet(PageQuerySet):
    def live_in(self, locale):
        """The live directory in ``locale`` (a Locale or its id), or ``None``."""
        return self.live().filter(locale=locale).first()

    def live_in_any(self, locale):
        """The live directory in ``locale``, or else in any language, or ``None``."""
        return self.live_in(locale) or self.live().first()


class GuideDirectoryPage(SharedViewRestrictionsMixin, RoutablePageMixin, Page):
    """The public list of approved guides, with a page per guide."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "link"])
    looking_intro = RichTextField(
        pgettext_lazy("network", "text above the places looking for guides"),
        blank=True,
        features=["bold", "link"],
    )

    objects = PageManager.from_queryset(GuideDirectoryPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("looking_intro"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = pgettext_lazy("network", "guide directory")

    @path("")
    def index_route(self, request):
        return guide_directory_view(self, request)

    @path("<int:guide_id>/", name="guide")
    def guide_route(self, request, guide_id):
        return guide_view(self, request, guide_id)

    def guide_url(self, guide):
        return self.url + self.reverse_subpage("guide", args=[guide.pk])


class NetworkFiguresPage(SharedViewRestrictionsMixin, Page):
    """The network in numbers, for everyone: computed from the data, with
    every count below 5 shown as "fewer than 5" so no figure points at a
    person. Staff see exact counts in the admin (Network → Network figures)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = pgettext_lazy("network", "network figures")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(network_figures_context(self))
        return context
