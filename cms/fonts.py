"""The Japanese font Kaiki's PDFs embed (course certificates; the demo's
library PDFs).

IPA Gothic (Debian's ``fonts-ipafont-gothic``, which scripts/system-packages.sh
installs for every profile): a TrueType font whose licence (IPA Font License)
allows embedding, which reportlab does as a subset of the glyphs a document
uses, so a one-page certificate stays small and reads the same on any reader
without the font installed. A TrueType file rather than the CID fonts built
into reportlab (HeiseiKakuGo-W5): those are not embedded, and a reader without
Japanese fonts shows nothing or substitutes."""

from pathlib import Path

FONT_NAME = "KaikiGothic"
FONT_PATHS = [
    "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
    "/usr/share/fonts/truetype/ipafont-gothic/ipag.ttf",
    "/usr/share/fonts/ipa-gothic/ipag.ttf",
    "/Library/Fonts/ipag.ttf",
]
INSTALL_HINT = "On Debian or Ubuntu: apt-get install fonts-ipafont-gothic"


class FontMissing(Exception):
    pass


def japanese_font_path():
    """The first font file found, or None."""
    return next((path for path in FONT_PATHS if Path(path).is_file()), None)


def register_japanese_font():
    """Register the font with reportlab once (as ``FONT_NAME``); raise
    ``FontMissing`` with what to install when it is not there."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT_NAME in pdfmetrics.getRegisteredFontNames():
        return
    path = japanese_font_path()
    if path is None:
        raise FontMissing(
            "No Japanese TrueType font found (looked in: "
            + ", ".join(FONT_PATHS)
            + "). "
            + INSTALL_HINT
        )
    pdfmetrics.registerFont(TTFont(FONT_NAME, path))
