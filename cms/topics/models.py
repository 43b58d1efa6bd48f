from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import TranslatableMixin

from cms.pagecache.shared import shared_value


class Topic(TranslatableMixin, models.Model):
    """A tag's name in one language (the tag itself is the source's name)."""

    tag = models.ForeignKey(
        "taggit.Tag",
        verbose_name=pgettext_lazy("topic", "tag"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    name = models.CharField(_("name"), max_length=100)

    class Meta(TranslatableMixin.Meta):
        verbose_name = pgettext_lazy("topic", "topic")
        verbose_name_plural = pgettext_lazy("topic", "topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["tag", "locale"], name="topic_one_name_per_language"
            )
        ]

    def __str__(self):
        return self.name

    @classmethod
    def names(cls, *, locale_id):
        """``{tag id: name}`` in the locale, from the shared cache: read from
        the worker's memory, not Redis, for each tag a page shows; saving or
        deleting a topic starts a new generation of it (cms.pagecache.signals)."""
        return shared_value(
            "topic-names",
            locale_id,
            lambda: dict(
                cls.objects.filter(locale_id=locale_id).values_list("tag_id", "name")
            ),
        )
