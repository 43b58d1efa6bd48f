from django.contrib import messages
from django.urls import path
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from wagtail import hooks

from .services import managed_translations
from .views import SyncTranslationsView


@hooks.register("after_publish_page")
def tell_editor_translations_followed(request, page):
    """The signal brought the translations up to date; say so to the editor."""
    translations = managed_translations(page)
    if not translations:
        return
    languages = ", ".join(
        get_language_info(translation.target_locale.language_code)["name_local"]
        for translation in translations
    )
    messages.info(
        request,
        _("Its translations were updated with the new facts: %(languages)s.")
        % {"languages": languages},
    )


@hooks.register("register_admin_urls", order=-1)
def register_sync_translations_view():
    # Before wagtail-localize's own URLs (order=-1): this view answers its
    # "Sync translated ..." address, reverse("wagtail_localize:update_translations").
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            SyncTranslationsView.as_view(),
            name="translations_sync",
        )
    ]
