"""Reading a document's text: what the task worker runs once a PDF is uploaded
or replaced (``tasks.extract_document_text``, queued by
``services.document_queue_text_extraction``)."""

import logging

from django.conf import settings
from wagtail.search import index

from .choices import TextExtractionReason, TextExtractionStatus
from .models import LibraryDocument
from .pdf_text import PdfText, extract_pdf_text

logger = logging.getLogger(__name__)


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
    group = LibraryDocument.objects.filter(translation_key=document.translation_key)
    group.update(
        extracted_text=document.extracted_text,
        text_extraction_status=document.text_extraction_status,
        text_extraction_reason=document.text_extraction_reason,
    )
    # update() sends no post_save, so the search index learns the text here,
    # in every language of the document.
    for row in group:
        index.insert_or_update_object(row)
    if failed:
        logger.warning("No text from document %s: %s", document_id, outcome.reason)
