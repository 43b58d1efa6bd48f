"""Writes on documents."""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models import F
from wagtail.search import index

from .choices import TextExtractionReason, TextExtractionStatus
from .models import LibraryDocument
from .pdf_text import PdfText, extract_pdf_text

logger = logging.getLogger(__name__)


def document_record_download(*, document_id):
    """Count one download. An UPDATE ... SET n = n + 1, so concurrent downloads
    each count, whichever request finishes first."""
    LibraryDocument.objects.filter(pk=document_id).update(
        download_count=F("download_count") + 1
    )


def document_queue_text_extraction(*, document):
    """Extract a PDF's text in the task worker once the upload is committed.

    The document is marked pending meanwhile (a PDF keeps its earlier text, so
    search goes on finding it); any other file has no text to extract.
    """
    from .tasks import extract_document_text

    is_pdf = document.file_extension.lower() == "pdf"
    changes = {"text_extraction_status": TextExtractionStatus.PENDING}
    if not is_pdf:
        changes = {"text_extraction_status": TextExtractionStatus.NOT_PDF}
        changes["extracted_text"] = ""
    changes["text_extraction_reason"] = ""
    # update(), not save(): this runs in post_save, which save() would re-enter.
    LibraryDocument.objects.filter(pk=document.pk).update(**changes)
    for field, value in changes.items():
        setattr(document, field, value)
    if is_pdf:
        transaction.on_commit(
            lambda: extract_document_text.enqueue(document_id=document.pk)
        )


def document_extract_text(*, document_id):
    """Read a PDF's text within the bounds in settings (KAIKI_PDF_TEXT_*) and
    record the outcome on the document: the text, or why there is none.

    Never raises for a bad file; the task worker runs this.
    """
    document = LibraryDocument.objects.filter(pk=document_id).first()
    if document is None:
        return  # deleted since the task was queued
    try:
        with document.file.open("rb") as handle:
            data = handle.read()
    except (OSError, ValueError):
        # ValueError: the document has no file any more.
        outcome = PdfText("", TextExtractionReason.MISSING_FILE)
    else:
        outcome = extract_pdf_text(
            data=data,
            max_pages=settings.KAIKI_PDF_TEXT_MAX_PAGES,
            max_chars=settings.KAIKI_PDF_TEXT_MAX_CHARS,
            cpu_seconds=settings.KAIKI_PDF_TEXT_CPU_SECONDS,
            memory_bytes=settings.KAIKI_PDF_TEXT_MEMORY_MB * 1024 * 1024,
        )
    failed = outcome.reason not in ("", TextExtractionReason.TRUNCATED)
    document.extracted_text = "" if failed else outcome.text
    document.text_extraction_status = (
        TextExtractionStatus.FAILED if failed else TextExtractionStatus.EXTRACTED
    )
    document.text_extraction_reason = outcome.reason
    LibraryDocument.objects.filter(pk=document_id).update(
        extracted_text=document.extracted_text,
        text_extraction_status=document.text_extraction_status,
        text_extraction_reason=document.text_extraction_reason,
    )
    # update() sends no post_save, so the search index learns the text here.
    index.insert_or_update_object(document)
    if failed:
        logger.warning("No text from document %s: %s", document_id, outcome.reason)
