"""The admin's document views: each document's language and text extraction
outcome in the list, new documents in the language chosen."""

from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, LocaleColumn
from wagtail.documents.views.documents import CreateView, IndexView


class LibraryDocumentIndexView(IndexView):
    @cached_property
    def columns(self):
        columns = super().columns
        # After the title (Wagtail's own lists put the locale there); the list
        # also has Wagtail's language filter, the model being translatable.
        columns.insert(2, LocaleColumn())
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


class LibraryDocumentCreateView(CreateView):
    def get_initial_form_instance(self):
        # Wagtail's document form leaves out the language the generic view
        # gives translatable models (?locale=en from the list's "Add").
        document = super().get_initial_form_instance()
        document.locale = self.locale
        return document


@hooks.register("register_admin_urls", order=-1)
def register_library_document_views():
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
        path(
            "documents/add/",
            LibraryDocumentCreateView.as_view(),
            name="library_document_add",
        ),
    ]
