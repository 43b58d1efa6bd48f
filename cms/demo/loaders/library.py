"""Library documents (real PDFs), the library page and the web guidebook."""

import hashlib

from django.core.files.base import ContentFile
from wagtail.models import Locale

from cms.demo.builders import sections_of, upsert_page
from cms.demo.content.events import EVENTS
from cms.demo.content.guidebook import CHAPTERS, GUIDEBOOK, GUIDEBOOK_PDF
from cms.demo.content.library import (
    DOCUMENTS,
    ISSUERS,
    LIBRARY,
    MEETING_MATERIAL,
    SHARED_SECTIONS,
)
from cms.demo.pdfs import render_pdf
from cms.library.models import (
    GuidebookChapterPage,
    GuidebookPage,
    LibraryDocument,
    LibraryPage,
)
from cms.library.services import document_forget_file

META_FIELDS = ("kind", "description", "published_on")


def ensure_document(key, spec):
    """The document titled ``spec["title"]``, its PDF regenerated only when the
    text changed (PDFs are rendered byte for byte the same), so reruns add no
    documents and no files."""
    # The Japanese document: its English translation (cms.demo.loaders.localize)
    # shares its file.
    document = LibraryDocument.objects.filter(
        title=spec["title"], locale=Locale.get_default()
    ).first()
    pdf = render_pdf(spec)
    has_file = (
        document is not None
        and document.file
        and document.file.storage.exists(document.file.name)
    )
    if has_file and document.file_hash == hashlib.sha1(pdf).hexdigest():  # noqa: S324
        changed = [
            name for name in META_FIELDS if getattr(document, name) != spec[name]
        ]
        for name in changed:
            setattr(document, name, spec[name])
        if changed:
            document.save(update_fields=changed)
        return document
    # Before file.save(), which renames the same FieldFile.
    replaced = (document.file.storage, document.file.name) if has_file else None
    document = document or LibraryDocument(title=spec["title"])
    for name in META_FIELDS:
        setattr(document, name, spec[name])
    document.file.save(f"{key.replace('_', '-')}.pdf", ContentFile(pdf), save=False)
    document._set_document_file_metadata()
    # Queues text extraction and gives the English translation the new file
    # (cms.library.signals); the old file goes once no document uses it.
    document.save()
    if replaced:
        storage, name = replaced
        document_forget_file(storage=storage, name=name)
    return document


def meeting_material_key(date):
    """Key of the main handout of the network meeting held on ``date``."""
    return f"meeting_{date:%Y%m%d}"


def _filled(value, values):
    """``value`` (a template's string, or a list or table of them) with its
    ``{placeholders}`` replaced from ``values``."""
    if isinstance(value, str):
        return value.format(**values)
    if isinstance(value, list):
        return [_filled(item, values) for item in value]
    if isinstance(value, dict):
        return {key: _filled(item, values) for key, item in value.items()}
    return value


def _spec(document):
    """A data file's document as ``render_pdf`` takes it: the issuer's name for
    its key, and the shared sections it names written out."""
    return {
        **document,
        "issuer": ISSUERS[document["issuer"]],
        "sections": [
            SHARED_SECTIONS[section["shared"]] if "shared" in section else section
            for section in document["sections"]
        ],
    }


def document_specs():
    """Every demo document's spec by key: the library's documents, the network
    meeting's handout for each venue, and the guidebook's PDF edition."""
    documents = dict(DOCUMENTS)
    # A handout for each session of the network meeting (a note on its region).
    handouts = [
        (session["title"], session["date"], session["handout_note"])
        for event in EVENTS["past_events"]
        for session in event["sessions"]
        if "handout_note" in session
    ]
    for venue_label, date, region_note in handouts:
        values = {
            "venue": venue_label,
            "year": date.year,
            "month": date.month,
            "day": date.day,
            "region_note": region_note,
        }
        documents[meeting_material_key(date)] = {
            **_filled(MEETING_MATERIAL, values),
            "published_on": date,
        }
    documents["guidebook_pdf"] = {
        **GUIDEBOOK_PDF,
        # The chapters, each on its own pages, with their sections as subheadings.
        "sections": [
            {
                "heading": chapter["title"],
                "paragraphs": [
                    chapter["summary"],
                    *(
                        item
                        for section in chapter["sections"]
                        for item in [f"■ {section['heading']}", *section["paragraphs"]]
                    ),
                ],
            }
            for chapter in CHAPTERS
        ],
    }
    return {key: _spec(document) for key, document in documents.items()}


def load_documents(ctx):
    for key, spec in document_specs().items():
        ctx.documents[key] = ensure_document(key, spec)


def load_library_page(ctx):
    library = upsert_page(
        ctx.home,
        LibraryPage,
        slug=LIBRARY["slug"],
        title=LIBRARY["title"],
        intro=LIBRARY["intro"],
        show_in_menus=True,
    )
    ctx.pages["library"] = library
    guidebook = upsert_page(
        library,
        GuidebookPage,
        slug=GUIDEBOOK["slug"],
        title=GUIDEBOOK["title"],
        intro=GUIDEBOOK["intro"],
        pdf=ctx.documents["guidebook_pdf"],
    )
    ctx.pages["guidebook"] = guidebook
    for chapter in CHAPTERS:
        upsert_page(
            guidebook,
            GuidebookChapterPage,
            slug=chapter["slug"],
            title=chapter["title"],
            summary=chapter["summary"],
            body=sections_of(chapter["sections"]),
        )
