"""The English organisation profiles that home.0004 wrote become wagtail-localize
translations of the Japanese ones.

0004 wrote the English row as a plain copy with the Japanese row's translation
key, but without wagtail-localize's records (a TranslationSource of the Japanese
profile, a Translation into English, the English strings). Without them the
admin offers neither "Translate" (English exists) nor "Sync translated
snippets" (no source), and the English profile opens in the plain edit form,
so its texts could never follow the Japanese. Here each such profile gets the
records the admin's "Translate" makes, and its English texts become the string
translations, so the translation editor shows them and a sync keeps them.

A text the English profile shares with the Japanese one (0004 took the Japanese
where the English twin was empty) stays untranslated: it was never translated,
and a sync fills it with the Japanese, as the site showed it.
"""

from django.conf import settings
from django.db import migrations


def _profiles_to_adopt(apps):
    """(Japanese profile's pk, translated profile's pk) pairs: a profile in
    another language with the same key and site as a default-language profile,
    into whose language no wagtail-localize Translation of that key exists.

    Read with the historical models, so a database without such profiles (every
    fresh install) never reaches the real model classes below.
    """
    Profile = apps.get_model("organisation", "OrganisationProfile")
    Locale = apps.get_model("wagtailcore", "Locale")
    Translation = apps.get_model("wagtail_localize", "Translation")
    default = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if default is None:
        return []
    sources = {
        (profile.site_id, profile.translation_key): profile.pk
        for profile in Profile.objects.filter(locale=default)
    }
    pairs = []
    for profile in Profile.objects.exclude(locale=default).order_by("pk"):
        source_pk = sources.get((profile.site_id, profile.translation_key))
        if source_pk is None:
            continue
        # Any Translation, also a stopped one (enabled=False): an editor who
        # stopped syncing chose to keep the English apart.
        if Translation.objects.filter(
            source__object_id=profile.translation_key,
            target_locale_id=profile.locale_id,
        ).exists():
            continue
        pairs.append((source_pk, profile.pk))
    return pairs


def adopt_translations(apps, schema_editor):
    pairs = _profiles_to_adopt(apps)
    if not pairs:
        return
    # The real classes, not the historical ones: wagtail-localize reads the
    # source's translatable fields, extracts its segments and serialises it
    # through the model class (translatable_fields, TranslatableMixin), none of
    # which a historical model has. It is safe because this migration depends
    # on wagtail_localize's and the organisation app's latest migrations, so
    # their tables are what these classes read, and only a site upgraded by
    # 0004 gets here (see _profiles_to_adopt). A later migration that changes
    # the profile table must depend on this one, or a site upgraded across
    # both could run this first and read columns that are not there yet.
    from wagtail_localize.models import (
        StringSegment,
        StringTranslation,
        Translation,
        TranslationSource,
    )
    from wagtail_localize.strings import StringValue

    from cms.organisation.models import OrganisationProfile

    profiles = OrganisationProfile.objects.select_related("locale").in_bulk(
        [pk for pair in pairs for pk in pair]
    )
    for source_pk, target_pk in pairs:
        japanese, english = profiles[source_pk], profiles[target_pk]
        # As the admin's "Translate" does: a source kept from an earlier
        # submission is brought up to the Japanese texts first, so each English
        # text is filed under the Japanese text it now translates.
        source, _created = TranslationSource.update_or_create_from_instance(japanese)
        Translation.objects.get_or_create(
            source=source, target_locale=english.locale, defaults={"enabled": True}
        )
        segments = StringSegment.objects.filter(source=source).select_related(
            "string", "context"
        )
        for segment in segments:
            text = getattr(english, segment.context.path, None)
            if not isinstance(text, str) or not text:
                continue
            # The editor's format: escaped text, newlines as <br>.
            data = StringValue.from_plaintext(text).data
            if data == segment.string.data:
                continue
            StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=english.locale,
                context=segment.context,
                defaults={
                    "data": data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_organisation_profiles"),
        ("organisation", "0001_initial"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    # Unapplying leaves the records: they describe profiles that stay (unapplying
    # home.0004 copies their texts back to the setting but keeps them), and
    # applying again skips a profile that has its Translation.
    operations = [migrations.RunPython(adopt_translations, migrations.RunPython.noop)]
