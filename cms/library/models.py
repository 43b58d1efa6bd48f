"""Documents (manuals, reports, forms...), the library page and web guidebooks."""

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.documents.models import AbstractDocument, DocumentQuerySet
from wagtail.documents.models import Document as WagtailDocument
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.core.blocks import BaseStreamBlock
from cms.core.i18n import locale_for
from cms.core.slugs import ReadableSlugMixin
from cms.privacy.pages import SharedViewRestrictionsMixin
from cms.privacy.visibility import visible_documents, visible_pages

from .choices import DocumentKind, TextExtractionReason, TextExtractionStatus
from .filters import DocumentFilterForm


class LibraryDocumentQuerySet(DocumentQuerySet):
    def in_language(self, locale_id):
        """Each document once: in ``locale_id`` where translated, otherwise in
        the default language (a Japanese-only document on an English page), or,
        for a document that exists in neither, as it is."""
        translations = self.model.objects.all()
        in_locale = translations.filter(locale_id=locale_id).values("translation_key")
        default = locale_for(settings.LANGUAGE_CODE)
        in_default = translations.filter(locale=default).values("translation_key")
        return self.filter(
            Q(locale_id=locale_id)
            | ~Q(translation_key__in=in_locale)
            & (Q(locale=default) | ~Q(translation_key__in=in_default))
        )

    def untranslated_texts(self, *, source_locale_id):
        """``(pk, title untranslated, description untranslated)`` of each
        translation whose title or (non-empty) description is still, word for
        word, that of its document in ``source_locale_id``: what wagtail-localize
        copied from the source when the document was submitted for translation,
        not translated yet. A text translated into the same words (a name) counts
        as untranslated too; both read the same in either language."""
        source = self.model.objects.filter(
            translation_key=OuterRef("translation_key"), locale_id=source_locale_id
        )
        return (
            self.exclude(locale_id=source_locale_id)
            .annotate(
                title_untranslated=Exists(source.filter(title=OuterRef("title"))),
                description_untranslated=Exists(
                    source.filter(description=OuterRef("description")).exclude(
                        description=""
                    )
                ),
            )
            .filter(Q(title_untranslated=True) | Q(description_untranslated=True))
            .order_by()
            .values_list("pk", "title_untranslated", "description_untranslated")
        )


class LibraryDocument(TranslatableMixin, AbstractDocument):
    """A downloadable file with what the library lists: kind, date, downloads.

    Translations (wagtail-localize) translate the title and description and
    share everything else with their source: the file itself (one stored file
    for every language, see signals), kind, date, collection (so privacy rules
    treat them alike), the extracted text and the download count.
    """

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=DocumentKind.choices,
        default=DocumentKind.MANUAL,
    )
    description = models.TextField(_("description"), blank=True)
    published_on = models.DateField(_("published on"), null=True, blank=True)
    download_count = models.PositiveIntegerField(
        _("downloads"), default=0, editable=False
    )
    extracted_text = models.TextField(
        _("text of the file"),
        blank=True,
        editable=False,
        help_text=_("Filled in automatically from PDF files, for search."),
    )
    # Extraction runs in the task worker; editors see here whether it worked.
    text_extraction_status = models.CharField(
        _("text extraction"),
        max_length=20,
        choices=TextExtractionStatus.choices,
        default=TextExtractionStatus.PENDING,
        editable=False,
    )
    text_extraction_reason = models.CharField(
        _("text extraction note"),
        max_length=20,
        choices=TextExtractionReason.choices,
        blank=True,
        editable=False,
    )

    objects = LibraryDocumentQuerySet.as_manager()

    # What a translation takes from its source when the source is saved
    # (signals.translations_follow_source); the rest is translated
    # or per row.
    SHARED_FIELDS = (
        "file",
        "file_size",
        "file_hash",
        "kind",
        "published_on",
        "collection",
        "extracted_text",
        "text_extraction_status",
        "text_extraction_reason",
    )
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        SynchronizedField("file"),
        SynchronizedField("kind"),
        SynchronizedField("published_on"),
        SynchronizedField("collection"),
    ]

    admin_form_fields = (
        *WagtailDocument.admin_form_fields,
        "kind",
        "description",
        "published_on",
    )
    search_fields = [
        *AbstractDocument.search_fields,
        index.SearchField("description"),
        index.SearchField("extracted_text"),
        index.FilterField("kind"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractDocument.Meta):
        # 資料 to visitors and in Kaiki's own screens; Wagtail's admin keeps its
        # ドキュメント for the same files.
        verbose_name = pgettext_lazy("library", "document")
        verbose_name_plural = pgettext_lazy("library", "documents")
        # Undated documents last, on SQLite and PostgreSQL alike.
        ordering = [F("published_on").desc(nulls_last=True), "-created_at"]
        constraints = [
            # A failure always says why; only a truncated text carries a note
            # when extraction worked; pending and non-PDF documents carry none.
            models.CheckConstraint(
                condition=(
                    Q(text_extraction_status=TextExtractionStatus.FAILED)
                    & ~Q(text_extraction_reason="")
                    & ~Q(text_extraction_reason=TextExtractionReason.TRUNCATED)
                )
                | Q(
                    text_extraction_status=TextExtractionStatus.EXTRACTED,
                    text_extraction_reason__in=["", TextExtractionReason.TRUNCATED],
                )
                | Q(
                    text_extraction_status__in=[
                        TextExtractionStatus.PENDING,
                        TextExtractionStatus.NOT_PDF,
                    ],
                    text_extraction_reason="",
                ),
                name="library_document_text_extraction_reason",
            ),
        ]

    def clean(self):
        # The form refused the upload (too big, content not what the extension
        # says) and no file is left: Wagtail's extension check would add "file
        # extension '' is not allowed" beside the real reason.
        if self.file:
            super().clean()

    @property
    def extension(self):
        return self.file_extension.upper()

    @property
    def text_extraction_summary(self):
        """The status with its reason, as one line for the admin."""
        status = self.get_text_extraction_status_display()
        if not self.text_extraction_reason:
            return status
        return _("%(status)s: %(reason)s") % {
            "status": status,
            "reason": self.get_text_extraction_reason_display(),
        }


class LibraryPage(SharedViewRestrictionsMixin, Page):
    """Every document, grouped by kind, with type, size, date and downloads."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["library.GuidebookPage", "home.StandardPage"]
    max_count = 1

    class Meta:
        verbose_name = _("library")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        documents = visible_documents(
            LibraryDocument.objects.in_language(self.locale_id), user=request.user
        )
        form = DocumentFilterForm(request.GET)
        kind = form.filters().get("kind", "")
        if kind:
            documents = documents.filter(kind=kind)
        context.update(
            {
                "documents": Paginator(
                    documents, settings.KAIKI_ITEMS_PER_PAGE
                ).get_page(request.GET.get("page")),
                "filter_form": form,
                "kinds": DocumentKind.choices,
                "selected_kind": kind,
            }
        )
        return context


class GuidebookPage(SharedViewRestrictionsMixin, ReadableSlugMixin, Page):
    """A web guidebook: an introduction here, chapters as child pages, and a PDF."""

    intro = models.TextField(_("introduction"))
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    pdf = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("PDF edition"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("cover_image"),
        FieldPanel("pdf"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["library.LibraryPage", "home.StandardPage"]
    subpage_types = ["library.GuidebookChapterPage"]

    class Meta:
        verbose_name = _("guidebook")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["chapters"] = visible_pages(
            self.get_children(), user=request.user
        ).specific()
        return context


class GuidebookChapterPage(SharedViewRestrictionsMixin, ReadableSlugMixin, Page):
    summary = models.TextField(_("summary"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["library.GuidebookPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guidebook chapter")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guidebook = self.get_parent().specific
        # Neighbours: a chapter hidden from this visitor is skipped, not linked.
        chapters = list(visible_pages(guidebook.get_children(), user=request.user))
        position = next((i for i, c in enumerate(chapters) if c.pk == self.pk), 0)
        context.update(
            guidebook=guidebook,
            chapters=chapters,
            chapter_number=position + 1,
            previous_chapter=chapters[position - 1] if position > 0 else None,
            next_chapter=chapters[position + 1]
            if position + 1 < len(chapters)
            else None,
        )
        return context
