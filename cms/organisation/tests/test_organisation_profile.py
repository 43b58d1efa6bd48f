"""The organisation's texts in the visitor's language: translated with
wagtail-localize like any snippet, shown in the footer, the title and the feeds,
and renewed in the cached footer as soon as a translation is published."""

import pytest
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Site
from wagtail_localize.operations import translate_object

from cms.organisation.models import OrganisationProfile
from cms.translations.tests.factories import publish_translation, translate_strings
from home.models import OrganisationSettings

from .factories import OrganisationProfileFactory

pytestmark = pytest.mark.django_db

ENGLISH = {
    "あおもり回帰ネットワーク事務局": "Aomori Homecoming Network Office",
    "青森市新町二丁目4番1号": "2-4-1 Shinmachi, Aomori City",
    "平日 9:00〜17:00": "Weekdays 9:00–17:00",
    "移り住む人と地域をつなぐ事務局です。": "We connect newcomers and the region.",
}


@pytest.fixture
def english_home(home_page, english):
    page = home_page.copy_for_translation(english)
    page.save_revision().publish()
    return page


@pytest.fixture
def profile(home_page):
    OrganisationSettings.objects.create(
        site=Site.objects.get(is_default_site=True), phone="017-000-1234"
    )
    return OrganisationProfileFactory()


def translate(profile, locale, texts):
    """What the admin's "Translate", the translation editor and its publish do."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        translate_object(profile, [locale])
    target = profile.get_translation(locale)
    translate_strings(target, texts)
    with TestCase.captureOnCommitCallbacks(execute=True):
        publish_translation(target)
    target.refresh_from_db()
    return target


def footer_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    return html[html.index('class="site-footer"') :]


def test_the_english_footer_shows_the_japanese_texts_until_they_are_translated(
    client, profile, english_home
):
    footer = footer_of(client, "/en/")
    for japanese in ENGLISH:
        assert japanese in footer
    assert "017-000-1234" in footer


def test_the_english_footer_and_title_show_the_translation(
    client, profile, english_home, english
):
    translate(profile, english, ENGLISH)
    response = client.get("/en/")
    html = response.content.decode()
    footer = html[html.index('class="site-footer"') :]
    for japanese, english_text in ENGLISH.items():
        assert english_text in footer and japanese not in footer
    assert "| Aomori Homecoming Network Office</title>" in html
    # The contact details are the setting's, the same in both languages.
    assert "017-000-1234" in footer
    japanese_footer = footer_of(client, "/ja/")
    assert "あおもり回帰ネットワーク事務局" in japanese_footer
    assert "Aomori Homecoming Network Office" not in japanese_footer


def test_publishing_the_translation_renews_the_cached_footer(
    client, page_cache_on, profile, english_home, english, django_assert_num_queries
):
    assert "あおもり回帰ネットワーク事務局" in footer_of(client, "/en/")
    with django_assert_num_queries(0):  # served from the page cache now
        client.get("/en/")
    target = translate(profile, english, ENGLISH)
    assert "Aomori Homecoming Network Office" in footer_of(client, "/en/")

    # A correction made in the translation editor and published again.
    correction = {"あおもり回帰ネットワーク事務局": "Aomori Return Office"}
    translate_strings(target, correction)
    with TestCase.captureOnCommitCallbacks(execute=True):
        publish_translation(target)
    footer = footer_of(client, "/en/")
    assert "Aomori Return Office" in footer
    assert "Aomori Homecoming Network Office" not in footer


def test_saving_the_japanese_texts_renews_the_cached_footer(
    client, page_cache_on, profile, english_home
):
    assert "平日 9:00〜17:00" in footer_of(client, "/ja/")
    profile.office_hours = "平日 10:00〜16:00"
    with TestCase.captureOnCommitCallbacks(execute=True):  # the page cache clears
        profile.save()
    footer = footer_of(client, "/ja/")
    assert "平日 10:00〜16:00" in footer and "平日 9:00〜17:00" not in footer


def test_a_site_without_texts_is_named_kaiki_and_rendering_writes_no_row(
    client, home_page
):
    html = client.get("/ja/").content.decode()
    assert "| Kaiki</title>" in html or "| 回帰</title>" in html
    assert not OrganisationProfile.objects.exists()


@pytest.mark.parametrize("feed", ["feeds/events/", "feeds/news/"])
def test_feeds_are_titled_with_the_name_in_their_language(
    client, profile, english_home, english, feed
):
    translate(profile, english, ENGLISH)
    english_feed = client.get(f"/en/{feed}").content.decode()
    japanese_feed = client.get(f"/ja/{feed}").content.decode()
    assert "Aomori Homecoming Network Office" in english_feed
    assert "あおもり回帰ネットワーク事務局" in japanese_feed


def test_an_editor_translates_the_texts_with_the_admins_translate_button(
    admin_client, profile, english_home, english
):
    listing = admin_client.get(
        reverse("wagtailsnippets_organisation_organisationprofile:list")
    )
    assert listing.status_code == 200
    assert "あおもり回帰ネットワーク事務局" in listing.content.decode()
    submit = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["organisation", "organisationprofile", profile.pk],
    )
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = admin_client.post(submit, {"locales": [english.pk]})
    assert response.status_code == 302
    target = profile.get_translation(english)
    assert target.site_id == profile.site_id
    # Its edit view is wagtail-localize's translation editor.
    edit = admin_client.get(
        reverse(
            "wagtailsnippets_organisation_organisationprofile:edit", args=[target.pk]
        )
    )
    assert edit.status_code == 200
    assert "js-translation-editor" in edit.content.decode()


def test_the_setting_holds_only_what_every_language_shares(admin_client, profile):
    response = admin_client.get(
        reverse(
            "wagtailsettings:edit",
            args=["home", "organisationsettings", profile.site_id],
        )
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="phone"' in html
    for text in ("name", "address", "office_hours", "about", "name_en", "about_en"):
        assert f'name="{text}"' not in html
