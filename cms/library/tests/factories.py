import factory

from cms.library.choices import DocumentKind
from cms.library.models import (
    GuidebookChapterPage,
    GuidebookPage,
    LibraryDocument,
    LibraryPage,
)
from home.tests.factories import PageFactory


class LibraryDocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LibraryDocument

    title = factory.Sequence(lambda n: f"資料{n}")
    kind = DocumentKind.MANUAL
    file = factory.django.FileField(filename="document.txt", data=b"Kaiki document")


class LibraryPageFactory(PageFactory):
    class Meta:
        model = LibraryPage

    title = "資料室"
    slug = "library"


class GuidebookPageFactory(PageFactory):
    class Meta:
        model = GuidebookPage

    title = "移住ガイドブック"
    intro = "はじめての移住に。"


class GuidebookChapterPageFactory(PageFactory):
    class Meta:
        model = GuidebookChapterPage

    summary = "この章のまとめ"
    body = factory.LazyFunction(lambda: [("paragraph", "<p>住まいの探し方。</p>")])
