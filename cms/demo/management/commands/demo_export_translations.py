"""Write the demo's translations to its data files (for maintainers).

On a database with the demo loaded, and after translating in the admin's
translation editor, ``python manage.py demo_export_translations`` writes one PO
file per translated page and snippet (``Translation.export_po``) and its
non-text overrides to ``cms/demo/data/<language>/``, where ``load_demo_data``
reads them. Review the diff before committing it.
"""

import json

from django.core.management.base import BaseCommand
from wagtail_localize.models import Translation

from cms.demo.loaders.localize import (
    export_translation,
    overrides_path,
    translation_path,
)


class Command(BaseCommand):
    help = "Write the demo's wagtail-localize translations to cms/demo/data/."

    def handle(self, *args, **options):
        translations = Translation.objects.filter(enabled=True).select_related(
            "source", "target_locale"
        )
        written = 0
        for translation in translations:
            instance = translation.source.as_instance()
            path = translation_path(instance, translation.target_locale.language_code)
            po, overrides = export_translation(translation)
            path.parent.mkdir(parents=True, exist_ok=True)
            po.save(str(path))
            extra = overrides_path(path)
            if overrides:
                extra.write_text(
                    json.dumps(overrides, ensure_ascii=False, indent=2) + "\n"
                )
            elif extra.exists():
                extra.unlink()
            written += 1
        self.stdout.write(self.style.SUCCESS(f"{written} translations written."))
