from django.db.models import Prefetch
from wagtail.images.models import Filter, Image

from cms.privacy.visibility import visible_pages

from .models import CaseStudyPage, CaseStudyPageTag

# The renditions of templates/includes/story_card.html's {% picture %}.
CARD_PICTURE = Filter.expand_spec("fill-{360x225,720x450}|format-{webp,png}")


def case_studies(*, parent=None, limit=None, locale=None, user=None):
    """Case studies ``user`` may see, newest first, with what a card shows."""
    stories = (
        visible_pages(CaseStudyPage.objects.all(), user=user)
        .select_related("region", "municipality")
        .prefetch_related(
            # One query for the tags, not one for the links and one for the tags.
            Prefetch(
                "tagged_items", queryset=CaseStudyPageTag.objects.select_related("tag")
            ),
            Prefetch(
                "image", queryset=Image.objects.prefetch_renditions(*CARD_PICTURE)
            ),
        )
        .order_by("-first_published_at", "-pk")
    )
    if parent is not None:
        stories = stories.child_of(parent)
    if locale is not None:
        stories = stories.filter(locale_id=locale)
    return stories[:limit] if limit else stories
