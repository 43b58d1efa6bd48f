"""Documents translated through wagtail-localize: English titles on English
pages, one file and one download count for every language, facts that follow
the Japanese document, and the same privacy in every language."""

import datetime
import json

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, TestCase
from django.urls import reverse
from django.utils import translation
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    Locale,
    UploadedFile,
)
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.operations import translate_object

from cms.library.choices import DocumentKind
from cms.library.models import LibraryDocument
from cms.library.selectors import latest_documents
from cms.library.tests.factories import LibraryDocumentFactory, LibraryPageFactory
from cms.privacy.visibility import document_is_visible, visible_documents
from cms.translations.tests.factories import translate_strings, translation_of

pytestmark = pytest.mark.django_db


def translate(instance, locale, texts):
    """Submit ``instance`` for translation and type ``texts`` (Japanese ->
    English) into the translation editor, then publish: the editor's path,
    one transaction per step (a page's translation is published on commit)."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        translate_object(instance, [locale])
    source = TranslationSource.objects.get(
        object_id=instance.translation_key, locale=instance.locale
    )
    for segment in StringSegment.objects.filter(source=source).select_related(
        "string", "context"
    ):
        if segment.string.data in texts:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": texts[segment.string.data]},
            )
    with TestCase.captureOnCommitCallbacks(execute=True):
        Translation.objects.get(source=source, target_locale=locale).save_target(
            publish=True
        )
    return instance.get_translation(locale)


@pytest.fixture
def document(english):
    return LibraryDocumentFactory(
        title="移住の手引き",
        description="はじめての移住に。",
        kind=DocumentKind.GUIDEBOOK,
        published_on=datetime.date(2026, 4, 1),
    )


@pytest.fixture
def english_document(document, english):
    return translate(
        document,
        english,
        {"移住の手引き": "Moving guide", "はじめての移住に。": "For a first move."},
    )


def test_a_translation_translates_the_text_and_shares_the_rest(
    document, english_document, english
):
    assert document.locale.language_code == "ja"
    assert english_document.locale == english
    assert english_document.title == "Moving guide"
    assert english_document.description == "For a first move."
    assert english_document.file.name == document.file.name
    assert english_document.kind == DocumentKind.GUIDEBOOK
    assert english_document.published_on == datetime.date(2026, 4, 1)
    assert english_document.collection_id == document.collection_id


def test_deleting_the_translation_keeps_the_file_of_the_source(
    document, english_document, django_capture_on_commit_callbacks
):
    name = document.file.name
    assert default_storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        english_document.delete()
    assert default_storage.exists(name)
    document.refresh_from_db()
    with document.file.open("rb") as handle:
        assert handle.read() == b"Kaiki document"
    # The last document using it takes the file with it.
    with django_capture_on_commit_callbacks(execute=True):
        document.delete()
    assert not default_storage.exists(name)


def test_deleting_the_source_keeps_the_file_of_the_translation(
    document, english_document, django_capture_on_commit_callbacks
):
    name = document.file.name
    with django_capture_on_commit_callbacks(execute=True):
        document.delete()
    assert default_storage.exists(name)
    english_document.refresh_from_db()
    assert english_document.file.name == name


def test_a_download_in_either_language_counts_for_the_document(
    document, english_document
):
    Client().get(document.url)
    Client().get(english_document.url)
    document.refresh_from_db()
    english_document.refresh_from_db()
    assert document.download_count == english_document.download_count == 2


def test_a_file_replaced_on_the_source_reaches_the_translation(
    admin_client, document, english_document, django_capture_on_commit_callbacks
):
    old_name = document.file.name
    with (
        translation.override("ja"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = admin_client.post(
            reverse("wagtaildocs:edit", args=[document.pk]),
            {
                "title": document.title,
                "file": SimpleUploadedFile(
                    "guide2.txt", "改訂版\n".encode(), "text/plain"
                ),
                "collection": document.collection_id,
                "kind": DocumentKind.REPORT,
                "description": document.description,
                "published_on": "2026-05-01",
            },
        )
    assert response.status_code == 302
    document.refresh_from_db()
    english_document.refresh_from_db()
    assert document.file.name != old_name
    assert english_document.file.name == document.file.name
    assert english_document.file_hash == document.file_hash
    assert english_document.kind == DocumentKind.REPORT
    assert english_document.published_on == datetime.date(2026, 5, 1)
    # Translated text stays; the replaced file, used by no one, is gone.
    assert english_document.title == "Moving guide"
    assert not default_storage.exists(old_name)
    assert default_storage.exists(document.file.name)
    # A later publication of the translation brings no old fact back.
    source = TranslationSource.objects.get(object_id=document.translation_key)
    Translation.objects.get(source=source).save_target(publish=True)
    english_document.refresh_from_db()
    assert english_document.file.name == document.file.name
    assert english_document.kind == DocumentKind.REPORT


def test_a_translation_is_as_private_as_its_source(
    django_user_model, document, english_document
):
    members = Collection.get_first_root_node().add_child(name="会員向け")
    CollectionViewRestriction.objects.create(
        collection=members, restriction_type=CollectionViewRestriction.LOGIN
    )
    document.collection = members
    document.save()
    english_document.refresh_from_db()
    assert english_document.collection == members
    assert not document_is_visible(english_document, user=None)
    assert not visible_documents(LibraryDocument.objects.all(), user=None).exists()
    member = django_user_model.objects.create_user(username="member", password="x")
    assert document_is_visible(english_document, user=member)
    assert Client().get(english_document.url).status_code != 200


def test_listings_give_each_document_once_in_the_visitors_language(
    document, english_document, english
):
    untranslated = LibraryDocumentFactory(title="冬の集いの案内")
    english_rows = LibraryDocument.objects.in_language(english.pk)
    assert set(english_rows) == {english_document, untranslated}
    japanese_rows = LibraryDocument.objects.in_language(Locale.get_default().pk)
    assert set(japanese_rows) == {document, untranslated}
    assert set(latest_documents(limit=10, locale_id=english.pk)) == {
        english_document,
        untranslated,
    }


def test_the_english_library_page_marks_japanese_only_documents(
    home_page, english, english_document
):
    LibraryDocumentFactory(title="冬の集いの案内", description="冬の集いのお知らせ。")
    library = LibraryPageFactory(parent=home_page)
    translate(home_page, english, {home_page.title: "Home"})
    english_library = translate(library, english, {library.title: "Library"})
    html = Client().get(english_library.url).content.decode()
    assert ">Moving guide</a>" in html
    assert "移住の手引き" not in html
    assert 'lang="ja">冬の集いの案内</a>' in html
    assert 'lang="ja">冬の集いのお知らせ。</p>' in html
    # The Japanese library shows no English.
    html = Client().get(library.url).content.decode()
    assert ">移住の手引き</a>" in html
    assert "Moving guide" not in html
    table = html[html.index("<tbody>") : html.index("</tbody>")]
    assert "lang=" not in table


def test_a_document_chosen_on_a_page_shows_in_the_page_language(
    rf, document, english_document
):
    from django.template.loader import render_to_string

    LibraryDocumentFactory(title="冬の集いの案内")
    untranslated = LibraryDocument.objects.get(title="冬の集いの案内")
    request = rf.get("/")
    request.user = None
    with translation.override("en"):
        translated_row = render_to_string(
            "includes/document_row.html", {"document": document, "request": request}
        )
        japanese_row = render_to_string(
            "includes/document_row.html",
            {"document": untranslated, "request": request},
        )
    assert ">Moving guide</a>" in translated_row
    assert f'href="{english_document.url}"' in translated_row
    assert 'lang="ja">冬の集いの案内</a>' in japanese_row
    with translation.override("ja"):
        row = render_to_string(
            "includes/document_row.html",
            {"document": english_document, "request": request},
        )
    assert ">移住の手引き</a>" in row
    assert "lang=" not in row


def test_the_admin_lists_documents_with_their_language(
    admin_client, document, english_document
):
    with translation.override("en"):
        response = admin_client.get(reverse("wagtaildocs:index"), {"locale": "en"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Moving guide" in html
    assert "移住の手引き" not in html
    assert "English" in html


def test_a_new_document_in_the_admin_takes_the_language_asked_for(
    admin_client, english
):
    with translation.override("en"):
        response = admin_client.post(
            reverse("wagtaildocs:add") + "?locale=en",
            {
                "title": "Winter gathering",
                "file": SimpleUploadedFile("winter.txt", b"Winter\n", "text/plain"),
                "collection": Collection.get_first_root_node().pk,
                "kind": DocumentKind.FLYER,
                "published_on": "2026-12-01",
            },
        )
    assert response.status_code == 302
    assert LibraryDocument.objects.get(title="Winter gathering").locale == english


def test_a_translation_copies_the_text_of_the_file_instead_of_reading_it_again(
    document, english
):
    LibraryDocument.objects.filter(pk=document.pk).update(
        extracted_text="移住", text_extraction_status="extracted"
    )
    document.refresh_from_db()
    english_document = translate(document, english, {})
    assert english_document.extracted_text == "移住"
    assert english_document.text_extraction_status == "extracted"


def test_text_extracted_from_the_file_reaches_every_language(
    document, english_document, django_capture_on_commit_callbacks
):
    from cms.library.tests.test_library import make_pdf

    document.file.save("guide.pdf", ContentFile(make_pdf("Relocation")), save=False)
    with django_capture_on_commit_callbacks(execute=True):
        document.save()
    english_document.refresh_from_db()
    assert english_document.file.name == document.file.name
    assert "Relocation" in english_document.extracted_text
    assert english_document.text_extraction_status == "extracted"


def documents_found(client, language, query):
    response = client.get(f"/{language}/search/", {"query": query})
    return [
        hit.obj
        for hit in response.context["search_results"]
        if isinstance(hit.obj, LibraryDocument)
    ]


def test_search_finds_each_document_once_in_the_visitors_language(
    client, home_page, english, document, english_document
):
    translate(home_page, english, {home_page.title: "Home"})
    untranslated = LibraryDocumentFactory(title="移住の体験談")
    # The Japanese-only document, not the Japanese row of a translated one.
    assert documents_found(client, "en", "移住") == [untranslated]
    assert documents_found(client, "en", "Moving") == [english_document]
    assert set(documents_found(client, "ja", "移住")) == {document, untranslated}
    assert documents_found(client, "ja", "Moving") == []
    # A Japanese title on the English results page says so (screen readers read
    # it in Japanese), as in the library; an English title does not.
    html = client.get("/en/search/", {"query": "移住"}).content.decode()
    assert 'lang="ja">移住の体験談</a>' in html
    html = client.get("/en/search/", {"query": "Moving"}).content.decode()
    assert ">Moving guide</a>" in html
    assert 'lang="ja"' not in html[html.index('class="search-results"') :]


@pytest.mark.django_db(transaction=True)
def test_the_migration_makes_existing_documents_japanese_with_a_key_each():
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    before = [("library", "0003_text_extraction_outcome")]
    after = [("library", "0004_librarydocument_translations")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    try:
        old_apps = executor.loader.project_state(before).apps
        OldDocument = old_apps.get_model("library", "LibraryDocument")
        root = Collection.get_first_root_node()
        for title in ("移住の手引き", "冬の集いの案内"):
            OldDocument.objects.create(
                title=title,
                file=f"documents/{title}.txt",
                collection_id=root.pk,
                text_extraction_status="not_pdf",
            )
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(after)
    documents = list(LibraryDocument.objects.select_related("locale"))
    assert [d.locale.language_code for d in documents] == ["ja", "ja"]
    assert len({d.translation_key for d in documents}) == 2


def test_an_editor_translates_a_document_in_the_admin(admin_client, document, english):
    edit_url = reverse("wagtaildocs:edit", args=[document.pk])
    translate_url = reverse("library_document_translate", args=[document.pk])
    with translation.override("en"):
        assert translate_url in admin_client.get(edit_url).content.decode()
        assert admin_client.get(translate_url).status_code == 200
        response = admin_client.post(translate_url, {"locales": [english.pk]})
    english_document = document.get_translation(english)
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "wagtaildocs:edit", args=[english_document.pk]
    )
    # The translation opens in the translation editor; typed strings are
    # published to the English document.
    with translation.override("en"):
        editor = admin_client.get(response["Location"])
    assert editor.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [
        t.name for t in editor.templates
    ]
    source = TranslationSource.objects.get(object_id=document.translation_key)
    for segment in StringSegment.objects.filter(source=source):
        texts = {"移住の手引き": "Moving guide", "はじめての移住に。": "For a move."}
        url = reverse(
            "wagtail_localize:edit_string_translation",
            args=[
                Translation.objects.get(source=source).pk,
                segment.pk,
            ],
        )
        assert (
            admin_client.put(
                url,
                f"value={texts[segment.string.data]}",
                content_type="application/x-www-form-urlencoded",
            ).status_code
            == 201
        )
    with translation.override("en"):
        published = admin_client.post(response["Location"], {"action": "publish"})
    assert published.status_code in (200, 302)
    english_document.refresh_from_db()
    assert english_document.title == "Moving guide"
    assert english_document.description == "For a move."
    # Nothing left to translate into: no more "Translate".
    with translation.override("en"):
        assert translate_url not in admin_client.get(edit_url).content.decode()


def test_every_demo_document_has_its_english_through_wagtail_localize(demo, db):
    english = Locale.objects.get(language_code="en")
    japanese = LibraryDocument.objects.filter(locale=Locale.get_default())
    assert japanese.count() == 25
    for document in japanese:
        translated = document.get_translation(english)
        assert translated.title != document.title
        assert translated.description
        assert translated.file.name == document.file.name
        assert Translation.objects.filter(
            source__object_id=document.translation_key,
            target_locale=english,
            enabled=True,
        ).exists()


def test_an_editor_syncs_a_documents_translations_from_its_edit_page(
    admin_client, document, english_document
):
    sync_url = reverse("library_document_sync", args=[document.pk])
    # The admin speaks the editor's language (Japanese by default).
    edit_page = admin_client.get(reverse("wagtaildocs:edit", args=[document.pk]))
    assert sync_url in edit_page.content.decode()
    assert "翻訳済みの資料を同期" in edit_page.content.decode()
    # A fact changed without the signal (as a bulk update would) reaches the
    # translation only through the sync.
    LibraryDocument.objects.filter(pk=document.pk).update(kind=DocumentKind.REPORT)
    form = admin_client.get(sync_url)
    assert form.status_code == 200
    assert "Moving guide" in form.content.decode()
    response = admin_client.post(sync_url, {"publish_translations": "on"})
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtaildocs:edit", args=[document.pk])
    english_document.refresh_from_db()
    assert english_document.kind == DocumentKind.REPORT
    assert english_document.title == "Moving guide"


def test_only_a_translated_document_offers_sync_and_only_to_its_editors(
    admin_client, client, django_user_model, document, english_document
):
    untranslated = LibraryDocumentFactory(title="冬の集いの案内")
    edit_page = admin_client.get(reverse("wagtaildocs:edit", args=[untranslated.pk]))
    assert "/sync/" not in edit_page.content.decode()
    untranslated_sync = reverse("library_document_sync", args=[untranslated.pk])
    # (A 404 under /admin/ is redirected to the language's prefix first.)
    assert admin_client.get(untranslated_sync, follow=True).status_code == 404

    sync_url = reverse("library_document_sync", args=[document.pk])
    response = client.get(sync_url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    # In the admin, but allowed neither to translate nor to change documents.
    user = django_user_model.objects.create_user(username="reader")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    # Wagtail's admin answers a refusal with its dashboard and a message.
    for response in (
        client.get(sync_url),
        client.post(sync_url, {"publish_translations": "on"}),
    ):
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    LibraryDocument.objects.filter(pk=document.pk).update(kind=DocumentKind.REPORT)
    client.post(sync_url, {"publish_translations": "on"})
    english_document.refresh_from_db()
    assert english_document.kind == DocumentKind.GUIDEBOOK


@pytest.fixture
def document_editor(django_user_model):
    """An editor allowed to add, change and choose documents in every
    collection (Wagtail's collection permissions, no model permission) and to
    submit translations, as the Editors group of a site would be."""
    group = Group.objects.create(name="資料の編集者")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="submit_translation"),
    )
    root = Collection.get_first_root_node()
    # Wagtail checks documents' collection permissions against its own
    # Document model's (wagtaildocs), whatever the document model.
    for codename in ("add_document", "change_document", "choose_document"):
        GroupCollectionPermission.objects.create(
            group=group,
            collection=root,
            permission=Permission.objects.get(
                content_type__app_label="wagtaildocs", codename=codename
            ),
        )
    user = django_user_model.objects.create_user(username="editor", password="x")
    user.groups.add(group)
    return user


def test_a_document_editor_translates_in_the_translation_editor(
    client, document_editor, document, english_document
):
    client.force_login(document_editor)
    editor = client.get(reverse("wagtaildocs:edit", args=[english_document.pk]))
    assert editor.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [
        t.name for t in editor.templates
    ]
    translate_strings(english_document, {"移住の手引き": "Guide to moving"}, client)
    published = client.post(
        reverse("wagtaildocs:edit", args=[english_document.pk]), {"action": "publish"}
    )
    assert published.status_code in (200, 302)
    english_document.refresh_from_db()
    assert english_document.title == "Guide to moving"


def test_a_document_editor_of_another_collection_cannot_translate_it(
    client, document_editor, document, english_document
):
    # Allowed in one sub-collection only; the document is in the root.
    elsewhere = Collection.get_first_root_node().add_child(name="会報")
    GroupCollectionPermission.objects.filter(group__user=document_editor).update(
        collection=elsewhere
    )
    client.force_login(document_editor)
    editor = client.get(reverse("wagtaildocs:edit", args=[english_document.pk]))
    assert editor.status_code == 302
    translation = translation_of(english_document)
    segment = StringSegment.objects.filter(source=translation.source).first()
    response = client.put(
        reverse(
            "wagtail_localize:edit_string_translation",
            args=[translation.pk, segment.pk],
        ),
        "value=Guide to moving",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 403
    assert not StringTranslation.objects.filter(data="Guide to moving").exists()


def test_uploading_from_the_english_list_says_documents_are_added_in_japanese(
    admin_client, english
):
    with translation.override("en"):
        listing = admin_client.get(reverse("wagtaildocs:index"), {"locale": "en"})
    upload_url = reverse("wagtaildocs:add_multiple")
    assert f"{upload_url}?locale=en" in listing.content.decode()
    page = admin_client.get(upload_url, {"locale": "en"}).content.decode()
    assert "ここでアップロードした資料は、サイトの主な言語である" in page
    assert "「翻訳する」" in page
    response = admin_client.post(
        upload_url,
        {"files[]": SimpleUploadedFile("winter.txt", b"Winter\n", "text/plain")},
    )
    assert response.status_code == 200
    # Kept aside until the editor gives the kind; then made in Japanese.
    upload = UploadedFile.objects.get()
    prefix = f"uploaded-document-{upload.pk}"
    response = admin_client.post(
        reverse("wagtaildocs:create_multiple_from_uploaded_document", args=[upload.pk]),
        {
            f"{prefix}-title": "冬の集い",
            f"{prefix}-collection": Collection.get_first_root_node().pk,
            f"{prefix}-kind": DocumentKind.FLYER,
            f"{prefix}-published_on": "2026-12-01",
        },
    )
    assert response.json()["success"], response.content
    assert LibraryDocument.objects.get(title="冬の集い").locale == Locale.get_default()
    # The Japanese list says nothing.
    page = admin_client.get(upload_url).content.decode()
    assert "ここでアップロードした資料は" not in page


def test_the_document_chooser_offers_the_language_of_the_page_being_edited(
    admin_client, home_page, document, english_document
):
    # Wagtail's page editor names its language (wagtailConfig), and every
    # chooser it opens sends it as ?locale=; the document chooser filters on it.
    library = LibraryPageFactory(parent=home_page)
    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[library.pk]))
    assert '"ACTIVE_CONTENT_LOCALE": "ja"' in editor.content.decode()

    def chooser(language):
        response = admin_client.get(
            reverse("wagtaildocs_chooser:choose"), {"locale": language}
        )
        return json.loads(response.content)["html"]

    assert "移住の手引き" in chooser("ja")
    assert "Moving guide" not in chooser("ja")
    assert "Moving guide" in chooser("en")
    assert "移住の手引き" not in chooser("en")


def submitted(instance, locale):
    """``instance`` submitted for translation into ``locale``, nothing typed
    yet: wagtail-localize's copy holds the source's texts."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        translate_object(instance, [locale])
    return instance.get_translation(locale)


def test_the_english_library_marks_texts_submitted_but_not_yet_translated(
    home_page, english
):
    waiting = LibraryDocumentFactory(
        title="冬の集いの案内", description="冬の集いのお知らせ。"
    )
    waiting = submitted(waiting, english)
    half = translate(
        LibraryDocumentFactory(title="移住の手引き", description="はじめての移住に。"),
        english,
        {"移住の手引き": "Moving guide"},
    )
    # The English copies are English rows; their texts are still Japanese.
    assert waiting.locale == english and waiting.title == "冬の集いの案内"
    assert half.description == "はじめての移住に。"
    library = LibraryPageFactory(parent=home_page)
    translate(home_page, english, {home_page.title: "Home"})
    english_library = translate(library, english, {library.title: "Library"})
    html = Client().get(english_library.url).content.decode()
    assert f'<a href="{waiting.url}" lang="ja">冬の集いの案内</a>' in html
    assert '<p class="table__note" lang="ja">冬の集いのお知らせ。</p>' in html
    assert f'<a href="{half.url}">Moving guide</a>' in html
    assert '<p class="table__note" lang="ja">はじめての移住に。</p>' in html
    # Once translated, the English texts lose the mark.
    translate(
        LibraryDocument.objects.get(pk=waiting.pk).get_translation(
            Locale.get_default()
        ),
        english,
        {"冬の集いの案内": "Winter gathering", "冬の集いのお知らせ。": "Its notice."},
    )
    html = Client().get(english_library.url).content.decode()
    assert f'<a href="{waiting.url}">Winter gathering</a>' in html
    assert '<p class="table__note">Its notice.</p>' in html
    # The Japanese library marks nothing.
    html = Client().get(library.url).content.decode()
    table = html[html.index("<tbody>") : html.index("</tbody>")]
    assert "lang=" not in table


def test_a_page_marks_a_linked_document_not_yet_translated(home_page, english):
    from cms.programmes.tests.factories import ProgrammePageFactory

    waiting = LibraryDocumentFactory(title="申請書の様式")
    translated_one = LibraryDocumentFactory(title="募集要項")
    programme = ProgrammePageFactory(
        parent=home_page,
        documents=[("document", waiting), ("document", translated_one)],
    )
    translate(translated_one, english, {"募集要項": "Call for applications"})
    translate(home_page, english, {home_page.title: "Home"})
    # Translating the page submits the document it links that has no English yet.
    english_programme = translate(programme, english, {programme.title: "Grant"})
    english_waiting = waiting.get_translation(english)
    assert english_waiting.title == "申請書の様式"
    html = Client().get(english_programme.url).content.decode()
    assert (
        f'<a class="document-list__link" href="{english_waiting.url}" lang="ja">'
        "申請書の様式</a>"
    ) in html
    english_translated = translated_one.get_translation(english)
    assert (
        f'<a class="document-list__link" href="{english_translated.url}">'
        "Call for applications</a>"
    ) in html


def test_marking_untranslated_documents_takes_one_query_per_listing(home_page, english):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    library = LibraryPageFactory(parent=home_page)
    translate(home_page, english, {home_page.title: "Home"})
    english_library = translate(library, english, {library.title: "Library"})

    def add_waiting(count):
        for _ in range(count):
            LibraryDocumentFactory().copy_for_translation(english).save()

    def queries_of_a_render():
        # The first render after a change: the shared cache was renewed, so
        # the marks are read from the database.
        with CaptureQueriesContext(connection) as queries:
            html = Client().get(english_library.url).content.decode()
        return html, [q["sql"] for q in queries.captured_queries]

    # What Wagtail and Django keep for the life of the process (content types,
    # site root paths) is read before counting.
    queries_of_a_render()
    add_waiting(1)
    html, one = queries_of_a_render()
    assert html.count('lang="ja"') >= 1
    add_waiting(9)
    html, ten = queries_of_a_render()
    table = html[html.index("<tbody>") : html.index("</tbody>")]
    assert table.count('lang="ja"') == 10
    assert len(ten) == len(one)
    # The marks of every row come from one query.
    assert sum("EXISTS" in sql and '"title"' in sql for sql in ten) == 1
