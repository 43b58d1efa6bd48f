"""The admin's document views: each document's language and text extraction
outcome in the list, new documents in the language chosen, and "Translate"
and "Sync translated documents" on a document (wagtail-localize offers them on
pages and snippets only)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext
from wagtail import hooks
from wagtail.admin.ui.tables import Column, LocaleColumn
from wagtail.admin.widgets.button import Button
from wagtail.documents import get_document_model
from wagtail.documents.views import multiple
from wagtail.documents.views.documents import CreateView, EditView, IndexView
from wagtail.models import Locale
from wagtail.permissions import policy_registry
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views.edit_translation import edit_translation
from wagtail_localize.views.submit_translations import SubmitTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView


class LibraryDocumentIndexView(IndexView):
    @cached_property
    def columns(self):
        columns = super().columns
        # After the title (Wagtail's own lists put the locale there); the list
        # also has Wagtail's language filter, the model being translatable.
        columns.insert(2, LocaleColumn())
        # Before the usage count, the last column.
        columns.insert(
            len(columns) - 1,
            Column(
                "text_extraction_status",
                label=_("Text extraction"),
                accessor="text_extraction_summary",
                sort_key="text_extraction_status",
            ),
        )
        return columns


class LibraryDocumentCreateView(CreateView):
    def get_initial_form_instance(self):
        # Wagtail's document form leaves out the language the generic view
        # gives translatable models (?locale=en from the list's "Add").
        document = super().get_initial_form_instance()
        document.locale = self.locale
        return document


class LibraryDocumentMultipleAddView(multiple.AddView):
    """Wagtail's upload of several documents, which the list's "Add" opens.

    It makes every document in the default language, whatever language the
    list showed (its upload form carries no language). From another
    language's list, the page says so before anything is uploaded, and how
    that language's version is made."""

    def get(self, request, *args, **kwargs):
        default = Locale.get_default()
        requested = Locale.objects.filter(
            language_code=request.GET.get("locale", "")
        ).first()
        if requested is not None and requested != default:
            messages.info(
                request,
                pgettext(
                    "translation",
                    "Documents uploaded here are added in {default}, the site's "
                    "main language. For a document in {language}, open it after "
                    "uploading and choose Translate.",
                ).format(
                    default=default.get_display_name(),
                    language=requested.get_display_name(),
                ),
            )
        return super().get(request, *args, **kwargs)


class LibraryDocumentEditView(EditView):
    """A translated document opens in wagtail-localize's translation editor, as
    a translated snippet does (wagtail-localize's before_edit_snippet hook)."""

    def get(self, request, *args, **kwargs):
        return self.translation_editor(request) or super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        return self.translation_editor(request) or super().post(
            request, *args, **kwargs
        )

    def translation_editor(self, request):
        document = self.get_object()  # with Wagtail's permission check
        translation = Translation.objects.filter(
            source__object_id=document.translation_key,
            target_locale_id=document.locale_id,
            enabled=True,
        ).first()
        if translation is None:
            return None
        return edit_translation(request, translation, document)

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        untranslated = Locale.objects.exclude(
            pk__in=self.object.get_translations(inclusive=True).values("locale_id")
        )
        if (
            self.request.user.has_perm("wagtail_localize.submit_translation")
            and untranslated.exists()
        ):
            buttons.append(
                Button(
                    pgettext("translation", "Translate"),
                    url=reverse("library_document_translate", args=[self.object.pk]),
                    icon_name="globe",
                    priority=20,
                )
            )
        source = TranslationSource.objects.get_for_instance_or_none(self.object)
        if (
            self.request.user.has_perm("wagtail_localize.submit_translation")
            and source is not None
            and source.translations.filter(enabled=True).exists()
        ):
            buttons.append(
                Button(
                    pgettext("translation", "Sync translated {model_name}").format(
                        model_name=self.object._meta.verbose_name_plural
                    ),
                    url=reverse("library_document_sync", args=[self.object.pk]),
                    icon_name="resubmit",
                    priority=30,
                )
            )
        return buttons


class SubmitDocumentTranslationView(SubmitTranslationView):
    """wagtail-localize's "Translate" form and submission (its TranslationCreator
    also brings the translation source and its string segments), for a
    document; the translation then opens in the document's edit view."""

    def get_title(self):
        return pgettext("translation", "Translate {model_name}").format(
            model_name=self.object._meta.verbose_name
        )

    def get_object(self):
        return document_to_change(self.request, self.kwargs["pk"])

    def get_default_success_url(self, translated_object=None):
        document = translated_object or self.object
        return reverse("wagtaildocs:edit", args=[document.pk])

    def get_success_message(self, locales):
        return pgettext(
            "translation",
            "The {model_name} '{object}' was successfully submitted for "
            "translation into {locales}",
        ).format(
            model_name=self.object._meta.verbose_name,
            object=str(self.object),
            locales=locales,
        )


class SyncDocumentTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Sync translated ..." for a document's translations:
    its own view has no way back to a document (it knows pages and snippets),
    so it would fail after syncing."""

    def get_object(self):
        document = document_to_change(self.request, self.kwargs["pk"])
        return get_object_or_404(
            TranslationSource,
            object_id=document.translation_key,
            locale_id=document.locale_id,
        )

    def get_default_success_url(self):
        return reverse("wagtaildocs:edit", args=[self.kwargs["pk"]])

    def get_edit_url(self, instance):
        return reverse("wagtaildocs:edit", args=[instance.pk])


def document_to_change(request, pk):
    """The document ``pk``, if the user may change it."""
    model = get_document_model()
    document = get_object_or_404(model, pk=pk)
    if not policy_registry.get_by_type(model).user_has_permission_for_instance(
        request.user, "change", document
    ):
        raise PermissionDenied
    return document


@hooks.register("register_admin_urls", order=-1)
def register_library_document_views():
    # Wagtail's document index has no extension point for columns: these paths
    # come before wagtaildocs' own (order=-1), so they answer its index URLs.
    return [
        path(
            "documents/",
            LibraryDocumentIndexView.as_view(),
            name="library_document_index",
        ),
        path(
            "documents/results/",
            LibraryDocumentIndexView.as_view(results_only=True),
            name="library_document_index_results",
        ),
        path(
            "documents/edit/<int:document_id>/",
            LibraryDocumentEditView.as_view(),
            name="library_document_edit",
        ),
        path(
            "documents/<int:pk>/translate/",
            SubmitDocumentTranslationView.as_view(),
            name="library_document_translate",
        ),
        path(
            "documents/<int:pk>/sync/",
            SyncDocumentTranslationsView.as_view(),
            name="library_document_sync",
        ),
        path(
            "documents/multiple/add/",
            LibraryDocumentMultipleAddView.as_view(),
            name="library_document_add_multiple",
        ),
        path(
            "documents/add/",
            LibraryDocumentCreateView.as_view(),
            name="library_document_add",
        ),
    ]
