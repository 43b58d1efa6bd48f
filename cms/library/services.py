"""Writes on documents."""

from django.db import transaction
from django.db.models import F
from wagtail.search import index
from wagtail.tasks import delete_file_from_storage_task
from wagtail_localize.models import TranslationSource

from .choices import TextExtractionStatus
from .models import LibraryDocument
from .tasks import extract_document_text


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
