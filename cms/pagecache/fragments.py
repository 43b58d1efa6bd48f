"""What a piece of a page cached for one visitor may be shown to another by."""

from django.utils.translation import get_language

from cms.privacy.visibility import hidden_collection_paths, hidden_page_paths


def audience_key(request):
    """The language, the host, and the restricted pages and collections hidden
    from the visitor (cms.privacy): visitors with the same key are shown the
    same pages and documents, so they may share a fragment or a page's context
    (never anything personal: see templatetags/pagecache.py)."""
    user = getattr(request, "user", None)
    return (
        get_language(),
        request.get_host(),
        hidden_page_paths(user),
        hidden_collection_paths(user),
    )
