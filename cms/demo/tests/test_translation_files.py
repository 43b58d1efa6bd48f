"""The demo's English files: written from wagtail-localize, read back through it."""

import datetime

import pytest
from django.core.management import call_command
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from cms.demo.loaders import DemoContext, localize
from cms.regions.tests.factories import RegionFactory

pytestmark = pytest.mark.django_db

ENGLISH = {"中南": "Chunan", "弘前を中心とする地域。": "The area around Hirosaki."}


@pytest.fixture
def data(tmp_path, monkeypatch):
    monkeypatch.setattr(localize, "DATA", tmp_path)
    return tmp_path


def _load():
    localize.load_english_translations(DemoContext(today=datetime.date(2026, 4, 1)))


def test_a_translation_is_written_to_a_po_file_and_loaded_back(data):
    english = Locale.objects.get_or_create(language_code="en")[0]
    region = RegionFactory(
        name="中南", slug="chunan", description="弘前を中心とする地域。"
    )
    source, _created = TranslationSource.get_or_create_from_instance(region)
    translation = Translation.objects.create(source=source, target_locale=english)
    for segment in StringSegment.objects.filter(source=source).select_related(
        "string", "context"
    ):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=english,
            context=segment.context,
            data=ENGLISH[segment.string.data],
        )
    translation.save_target()

    call_command("demo_export_translations", verbosity=0)
    po = (data / "en" / "region" / "chunan.po").read_text()
    assert 'msgctxt "name"\nmsgid "中南"\nmsgstr "Chunan"' in po
    # Nothing that changes from one load to the next.
    assert "X-WagtailLocalize-TranslationID" not in po

    # A fresh database: the Japanese region only.
    region.get_translation(english).delete()
    StringTranslation.objects.all().delete()
    TranslationSource.objects.all().delete()
    _load()
    translated = region.get_translation(english)
    assert (translated.name, translated.description) == (
        "Chunan",
        "The area around Hirosaki.",
    )
    # Managed by wagtail-localize, as an editor's translation is.
    assert Translation.objects.get(
        source__object_id=region.translation_key, target_locale=english
    ).enabled
    _load()
    assert region.get_translations().count() == 1


def test_a_file_without_its_japanese_object_stops_the_loader(data):
    Locale.objects.get_or_create(language_code="en")
    folder = data / "en" / "region"
    folder.mkdir(parents=True)
    (folder / "gone.po").write_text('msgid ""\nmsgstr ""\n')
    with pytest.raises(localize.TranslationFileError, match="region/gone.po"):
        _load()
