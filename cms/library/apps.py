from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "cms.library"
    label = "library"
    verbose_name = _("Library")

    def ready(self):
        from . import signals  # noqa: F401
