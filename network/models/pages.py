"""The network's pages: the guide directory (a page per guide) and the network
in figures.

They stand above the profiles: their routes read through the network's
selectors and forms, which read the profiles, and nothing below imports them
back (a guide finds its directory page in the app registry).
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from cms.privacy.pages import SharedViewRestrictionsMixin

from ..forms import GuideFilterForm
from ..selectors import (
    guide_directory_context,
    guide_page_context,
    guides_with_areas,
    network_figures,
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
        form = GuideFilterForm(request.GET or None, locale=self.locale_id)
        filters = form.filters() if form.is_bound else {}
        context = guide_directory_context(
            locale=self.locale_id, user=request.user, **filters
        )
        paginator = Paginator(context.pop("guides"), settings.KAIKI_ITEMS_PER_PAGE)
        page = paginator.get_page(request.GET.get("page"))
        page.object_list = guides_with_areas(
            list(page.object_list), locale=self.locale_id
        )
        return self.render(
            request,
            context_overrides={
                "filter_form": form,
                "guides": page,
                "paginator": paginator,
                **context,
            },
        )

    @path("<int:guide_id>/", name="guide")
    def guide_route(self, request, guide_id):
        context = guide_page_context(
            locale=self.locale_id, guide_id=guide_id, user=request.user
        )
        if context is None:
            raise Http404
        return self.render(
            request, template="network/guide_page.html", context_overrides=context
        )

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
        context["figures"] = network_figures(locale=self.locale_id)
        return context
