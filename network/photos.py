"""Member photos: checked by their content, re-encoded, stripped of metadata.

The same care Wagtail takes with images, for a file a member (not an editor)
uploads: the type comes from the bytes, not the name; the file and its pixel
dimensions are bounded before decoding (a decompression bomb); the stored file
is a fresh JPEG of at most ``STORED_SIZE`` pixels a side, without EXIF (GPS
position, camera serial) or anything else the upload carried.
"""

import io

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 5 * 1024 * 1024
MAX_SIDE = 6000
MAX_PIXELS = 40_000_000
ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP"}
STORED_SIZE = 800


def _not_an_image():
    return _("This file is not a photo we can read. Upload a JPEG, PNG or WebP file.")


def prepare_photo(upload):
    """A ``ContentFile`` (JPEG) made from ``upload``, or ``ValidationError``."""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("This photo is %(size)s MB; photos may be up to %(limit)s MB.")
            % {
                "size": f"{upload.size / 1024 / 1024:.1f}",
                "limit": MAX_BYTES // 1024 // 1024,
            },
            code="too_large",
        )
    upload.seek(0)
    try:
        # open() reads only the header: format and dimensions, no pixels yet.
        with Image.open(upload) as probe:
            image_format = probe.format
            width, height = probe.size
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise ValidationError(
            _not_an_image(),
            code="not_an_image",
        ) from error
    if image_format not in ACCEPTED_FORMATS:
        raise ValidationError(
            _not_an_image(),
            code="not_an_image",
        )
    if max(width, height) > MAX_SIDE or width * height > MAX_PIXELS:
        raise ValidationError(
            ngettext(
                "This photo is %(width)s × %(height)s pixels; photos may be up to "
                "%(limit)s pixel a side.",
                "This photo is %(width)s × %(height)s pixels; photos may be up to "
                "%(limit)s pixels a side.",
                MAX_SIDE,
            )
            % {"width": width, "height": height, "limit": MAX_SIDE},
            code="too_many_pixels",
        )
    upload.seek(0)
    try:
        with Image.open(upload) as image:
            image.load()
            image = ImageOps.exif_transpose(image)
            image = image.convert("RGB")
            image.thumbnail((STORED_SIZE, STORED_SIZE))
            output = io.BytesIO()
            # A new image from the pixels alone: no EXIF, ICC or comments.
            clean = Image.new("RGB", image.size)
            clean.paste(image)
            clean.save(output, format="JPEG", quality=85, optimize=True)
    except (OSError, ValueError, Image.DecompressionBombError) as error:
        raise ValidationError(
            _("This photo could not be read. It may be damaged; try another file."),
            code="broken",
        ) from error
    return ContentFile(output.getvalue(), name="photo.jpg")
