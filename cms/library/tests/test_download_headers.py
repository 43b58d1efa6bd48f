import pytest
from django.test import Client

from cms.library.tests.factories import LibraryDocumentFactory

pytestmark = pytest.mark.django_db


def test_downloads_revalidate_with_the_file_hash_and_only_full_ones_count():
    document = LibraryDocumentFactory()
    client = Client()
    first = client.get(document.url)
    assert first.status_code == 200
    assert "must-revalidate" in first["Cache-Control"]
    assert first["ETag"].strip('"') == document.file_hash
    assert first["Last-Modified"]
    again = client.get(document.url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    document.refresh_from_db()
    assert document.download_count == 1


def test_document_files_are_never_served_from_their_media_path():
    document = LibraryDocumentFactory()
    assert Client().get("/media/" + document.file.name).status_code == 404


def test_logged_in_downloads_are_private(admin_client):
    document = LibraryDocumentFactory()
    response = admin_client.get(document.url)
    assert "private" in response["Cache-Control"]
