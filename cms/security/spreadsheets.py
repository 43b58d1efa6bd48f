"""CSV files that are safe to open in a spreadsheet, and open Japanese intact.

Anyone can type into the contact form (and later the registration and request
forms), and staff open the exports in Excel or LibreOffice. A cell that starts
with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return, which some
spreadsheets skip before reading the formula) is run as a formula there:
``=HYPERLINK("http://evil.example","x")`` becomes a live link. Such cells get a
leading apostrophe, the usual way to say "this is text" (OWASP, CSV injection).
A plain number such as ``-5`` or ``+81`` stays a number.

Excel reads a CSV without a byte order mark in the machine's legacy code page
(Shift_JIS on a Japanese Windows), so every file starts with the UTF-8 BOM.

Every CSV Kaiki produces goes through ``csv_lines`` (or ``SafeCsvExportMixin``
for Wagtail's list exports).
"""

import csv
import re

from django.http import StreamingHttpResponse
from django.utils.encoding import force_str
from wagtail.admin.views.mixins import Echo

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)*")
UTF8_BOM = "\ufeff"


def neutralise_cell(value):
    """``value`` as a spreadsheet shows it, never as a formula it would run."""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_PREFIXES) and not PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def csv_lines(rows):
    """Encoded CSV lines (bytes) for ``rows`` (iterables of cells), the first
    prefixed with the UTF-8 BOM; for a ``StreamingHttpResponse``."""
    writer = csv.writer(Echo())
    yield UTF8_BOM.encode()
    for row in rows:
        yield writer.writerow([_cell(value) for value in row])


def _cell(value):
    return "" if value is None else neutralise_cell(force_str(value))


def csv_response(rows, *, filename):
    """A streamed CSV download of ``rows`` named ``filename`` (without ``.csv``)."""
    response = StreamingHttpResponse(
        csv_lines(rows), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


class SafeCsvExportMixin:
    """For views with Wagtail's ``SpreadsheetExportMixin`` (snippet and form
    submission listings): the CSV export goes through ``csv_lines``.

    The XLSX export needs nothing: Wagtail already stores every cell as text.
    """

    def stream_csv(self, queryset):
        return csv_lines(self._csv_rows(queryset))

    def write_csv_response(self, queryset):
        return csv_response(self._csv_rows(queryset), filename=self.get_filename())

    def _csv_rows(self, queryset):
        yield [self.get_heading(queryset, field) for field in self.list_export]
        for item in queryset:
            yield [
                self.preprocess_field_value(field, value, self.FORMAT_CSV)
                for field, value in self.to_row_dict(item).items()
            ]
