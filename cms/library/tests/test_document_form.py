"""The document form asks for the kind (no silent "manual") and dates a new
document on the day it is uploaded."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from wagtail.models import Collection, UploadedFile

from cms.library.choices import DocumentKind
from cms.library.models import LibraryDocument
from cms.library.tests.factories import LibraryDocumentFactory

pytestmark = pytest.mark.django_db

UPLOAD_DAY = datetime.date(2027, 2, 14)


@pytest.fixture
def upload_day(monkeypatch):
    monkeypatch.setattr(
        "cms.library.forms.timezone.localdate", lambda *args, **kwargs: UPLOAD_DAY
    )


def text_file():
    return SimpleUploadedFile("guide.txt", "移住の手引き\n".encode(), "text/plain")


def post_add(client, **data):
    with translation.override("ja"):
        return client.post(
            reverse("wagtaildocs:add"),
            {
                "title": "移住の手引き",
                "file": text_file(),
                "collection": Collection.get_first_root_node().pk,
                **data,
            },
        )


def test_a_new_document_has_no_kind_yet_and_is_dated_today(admin_client, upload_day):
    form = admin_client.get(reverse("wagtaildocs:add")).context["form"]

    assert form["kind"].value() == ""
    assert form.fields["kind"].choices[0] == ("", "---------")
    assert form.fields["kind"].required
    assert form["published_on"].value() == UPLOAD_DAY


def test_without_a_kind_the_form_says_so_and_keeps_what_was_typed(admin_client):
    response = post_add(admin_client, description="はじめての方へ")

    assert response.status_code == 200
    assert not LibraryDocument.objects.exists()
    form = response.context["form"]
    assert form.errors["kind"] == ["資料の種類を選んでください。"]
    assert form["title"].value() == "移住の手引き"
    assert form["description"].value() == "はじめての方へ"


def test_with_a_kind_the_document_is_saved(admin_client, upload_day):
    response = post_add(admin_client, kind=DocumentKind.REPORT, published_on="")

    assert response.status_code == 302
    document = LibraryDocument.objects.get()
    assert document.kind == DocumentKind.REPORT
    # The date stays the editor's to clear (an undated document).
    assert document.published_on is None


def test_editing_keeps_the_documents_own_kind_and_date(admin_client, upload_day):
    document = LibraryDocumentFactory(
        kind=DocumentKind.FLYER, published_on=datetime.date(2016, 4, 1)
    )
    response = admin_client.get(reverse("wagtaildocs:edit", args=[document.pk]))

    form = response.context["form"]
    assert form["kind"].value() == DocumentKind.FLYER
    assert form["published_on"].value() == datetime.date(2016, 4, 1)


def test_multiple_upload_waits_for_the_kind(admin_client, upload_day):
    response = admin_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": text_file(), "collection": Collection.get_first_root_node().pk},
    )

    # Wagtail keeps the file aside and asks for the rest: no manual made up.
    assert response.status_code == 200
    assert not LibraryDocument.objects.exists()
    upload = UploadedFile.objects.get()
    prefix = f"uploaded-document-{upload.pk}"
    assert f'name="{prefix}-kind"' in response.json()["form"]

    response = admin_client.post(
        reverse("wagtaildocs:create_multiple_from_uploaded_document", args=[upload.pk]),
        {
            f"{prefix}-title": "移住の手引き",
            f"{prefix}-collection": Collection.get_first_root_node().pk,
            f"{prefix}-kind": DocumentKind.GUIDEBOOK,
            f"{prefix}-published_on": UPLOAD_DAY.isoformat(),
        },
    )
    assert response.json()["success"]
    document = LibraryDocument.objects.get()
    assert (document.kind, document.published_on) == (
        DocumentKind.GUIDEBOOK,
        UPLOAD_DAY,
    )
