from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class RegistrationsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "cms.registrations"
    verbose_name = pgettext_lazy("registration", "Registrations")

    def ready(self):
        from . import checks, signals  # noqa: F401
