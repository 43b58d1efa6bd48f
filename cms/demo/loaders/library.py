"""Library documents (real PDFs), the library page and the web guidebook."""

import hashlib

from django.core.files.base import ContentFile
from wagtail.models import Locale

from cms.demo.builders import sections_stream, upsert_page
from cms.demo.content.events import EVENTS
from cms.demo.content.guidebook import CHAPTERS, GUIDEBOOK
from cms.demo.content.library import DOCUMENTS, LIBRARY, network_meeting_material
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


def _all_document_specs():
    specs = dict(DOCUMENTS)
    # A handout for each session of the network meeting (a note on its region).
    handouts = [
        (session["title"], session["date"], session["handout_note"])
        for event in EVENTS["past_events"]
        for session in event["sessions"]
        if "handout_note" in session
    ]
    for venue_label, date, region_note in handouts:
        date_label = f"{date.year}年{date.month}月{date.day}日 {venue_label}"
        specs[meeting_material_key(date)] = network_meeting_material(
            venue_label, date, date_label, region_note
        )
    specs["guidebook_pdf"] = {
        **GUIDEBOOK["pdf"],
        "sections": [
            (
                title,
                [summary]
                + [
                    item
                    for sub_heading, paragraphs in sections
                    for item in [f"■ {sub_heading}", *paragraphs]
                ],
            )
            for _slug, title, summary, sections in CHAPTERS
        ],
    }
    return specs


def load_documents(ctx):
    for key, spec in _all_document_specs().items():
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
    for slug, title, summary, sections in CHAPTERS:
        upsert_page(
            guidebook,
            GuidebookChapterPage,
            slug=slug,
            title=title,
            summary=summary,
            body=sections_stream(sections),
        )
