"""home.0005 makes the English organisation profiles that home.0004 wrote into
wagtail-localize translations of the Japanese ones, keeping their English texts.

Before it, such a profile is stranded: the admin offers neither "Translate" nor
"Sync translated snippets" for the Japanese profile, and the English one opens
in the plain edit form, apart from wagtail-localize.

The test migrates the real test database (transactional, and always migrated
forward to the latest state again), like test_migration_0004.
"""

import json
from html import unescape

import pytest
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from cms.organisation.models import OrganisationProfile
from home.tests.utils import migrate, migrate_to_latest

BEFORE = [("home", "0004_organisation_profiles")]
AFTER = [("home", "0005_organisation_profile_translations")]

JAPANESE = {
    "name": "あおもり回帰ネットワーク",
    "address": "青森市新町1-2-3",
    "office_hours": "平日 9時〜17時",
    "about": "移住を考える人と地域をつなぎます。\n相談は無料です。",
}
# As 0004 writes them: an English twin left empty took the Japanese text.
ENGLISH = {
    "name": "Aomori Return Network",
    "address": "1-2-3 Shinmachi, Aomori",
    "office_hours": JAPANESE["office_hours"],
    "about": "We connect people thinking of moving with the region.\nAsk us for free.",
}

LISTING = reverse("wagtailsnippets_organisation_organisationprofile:list")
# The address of any "Sync translated snippets" button.
SYNC_PREFIX = reverse("wagtail_localize:update_translations", args=[0]).removesuffix(
    "0/"
)


def edit_url(profile):
    return reverse(
        "wagtailsnippets_organisation_organisationprofile:edit", args=[profile.pk]
    )


def footer_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    return html[html.index('class="site-footer"') :]


def profiles_as_0004_leaves_them(site, english):
    japanese = OrganisationProfile.objects.create(
        site=site, locale=Locale.objects.get(language_code="ja"), **JAPANESE
    )
    translated = OrganisationProfile.objects.create(
        site=site,
        locale=english,
        translation_key=japanese.translation_key,
        **ENGLISH,
    )
    return japanese, translated


@pytest.mark.django_db(transaction=True)
def test_the_english_profile_becomes_a_translation_that_keeps_its_texts(
    admin_client, home_page, english
):
    english_home = home_page.copy_for_translation(english)
    english_home.save_revision().publish()
    site = Site.objects.get(is_default_site=True)
    try:
        migrate(BEFORE)
        japanese, translated = profiles_as_0004_leaves_them(site, english)
        submit = reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["organisation", "organisationprofile", japanese.pk],
        )

        # What 0004 alone leaves: the English texts show, but wagtail-localize
        # knows nothing of them.
        assert ENGLISH["name"] in footer_of(admin_client, "/en/")
        assert not TranslationSource.objects.exists()
        listing = admin_client.get(LISTING).content.decode()
        # No "Translate" (English exists) and no "Sync translated snippets"
        # (nothing was submitted): the English can never follow the Japanese.
        assert submit not in listing
        assert SYNC_PREFIX not in listing
        # The English profile opens in the plain form, not the translation editor.
        edit = admin_client.get(edit_url(translated)).content.decode()
        assert "js-translation-editor" not in edit
        assert f'value="{ENGLISH["name"]}"' in edit

        migrate(AFTER)
        source = TranslationSource.objects.get()
        assert source.object_id == japanese.translation_key
        assert source.locale.language_code == "ja"
        translation = Translation.objects.get()
        assert (translation.source, translation.target_locale) == (source, english)
        assert translation.enabled
        # The texts the English shared with the Japanese stay untranslated.
        translated_paths = set(
            StringTranslation.objects.filter(locale=english).values_list(
                "context__path", flat=True
            )
        )
        assert translated_paths == {"name", "address", "about"}
        # Unchanged until a sync.
        translated.refresh_from_db()
        assert {name: getattr(translated, name) for name in ENGLISH} == ENGLISH

        sync = reverse("wagtail_localize:update_translations", args=[source.pk])
        assert sync in admin_client.get(LISTING).content.decode()
        # The English profile now opens in the translation editor, with its texts.
        edit = admin_client.get(edit_url(translated))
        assert edit.status_code == 200
        editor = unescape(edit.content.decode())
        assert "js-translation-editor" in editor
        for text in ("Aomori Return Network", "1-2-3 Shinmachi, Aomori"):
            assert text in editor
        assert "We connect people thinking of moving with the region." in editor

        with TestCase.captureOnCommitCallbacks(execute=True):
            response = admin_client.post(sync, {"publish_translations": "on"})
        assert response.status_code == 302
        translated.refresh_from_db()
        assert {name: getattr(translated, name) for name in ENGLISH} == ENGLISH
        footer = footer_of(admin_client, "/en/")
        assert "Aomori Return Network" in footer
        assert "1-2-3 Shinmachi, Aomori" in footer
        assert JAPANESE["name"] not in footer
        assert JAPANESE["name"] in footer_of(admin_client, "/ja/")

        # Applying it again (after unapplying, which leaves the records) adds
        # nothing.
        migrate(BEFORE)
        migrate(AFTER)
        assert Translation.objects.count() == 1
        assert StringTranslation.objects.filter(locale=english).count() == 3
    finally:
        migrate_to_latest()


@pytest.mark.django_db(transaction=True)
def test_a_profile_without_a_japanese_one_or_with_a_stopped_translation_stays(
    home_page, english
):
    site = Site.objects.get(is_default_site=True)
    other_site = Site.objects.create(
        hostname="other.example", port=80, root_page=home_page
    )
    try:
        migrate(BEFORE)
        # An English profile made on its own, with a key of its own.
        OrganisationProfile.objects.create(site=other_site, locale=english, **ENGLISH)
        # A translation an editor stopped syncing ("Stop Synced translation").
        japanese, _translated = profiles_as_0004_leaves_them(site, english)
        source, _created = TranslationSource.get_or_create_from_instance(japanese)
        Translation.objects.create(source=source, target_locale=english, enabled=False)

        migrate(AFTER)
        assert TranslationSource.objects.get() == source
        assert not Translation.objects.get().enabled
        assert not StringTranslation.objects.exists()
    finally:
        migrate_to_latest()


@pytest.mark.django_db(transaction=True)
def test_a_source_kept_from_an_earlier_submission_is_brought_up_to_date(
    home_page, english
):
    site = Site.objects.get(is_default_site=True)
    try:
        migrate(BEFORE)
        japanese, translated = profiles_as_0004_leaves_them(site, english)
        # Submitted once, then its translation deleted and the Japanese renamed.
        source, _created = TranslationSource.get_or_create_from_instance(japanese)
        japanese.name = "あおもり回帰ネットワーク事務局"
        japanese.save()

        migrate(AFTER)
        source.refresh_from_db()
        assert json.loads(source.content_json)["name"] == japanese.name
        name = StringTranslation.objects.get(locale=english, context__path="name")
        assert name.translation_of.data == japanese.name
        assert name.data == ENGLISH["name"]
    finally:
        migrate_to_latest()
