from django.conf import settings
from django.core.paginator import Paginator

from .choices import DocumentKind
from .models import LibraryDocument


def library_context(*, request):
    """Documents of one kind (or all), newest first, with the kinds to filter by."""
    documents = LibraryDocument.objects.all()
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


def latest_documents(*, limit):
    return LibraryDocument.objects.all()[:limit]
