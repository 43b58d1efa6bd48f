from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.core.admin_ui import LanguageColumn

from .models import Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", LanguageColumn(), "tag"]
    search_fields = ["name"]
    # A substring match in the database (a Japanese name found by any part of it).
    search_backend_name = None
    add_to_admin_menu = False


register_snippet(TopicViewSet)
