"""The organisation's texts move from the site setting (Japanese fields and their
``_en`` twins) to ``organisation.OrganisationProfile``: a Japanese profile per
site and, when English twins were filled in, an English profile with the same
translation key, which wagtail-localize then treats as its translation (an
English twin left empty showed the Japanese, so the English profile takes it).
"""

from django.conf import settings
from django.db import migrations, models

TEXTS = ("name", "address", "office_hours", "about")


def _locales(Locale):
    by_code = {locale.language_code: locale for locale in Locale.objects.order_by("pk")}
    default = by_code.get(settings.LANGUAGE_CODE) or next(iter(by_code.values()), None)
    english = by_code.get("en")
    return default, (english if english != default else None)


def move_texts(apps, schema_editor):
    Settings = apps.get_model("home", "OrganisationSettings")
    Profile = apps.get_model("organisation", "OrganisationProfile")
    Locale = apps.get_model("wagtailcore", "Locale")
    default, english = _locales(Locale)
    if default is None:
        return
    for row in Settings.objects.all():
        texts = {name: getattr(row, name) for name in TEXTS}
        if not any(texts.values()):
            continue
        source, _created = Profile.objects.get_or_create(
            site_id=row.site_id, locale=default, defaults=texts
        )
        twins = {name: getattr(row, f"{name}_en") for name in TEXTS}
        if english is None or not any(twins.values()):
            continue
        Profile.objects.get_or_create(
            site_id=row.site_id,
            locale=english,
            defaults={
                "translation_key": source.translation_key,
                **{name: twins[name] or texts[name] for name in TEXTS},
            },
        )


def restore_texts(apps, schema_editor):
    Settings = apps.get_model("home", "OrganisationSettings")
    Profile = apps.get_model("organisation", "OrganisationProfile")
    Locale = apps.get_model("wagtailcore", "Locale")
    default, english = _locales(Locale)
    by_site = {}
    for profile in Profile.objects.order_by("pk"):
        by_site.setdefault(profile.site_id, {})[profile.locale_id] = profile
    # Every site with a profile, also one whose setting was never saved: its
    # texts would be lost otherwise.
    for site_id, profiles in by_site.items():
        row, _created = Settings.objects.get_or_create(site_id=site_id)
        source = profiles.get(getattr(default, "pk", None))
        translation = profiles.get(getattr(english, "pk", None))
        for name in TEXTS:
            japanese = getattr(source, name) if source is not None else ""
            setattr(row, name, japanese)
            english_text = getattr(translation, name) if translation else ""
            # A text the translation still shares with the Japanese becomes an
            # empty twin again, which showed the Japanese (as move_texts read it).
            setattr(row, f"{name}_en", "" if english_text == japanese else english_text)
        row.save()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_footer_pages"),
        ("organisation", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        # Only for unapplying: the required name column comes back on a table
        # that has rows, and Django fills it with the field's default, which is
        # NULL for a CharField that may not be blank (refused on SQLite and
        # PostgreSQL alike). As a blank field it is filled with "" until
        # restore_texts writes the name. No change to the database schema.
        migrations.AlterField(
            model_name="organisationsettings",
            name="name",
            field=models.CharField(
                blank=True, max_length=200, verbose_name="organisation name"
            ),
        ),
        migrations.RunPython(move_texts, restore_texts),
        *(
            migrations.RemoveField(model_name="organisationsettings", name=name)
            for field in TEXTS
            for name in (field, f"{field}_en")
        ),
    ]
