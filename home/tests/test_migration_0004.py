"""home.0004 moves the organisation's texts from the site setting (Japanese
fields and ``_en`` twins) to translatable ``OrganisationProfile`` snippets, and
back when unapplied.

The test migrates the real test database, so it is transactional (nothing else
sees the older schema) and always migrates forward to the latest state again.
"""

import pytest
from wagtail.models import Locale, Page, Site

from cms.organisation.models import OrganisationProfile
from home.models import OrganisationSettings
from home.tests.utils import migrate, migrate_to_latest

BEFORE = [("home", "0003_footer_pages"), ("organisation", "0001_initial")]
AFTER = [("home", "0004_organisation_profiles")]

JAPANESE = {
    "name": "あおもり回帰ネットワーク",
    "address": "青森市新町1-2-3",
    "office_hours": "平日 9時〜17時",
    "about": "移住を考える人と地域をつなぎます。",
}
ENGLISH = {
    "name": "Aomori Return Network",
    "address": "1-2-3 Shinmachi, Aomori",
    # Left empty: the English site showed the Japanese hours.
    "office_hours": "",
    "about": "We connect people thinking of moving with the region.",
}


def profiles_by_language(site):
    return {
        profile.locale.language_code: profile
        for profile in OrganisationProfile.objects.filter(site=site).select_related(
            "locale"
        )
    }


@pytest.fixture
def site(transactional_db):
    root = Page.get_first_root_node()
    return Site.objects.create(hostname="kaiki.example", port=80, root_page=root)


@pytest.fixture
def other_site(transactional_db):
    root = Page.get_first_root_node()
    return Site.objects.create(hostname="other.example", port=80, root_page=root)


@pytest.mark.django_db(transaction=True)
def test_the_texts_move_to_a_profile_per_language_and_back(site, other_site):
    try:
        old_apps = migrate(BEFORE)
        OldSettings = old_apps.get_model("home", "OrganisationSettings")
        OldSettings.objects.create(
            site_id=site.pk,
            email="info@kaiki.example",
            **JAPANESE,
            **{f"{name}_en": value for name, value in ENGLISH.items()},
        )
        # A site whose English twins were never filled in has no English profile.
        OldSettings.objects.create(site_id=other_site.pk, name="ほかの会")

        migrate(AFTER)
        profiles = profiles_by_language(site)
        assert set(profiles) == {"ja", "en"}
        assert {name: getattr(profiles["ja"], name) for name in JAPANESE} == JAPANESE
        assert {name: getattr(profiles["en"], name) for name in ENGLISH} == {
            **ENGLISH,
            "office_hours": JAPANESE["office_hours"],
        }
        # wagtail-localize finds the English profile as the Japanese one's
        # translation by this key.
        assert profiles["en"].translation_key == profiles["ja"].translation_key
        assert profiles["ja"].get_translation(Locale.objects.get(language_code="en"))
        assert set(profiles_by_language(other_site)) == {"ja"}
        # The shared contact details stay on the setting.
        assert OrganisationSettings.objects.get(site=site).email == "info@kaiki.example"

        old_apps = migrate(BEFORE)
        OldSettings = old_apps.get_model("home", "OrganisationSettings")
        restored = OldSettings.objects.get(site_id=site.pk)
        assert {name: getattr(restored, name) for name in JAPANESE} == JAPANESE
        assert {name: getattr(restored, f"{name}_en") for name in ENGLISH} == ENGLISH
        assert restored.email == "info@kaiki.example"
        other = OldSettings.objects.get(site_id=other_site.pk)
        assert (other.name, other.name_en) == ("ほかの会", "")
    finally:
        migrate_to_latest()


@pytest.mark.django_db(transaction=True)
def test_unapplying_keeps_the_texts_of_a_site_without_a_setting(site):
    # After 0004 a profile can be written for a site whose setting was never
    # saved; unapplying must not drop its texts.
    try:
        migrate(AFTER)
        japanese = OrganisationProfile.objects.create(
            site=site, locale=Locale.objects.get(language_code="ja"), **JAPANESE
        )
        english = japanese.copy_for_translation(Locale.objects.get(language_code="en"))
        english.name = ENGLISH["name"]
        english.save()

        old_apps = migrate(BEFORE)
        restored = old_apps.get_model("home", "OrganisationSettings").objects.get(
            site_id=site.pk
        )
        assert (restored.name, restored.name_en) == (JAPANESE["name"], ENGLISH["name"])
        assert restored.about == JAPANESE["about"]
        # The English copy's untranslated texts were the Japanese ones: the
        # twins stay empty, which showed the Japanese.
        assert restored.about_en == ""
    finally:
        migrate_to_latest()
