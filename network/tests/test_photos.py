"""Member photos: only real images of a sensible size, stored clean."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from network import photos
from network.services import member_profile_update

from .factories import image_upload

pytestmark = pytest.mark.django_db


def post_photo(client, member, upload):
    client.force_login(member.user)
    return client.post(
        reverse("network:profile"),
        {
            "display_name": member.display_name,
            "visibility": "public",
            "bio": "残る文章",
            "photo": upload,
        },
    )


def test_a_renamed_non_image_is_refused(client, member):
    upload = SimpleUploadedFile(
        "me.jpg", b"%PDF-1.4 not a photo", content_type="image/jpeg"
    )
    response = post_photo(client, member, upload)
    assert response.status_code == 400
    body = response.content.decode()
    assert "このファイルは読み込める写真ではありません。" in body
    assert "残る文章" in body
    member.refresh_from_db()
    assert not member.photo


def test_a_gif_is_refused(client, member):
    response = post_photo(
        client, member, image_upload(image_format="GIF", name="a.jpg")
    )
    assert response.status_code == 400


def test_an_oversized_file_is_refused(client, member, monkeypatch):
    monkeypatch.setattr(photos, "MAX_BYTES", 1000)
    response = post_photo(client, member, image_upload(size=(600, 600)))
    assert response.status_code == 400
    assert "MBまでです。" in response.content.decode()


def test_a_request_body_over_the_upload_limit_is_refused_before_reading(client, member):
    client.force_login(member.user)
    response = client.generic(
        "POST",
        reverse("network:profile"),
        data=b"",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(7 * 1024 * 1024),
    )
    assert response.status_code == 413


def test_a_huge_dimension_image_is_refused(client, member):
    # A small file that would decode to 8000 × 8000 pixels.
    buffer = io.BytesIO()
    Image.new("1", (8000, 8000)).save(buffer, format="PNG")
    upload = SimpleUploadedFile("big.png", buffer.getvalue(), content_type="image/png")
    assert upload.size < photos.MAX_BYTES
    response = post_photo(client, member, upload)
    assert response.status_code == 400
    assert "この写真は8000 × 8000ピクセルです。" in response.content.decode()


def test_a_photo_is_re_encoded_without_metadata_under_a_random_name(member):
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # Make
    exif[0x8825] = {2: (40.0, 49.0, 0.0)}  # GPS latitude
    upload = image_upload(size=(2000, 1000), name="yamada-hanako.jpg", exif=exif)
    profile = member_profile_update(user=member.user, photo=upload)
    assert "yamada" not in profile.photo.name
    assert profile.photo.name.startswith("member-photos/")
    with profile.photo.open("rb") as stored, Image.open(stored) as image:
        assert image.format == "JPEG"
        assert max(image.size) == photos.STORED_SIZE
        assert not image.getexif()
    with profile.photo.open("rb") as stored:
        assert b"SecretCam" not in stored.read()


def test_a_replaced_photo_is_deleted(member, django_capture_on_commit_callbacks):
    first = member_profile_update(user=member.user, photo=image_upload())
    storage, old_name = first.photo.storage, first.photo.name
    with django_capture_on_commit_callbacks(execute=True):
        member_profile_update(user=member.user, photo=image_upload())
    assert not storage.exists(old_name)
