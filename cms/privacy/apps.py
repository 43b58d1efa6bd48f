from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class PrivacyConfig(AppConfig):
    name = "cms.privacy"
    label = "privacy"
    verbose_name = pgettext_lazy("app", "Privacy")

    def ready(self):
        from . import signals  # noqa: F401
