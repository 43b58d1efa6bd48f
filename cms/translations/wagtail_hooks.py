from django.contrib import messages
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from wagtail import hooks

from .services import managed_translations


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
