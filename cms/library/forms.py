"""The admin's document upload form, with a check of what the file really is.

Wagtail already limits the extension (WAGTAILDOCS_EXTENSIONS) and the size
(WAGTAILDOCS_MAX_UPLOAD_SIZE). A renamed executable or HTML page would still
pass those, so the first bytes are compared with what the extension promises.
"""

import filetype
from django import forms
from django.db.models import BLANK_CHOICE_DASH
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.documents.forms import BaseDocumentForm

from .choices import DocumentKind

SNIFF_BYTES = 8192
OFFICE_ZIP = {"application/zip"}
# Extension → MIME types its content may be detected as. None: a text format,
# which has no signature; it must simply not look binary.
EXPECTED_CONTENT = {
    "pdf": {"application/pdf"},
    "docx": OFFICE_ZIP
    | {"application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    "xlsx": OFFICE_ZIP
    | {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    "pptx": OFFICE_ZIP
    | {"application/vnd.openxmlformats-officedocument.presentationml.presentation"},
    "odt": OFFICE_ZIP | {"application/vnd.oasis.opendocument.text"},
    "zip": OFFICE_ZIP,
    "csv": None,
    "txt": None,
}


def content_matches_extension(head, extension):
    """Whether the first bytes of a file are what its extension says."""
    expected = EXPECTED_CONTENT.get(extension.lower())
    detected = filetype.guess(head)
    if expected is None:
        return detected is None and b"\x00" not in head
    return detected is not None and detected.mime in expected


class LibraryDocumentForm(BaseDocumentForm):
    """Also the form of Wagtail's multiple upload: an upload without a kind is
    kept aside (Wagtail's UploadedFile) until the editor has chosen one."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        new = self.instance._state.adding
        if "kind" in self.fields:
            # The model's default is for documents made in code (the demo); an
            # editor chooses, rather than every upload silently becoming a
            # manual.
            kind = self.fields["kind"]
            kind.choices = [*BLANK_CHOICE_DASH, *DocumentKind.choices]
            kind.required = True
            kind.error_messages["required"] = pgettext_lazy(
                "library", "Choose what kind of document this is."
            )
            if new:
                self.initial["kind"] = ""
        if (
            new
            and "published_on" in self.fields
            and not self.initial.get("published_on")
        ):
            self.initial["published_on"] = timezone.localdate()

    def save(self, commit=True):
        # Wagtail deletes a replaced file at once; a translation may still use
        # it (it follows its source once the source is saved), so it is
        # deleted after the save, if no document uses it any more.
        replaced = self.original_file if "file" in self.changed_data else None
        self.original_file = None
        document = super().save(commit=commit)
        if commit and replaced:
            from .services import document_forget_file

            document_forget_file(storage=replaced.storage, name=replaced.name)
        return document

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None or not hasattr(upload, "read"):
            return upload
        extension = upload.name.rsplit(".", 1)[-1] if "." in upload.name else ""
        position = upload.tell()
        head = upload.read(SNIFF_BYTES)
        upload.seek(position)
        if not content_matches_extension(head, extension):
            raise forms.ValidationError(
                _(
                    "The content of this file does not match its type (.%(extension)s)."
                    " Please upload the original file."
                ),
                code="content_mismatch",
                params={"extension": extension.lower()},
            )
        return upload
