"""Translating through wagtail-localize as an editor does, for any app's tests."""

from urllib.parse import urlencode

from django.urls import reverse
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.operations import translate_object


def translation_of(target):
    """The wagtail-localize Translation that fills ``target`` (a translated copy)."""
    source = TranslationSource.objects.get(object_id=target.translation_key)
    return Translation.objects.get(source=source, target_locale=target.locale)


def translate_strings(target, texts, client=None):
    """Type ``texts`` (source -> translation) into the translation editor, through
    its views when ``client`` (logged in) is given."""
    translation = translation_of(target)
    segments = StringSegment.objects.filter(source=translation.source).select_related(
        "string"
    )
    for segment in segments:
        if segment.string.data not in texts:
            continue
        url = reverse(
            "wagtail_localize:edit_string_translation",
            args=[translation.pk, segment.pk],
        )
        if client is None:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=target.locale,
                context=segment.context,
                defaults={"data": texts[segment.string.data]},
            )
            continue
        response = client.put(
            url,
            urlencode({"value": texts[segment.string.data]}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201), response.content


def publish_translation(target, client=None):
    """Publish ``target`` from its translation, through the page editor when
    ``client`` (logged in) is given."""
    translation = translation_of(target)
    if client is None:
        translation.save_target(publish=True)
        return
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[target.pk]), {"action": "publish"}
    )
    assert response.status_code == 302


def translated(instance, locale, texts, *, user=None):
    """``instance`` translated into ``locale`` with ``texts``, and published."""
    translate_object(instance, [locale], user=user)
    target = instance.get_translation(locale)
    translate_strings(target, texts)
    publish_translation(target)
    return instance.get_translation(locale)
