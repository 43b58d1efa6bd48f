"""The admin's document list with each document's text extraction outcome."""

from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.documents.views.documents import IndexView


class LibraryDocumentIndexView(IndexView):
    @cached_property
    def columns(self):
        columns = super().columns
        # Before the usage count, the last column.
        columns.insert(
            len(columns) - 1,
            Column(
                "text_extraction_status",
                label=_("Text extraction"),
                accessor="text_extraction_summary",
                sort_key="text_extraction_status",
            ),
        )
        return columns


@hooks.register("register_admin_urls", order=-1)
def register_document_index_with_extraction_outcome():
    # Wagtail's document index has no extension point for columns: these paths
    # come before wagtaildocs' own (order=-1), so they answer its index URLs.
    return [
        path(
            "documents/",
            LibraryDocumentIndexView.as_view(),
            name="library_document_index",
        ),
        path(
            "documents/results/",
            LibraryDocumentIndexView.as_view(results_only=True),
            name="library_document_index_results",
        ),
    ]
