from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Locale

from .models import NAMES_CACHE_KEY, Topic


@receiver([post_save, post_delete], sender=Topic, dispatch_uid="topic_names_changed")
def forget_names(sender, instance, **kwargs):
    cache.delete_many(
        [
            NAMES_CACHE_KEY.format(locale_id=pk)
            for pk in Locale.objects.values_list("pk", flat=True)
        ]
    )
