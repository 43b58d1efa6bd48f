from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class TopicsConfig(AppConfig):
    """Topic names in the visitor's language.

    Pages are tagged with topics in Japanese, and wagtail-localize copies a
    page's tags to its translations unchanged (it cannot translate tags). A
    Topic names a tag in one language; it is a translatable snippet, so its
    English name is made in wagtail-localize's editor like any translation.
    """

    name = "cms.topics"
    label = "topics"
    verbose_name = pgettext_lazy("topic", "Topics")
