from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class DocumentKind(models.TextChoices):
    # wagtail-localize's plain "Manual" is a manual translation (手動).
    MANUAL = "manual", pgettext_lazy("library", "Manual")
    CASE_STUDIES = "case_studies", _("Case-study collection")
    GUIDEBOOK = "guidebook", _("Guidebook")
    FLYER = "flyer", _("Flyer")
    APPLICATION_FORM = "application_form", _("Application form")
    QA = "qa", _("Q&A")
    REPORT = "report", _("Report")
    MATERIAL = "material", _("Event material")


class TextExtractionStatus(models.TextChoices):
    PENDING = "pending", pgettext_lazy("text extraction", "Pending")
    EXTRACTED = "extracted", pgettext_lazy("text extraction", "Extracted")
    FAILED = "failed", pgettext_lazy("text extraction", "Failed")
    NOT_PDF = "not_pdf", pgettext_lazy("text extraction", "Not a PDF")


class TextExtractionReason(models.TextChoices):
    """Why extraction failed, or (``TRUNCATED``) why the text is incomplete."""

    TRUNCATED = (
        "truncated",
        _("Only the first pages or characters were kept (size limit)."),
    )
    ENCRYPTED = "encrypted", _("The PDF is encrypted with a password.")
    UNREADABLE = "unreadable", _("The file is not a readable PDF.")
    TOO_DEEP = "too_deep", _("The PDF is nested too deeply to read.")
    TIME_LIMIT = "time_limit", _("Reading the text took too long.")
    MEMORY_LIMIT = "memory_limit", _("Reading the text needed too much memory.")
    MISSING_FILE = "missing_file", _("The file could not be found.")
    ERROR = "error", _("An unexpected error occurred while reading the text.")
