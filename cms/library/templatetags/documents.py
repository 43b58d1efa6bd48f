"""Documents in the language of the page that shows them."""

from django import template
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from cms.core.i18n import localize_instances
from cms.pagecache.shared import shared_value

register = template.Library()


def _language_codes():
    """Locale id -> language code: a handful of rows that almost never change."""
    return shared_value(
        "locale-codes",
        "all",
        lambda: dict(Locale.objects.values_list("pk", "language_code")),
    )


def _active_locale_id():
    language = get_supported_content_language_variant(get_language())
    for locale_id, code in _language_codes().items():
        if code == language:
            return locale_id
    return Locale.get_active().pk


@register.simple_tag
def document_in_language(document):
    """``{% document_in_language document as document %}``: a document chosen
    on a page (a material, a PDF edition) in the visitor's language where it
    has been translated, otherwise as it is. No query on a warm cache."""
    if document is None:
        return None
    [document] = localize_instances([document], locale=_active_locale_id())
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
