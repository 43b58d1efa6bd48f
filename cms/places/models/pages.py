"""The places page: the public list of community places and the routes groups
use.

It stands above the places: what it shows is read by its views
(``cms/places/views.py``), through the filter form, the application form and
the services, which read the places; nothing below imports it back (a place
finds its page in the app registry, ``places_page_for``).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page, PageManager

from cms.pagecache.shared import shared_value
from cms.privacy.pages import SharedViewRestrictionsMixin

from ..views import (
    place_applied_view,
    place_apply_view,
    place_confirm_view,
    place_detail_view,
    place_list_view,
    place_update_view,
)


class CommunityPlaceIndexPageManager(PageManager):
    def for_language(self, language):
        """The live places page in ``language``, else in the default language,
        or ``None``.

        Asked on every search and for every place's address: kept in the shared
        cache (a publish, unpublish, move or delete starts a new generation),
        as routing keeps the pages it finds. Read from the database, the join
        with the page table costs a scan of every live page."""

        def read():
            pages = self.get_queryset().live().select_related("locale")
            return {page.locale.language_code: page for page in pages}

        by_language = shared_value("places-page", (), read)
        return by_language.get(language) or by_language.get(settings.LANGUAGE_CODE)


class CommunityPlaceIndexPage(SharedViewRestrictionsMixin, RoutablePageMixin, Page):
    """The public list of places, and the routes groups use: the application
    form (``apply/``), the links e-mailed to them (``update/<token>/``,
    ``confirm/<token>/``), and each listed place's own page (``<slug>/``)."""

    intro = models.TextField(_("introduction"), blank=True)

    objects = CommunityPlaceIndexPageManager()

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.StandardPage"]
    max_count = 1

    class Meta:
        verbose_name = _("community places list")

    def route(self, request, path_components):
        # A child page (e.g. "How to run a children's cafeteria") wins over a
        # place of the same slug: editors placed it there on purpose.
        if path_components and (
            self.get_children().filter(slug=path_components[0]).exists()
        ):
            return Page.route(self, request, path_components)
        return super().route(request, path_components)

    @path("", name="index")
    def index_route(self, request):
        return place_list_view(request, index=self)

    @path("apply/", name="apply")
    def apply_route(self, request):
        return place_apply_view(request, index=self)

    @path("apply/sent/", name="applied")
    def applied_route(self, request):
        return place_applied_view(request, index=self)

    @re_path(r"^update/(?P<token>[\w-]+/[\w-]+/[\w-]+)/$", name="update")
    def update_route(self, request, token):
        return place_update_view(request, index=self, token=token)

    @re_path(r"^confirm/(?P<token>[\w-]+/[\w-]+/[\w-]+)/$", name="confirm")
    def confirm_route(self, request, token):
        return place_confirm_view(request, index=self, token=token)

    @path("<str:slug>/", name="place")
    def place_route(self, request, slug):
        return place_detail_view(request, index=self, slug=slug)
