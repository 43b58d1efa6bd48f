from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.core.admin_ui import LanguageColumn

from .models import Municipality, Region


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", LanguageColumn(), "slug"]
    search_fields = ["name"]
    # A substring match in the database (a Japanese name found by any part of
    # it); the full-text index has no per-field columns to restrict to.
    search_backend_name = None
    sort_order_field = "sort_order"


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "home"
    list_display = ["name", LanguageColumn(), "region"]
    list_filter = ["region"]
    search_fields = ["name"]
    # A substring match in the database (a Japanese name found by any part of
    # it); the full-text index has no per-field columns to restrict to.
    search_backend_name = None
    sort_order_field = "sort_order"


class GeographyViewSetGroup(SnippetViewSetGroup):
    items = (RegionViewSet, MunicipalityViewSet)
    menu_label = _("Regions")
    menu_icon = "site"
    menu_name = "regions"


register_snippet(GeographyViewSetGroup)
