import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def existing_documents_in_default_language(apps, schema_editor):
    """Every document so far was written in the default language (Japanese),
    and each is its own translation group: a key of its own per row (a column
    default would give every row the same key)."""
    from wagtail.coreutils import get_supported_content_language_variant

    Locale = apps.get_model("wagtailcore", "Locale")
    LibraryDocument = apps.get_model("library", "LibraryDocument")
    documents = list(LibraryDocument.objects.only("pk"))
    if not documents:
        return
    locale, _created = Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    for document in documents:
        document.locale_id = locale.pk
        document.translation_key = uuid.uuid4()
    LibraryDocument.objects.bulk_update(
        documents, ["locale", "translation_key"], batch_size=500
    )


class Migration(migrations.Migration):
    dependencies = [
        ("library", "0003_text_extraction_outcome"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="librarydocument",
            name="locale",
            field=models.ForeignKey(
                null=True,
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="librarydocument",
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.RunPython(
            existing_documents_in_default_language, migrations.RunPython.noop
        ),
        migrations.AlterField(
            model_name="librarydocument",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="librarydocument",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name="librarydocument",
            unique_together={("translation_key", "locale")},
        ),
    ]
