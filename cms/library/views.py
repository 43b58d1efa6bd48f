from django.utils.cache import patch_cache_control
from wagtail.documents.views.serve import serve


def serve_document(request, document_id, document_filename):
    """Wagtail's document view (permissions, ETag, counting), with caching rules.

    Browsers revalidate on every download (cheap: the ETag is the file's hash),
    so a replaced file is seen at once and downloads keep being counted; a
    document in a restricted collection is never stored by a shared cache.
    """
    response = serve(request, document_id, document_filename)
    if response.status_code in (200, 304):
        if request.user.is_authenticated or request.COOKIES:
            patch_cache_control(response, private=True, no_cache=True)
        else:
            patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    return response
