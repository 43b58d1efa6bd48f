"""Translations follow their source: facts on publish, slugs from English titles.

wagtail-localize copies a page's synchronised fields (dates, capacities, region,
documents) only when someone syncs or re-publishes the translation. Kaiki does
it when the source page is published, so a Japanese session moved to another
day never leaves the English page at the old date.
"""

from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    TranslationSource,
)
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.segments import RelatedObjectSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import StringValue


def managed_translations(instance):
    """The enabled wagtail-localize translations of ``instance`` whose target
    exists (a page not yet translated has none)."""
    source = TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).first()
    if source is None:
        return []
    translations = source.translations.filter(enabled=True).select_related(
        "target_locale"
    )
    return [translation for translation in translations if _has_target(translation)]


def _has_target(translation):
    try:
        translation.get_target_instance()
    except translation.source.specific_content_type.model_class().DoesNotExist:
        return False
    return True


@transaction.atomic
def translations_follow_source(*, page, user=None):
    """Bring the translations of the just-published ``page`` up to date.

    The source is re-read from the page, then every existing translation is
    saved again by wagtail-localize: synchronised fields and structure come from
    the source, translated text stays. A sentence changed in the source keeps
    its previous translation until a translator revises it, so visitors of the
    translation never meet the source language. A live translation is
    re-published; a draft stays a draft. Returns the translations updated.
    """
    translations = managed_translations(page)
    if not translations:
        return []
    source = translations[0].source
    previous = {
        translation.target_locale_id: _translated_text_by_context(
            source, translation.target_locale
        )
        for translation in translations
    }
    source.update_from_db()
    related_objects_submitted(
        instance=page.specific,
        locales=[t.target_locale for t in translations],
        user=user,
    )
    updated = []
    for translation in translations:
        locale = translation.target_locale
        _carry_over(source, locale, previous[locale.pk], user)
        target = translation.get_target_instance()
        translation.save_target(user=user, publish=bool(getattr(target, "live", True)))
        updated.append(translation)
    return updated


def related_objects_submitted(*, instance, locales, user=None):
    """Submit for translation into ``locales`` the snippets and documents that
    ``instance`` uses and that have no translation there yet.

    wagtail-localize does this only when an object is first submitted for
    translation; syncing or re-publishing it later leaves a newly chosen
    snippet or document out (its field keeps the translation's previous
    value, or none). Submitting makes the translation as wagtail-localize's
    "Translate" does, in the source language until a translator translates
    it. Existing translations are left alone (wagtail-localize never counts
    linked pages among related objects). Returns the objects submitted.
    """
    submitted = []
    for segment in extract_segments(instance):
        if not isinstance(segment, RelatedObjectSegmentValue):
            continue
        related = segment.get_instance(instance.locale)
        missing = [
            locale
            for locale in locales
            if locale.pk != related.locale_id and not related.has_translation(locale)
        ]
        if missing:
            TranslationCreator(user, missing).create_translations(
                related, include_related_objects=False
            )
            submitted.append(related)
    return submitted


def _translated_text_by_context(source, locale):
    segments = StringSegment.objects.filter(source=source).annotate_translation(locale)
    return {
        segment.context_id: segment.translation
        for segment in segments
        if segment.translation
    }


def _carry_over(source, locale, previous, user):
    segments = (
        StringSegment.objects.filter(source=source)
        .annotate_translation(locale)
        .select_related("string")
    )
    for segment in segments:
        if segment.translation or segment.context_id not in previous:
            continue
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context_id=segment.context_id,
            defaults={
                "data": previous[segment.context_id],
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
            },
        )


def slug_from_translated_title(string_translation):
    """Fill in a page's translated slug from its just-translated title.

    wagtail-localize keeps the source's slug until a translator translates it,
    so an English event would live at a Japanese (percent-encoded) address.
    When a page's title is translated and its slug is not, the slug's
    translation is made from the title; the translator sees it in the
    translation editor and can change it, and publishing uses it.
    """
    context = string_translation.context
    if context is None or context.path != "title":
        return
    source = TranslationSource.objects.filter(object_id=context.object_id).first()
    if source is None:
        return
    if not issubclass(source.specific_content_type.model_class(), Page):
        return
    if source.as_instance().depth <= 2:
        return  # a home page's slug is in no address; sites are found by it
    segment = (
        StringSegment.objects.filter(source=source, context__path="slug")
        .select_related("string", "context")
        .first()
    )
    if segment is None:
        return
    slug = slugify(StringValue(string_translation.data).render_text())
    if not slug:
        return
    StringTranslation.objects.get_or_create(
        translation_of=segment.string,
        locale_id=string_translation.locale_id,
        context=segment.context,
        defaults={
            "data": slug,
            "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            "last_translated_by": string_translation.last_translated_by,
        },
    )
