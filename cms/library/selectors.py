from django.conf import settings
from django.core.paginator import Paginator

from cms.privacy.visibility import visible_documents

from .choices import DocumentKind
from .models import LibraryDocument


def library_context(*, request, user=None):
    """Documents of one kind (or all), newest first, with the kinds to filter by."""
    documents = visible_documents(LibraryDocument.objects.all(), user=user)
    kind = request.GET.get("kind", "")
    if kind not in DocumentKind.values:
        kind = ""
    if kind:
        documents = documents.filter(kind=kind)
    page = Paginator(documents, settings.KAIKI_ITEMS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return {
        "documents": page,
        "kinds": DocumentKind.choices,
        "selected_kind": kind,
    }


def latest_documents(*, limit, user=None):
    return visible_documents(LibraryDocument.objects.all(), user=user)[:limit]
