"""Every translation in the demo opens in wagtail-localize's translation editor
with its English strings, and "Sync translated pages" on its Japanese source
keeps the English: the editor's path over the whole loaded demo.

On the demo loaded once per run (the ``demo`` fixture); the test rolls back.
"""

import json

import pytest
from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation, TranslationLog
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

pytestmark = pytest.mark.django_db


def edit_url(instance):
    """Where an editor opens ``instance``: a translated one shows the
    translation editor there."""
    if isinstance(instance, Page):
        return reverse("wagtailadmin_pages:edit", args=[instance.pk])
    if isinstance(instance, get_document_model()):
        return reverse("wagtaildocs:edit", args=[instance.pk])
    opts = instance._meta
    return reverse(
        f"wagtailsnippets_{opts.app_label}_{opts.model_name}:edit",
        args=[quote(instance.pk)],
    )


def sync_url(source):
    """The "Sync translated ..." button of ``source``'s source object."""
    if source.specific_content_type.model_class() is get_document_model():
        document = source.get_source_instance()
        return reverse("library_document_sync", args=[document.pk])
    return reverse("wagtail_localize:update_translations", args=[source.pk])


def texts(instance):
    """Every translatable string of ``instance`` (its fields, stream blocks and
    translatable children), by where it is."""
    return sorted(
        (segment.path, segment.string.data)
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue)
    )


def test_every_demo_translation_opens_in_the_editor_and_syncs(demo, admin_client):
    english = Locale.objects.get(language_code="en")
    translations = list(
        Translation.objects.filter(enabled=True, target_locale=english)
        .select_related("source", "source__specific_content_type")
        .order_by("pk")
    )
    kinds = {t.source.specific_content_type.model for t in translations}
    # Pages, snippets and documents alike.
    assert {"eventpage", "person", "librarydocument"} <= kinds, kinds
    assert len(translations) > 100

    for translation in translations:
        target = translation.get_target_instance()
        if isinstance(target, Page):
            target = target.specific
        label = f"{translation.source.specific_content_type.model} {target.pk}"
        typed = {
            segment.translation
            for segment in StringSegment.objects.filter(
                source=translation.source
            ).annotate_translation(english)
            if segment.translation
        }
        assert typed, label

        editor = admin_client.get(edit_url(target))
        assert editor.status_code == 200, label
        assert "wagtail_localize/admin/edit_translation.html" in [
            t.name for t in editor.templates
        ], label
        props = json.loads(editor.context["props"])
        shown = {row["data"] for row in props["initialStringTranslations"]}
        assert typed <= shown, (label, typed - shown)

        before = texts(target)
        logs = TranslationLog.objects.filter(source=translation.source).count()
        synced = admin_client.post(
            sync_url(translation.source),
            {"publish_translations": "on"},
        )
        assert synced.status_code == 302, label
        # wagtail-localize ignores a target that fails validation: the log
        # says whether the English was really saved again.
        assert (
            TranslationLog.objects.filter(source=translation.source).count() > logs
        ), label

        target = type(target).objects.get(pk=target.pk)
        assert texts(target) == before, label
        if isinstance(target, Page) and target.live:
            page = admin_client.get(target.url)
            assert page.status_code == 200, label
            assert escape(target.title) in page.content.decode(), label
