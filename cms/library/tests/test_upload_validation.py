"""Document uploads: the content must be what the extension says."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from reportlab.pdfgen import canvas
from wagtail.models import Collection

from cms.library.forms import content_matches_extension
from cms.library.models import LibraryDocument

pytestmark = pytest.mark.django_db


def root_collection():
    return Collection.get_first_root_node().pk


def real_pdf():
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 720, "Kaiki manual")
    pdf.save()
    return buffer.getvalue()


def real_docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "extension", "accepted"),
    [
        (real_pdf(), "pdf", True),
        (b"<html><script>alert(1)</script></html>", "pdf", False),
        (b"MZ\x90\x00\x03\x00\x00\x00", "pdf", False),
        (real_docx(), "docx", True),
        (real_pdf(), "docx", False),
        ("名前,メール\n山田,a@example.org\n".encode(), "csv", True),
        (b"\x00\x01\x02binary", "txt", False),
        (real_pdf(), "PDF", True),
    ],
    # Named: a generated PDF differs on every run, and xdist's workers must
    # collect the same test ids.
    ids=[
        "pdf",
        "html-as-pdf",
        "exe-as-pdf",
        "docx",
        "pdf-as-docx",
        "csv",
        "binary-as-txt",
        "pdf-upper-case-extension",
    ],
)
def test_content_sniffing(content, extension, accepted):
    assert content_matches_extension(content[:8192], extension) is accepted


def test_admin_refuses_a_disguised_upload_and_keeps_the_title(admin_client):
    fake = SimpleUploadedFile(
        "manual.pdf", b"<html>not a pdf</html>", content_type="application/pdf"
    )
    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "移住マニュアル",
            "file": fake,
            "collection": root_collection(),
            "kind": "manual",
        },
    )
    assert response.status_code == 200
    assert not LibraryDocument.objects.exists()
    errors = response.context["form"].errors["file"]
    assert errors and "manual" not in errors[0]
    assert "移住マニュアル" in response.content.decode()


def test_admin_accepts_a_real_pdf(admin_client):
    upload = SimpleUploadedFile(
        "manual.pdf", real_pdf(), content_type="application/pdf"
    )
    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "移住マニュアル",
            "file": upload,
            "collection": root_collection(),
            "kind": "manual",
        },
    )
    assert response.status_code == 302
    assert LibraryDocument.objects.get().title == "移住マニュアル"


@pytest.mark.parametrize(
    ("content", "max_size"),
    [(b"<html>not a pdf</html>", 20 * 1024 * 1024), (b"%PDF-1.4 " + b"x" * 100, 10)],
)
def test_a_refused_upload_gives_only_the_real_reason(
    admin_client, settings, content, max_size
):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = max_size
    upload = SimpleUploadedFile("manual.pdf", content, content_type="application/pdf")
    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "移住マニュアル",
            "file": upload,
            "collection": root_collection(),
            "kind": "manual",
        },
    )
    assert response.status_code == 200
    (error,) = response.context["form"].errors["file"]
    assert "extension" not in error
