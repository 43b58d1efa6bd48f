"""Pieces of the Wagtail admin's lists shared by the apps' viewsets."""

from django.utils.translation import pgettext_lazy
from wagtail.admin.ui.tables import LocaleColumn


class LanguageColumn(LocaleColumn):
    """Which language a translatable row is in (日本語 / English), so that
    Japanese and English rows of a snippet list don't mix unlabelled.

    Wagtail's own column takes its label from ``gettext`` when it is built, i.e.
    in the language active when ``wagtail_hooks`` is imported; this one follows
    the editor's language."""

    def __init__(self, **kwargs):
        super().__init__(label=pgettext_lazy("admin", "Language"), **kwargs)
