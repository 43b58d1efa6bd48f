"""Receivers that keep documents' derived data up to date."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import LibraryDocument
from .services import document_queue_text_extraction


@receiver(post_save, sender=LibraryDocument)
def extract_text_after_upload(sender, instance, created, update_fields=None, **kwargs):
    # Re-extract whenever the file may have changed, not on counter updates.
    if update_fields and "file" not in update_fields:
        return
    document_queue_text_extraction(document=instance)
