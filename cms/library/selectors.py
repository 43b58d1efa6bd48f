from wagtail.models import Locale

from cms.privacy.visibility import visible_documents

from .models import LibraryDocument


def latest_documents(*, limit, user=None, locale_id=None):
    """The newest documents, each once, in ``locale_id`` where translated
    (default: the active language)."""
    return visible_documents(_in_language(locale_id), user=user)[:limit]


def _in_language(locale_id):
    if locale_id is None:
        locale_id = Locale.get_active().pk
    return LibraryDocument.objects.in_language(locale_id)
