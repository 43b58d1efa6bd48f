"""Course completion certificates: a one-page PDF in the registrant's
language, with the Japanese font embedded (cms.fonts), for a person who
attended every lecture of a course (selectors.certificate_sessions)."""

from io import BytesIO
from xml.sax.saxutils import escape

from django.utils import translation
from django.utils.translation import pgettext
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from cms import fonts
from cms.core.formatting import format_date
from cms.core.i18n import localize_related
from cms.events.choices import OrganisationRole

MARGIN = 28 * mm
FRAME_INK = (0.55, 0.42, 0.18)  # a muted gold, legible in greyscale print


def certificate_filename(registration):
    return f"certificate-{registration.seats_id}-{registration.number}.pdf"


def certificate_pdf(*, registration, sessions):
    """The PDF (bytes) certifying that ``registration``'s person attended
    ``sessions`` (every lecture of the course, rows in their language)."""
    fonts.register_japanese_font()
    event = sessions[0].page
    with translation.override(registration.language):
        texts = _texts(registration, event, sessions)
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN * 0.8,
        title=texts["title"],
        author=texts["issuer"],
        subject=event.title,
        lang=registration.language,
    )
    styles = _styles()
    story = [
        Paragraph(escape(texts["title"]), styles["title"]),
        Spacer(1, 14 * mm),
        Paragraph(escape(texts["name"]), styles["name"]),
        Spacer(1, 12 * mm),
        Paragraph(escape(texts["statement"]), styles["body"]),
        Spacer(1, 6 * mm),
        *[Paragraph(escape(line), styles["lecture"]) for line in texts["lectures"]],
        Spacer(1, 18 * mm),
        Paragraph(escape(texts["date"]), styles["signature"]),
        Paragraph(escape(texts["issuer"]), styles["signature"]),
        Paragraph(escape(texts["number"]), styles["small"]),
    ]
    document.build(story, onFirstPage=_frame)
    return buffer.getvalue()


def _texts(registration, event, sessions):
    english = registration.language.startswith("en")
    count = len(sessions)
    lectures = [
        f"{format_date(session.starts_at)}  {session.title or session.venue_name}"
        for session in sessions
    ]
    return {
        "title": pgettext("certificate", "Certificate of Completion"),
        "name": registration.name if english else f"{registration.name} 様",
        "statement": pgettext(
            "certificate",
            "This is to certify that you attended all %(count)s sessions of "
            "“%(course)s” and completed the course.",
        )
        % {"count": count, "course": event.title},
        "lectures": lectures,
        "date": format_date(sessions[-1].starts_at),
        "issuer": _issuer(event),
        "number": pgettext("certificate", "Registration no. %(number)s")
        % {"number": registration.number},
    }


def _issuer(event):
    """The organisers of the course, in the page's language; the site's name
    when none is recorded."""
    rows = list(
        event.organisations.filter(role=OrganisationRole.ORGANISER).select_related(
            "organisation"
        )
    )
    localize_related(rows, "organisation", locale=event.locale_id)
    names = [row.organisation.name for row in rows]
    if names:
        english = event.locale.language_code.startswith("en")
        return (", " if english else "・").join(names)
    site = event.get_site()
    return site.site_name if site else ""


def _styles():
    base = {"fontName": fonts.FONT_NAME, "wordWrap": "CJK", "alignment": TA_CENTER}
    return {
        "title": ParagraphStyle("title", fontSize=40, leading=52, **base),
        "name": ParagraphStyle("name", fontSize=28, leading=38, **base),
        "body": ParagraphStyle("body", fontSize=16, leading=28, **base),
        "lecture": ParagraphStyle("lecture", fontSize=12, leading=20, **base),
        "signature": ParagraphStyle(
            "signature", fontSize=14, leading=24, **{**base, "alignment": TA_RIGHT}
        ),
        "small": ParagraphStyle(
            "small", fontSize=9, leading=14, **{**base, "alignment": TA_RIGHT}
        ),
    }


def _frame(canvas, document):
    """A double rule around the page, as printed certificates have."""
    width, height = document.pagesize
    canvas.saveState()
    canvas.setStrokeColorRGB(*FRAME_INK)
    canvas.setLineWidth(3)
    canvas.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
    canvas.setLineWidth(0.8)
    canvas.rect(16 * mm, 16 * mm, width - 32 * mm, height - 32 * mm)
    canvas.restoreState()
