"""Hand the demo's English translations to wagtail-localize.

The English loaders build each translation with the same structure as its
Japanese source. This step makes wagtail-localize manage every one of them, the
way an editor's translation is managed: a ``TranslationSource`` for the
Japanese object, the English texts stored as its string translations (and
segment overrides for links and URLs), and the English object written back by
``Translation.save_target``. After it, the translation editor of any demo page
shows its English segments, "Sync translated pages" works, and translating a
page that refers to an already translated person reuses that person's English
instead of overwriting it.

Strings are paired by their position among the extracted segments; a pair only
counts when both sides come from the same field and block type, so a structure
that differs between the languages stops the loader with the object's name
rather than putting a sentence under the wrong heading.
"""

import json
import re

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from cms.people.models import Organisation, Person
from cms.places.models import CommunityPlace
from cms.regions.models import Municipality, Region
from cms.topics.models import Topic

# Snippets in dependency order: a municipality's region, a place's municipality.
SNIPPET_MODELS = [Region, Municipality, Organisation, Person, CommunityPlace, Topic]

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class StructureMismatch(Exception):
    """The English object's segments don't line up with its Japanese source."""


def load_english_translations(ctx):
    """Make wagtail-localize manage every English demo object (see module doc)."""
    source_locale = Locale.get_default()
    english = Locale.objects.get(language_code="en")
    for model in SNIPPET_MODELS:
        for target in model.objects.filter(locale=english):
            _adopt(target, source_locale, english)
    targets = Page.objects.filter(locale=english, depth__gt=1).order_by("path")
    for target in targets.specific():
        _adopt(target, source_locale, english)


@transaction.atomic
def _adopt(target, source_locale, locale):
    original = target.get_translation_or_none(source_locale)
    if original is None:
        return
    if isinstance(original, Page):
        # The live version is what visitors read, so it is what gets translated.
        original = original.specific
        if not original.live:
            return
    source, _created = TranslationSource.update_or_create_from_instance(original)
    _store_strings(source, target, locale)
    translation, _created = Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    translation.save_target(publish=getattr(target, "live", True))


def _store_strings(source, target, locale):
    source_values = extract_segments(source.as_instance())
    target_values = extract_segments(target)
    strings = _pairs(source, target, source_values, target_values, StringSegmentValue)
    segments = (
        StringSegment.objects.filter(source=source)
        .order_by("order")
        .select_related("string", "context")
    )
    for segment, (source_value, target_value) in zip(segments, strings, strict=True):
        if segment.context.path != source_value.path:
            raise StructureMismatch(f"{source}: {segment.context.path}")
        # An untranslated string falls back to the source, except the slug: a
        # translated title would otherwise give it a new one (cms/translations).
        same = target_value.string.data == segment.string.data
        if same and segment.context.path != "slug":
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": target_value.string.data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    overridables = _pairs(
        source, target, source_values, target_values, OverridableSegmentValue
    )
    segments = OverridableSegment.objects.filter(source=source).order_by("order")
    for segment, (source_value, target_value) in zip(
        segments.select_related("context"), overridables, strict=True
    ):
        if target_value.data == source_value.data:
            continue
        SegmentOverride.objects.update_or_create(
            context=segment.context,
            locale=locale,
            defaults={"data_json": json.dumps(target_value.data)},
        )


def _pairs(source, target, source_values, target_values, kind):
    source_values = [value for value in source_values if isinstance(value, kind)]
    target_values = [value for value in target_values if isinstance(value, kind)]
    source_shape = [_shape(value.path) for value in source_values]
    target_shape = [_shape(value.path) for value in target_values]
    if source_shape != target_shape:
        raise StructureMismatch(
            f"{type(target).__name__} {target}: the English {kind.__name__}s "
            f"{target_shape} don't match the Japanese {source_shape}"
        )
    return list(zip(source_values, target_values, strict=True))


def _shape(path):
    """A segment's path without block ids and child keys, which differ by language."""
    return ".".join("#" if _UUID.match(part) else part for part in path.split("."))
