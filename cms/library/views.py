from django.http import FileResponse
from django.utils.cache import patch_cache_control
from wagtail.documents.views.serve import serve

from .services import document_record_download


def serve_document(request, document_id, document_filename):
    """Wagtail's document view (permissions, ETag), with counting and caching rules.

    Browsers revalidate on every download (cheap: the ETag is the file's hash),
    so a replaced file is seen at once and downloads keep being counted; a
    document in a restricted collection is never stored by a shared cache.
    """
    response = serve(request, document_id, document_filename)
    if is_full_download(request, response):
        document_record_download(document_id=document_id)
    if response.status_code in (200, 304):
        if request.user.is_authenticated or request.COOKIES:
            patch_cache_control(response, private=True, no_cache=True)
        else:
            patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    return response


def is_full_download(request, response):
    """Whether the whole file went out. Wagtail's ``document_served`` signal fires
    before it knows, so it would count a HEAD, a 304 revalidation, a password
    form and every part of a resumed (``Range``) download."""
    return (
        request.method == "GET"
        and response.status_code == 200
        and isinstance(response, FileResponse)
        and "range" not in request.headers
    )
