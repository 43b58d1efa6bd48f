"""Receivers that keep documents' derived data up to date."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.documents.signal_handlers import post_delete_file_cleanup

from .choices import TextExtractionStatus
from .models import LibraryDocument
from .services import (
    document_forget_file,
    document_queue_text_extraction,
    document_translations_follow,
)


@receiver(post_save, sender=LibraryDocument)
def extract_text_after_upload(sender, instance, created, update_fields=None, **kwargs):
    # Re-extract whenever the file may have changed, not on counter updates.
    if update_fields and "file" not in update_fields:
        return
    if (
        instance.get_translations()
        .filter(file=instance.file.name)
        .exclude(text_extraction_status=TextExtractionStatus.PENDING)
        .exists()
    ):
        # The text of this file is known (a translation shares its source's
        # file and text; saving either without a new file reads nothing again).
        return
    document_queue_text_extraction(document=instance)


@receiver(post_save, sender=LibraryDocument)
def translations_follow_source(sender, instance, created, raw=False, **kwargs):
    if raw or created:
        return
    document_translations_follow(document=instance)


def delete_file_unless_shared(sender, instance, **kwargs):
    document_forget_file(storage=instance.file.storage, name=instance.file.name)


# Wagtail deletes a deleted document's file (wagtail.documents.signal_handlers),
# but a translation shares its source's file. wagtail.documents is readied after
# this app, so its receiver cannot be disconnected here; registering this one
# under the same lookup key as Wagtail's (the receiver's and the sender's ids)
# makes Django skip Wagtail's connect. test_translations proves the file stays.
post_delete.connect(
    delete_file_unless_shared,
    sender=LibraryDocument,
    dispatch_uid=id(post_delete_file_cleanup),
)
