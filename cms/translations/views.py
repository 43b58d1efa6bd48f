from django.db import transaction
from wagtail_localize.views.update_translations import UpdateTranslationsView

from .services import related_objects_submitted


class SyncTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages" (and snippets), which also
    submits the snippets and documents the source has come to use since it
    was translated; otherwise the translations would go without them."""

    @transaction.atomic
    def form_valid(self, form):
        translations = self.object.translations.filter(enabled=True).select_related(
            "target_locale"
        )
        related_objects_submitted(
            instance=self.object.get_source_instance(),
            locales=[translation.target_locale for translation in translations],
            user=self.request.user,
        )
        return super().form_valid(form)
