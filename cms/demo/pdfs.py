"""Real PDF files for the demo library, with an embedded Japanese font.

A PDF is described by a dict (see ``cms.demo.loaders.library.document_specs``):
a title page, then one page per section, so text extraction and search have
something to find.
"""

from io import BytesIO
from xml.sax.saxutils import escape

from django.core.management.base import CommandError
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

from cms import fonts
from cms.fonts import FONT_NAME


def register_japanese_font():
    """Register IPA Gothic with reportlab once; fail clearly if it is missing."""
    try:
        fonts.register_japanese_font()
    except fonts.FontMissing as error:
        raise CommandError(f"The demo PDFs need a Japanese font: {error}") from error


def _styles():
    base = {"fontName": FONT_NAME, "wordWrap": "CJK"}
    return {
        "title": ParagraphStyle(
            "title", fontSize=24, leading=34, spaceAfter=12, **base
        ),
        "subtitle": ParagraphStyle("subtitle", fontSize=14, leading=22, **base),
        "meta": ParagraphStyle("meta", fontSize=11, leading=18, **base),
        "heading": ParagraphStyle(
            "heading", fontSize=16, leading=24, spaceBefore=6, spaceAfter=10, **base
        ),
        "body": ParagraphStyle(
            "body", fontSize=11, leading=19, spaceAfter=8, firstLineIndent=11, **base
        ),
        "subheading": ParagraphStyle(
            "subheading", fontSize=13, leading=20, spaceBefore=8, spaceAfter=6, **base
        ),
        "item": ParagraphStyle(
            "item",
            fontSize=11,
            leading=19,
            leftIndent=14,
            bulletIndent=2,
            bulletFontName=FONT_NAME,
            spaceAfter=2,
            **base,
        ),
    }


def _footer(issuer):
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont(FONT_NAME, 9)
        canvas.drawString(20 * mm, 12 * mm, issuer)
        canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, f"- {doc.page} -")
        canvas.restoreState()

    return draw


def _paragraph(text, style, **kwargs):
    """A paragraph of plain text: reportlab reads its text as markup, where
    "Q&A(" would come out as "Q&A;"."""
    return Paragraph(escape(text), style, **kwargs)


def render_pdf(spec):
    """The bytes of a PDF built from ``spec`` (title, subtitle, issuer, date_label,
    sections).

    Each section is a table with a ``heading`` and its ``paragraphs``; a
    paragraph starting with "・" is set as a list item, one starting with "■" as
    a subheading.
    """
    register_japanese_font()
    styles = _styles()
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=spec["title"],
        author=spec["issuer"],
        subject=spec.get("subtitle", ""),
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=24 * mm,
        bottomMargin=22 * mm,
        # Same spec, same bytes: no timestamps or random ids, so a rerun can tell
        # from the hash whether the text changed.
        invariant=True,
    )
    story = [Spacer(1, 60 * mm), _paragraph(spec["title"], styles["title"])]
    if spec.get("subtitle"):
        story.append(_paragraph(spec["subtitle"], styles["subtitle"]))
    story += [
        Spacer(1, 80 * mm),
        _paragraph(spec["date_label"], styles["meta"]),
        _paragraph(spec["issuer"], styles["meta"]),
    ]
    for section in spec["sections"]:
        story += [PageBreak(), _paragraph(section["heading"], styles["heading"])]
        for text in section["paragraphs"]:
            if text.startswith("■"):
                story.append(_paragraph(text, styles["subheading"]))
            elif text.startswith("・"):
                story.append(_paragraph(text[1:], styles["item"], bulletText="・"))
            else:
                story.append(_paragraph(text, styles["body"]))
    footer = _footer(spec["issuer"])
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
