"""Where library pages may go, and creating them through the admin."""

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cms.events.models import EventIndexPage
from cms.library.models import GuidebookChapterPage, GuidebookPage, LibraryPage
from cms.library.tests.factories import (
    GuidebookPageFactory,
    LibraryDocumentFactory,
    LibraryPageFactory,
)
from home.models import HomePage, StandardPage
from home.tests.utils import KaikiPageTestCase


class LibraryPageTreeTests(KaikiPageTestCase):
    def test_parents_and_children(self):
        self.assertAllowedParentPageTypes(LibraryPage, {HomePage})
        self.assertAllowedSubpageTypes(LibraryPage, {GuidebookPage, StandardPage})
        self.assertCanNotCreateAt(StandardPage, LibraryPage)

    def test_create(self):
        self.assertCanCreate(
            self.home,
            LibraryPage,
            nested_form_data({"title": "Library", "intro": "資料をダウンロード"}),
        )
        self.assertEqual(LibraryPage.objects.get().intro, "資料をダウンロード")
        self.assertFalse(LibraryPage.can_create_at(self.home))


class GuidebookPageTreeTests(KaikiPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.library = LibraryPageFactory(parent=cls.home)

    def test_parents_and_children(self):
        self.assertAllowedParentPageTypes(GuidebookPage, {LibraryPage, StandardPage})
        self.assertAllowedSubpageTypes(GuidebookPage, {GuidebookChapterPage})
        self.assertCanNotCreateAt(HomePage, GuidebookPage)
        self.assertCanNotCreateAt(EventIndexPage, GuidebookPage)

    def test_create_with_its_pdf(self):
        pdf = LibraryDocumentFactory(title="ガイドブックPDF")
        self.assertCanCreate(
            self.library,
            GuidebookPage,
            nested_form_data(
                {
                    "title": "Guidebook",
                    "intro": "はじめての移住に",
                    "cover_image": "",
                    "pdf": str(pdf.pk),
                }
            ),
        )
        self.assertEqual(GuidebookPage.objects.get(slug="guidebook").pdf, pdf)


class GuidebookChapterPageTreeTests(KaikiPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        library = LibraryPageFactory(parent=cls.home)
        cls.guidebook = GuidebookPageFactory(parent=library)

    def test_parents_and_children(self):
        self.assertAllowedParentPageTypes(GuidebookChapterPage, {GuidebookPage})
        self.assertAllowedSubpageTypes(GuidebookChapterPage, set())
        self.assertCanNotCreateAt(LibraryPage, GuidebookChapterPage)

    def test_create(self):
        self.assertCanCreate(
            self.guidebook,
            GuidebookChapterPage,
            nested_form_data(
                {
                    "title": "Chapter 1",
                    "summary": "住まい",
                    "body": streamfield(
                        [
                            ("heading", {"text": "住まいを探す", "level": "h2"}),
                            ("paragraph", rich_text("<p>空き家バンク</p>")),
                            (
                                "question",
                                {
                                    "question": "家賃は?",
                                    "answer": rich_text("<p>地域によります</p>"),
                                },
                            ),
                        ]
                    ),
                }
            ),
        )
        chapter = GuidebookChapterPage.objects.get(slug="chapter-1")
        self.assertEqual(
            [block.block_type for block in chapter.body],
            ["heading", "paragraph", "question"],
        )
