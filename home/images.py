"""Image renditions: made when an image is uploaded, not on a visitor's request.

The specs are the ones the templates ask for ({% image %}, {% picture %}); a spec
missing here still works, it is just rendered on first view instead.
"""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django_tasks import task
from wagtail.images import get_image_model
from wagtail.images.models import Filter

RENDITION_SPECS = [
    # cards (stories): includes/story_card.html's {% picture %}
    *Filter.expand_spec("fill-{360x225,720x450}|format-{webp,png}"),
    "fill-800x600",  # photo galleries
    "fill-1200x630",  # Open Graph previews
    "max-800x800",  # guidebook covers
    # event and story main images: their pages' {% picture %}
    *Filter.expand_spec("width-{400,800,1200}|format-{webp,png}"),
    "max-1200x900",  # figures in body text
]


@task()
def generate_renditions(image_id):
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is not None:
        image.get_renditions(*RENDITION_SPECS)


@receiver(post_save, sender=get_image_model(), dispatch_uid="kaiki_pregenerate")
def pregenerate_renditions(sender, instance, update_fields=None, **kwargs):
    if update_fields and "file" not in update_fields:
        return
    transaction.on_commit(lambda: generate_renditions.enqueue(instance.pk))
