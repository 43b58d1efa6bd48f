"""Admin views of the home app."""

from wagtail.contrib.forms.views import SubmissionsListView

from cms.security.spreadsheets import SafeCsvExportMixin


class ContactSubmissionsListView(SafeCsvExportMixin, SubmissionsListView):
    """The contact form's submissions; visitors typed them, so the CSV export
    must not run what they typed as spreadsheet formulas."""
