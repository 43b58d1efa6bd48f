"""Download counts count whole files sent, not requests."""

import pytest
from django.test import Client

from cms.library.tests.factories import LibraryDocumentFactory

pytestmark = pytest.mark.django_db


def count(document):
    document.refresh_from_db()
    return document.download_count


def test_only_a_full_get_counts():
    document = LibraryDocumentFactory()
    client = Client()
    first = client.get(document.url)
    assert first.status_code == 200
    assert b"".join(first.streaming_content) == b"Kaiki document"

    revalidated = client.get(document.url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert revalidated.status_code == 304
    assert client.head(document.url).status_code == 200
    ranged = client.get(document.url, HTTP_RANGE="bytes=0-0")
    assert ranged.status_code in (200, 206)
    assert count(document) == 1


def test_an_unchanged_file_by_date_is_not_counted():
    document = LibraryDocumentFactory()
    first = Client().get(document.url)
    again = Client().get(document.url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert again.status_code == 304
    assert count(document) == 1


def test_a_password_form_is_not_a_download(django_user_model):
    from wagtail.models import Collection, CollectionViewRestriction

    collection = Collection.get_first_root_node().add_child(name="会員資料")
    CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="aomori",
    )
    document = LibraryDocumentFactory(collection=collection)
    response = Client().get(document.url)
    assert response.status_code == 200
    assert "password" in response.content.decode().lower()
    assert count(document) == 0
