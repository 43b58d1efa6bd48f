"""Receivers that keep documents' derived data up to date."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.documents.models import document_served

from .models import LibraryDocument
from .services import document_queue_text_extraction, document_record_download


@receiver(document_served)
def count_download(sender, instance, request, **kwargs):
    document_record_download(document=instance)


@receiver(post_save, sender=LibraryDocument)
def extract_text_after_upload(sender, instance, created, update_fields=None, **kwargs):
    # Re-extract whenever the file may have changed, not on counter updates.
    if update_fields and "file" not in update_fields:
        return
    document_queue_text_extraction(document=instance)
