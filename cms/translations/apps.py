from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class TranslationsConfig(AppConfig):
    """How editors' translations (wagtail-localize) behave on publish."""

    name = "cms.translations"
    label = "kaiki_translations"
    verbose_name = pgettext_lazy("admin", "Translations")

    def ready(self):
        from . import signals  # noqa: F401
