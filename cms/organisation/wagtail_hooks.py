from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.core.admin_ui import LanguageColumn

from .models import OrganisationProfile


class OrganisationProfileViewSet(SnippetViewSet):
    model = OrganisationProfile
    icon = "home"
    list_display = ["name", LanguageColumn(), "site"]
    search_fields = ["name"]
    # A substring match in the database (a Japanese name found by any part of it).
    search_backend_name = None
    # Beside the organisation settings (contact details, footer links), which
    # say where the texts are.
    add_to_settings_menu = True


register_snippet(OrganisationProfileViewSet)
