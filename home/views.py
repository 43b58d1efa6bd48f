"""Views of the home app: the HTML site map, the contact form's admin list."""

from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.contrib.forms.views import SubmissionsListView
from wagtail.models import Site

from cms.security.spreadsheets import SafeCsvExportMixin

from .selectors import site_map_tree


def site_map(request):
    """Every page a visitor may see, in their language, as a tree."""
    return render(
        request,
        "home/site_map.html",
        {
            "page_title": _("Site map"),
            "tree": site_map_tree(
                site=Site.find_for_request(request), user=request.user
            ),
        },
    )


class ContactSubmissionsListView(SafeCsvExportMixin, SubmissionsListView):
    """The contact form's submissions; visitors typed them, so the CSV export
    must not run what they typed as spreadsheet formulas."""
