"""Documents in the language of the page that shows them."""

from django import template
from django.conf import settings
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from cms.core.i18n import locale_for, localize_instances
from cms.library.models import LibraryDocument
from cms.pagecache.shared import shared_value

register = template.Library()


def _language_codes():
    """Locale id -> language code: a handful of rows that almost never change."""
    return shared_value(
        "locale-codes",
        "all",
        lambda: dict(Locale.objects.values_list("pk", "language_code")),
    )


@register.simple_tag
def document_in_language(document):
    """``{% document_in_language document as document %}``: a document chosen
    on a page (a material, a PDF edition) in the visitor's language where it
    has been translated, otherwise as it is. No query on a warm cache."""
    if document is None:
        return None
    [document] = localize_instances([document], locale=locale_for().pk)
    return document


@register.filter
def foreign_language(document):
    """The language code of a document shown on a page in another language
    (``lang="{{ code }}"`` on its title), or "" when it is in the page's."""
    if document is None:
        return ""
    code = _language_codes().get(document.locale_id)
    if code is None:
        code = document.locale.language_code
    language = get_supported_content_language_variant(get_language())
    return "" if code == language else code


def _default_language():
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def _untranslated_texts():
    """Document id -> the names of its texts still in the default language
    (``LibraryDocumentQuerySet.untranslated_texts``).

    One query for every document of the site, kept in the shared cache (a
    document's save starts a new generation): a listing or a page of documents
    asks once, whatever the number of rows."""
    code = _default_language()
    locale_id = next(
        (pk for pk, language in _language_codes().items() if language == code), None
    )

    def read():
        return {
            pk: {
                name
                for name, untranslated in (
                    ("title", title),
                    ("description", description),
                )
                if untranslated
            }
            for pk, title, description in LibraryDocument.objects.untranslated_texts(
                source_locale_id=locale_id
            )
        }

    return shared_value("document-untranslated-texts", locale_id, read)


@register.filter
def text_language(document, field):
    """``lang`` for a document's ``field`` ("title" or "description") on the
    page: the document's language when it is not the page's; the source's when
    the document is a translation still showing its source's text (submitted
    for translation, not translated yet); "" when the text is in the page's.

    The locale alone would not tell: an untranslated copy is an English row."""
    code = foreign_language(document)
    if code or document is None:
        return code
    source_code = _default_language()
    # A document in the default language is a source, never a copy of one.
    if _language_codes().get(document.locale_id) == source_code:
        return ""
    return source_code if field in _untranslated_texts().get(document.pk, ()) else ""
