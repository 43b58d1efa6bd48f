from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class OrganisationConfig(AppConfig):
    """Who runs the site, in each language: the texts of the footer, the feeds'
    titles and structured data.

    Wagtail's site settings are one row per site and wagtail-localize cannot
    translate them, so the texts are a translatable snippet (one row per site
    and locale, translated with the admin's "Translate" like any snippet); the
    contact details and footer links that every language shares stay in
    ``home.OrganisationSettings``. Editorial apps (the feeds) read the texts
    from here, so they never import ``home``.
    """

    name = "cms.organisation"
    label = "organisation"
    verbose_name = pgettext_lazy("settings", "Organisation profile")
