"""Writes on documents."""

from django.db import transaction
from django.db.models import F

from .models import LibraryDocument


def document_record_download(*, document_id):
    """Count one download. An UPDATE ... SET n = n + 1, so concurrent downloads
    each count, whichever request finishes first."""
    LibraryDocument.objects.filter(pk=document_id).update(
        download_count=F("download_count") + 1
    )


def document_queue_text_extraction(*, document):
    """Extract a PDF's text in the background once the upload is committed."""
    from .tasks import extract_document_text

    if document.file_extension.lower() == "pdf":
        transaction.on_commit(lambda: extract_document_text.enqueue(document.pk))
