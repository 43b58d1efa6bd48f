from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from cms.security.spreadsheets import SafeCsvExportMixin

from .models import CommunityPlace


class CommunityPlaceIndexView(SafeCsvExportMixin, IndexView):
    pass


class CommunityPlaceViewSet(SnippetViewSet):
    model = CommunityPlace
    index_view_class = CommunityPlaceIndexView
    icon = "home"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "kind", "region", "municipality", "status"]
    list_filter = ["status", "kind", "region"]
    list_export = [
        "name",
        "kind",
        "region",
        "municipality",
        "organiser",
        "schedule",
        "status",
    ]
    search_fields = ["name", "organiser", "description"]


register_snippet(CommunityPlaceViewSet)
