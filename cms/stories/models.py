"""Case studies: people who moved, and community places that took root."""

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.images.models import Filter, Image
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.core.blocks import BaseStreamBlock
from cms.core.slugs import ReadableSlugMixin
from cms.people.models import PersonWithRole
from cms.privacy.pages import SharedViewRestrictionsMixin
from cms.privacy.visibility import visible_pages
from cms.regions.models import RegionalModel


class CaseStudyKind(models.TextChoices):
    MIGRATION = "migration", _("Moving to the region")
    COMMUNITY_PLACE = "community_place", _("Community place")
    BUSINESS = "business", _("Starting a business")


# The renditions of templates/includes/story_card.html's {% picture %}.
CARD_PICTURE = Filter.expand_spec("fill-{360x225,720x450}|format-{webp,png}")


class CaseStudyPageQuerySet(PageQuerySet):
    def for_cards(self, *, user=None):
        """Case studies ``user`` may see, newest first, with what a card shows."""
        return (
            visible_pages(self, user=user)
            .select_related("region", "municipality")
            .prefetch_related(
                # One query for the tags, not one for the links and one for the
                # tags.
                Prefetch(
                    "tagged_items",
                    queryset=CaseStudyPageTag.objects.select_related("tag"),
                ),
                Prefetch(
                    "image", queryset=Image.objects.prefetch_renditions(*CARD_PICTURE)
                ),
            )
            .order_by("-first_published_at", "-pk")
        )


class CaseStudyIndexPage(SharedViewRestrictionsMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["stories.CaseStudyPage"]
    max_count = 1

    class Meta:
        verbose_name = _("case study index")

    def get_context(self, request, *args, **kwargs):
        from cms.core.i18n import localize_related

        context = super().get_context(request, *args, **kwargs)
        stories = Paginator(
            CaseStudyPage.objects.for_cards(user=request.user).child_of(self),
            settings.KAIKI_ITEMS_PER_PAGE,
        )
        page = stories.get_page(request.GET.get("page"))
        page.object_list = localize_related(
            page.object_list, "region", "municipality", locale=self.locale_id
        )
        context["stories"] = page
        return context


class CaseStudyPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "stories.CaseStudyPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class CaseStudyPage(
    SharedViewRestrictionsMixin, ReadableSlugMixin, RegionalModel, Page
):
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=CaseStudyKind.choices,
        default=CaseStudyKind.MIGRATION,
    )
    summary = models.TextField(_("summary"))
    topics = ClusterTaggableManager(
        verbose_name=_("topics"), through=CaseStudyPageTag, blank=True
    )

    objects = PageManager.from_queryset(CaseStudyPageQuerySet)()
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("story"))
    photos = StreamField(
        [("photo", ImageBlock(label=_("photo")))], verbose_name=_("photos"), blank=True
    )
    related_documents = StreamField(
        [
            (
                "document",
                DocumentChooserBlock(label=pgettext_lazy("library", "document")),
            )
        ],
        verbose_name=_("related documents"),
        blank=True,
    )
    community_place = models.ForeignKey(
        "places.CommunityPlace",
        verbose_name=_("community place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The community place this story is about: its page is linked while "
            "it is on the public list of places."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("region"), FieldPanel("municipality")]),
                FieldPanel("topics"),
            ],
            heading=_("Where and what"),
        ),
        FieldPanel("image"),
        InlinePanel("people", label=_("People involved")),
        FieldPanel("body"),
        FieldPanel("photos"),
        FieldPanel("related_documents"),
        FieldPanel("community_place"),
    ]
    # Same place in every language; shown in the visitor's language.
    override_translatable_fields = [
        SynchronizedField("region"),
        SynchronizedField("municipality"),
        SynchronizedField("community_place"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("kind"),
    ]
    parent_page_types = ["stories.CaseStudyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("case study")

    def get_context(self, request, *args, **kwargs):
        from cms.core.i18n import localize_related

        context = super().get_context(request, *args, **kwargs)
        localize_related([self], "region", "municipality", locale=self.locale_id)
        context["people"] = localize_related(
            self.people.select_related("person"), "person", locale=self.locale_id
        )
        context["place"] = self.visible_place(request.user)
        return context

    def visible_place(self, user):
        """The story's community place in the page's language, or None while
        ``user`` may not see it (not approved, lapsed, or its list private):
        the places' own visibility rule decides, as in every listing."""
        if self.community_place_id is None:
            return None
        from cms.places.models import CommunityPlace

        same_place = CommunityPlace.objects.filter(pk=self.community_place_id).values(
            "translation_key"
        )
        return (
            CommunityPlace.objects.visible_to(user, locale=self.locale)
            .filter(translation_key__in=same_place)
            .select_related("municipality")
            .first()
        )


class CaseStudyPerson(PersonWithRole):
    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="people")
