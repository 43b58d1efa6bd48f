"""A snippet or document the Japanese page comes to use after it was
translated reaches its translations: publishing the Japanese page, or "Sync
translated pages", submits it for translation as "Translate" would have."""

import pytest
from django.urls import reverse
from wagtail_localize.models import Translation
from wagtail_localize.operations import translate_object

from cms.library.tests.factories import (
    GuidebookPageFactory,
    LibraryDocumentFactory,
    LibraryPageFactory,
)
from cms.translations.tests.factories import (
    publish_translation,
    translate_strings,
    translated,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def guidebook(home_page, english, admin_user, django_capture_on_commit_callbacks):
    """A Japanese guidebook without a PDF, translated into English and
    published, with its parents."""
    library = LibraryPageFactory(parent=home_page)
    guidebook = GuidebookPageFactory(parent=library, slug="guidebook")
    for page, title in (
        (home_page, "Home"),
        (library, "Library"),
        (guidebook, "Moving guidebook"),
    ):
        # One transaction per step, as in the admin (publishing happens on commit).
        with django_capture_on_commit_callbacks(execute=True):
            translate_object(page, [english], user=admin_user)
        draft = page.get_translation(english)
        translate_strings(draft, {page.title: title})
        with django_capture_on_commit_callbacks(execute=True):
            publish_translation(draft)
    return guidebook


def _submitted(document, english):
    return Translation.objects.filter(
        source__object_id=document.translation_key,
        target_locale=english,
        enabled=True,
    ).exists()


def test_publishing_the_source_submits_a_newly_chosen_document(
    client, admin_user, guidebook, english, django_capture_on_commit_callbacks
):
    document = LibraryDocumentFactory(title="移住ガイドブック(PDF版)")
    english_page = guidebook.get_translation(english)
    assert english_page.pdf is None
    guidebook.pdf = document
    with django_capture_on_commit_callbacks(execute=True):
        guidebook.save_revision(user=admin_user).publish(user=admin_user)
    english_document = document.get_translation(english)
    assert _submitted(document, english)
    # In Japanese until a translator translates it.
    assert english_document.title == document.title
    assert english_document.file.name == document.file.name
    english_page.refresh_from_db()
    assert english_page.pdf == english_document
    html = client.get(english_page.url).content.decode()
    assert english_document.url in html


def test_syncing_submits_a_newly_chosen_document_and_keeps_translations(
    admin_client, guidebook, english
):
    document = LibraryDocumentFactory(title="移住ガイドブック(PDF版)")
    type(guidebook).objects.filter(pk=guidebook.pk).update(pdf=document)
    source_id = Translation.objects.get(
        source__object_id=guidebook.translation_key, target_locale=english
    ).source_id
    response = admin_client.post(
        reverse("wagtail_localize:update_translations", args=[source_id]),
        {"publish_translations": "on"},
    )
    assert response.status_code == 302
    assert _submitted(document, english)
    english_page = guidebook.get_translation(english)
    assert english_page.title == "Moving guidebook"
    assert english_page.pdf == document.get_translation(english)


def test_a_document_already_translated_is_reused_unchanged(
    admin_client, guidebook, english
):
    document = LibraryDocumentFactory(title="移住ガイドブック(PDF版)")
    english_document = translated(
        document, english, {document.title: "Moving guidebook (PDF)"}
    )
    type(guidebook).objects.filter(pk=guidebook.pk).update(pdf=document)
    source_id = Translation.objects.get(
        source__object_id=guidebook.translation_key, target_locale=english
    ).source_id
    admin_client.post(
        reverse("wagtail_localize:update_translations", args=[source_id]),
        {"publish_translations": "on"},
    )
    english_document.refresh_from_db()
    assert english_document.title == "Moving guidebook (PDF)"
    assert guidebook.get_translation(english).pdf == english_document
