from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published
from wagtail_localize.models import StringTranslation

from .services import slug_from_translated_title, translations_follow_source


@receiver(page_published, dispatch_uid="translations_follow_source")
def follow_source(sender, instance, revision=None, **kwargs):
    user = getattr(revision, "user", None)
    translations_follow_source(page=instance, user=user)


@receiver(post_save, sender=StringTranslation, dispatch_uid="translated_slug")
def translated_slug(sender, instance, created, raw=False, **kwargs):
    if not raw:
        slug_from_translated_title(instance)
