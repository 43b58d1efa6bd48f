"""The QR code a confirmation e-mail carries: the staff-only check-in address
(links.checkin_url), drawn as a PNG with segno (pure Python, no image
library needed)."""

import io

import segno

# Large enough modules for a phone camera reading a phone screen or a print;
# the quiet zone of four modules that the QR standard asks for.
SCALE = 8
BORDER = 4


def qr_png(text):
    """The PNG image (bytes) of a QR code holding ``text``; error correction
    M survives a scratched print or a cracked screen."""
    code = segno.make(text, error="m", micro=False)
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=SCALE, border=BORDER)
    return buffer.getvalue()
