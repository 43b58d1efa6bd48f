"""The demo's English, translated through wagtail-localize like an editor's.

Every translated page and snippet has a PO file under ``cms/demo/data/en/``
(written by ``manage.py demo_export_translations``): the Japanese object's
segments with their English strings. For each one the loader does what the
admin's "Translate" and the translation editor do: a ``TranslationSource`` for
the Japanese object, a ``Translation`` into English, the PO imported as its
string translations (``Translation.import_po``), the few segments that are not
text (external link addresses) set as overrides from a small JSON file next to
the PO, and the English object written and published by
``Translation.save_target``. Afterwards an editor can open the translation
editor of any demo page and "Sync translated pages" works on every one.

Files are named after the Japanese object (a page's address path, a region's
slug, a person's name), never its translation key, which is new on every fresh
load. For the same reason a segment's context names a stream block or a child
row (a session, a form field) by its position, ``sessions.2.venue_name``, where
wagtail-localize uses the block's id or the row's translation key; the loader
turns positions back into the ids of the object it translates. An override that
chooses a page names the Japanese page it translates (``{"translation_of":
"/home/guides/"}``), the English page being the translation of that one. A file
whose object is gone, or a string that no longer fits its object, stops the
loader, so the Japanese can't change without its English.
"""

import json
import re
from pathlib import Path

import polib
from django.db import transaction
from modelcluster.fields import ParentalKey
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    Translation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.segments.extract import extract_segments

from cms.library.models import LibraryDocument
from cms.organisation.models import OrganisationProfile
from cms.people.models import Organisation, Person
from cms.places.models import CommunityPlace
from cms.regions.models import Municipality, Region
from cms.topics.models import Topic

DATA = Path(__file__).resolve().parent.parent / "data"

# Snippets in dependency order (a municipality's region, a place's
# municipality), each with the field that names it in its file name.
SNIPPETS = [
    (Region, "slug"),
    (Municipality, "slug"),
    (Organisation, "name"),
    (Person, "name"),
    (CommunityPlace, "name"),
    (Topic, "name"),
    (OrganisationProfile, "name"),
    # Before the pages that choose documents: a page's translation chooses
    # the translation of each document.
    (LibraryDocument, "title"),
]
# PO metadata that changes on every export: left out of the stored files.
VOLATILE_METADATA = ("POT-Creation-Date", "X-WagtailLocalize-TranslationID")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class TranslationFileError(Exception):
    """A translation file names no object, or doesn't fit its object."""


def translation_path(instance, language_code):
    """Where the PO file of ``instance`` (in the source language) lives."""
    folder = DATA / language_code
    if isinstance(instance, Page):
        # The address path: /home/events/gathering-2015/ -> pages/home/events/...
        return folder / "pages" / (instance.url_path.strip("/") + ".po")
    for model, field in SNIPPETS:
        if isinstance(instance, model):
            name = getattr(instance, field).replace("/", "／")
            return folder / model._meta.model_name / (name + ".po")
    raise TypeError(f"{type(instance).__name__} is not translated in the demo")


def overrides_path(po_path):
    return po_path.with_suffix(".json")


def export_translation(translation):
    """``translation``'s PO file (without obsolete entries or volatile metadata)
    and its overrides ({segment path: value}) as stored in the demo data, with
    positions for block ids and row keys (see module doc)."""
    source = translation.source
    positions = _positions(source.as_instance())
    po = translation.export_po()
    for name in VOLATILE_METADATA:
        po.metadata.pop(name, None)
    for entry in [entry for entry in po if entry.obsolete]:
        po.remove(entry)
    for entry in po:
        entry.msgctxt = _positional(entry.msgctxt, positions)
    overrides = {}
    for override in (
        SegmentOverride.objects.filter(
            locale=translation.target_locale, context__object_id=source.object_id
        )
        .select_related("context")
        .order_by("context__path")
    ):
        path = override.context.path
        if _is_image(source, path):
            continue
        value = _page_reference(source, override) or override.data
        overrides[_positional(path, positions)] = value
    return po, overrides


def _page_reference(source, override):
    """``{"translation_of": <Japanese page's address path>}`` when ``override``
    chooses the translation of the page the source chooses."""
    chosen = (
        OverridableSegment.objects.filter(source=source, context=override.context)
        .values_list("data_json", flat=True)
        .first()
    )
    if chosen is None or not isinstance(override.data, int):
        return None
    pages = Page.objects.in_bulk([json.loads(chosen), override.data])
    original, translated = pages.get(json.loads(chosen)), pages.get(override.data)
    if original is None or translated is None:
        return None
    if original.translation_key != translated.translation_key:
        return None
    return {"translation_of": original.url_path}


def _positions(instance):
    """{block id or child row's translation key: its position} in ``instance``."""
    positions = {}
    for field in instance._meta.get_fields():
        if isinstance(field, StreamField):
            stream = field.get_prep_value(getattr(instance, field.name))
            _stream_positions(stream, positions)
        elif (
            field.one_to_many
            and isinstance(field.remote_field, ParentalKey)
            and issubclass(field.related_model, TranslatableMixin)
        ):
            for position, child in enumerate(getattr(instance, field.name).all()):
                positions[str(child.translation_key)] = str(position)
                positions.update(_positions(child))
    return positions


def _stream_positions(data, positions):
    if isinstance(data, list):
        for position, item in enumerate(data):
            if isinstance(item, dict) and "id" in item:
                positions[str(item["id"])] = str(position)
            _stream_positions(item, positions)
    elif isinstance(data, dict):
        for value in data.values():
            _stream_positions(value, positions)


def _positional(path, positions):
    return ".".join(
        positions.get(part, part) if _UUID.match(part) else part
        for part in path.split(".")
    )


def _is_image(source, path):
    """Whether the segment at ``path`` chooses an image: the demo draws those
    (``cms.demo.loaders.images``), so they are not stored."""
    model = source.specific_content_type.model_class()
    try:
        field = model._meta.get_field(path)
    except Exception:  # noqa: BLE001 (a block path, not a field name)
        return False
    return getattr(field, "related_model", None) is get_image_model()


def load_english_translations(ctx):
    """Translate every demo object that has a PO file (see module doc)."""
    english = Locale.objects.get_or_create(language_code="en")[0]
    source_locale = Locale.get_default()
    files = set((DATA / english.language_code).rglob("*.po"))
    pages = Page.objects.filter(locale=source_locale, depth__gt=1, live=True)
    instances = [
        *(
            instance
            for model, _field in SNIPPETS
            for instance in model.objects.filter(locale=source_locale).order_by("pk")
        ),
        *pages.order_by("path").specific(),
    ]
    chosen_later = []
    used = set()
    for instance in instances:
        path = translation_path(instance, english.language_code)
        if path not in files:
            continue
        used.add(path)
        if not _translate(instance, english, path):
            chosen_later.append((instance, path))
    # A page that chooses a page translated after it (the home page's guide
    # box): translate it again, now that the English page exists.
    for instance, path in chosen_later:
        _translate(instance, english, path)
    unused = files - used
    if unused:
        names = ", ".join(sorted(str(path.relative_to(DATA)) for path in unused))
        raise TranslationFileError(f"No Japanese object for {names}")


@transaction.atomic
def _translate(instance, locale, path):
    """Translate ``instance`` from its PO file at ``path``, as the translation
    editor would. False if a page it chooses has no translation yet."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    contexts = _contexts(source)
    po = polib.pofile(str(path))
    for entry in po:
        entry.msgctxt = contexts.get(entry.msgctxt, entry.msgctxt)
    warnings = translation.import_po(po)
    if warnings:
        raise TranslationFileError(f"{path.relative_to(DATA)}: {warnings}")
    complete = True
    overrides = overrides_path(path)
    if overrides.exists():
        for segment_path, value in json.loads(overrides.read_text()).items():
            if isinstance(value, dict):
                value = _translated_page(value["translation_of"], locale)
                if value is None:
                    complete = False
                    continue
            set_override(
                source, locale, contexts.get(segment_path, segment_path), value
            )
    save_translation(translation)
    return complete


def _contexts(source):
    """{positional path: wagtail-localize's path} of ``source``'s segments."""
    instance = source.as_instance()
    positions = _positions(instance)
    return {
        _positional(segment.path, positions): segment.path
        for segment in extract_segments(instance)
    }


def _translated_page(url_path, locale):
    page = Page.objects.filter(url_path=url_path, locale=Locale.get_default()).first()
    if page is None:
        raise TranslationFileError(f"No Japanese page at {url_path}")
    translation = page.get_translation_or_none(locale)
    return translation.pk if translation else None


def set_override(source, locale, segment_path, value):
    """Give the translation into ``locale`` its own value of a non-text segment,
    as the translation editor does."""
    try:
        context = TranslationContext.objects.get(
            object_id=source.object_id, path=segment_path
        )
    except TranslationContext.DoesNotExist as error:
        raise TranslationFileError(f"{source}: no segment {segment_path}") from error
    SegmentOverride.objects.update_or_create(
        context=context, locale=locale, defaults={"data_json": json.dumps(value)}
    )


def save_translation(translation):
    """Write the target and publish it as its source is (the admin's
    "Translate" does the same).

    wagtail-localize publishes a page when the transaction commits, from the
    page as it was when saved; in the demo's single transaction a page saved
    before its children would then be written back childless (treebeard's
    ``numchild``). So the draft is saved and its revision published now.
    """
    instance = translation.source.as_instance()
    if not isinstance(instance, Page):
        translation.save_target()
        return
    translation.save_target(publish=False)
    if instance.live:
        translation.get_target_instance().get_latest_revision().publish()
