from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from cms.security.spreadsheets import SafeCsvExportMixin

from .models import Registration


class RegistrationIndexView(SafeCsvExportMixin, IndexView):
    pass


class RegistrationViewSet(SnippetViewSet):
    model = Registration
    index_view_class = RegistrationIndexView
    icon = "form"
    menu_order = 220
    add_to_admin_menu = True
    list_display = [
        "number",
        "name",
        "seats",
        "status",
        "party_size",
        "attendance",
        "gathering_status",
        "channel",
        "attended_at",
        "created_at",
    ]
    list_filter = ["seats", "status", "channel", "attendance", "gathering_status"]
    list_export = [
        "seats",
        "number",
        "status",
        "name",
        "name_kana",
        "email",
        "phone",
        "party_size",
        "attendance",
        "gathering_status",
        "note",
        "channel",
        "language",
        "created_at",
        "attended_at",
    ]
    export_filename = "registrations"
    search_fields = ["name", "name_kana", "email", "phone"]
    search_backend_name = None
    # Seats, status and the social gathering change only through the
    # services (cancel, promote): the edit form holds what the person told us.
    panels = [
        FieldPanel("name"),
        FieldPanel("name_kana"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("note"),
    ]

    def get_queryset(self, request):
        return Registration.objects.select_related("seats")


register_snippet(RegistrationViewSet)
