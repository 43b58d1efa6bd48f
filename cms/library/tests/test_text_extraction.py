"""PDF text extraction: bounded, every failure recorded on the document."""

import io
import os
import subprocess
import sys

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import override_settings
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject
from reportlab.pdfgen import canvas

from cms.library.choices import TextExtractionReason, TextExtractionStatus
from cms.library.extraction import document_extract_text
from cms.library.models import LibraryDocument
from cms.library.tests.factories import LibraryDocumentFactory

pytestmark = pytest.mark.django_db

EXTRACTED = TextExtractionStatus.EXTRACTED
FAILED = TextExtractionStatus.FAILED


def text_pdf(*pages):
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for text in pages:
        pdf.drawString(72, 720, text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def content_stream_pdf(content):
    """One page whose (compressed) content stream is ``content``."""
    writer = PdfWriter()
    page = writer.add_blank_page(200, 200)
    stream = DecodedStreamObject()
    stream.set_data(content)
    page[NameObject("/Contents")] = writer._add_object(stream.flate_encode())
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def encrypted_pdf(*, user_password, owner_password):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf("Secret plans"))))
    writer.encrypt(user_password=user_password, owner_password=owner_password)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pdf_document(content, **kwargs):
    return LibraryDocumentFactory(
        file=ContentFile(content, name="document.pdf"), **kwargs
    )


def extract(document):
    document_extract_text(document_id=document.pk)
    document.refresh_from_db()
    return document


def test_an_upload_is_pending_until_the_worker_has_read_it(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks() as callbacks:
        document = pdf_document(text_pdf("Hirosaki apples"))
    document.refresh_from_db()
    assert document.text_extraction_status == TextExtractionStatus.PENDING
    for callback in callbacks:
        callback()
    document.refresh_from_db()
    assert document.text_extraction_status == EXTRACTED
    assert document.text_extraction_reason == ""
    assert document.extracted_text == "Hirosaki apples"


def test_other_files_are_marked_as_not_pdf_and_lose_old_text():
    document = LibraryDocumentFactory(extracted_text="from an earlier PDF")
    document.refresh_from_db()
    assert document.text_extraction_status == TextExtractionStatus.NOT_PDF
    assert document.extracted_text == ""


def test_the_text_is_searchable_once_extracted():
    document = pdf_document(text_pdf("Hachinohe harbour"))
    LibraryDocument.objects.filter(pk=document.pk).update(extracted_text="")
    extract(LibraryDocument.objects.get(pk=document.pk))
    assert list(LibraryDocument.objects.search("Hachinohe")) == [document]


@override_settings(KAIKI_PDF_TEXT_MAX_PAGES=2)
def test_pages_past_the_cap_are_left_out():
    document = extract(pdf_document(text_pdf("one", "two", "three")))
    assert document.extracted_text.split() == ["one", "two"]
    assert document.text_extraction_status == EXTRACTED
    assert document.text_extraction_reason == TextExtractionReason.TRUNCATED


@override_settings(KAIKI_PDF_TEXT_MAX_CHARS=10)
def test_text_past_the_character_cap_is_cut():
    document = extract(pdf_document(text_pdf("Community places", "Aomori")))
    assert document.extracted_text == "Community"  # 10 characters, stripped
    assert document.text_extraction_status == EXTRACTED
    assert document.text_extraction_reason == TextExtractionReason.TRUNCATED


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        pytest.param(
            encrypted_pdf(user_password="secret", owner_password="owner"),
            TextExtractionReason.ENCRYPTED,
            id="encrypted",
        ),
        pytest.param(
            b"%PDF-1.4 not really a PDF", TextExtractionReason.UNREADABLE, id="junk"
        ),
        pytest.param(
            content_stream_pdf(b"BT /F1 12 Tf " + b"[" * 3000 + b"]" * 3000 + b" TJ"),
            TextExtractionReason.TOO_DEEP,
            id="recursion",
        ),
    ],
)
def test_a_bad_pdf_fails_with_its_reason_and_loses_old_text(content, reason):
    document = pdf_document(content)
    LibraryDocument.objects.filter(pk=document.pk).update(extracted_text="stale")
    document = extract(document)
    assert document.text_extraction_status == FAILED
    assert document.text_extraction_reason == reason
    assert document.extracted_text == ""


def test_a_pdf_locked_only_by_an_owner_password_is_read():
    content = encrypted_pdf(user_password="", owner_password="owner")
    document = extract(pdf_document(content))
    assert document.text_extraction_status == EXTRACTED
    assert document.extracted_text == "Secret plans"


@override_settings(KAIKI_PDF_TEXT_CPU_SECONDS=1)
def test_a_content_stream_that_takes_too_long_is_stopped():
    # 2 KB that take pypdf about 8 s of CPU.
    content = content_stream_pdf(b"BT /F1 12 Tf " + b"(ab) Tj " * 100_000 + b"ET")
    document = extract(pdf_document(content))
    assert document.text_extraction_status == FAILED
    assert document.text_extraction_reason == TextExtractionReason.TIME_LIMIT


@override_settings(KAIKI_PDF_TEXT_MEMORY_MB=96)
def test_a_content_stream_that_needs_too_much_memory_is_stopped():
    # 60 KB that inflate to 60 MB.
    content = content_stream_pdf(b"%" + b" " * 60_000_000 + b"\n")
    document = extract(pdf_document(content))
    assert document.text_extraction_status == FAILED
    assert document.text_extraction_reason == TextExtractionReason.MEMORY_LIMIT


def test_a_missing_file_is_recorded():
    document = pdf_document(text_pdf("Gone"))
    document.file.storage.delete(document.file.name)
    document = extract(document)
    assert document.text_extraction_status == FAILED
    assert document.text_extraction_reason == TextExtractionReason.MISSING_FILE


@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_with_the_database_backend_the_worker_does_the_reading(
    django_capture_on_commit_callbacks, monkeypatch
):
    from django_tasks_db.management.commands import db_worker
    from django_tasks_db.models import DBTaskResult

    # The worker closes idle connections between tasks; here that would close
    # the test's own transaction.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    with django_capture_on_commit_callbacks(execute=True):
        document = pdf_document(text_pdf("Towada lake"))
    document.refresh_from_db()
    # Queued, not read during the upload request.
    assert document.text_extraction_status == TextExtractionStatus.PENDING
    assert DBTaskResult.objects.filter(
        task_path="cms.library.tasks.extract_document_text"
    ).exists()

    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)

    document.refresh_from_db()
    assert document.text_extraction_status == EXTRACTED
    assert document.extracted_text == "Towada lake"


@pytest.fixture
def english_admin_client(admin_client, admin_user):
    from wagtail.users.models import UserProfile

    # The admin speaks the editor's language; English keeps these assertions
    # independent of the Japanese catalogue.
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    return admin_client


def test_the_admin_document_list_shows_each_outcome(english_admin_client):
    document = extract(
        pdf_document(encrypted_pdf(user_password="secret", owner_password="o"))
    )
    LibraryDocumentFactory(title="Flyer as text")
    html = english_admin_client.get("/admin/documents/").content.decode()
    assert "Text extraction" in html
    assert "Failed: The PDF is encrypted with a password." in html
    assert "Not a PDF" in html

    # The list's search and sorting answer through the same view.
    response = english_admin_client.get(
        "/admin/documents/results/", {"q": document.title}
    )
    assert "Failed: The PDF is encrypted with a password." in response.content.decode()
    response = english_admin_client.get(
        "/admin/documents/", {"ordering": "text_extraction_status"}
    )
    assert response.status_code == 200


def test_the_admin_edit_page_shows_the_outcome(english_admin_client):
    document = extract(pdf_document(text_pdf("Hirosaki castle")))
    response = english_admin_client.get(f"/admin/documents/edit/{document.pk}/")
    html = response.content.decode()
    assert "Text extraction" in html
    assert "<dd>Extracted</dd>" in html


def test_production_queues_tasks_for_the_worker():
    # The production settings need their secrets; a child process keeps them
    # (and their changes to shared settings such as LOGGING) out of this one.
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "DJANGO_SECRET_KEY": "only-for-this-test",
        "DJANGO_ALLOWED_HOSTS": "kaiki.example.org",
    }
    printed = subprocess.run(
        [
            sys.executable,
            "-c",
            "from django.conf import settings; print(settings.TASKS['default'])",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "django_tasks_db.DatabaseBackend" in printed
