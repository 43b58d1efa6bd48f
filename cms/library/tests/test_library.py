"""The library page, counted downloads and the text of PDFs."""

import datetime
import io

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.files.base import ContentFile
from reportlab.pdfgen import canvas

from cms.library.choices import DocumentKind
from cms.library.tasks import extract_document_text
from cms.library.tests.factories import (
    GuidebookChapterPageFactory,
    GuidebookPageFactory,
    LibraryDocumentFactory,
    LibraryPageFactory,
)
from home.tests.utils import KaikiPageTestCase, queries_to_render

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(home_page):
    return LibraryPageFactory(parent=home_page, intro="資料をダウンロードできます。")


def make_pdf(text):
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 720, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


class RenderTests(KaikiPageTestCase):
    def test_library_guidebook_and_chapter_are_renderable(self):
        library = LibraryPageFactory(parent=self.home)
        guidebook = GuidebookPageFactory(parent=library)
        chapter = GuidebookChapterPageFactory(parent=guidebook)
        for page in (library, guidebook, chapter):
            with self.subTest(page=type(page).__name__):
                self.assertPageIsRenderable(page)


class TestLibraryPage:
    def test_lists_documents_with_their_details(self, client, library):
        LibraryDocumentFactory(
            title="移住ガイドブック",
            kind=DocumentKind.GUIDEBOOK,
            published_on=datetime.date(2017, 3, 4),
            file=ContentFile(make_pdf("Guide"), name="guide.pdf"),
        )
        response = client.get(library.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert "移住ガイドブック" in html
        assert "2017年3月4日(土)" in html
        assert "PDF" in html
        assert str(DocumentKind.GUIDEBOOK.label) in html

    def test_kind_filter(self, client, library):
        LibraryDocumentFactory(title="申請書様式", kind=DocumentKind.APPLICATION_FORM)
        LibraryDocumentFactory(title="事業報告書", kind=DocumentKind.REPORT)
        response = client.get(library.url, {"kind": "report"})
        assert response.context["selected_kind"] == "report"
        assert [d.title for d in response.context["documents"]] == ["事業報告書"]
        html = response.content.decode()
        assert "事業報告書" in html
        assert "申請書様式" not in html

    def test_unknown_kind_shows_everything(self, client, library):
        LibraryDocumentFactory(kind=DocumentKind.APPLICATION_FORM)
        LibraryDocumentFactory(kind=DocumentKind.REPORT)
        response = client.get(library.url, {"kind": "secret"})
        assert response.context["selected_kind"] == ""
        assert len(response.context["documents"]) == 2
        # Said, not silently dropped: the visitor sees what was not understood.
        [error] = response.context["filter_form"].errors["kind"]
        assert "secret" in error
        assert error in response.content.decode()

    def test_newest_first(self, client, library):
        LibraryDocumentFactory(title="古い", published_on=datetime.date(2016, 1, 1))
        LibraryDocumentFactory(title="新しい", published_on=datetime.date(2024, 1, 1))
        response = client.get(library.url)
        assert [d.title for d in response.context["documents"]] == ["新しい", "古い"]

    def test_queries_are_flat(self, client, library, django_assert_max_num_queries):
        LibraryDocumentFactory()
        one = queries_to_render(client, library.url)
        LibraryDocumentFactory.create_batch(49)
        many = queries_to_render(client, library.url)
        assert many == one
        with django_assert_max_num_queries(12):
            client.get(library.url)


def test_guidebook_lists_its_chapters_and_pdf(client, library):
    pdf = LibraryDocumentFactory(
        title="ガイドブックPDF", file=ContentFile(make_pdf("Guide"), name="guide.pdf")
    )
    guidebook = GuidebookPageFactory(parent=library, title="移住ガイドブック", pdf=pdf)
    first = GuidebookChapterPageFactory(parent=guidebook, title="住まいを探す")
    second = GuidebookChapterPageFactory(parent=guidebook, title="仕事を探す")
    html = client.get(guidebook.url).content.decode()
    assert "移住ガイドブック" in html
    assert pdf.url in html
    assert first.url in html and second.url in html

    response = client.get(second.url)
    assert response.status_code == 200
    assert response.context["chapter_number"] == 2
    assert response.context["previous_chapter"].pk == first.pk
    assert response.context["next_chapter"] is None
    assert "仕事を探す" in response.content.decode()


class TestDownloads:
    def test_each_download_is_counted(self, client):
        document = LibraryDocumentFactory()
        url = document.url
        assert url == f"/documents/{document.pk}/{document.filename}"
        for _ in range(2):
            response = client.get(url)
            assert response.status_code == 200
            assert b"".join(response.streaming_content) == b"Kaiki document"
        document.refresh_from_db()
        assert document.download_count == 2

    def test_a_missing_document_is_not_found(self, client):
        document = LibraryDocumentFactory()
        response = client.get(f"/documents/{document.pk + 1}/{document.filename}")
        assert response.status_code == 404
        document.refresh_from_db()
        assert document.download_count == 0

    def test_the_counter_does_not_trigger_text_extraction(
        self, django_capture_on_commit_callbacks
    ):
        document = LibraryDocumentFactory(
            file=ContentFile(make_pdf("Counted"), name="counted.pdf")
        )
        with django_capture_on_commit_callbacks() as callbacks:
            document.download_count = 5
            document.save(update_fields=["download_count"])
        assert extraction_callbacks(callbacks) == []


def extraction_callbacks(callbacks):
    # Saving a document also clears the page cache after the commit.
    return [c for c in callbacks if "text_extraction" in c.__qualname__]


class TestTextExtraction:
    def test_a_pdf_upload_gets_its_text_extracted(
        self, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            document = LibraryDocumentFactory(
                file=ContentFile(
                    make_pdf("Community places in Aomori"), name="places.pdf"
                )
            )
        assert len(extraction_callbacks(callbacks)) == 1
        document.refresh_from_db()
        assert "Community places in Aomori" in document.extracted_text

    def test_other_files_are_left_alone(self, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            document = LibraryDocumentFactory()
        assert extraction_callbacks(callbacks) == []
        document.refresh_from_db()
        assert document.extracted_text == ""

    def test_a_broken_pdf_leaves_the_text_empty(self):
        document = LibraryDocumentFactory(
            file=ContentFile(b"not a pdf at all", name="broken.pdf")
        )
        extract_document_text.call(document_id=document.pk)
        document.refresh_from_db()
        assert document.extracted_text == ""

    def test_a_deleted_document_is_skipped(self, django_assert_num_queries):
        document = LibraryDocumentFactory()
        pk = document.pk
        document.delete()
        # The task was queued before the delete: one look-up finds nothing, and
        # nothing is read from storage or written (no crash, no row made again).
        with django_assert_num_queries(1):
            extract_document_text.call(document_id=pk)


def test_documents_of_a_restricted_collection_are_not_listed(rf, library):
    from wagtail.models import Collection, CollectionViewRestriction

    members = Collection.get_first_root_node().add_child(name="会員向け")
    internal = members.add_child(name="内部資料")
    CollectionViewRestriction.objects.create(
        collection=members, restriction_type=CollectionViewRestriction.LOGIN
    )
    public = LibraryDocumentFactory(title="公開マニュアル")
    LibraryDocumentFactory(title="会員向け資料", collection=members)
    LibraryDocumentFactory(title="内部メモ", collection=internal)
    request = rf.get("/")
    request.user = AnonymousUser()
    listed = library.get_context(request)["documents"]
    assert [d.title for d in listed] == [public.title]
