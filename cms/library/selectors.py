from cms.privacy.visibility import visible_documents

from .models import LibraryDocument


def latest_documents(*, limit, user=None):
    return visible_documents(LibraryDocument.objects.all(), user=user)[:limit]
