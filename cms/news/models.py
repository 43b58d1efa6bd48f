from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from cms.core.blocks import BaseStreamBlock
from cms.core.slugs import ReadableSlugMixin
from cms.privacy.pages import SharedViewRestrictionsMixin
from cms.privacy.visibility import visible_pages


class NewsIndexPage(SharedViewRestrictionsMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["news"] = Paginator(
            NewsPage.objects.visible_to(request.user).child_of(self),
            settings.KAIKI_ITEMS_PER_PAGE,
        ).get_page(request.GET.get("page"))
        return context


class NewsPageQuerySet(PageQuerySet):
    def visible_to(self, user=None):
        """News ``user`` may see, newest first."""
        return visible_pages(self, user=user).order_by("-date", "-pk")


class NewsPage(SharedViewRestrictionsMixin, ReadableSlugMixin, Page):
    date = models.DateField(_("date"), default=timezone.localdate)
    summary = models.TextField(_("summary"))
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))

    objects = PageManager.from_queryset(NewsPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")

    def get_readable_slug_date(self):
        return self.date or super().get_readable_slug_date()
