"""Map pictures for the demo's case studies and events, drawn with Pillow.

A simplified map of the prefecture's regions (``cms.demo.content.maps``), with
the regions in question shaded and their places marked and named, and a caption
beside it. The same input gives the same PNG bytes, so the demo loader can tell
a picture it already has by its hash.
"""

import math
from io import BytesIO

from PIL import Image, ImageDraw, ImageFont

from cms.demo.content.maps import (
    MUNICIPALITY_POINTS,
    REGION_LABEL_POINTS,
    REGION_OUTLINES,
)
from cms.fonts import FONT_PATHS

WIDTH, HEIGHT = 1200, 800
MAP_BOX = (30, 30, 790, 770)  # left, top, right, bottom
PANEL_LEFT = 820
SEA = "#dcecf5"
LAND = "#f4f1e8"
HIGHLIGHT = "#f2c36b"
BORDER = "#8a8372"
TEXT = "#1f2a33"
MUTED = "#4f5b66"
MARKER = "#c8242b"
LATIN_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _font(size, text=""):
    """IPA Gothic; DejaVu Sans for text without Japanese, when it is there (IPA
    Gothic's Latin letters are monospaced)."""
    paths = FONT_PATHS
    if text.isascii():
        paths = [LATIN_FONT, *FONT_PATHS]
    for candidate in paths:
        try:
            return ImageFont.truetype(candidate, size)
        except OSError:
            continue
    raise RuntimeError("No Japanese font for the demo's map pictures.")


def _projection():
    """Longitude/latitude -> pixels, keeping the map's proportions at this
    latitude (a degree of longitude is shorter than one of latitude)."""
    points = [point for outline in REGION_OUTLINES.values() for point in outline]
    squash = math.cos(math.radians(40.9))
    west = min(lon for lon, _lat in points)
    east = max(lon for lon, _lat in points)
    south = min(lat for _lon, lat in points)
    north = max(lat for _lon, lat in points)
    left, top, right, bottom = MAP_BOX
    scale = min(
        (right - left) / ((east - west) * squash), (bottom - top) / (north - south)
    )
    x_offset = left + ((right - left) - (east - west) * squash * scale) / 2
    y_offset = top + ((bottom - top) - (north - south) * scale) / 2

    def project(point):
        lon, lat = point
        return (
            x_offset + (lon - west) * squash * scale,
            y_offset + (north - lat) * scale,
        )

    return project


def _text_box(draw, centre, text, font, pad=0):
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    x = centre[0] - (right - left) / 2
    y = centre[1] - (bottom - top) / 2
    return (x - pad, y - pad, x + right - left + pad, y + bottom - top + pad)


def _overlaps(box, others):
    return any(
        box[0] < other[2]
        and other[0] < box[2]
        and box[1] < other[3]
        and other[1] < box[3]
        for other in others
    )


def _draw_text(draw, box, text, font, *, fill, pad=0, background=None):
    if background:
        draw.rounded_rectangle(box, radius=6, fill=background, outline=BORDER)
    left, top, _right, _bottom = draw.textbbox((0, 0), text, font=font)
    draw.text((box[0] + pad - left, box[1] + pad - top), text, font=font, fill=fill)


def _wrap(draw, text, font, width):
    """Lines of ``text`` no wider than ``width``: broken at spaces, and a word
    too long for a line (Japanese has no spaces) at any character."""
    lines, line = [], ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if draw.textlength(candidate, font=font) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        for character in word:
            if line and draw.textlength(line + character, font=font) > width:
                lines.append(line)
                line = ""
            line += character
    return [*lines, line] if line else lines


def region_map_png(*, region_names, highlighted, marks, heading, caption, note):
    """The map as PNG bytes.

    ``region_names``: region slug -> name in the picture's language;
    ``highlighted``: slugs of the regions to shade; ``marks``: (municipality
    slug, label) pairs to mark on the map; ``heading`` and ``caption`` are
    written beside the map, ``note`` under them.
    """
    image = Image.new("RGB", (WIDTH, HEIGHT), SEA)
    draw = ImageDraw.Draw(image)
    project = _projection()
    for slug, outline in REGION_OUTLINES.items():
        draw.polygon(
            [project(point) for point in outline],
            fill=HIGHLIGHT if slug in highlighted else LAND,
            outline=BORDER,
            width=3,
        )
    # Markers and their names first, so the regions' names can keep clear.
    taken, labels = [], []
    for slug, label in marks:
        x, y = project(MUNICIPALITY_POINTS[slug])
        taken.append((x - 13, y - 13, x + 13, y + 13))
        # The name above the marker, or below it near the top edge.
        label_y = y - 44 if y > MAP_BOX[1] + 70 else y + 44
        font = _font(38, label)
        box = _text_box(draw, (x, label_y), label, font, pad=6)
        taken.append(box)
        labels.append((box, label, font))
    for slug, name in region_names.items():
        # Latin letters are wider than kana and kanji at the same size.
        font = _font(34 if name.isascii() else 40, name)
        x, y = project(REGION_LABEL_POINTS[slug])
        for shift in (0, 50, -50, 100, -100):
            box = _text_box(draw, (x, y + shift), name, font)
            if not _overlaps(box, taken):
                break
        _draw_text(draw, box, name, font, fill=TEXT if slug in highlighted else MUTED)
    for slug, _label in marks:
        x, y = project(MUNICIPALITY_POINTS[slug])
        draw.ellipse((x - 13, y - 13, x + 13, y + 13), fill="white")
        draw.ellipse((x - 9, y - 9, x + 9, y + 9), fill=MARKER)
    for box, label, font in labels:
        _draw_text(draw, box, label, font, fill=TEXT, pad=6, background="white")

    draw.rectangle((PANEL_LEFT - 10, 0, WIDTH, HEIGHT), fill="white")
    panel_width = WIDTH - PANEL_LEFT - 30
    y = 60
    for text, size, colour in (
        (heading, 36, MUTED),
        (caption, 52, TEXT),
        (note, 30, MUTED),
    ):
        font = _font(size, text)
        for line in _wrap(draw, text, font, panel_width):
            draw.text((PANEL_LEFT, y), line, font=font, fill=colour)
            y += int(size * 1.45)
        y += 30
    output = BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()
