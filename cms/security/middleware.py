"""Request-body limits, checked before anything reads the body.

gunicorn limits the request line and headers but not the body, and Django's
DATA_UPLOAD_MAX_MEMORY_SIZE leaves out uploaded files: a 60 MB multipart body
to the contact form was read whole. The declared Content-Length is enough to
refuse it (Django reads no more than that, and nothing when it is missing).
"""

from django.conf import settings

from cms.errors import request_too_large


class RequestBodyLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = body_limit(request.path_info)
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0  # Django reads no body then either
        if length > limit:
            return request_too_large(request, limit=limit)
        return self.get_response(request)


def body_limit(path):
    """Bytes a request to ``path`` may send: editors upload documents and images
    in the admin; visitors only send forms."""
    if path.startswith("/admin/"):
        return settings.KAIKI_MAX_ADMIN_REQUEST_BODY
    _prefix, _slash, rest = path.lstrip("/").partition("/")
    uploads = getattr(settings, "KAIKI_UPLOAD_REQUEST_BODIES", {})
    return uploads.get(f"/{rest}", settings.KAIKI_MAX_REQUEST_BODY)
