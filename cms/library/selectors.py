from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Q
from wagtail.models import CollectionViewRestriction

from .choices import DocumentKind
from .models import LibraryDocument


def public_documents():
    """Documents anyone may download: none from a collection (or a sub-collection
    of one) that is restricted to logged-in users or behind a password."""
    restricted = CollectionViewRestriction.objects.values_list(
        "collection__path", flat=True
    )
    hidden = Q()
    for path in restricted:
        hidden |= Q(collection__path__startswith=path)
    documents = LibraryDocument.objects.all()
    return documents.exclude(hidden) if hidden else documents


def library_context(*, request):
    """Documents of one kind (or all), newest first, with the kinds to filter by."""
    documents = public_documents()
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
    return public_documents()[:limit]
