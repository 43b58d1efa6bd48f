"""Serving image renditions when no web server or CDN sits in front.

Only MEDIA_ROOT/images/ (renditions) is served: original uploads and documents
never are, so a document in a private collection can't be fetched by its path,
and every download goes through the counted, permission-checked document view.
A rendition's name carries its filter spec and focal point, and a replaced
image gets new renditions, so browsers and CDNs may keep them for a long time.
"""

import errno
from pathlib import Path

from django.conf import settings
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.views.static import serve

RENDITION_MAX_AGE = 60 * 60 * 24 * 30


def serve_rendition(request, path):
    try:
        response = serve(
            request, path, document_root=Path(settings.MEDIA_ROOT) / "images"
        )
    except OSError as error:
        # A name longer than the file system allows cannot be a rendition.
        if error.errno == errno.ENAMETOOLONG:
            raise Http404("No such rendition.") from error
        raise
    patch_cache_control(response, public=True, max_age=RENDITION_MAX_AGE)
    return response
