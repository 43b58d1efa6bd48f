"""Writes on documents."""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models import F
from wagtail.search import index
from wagtail.tasks import delete_file_from_storage_task
from wagtail_localize.models import TranslationSource

from .choices import TextExtractionReason, TextExtractionStatus
from .models import LibraryDocument
from .pdf_text import PdfText, extract_pdf_text

logger = logging.getLogger(__name__)


def document_record_download(*, document_id):
    """Count one download. An UPDATE ... SET n = n + 1, so concurrent downloads
    each count, whichever request finishes first.

    A document and its translations are one document to visitors: the count is
    kept the same on every row of the translation group, whichever language's
    link was followed.
    """
    group = LibraryDocument.objects.filter(pk=document_id).values("translation_key")
    LibraryDocument.objects.filter(translation_key__in=group).update(
        download_count=F("download_count") + 1
    )


def document_forget_file(*, storage, name):
    """Delete the stored file ``name`` once the transaction commits, unless a
    document still uses it: a translation shares its source's file."""
    if not name:
        return

    def delete():
        if not LibraryDocument.objects.filter(file=name).exists():
            delete_file_from_storage_task.enqueue(storage.deconstruct(), name)

    transaction.on_commit(delete)


def document_translations_follow(*, document):
    """After a source document is saved, give its translations its shared
    facts (file, kind, date, collection, extracted text) and renew the
    wagtail-localize source, whose copy of them a translation is published
    from. A translation or an untranslated document has nothing to pass on."""
    source = TranslationSource.objects.filter(
        object_id=document.translation_key, locale_id=document.locale_id
    ).first()
    if source is None:
        return []
    translations = list(
        LibraryDocument.objects.filter(
            translation_key=document.translation_key
        ).exclude(pk=document.pk)
    )
    if not translations:
        return []
    source.update_from_db()
    attnames = [
        LibraryDocument._meta.get_field(name).attname
        for name in LibraryDocument.SHARED_FIELDS
    ]
    shared = {attname: getattr(document, attname) for attname in attnames}
    shared["file"] = document.file.name  # the name, not the FieldFile
    LibraryDocument.objects.filter(pk__in=[t.pk for t in translations]).update(**shared)
    for translation in translations:
        # update() sends no post_save: the index learns the kind and text here.
        translation.refresh_from_db()
        index.insert_or_update_object(translation)
    return translations


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
    # The text is shared by the document's translations (same file).
    LibraryDocument.objects.filter(translation_key=document.translation_key).update(
        **changes
    )
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
