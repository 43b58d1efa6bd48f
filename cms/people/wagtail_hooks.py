from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.core.admin_ui import LanguageColumn

from .models import Organisation, Person


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", LanguageColumn(), "affiliation", "origin"]
    search_fields = ["name", "name_kana", "affiliation"]
    # A substring match in the database (a Japanese name found by any part of
    # it); the full-text index has no per-field columns to restrict to.
    search_backend_name = None


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", LanguageColumn(), "url"]
    search_fields = ["name"]
    # A substring match in the database (a Japanese name found by any part of
    # it); the full-text index has no per-field columns to restrict to.
    search_backend_name = None


class PeopleViewSetGroup(SnippetViewSetGroup):
    items = (PersonViewSet, OrganisationViewSet)
    menu_label = _("People")
    menu_icon = "group"
    menu_name = "people"


register_snippet(PeopleViewSetGroup)
