"""load_demo_data builds the whole demo site, and a second run changes nothing."""

import re

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from cms.events.models import EventPage, EventSession, ParticipantVoice
from cms.library.models import LibraryDocument
from cms.people.models import Person
from cms.places.models import CommunityPlace
from cms.regions.models import Municipality, Region
from home.models import HomePage

pytestmark = pytest.mark.django_db


def has_japanese(text):
    """Whether ``text`` has kana or kanji in it."""
    return bool(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text))


def snapshot():
    return {
        "pages": list(
            Page.objects.order_by("path").values_list(
                "path", "slug", "title", "content_type__model", "live"
            )
        ),
        "sessions": list(
            EventSession.objects.order_by("page__path", "sort_order").values_list(
                "pk",
                "page__slug",
                "locale__language_code",
                "translation_key",
                "starts_at",
                "venue_name",
                "capacity",
                "override",
            )
        ),
        "people": sorted(
            Person.objects.values_list(
                "locale__language_code", "translation_key", "name", "origin"
            )
        ),
        "documents": sorted(
            LibraryDocument.objects.values_list("title", "kind", "file_size")
        ),
        "regions": list(
            Region.objects.order_by("locale__language_code", "sort_order").values_list(
                "locale__language_code", "slug", "name"
            )
        ),
        "municipalities": sorted(
            Municipality.objects.values_list("locale__language_code", "slug", "name")
        ),
        "places": sorted(CommunityPlace.objects.values_list("name", "status")),
        "voices": ParticipantVoice.objects.count(),
    }


def test_load_demo_data_is_complete_and_idempotent():
    call_command("load_demo_data", verbosity=0)
    first = snapshot()
    call_command("load_demo_data", verbosity=0)
    assert snapshot() == first

    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    regions = {
        language: [
            (slug, name) for code, slug, name in first["regions"] if code == language
        ]
        for language in ("ja", "en")
    }
    assert [slug for slug, _name in regions["ja"]] == [
        "tosei",
        "chunan",
        "sanpachi",
        "seihokugo",
        "kamitosan",
        "shimokita",
    ]
    assert [name for _slug, name in regions["en"]] == [
        "Tosei",
        "Chunan",
        "Sanpachi",
        "Seihokugo",
        "Kamitosan",
        "Shimokita",
    ]
    # The same 40 municipalities in both languages, with the same slugs.
    municipalities = {
        language: {
            slug for code, slug, _name in first["municipalities"] if code == language
        }
        for language in ("ja", "en")
    }
    assert len(municipalities["ja"]) == 40
    assert municipalities["en"] == municipalities["ja"]
    assert first["voices"] > 0
    kinds = {kind for _title, kind, _size in first["documents"]}
    assert {
        "manual",
        "case_studies",
        "guidebook",
        "flyer",
        "application_form",
        "qa",
    } <= kinds
    # Every document is a real, non-empty file.
    assert all(size and size > 1000 for _title, _kind, size in first["documents"])
    # The six-venue network meeting is one event with six sessions.
    session_counts = [event.sessions.count() for event in EventPage.objects.live()]
    assert max(session_counts) >= 6


def test_demo_has_english_translations_of_the_main_pages():
    call_command("load_demo_data", verbosity=0)
    english = Page.objects.live().filter(locale__language_code="en")
    paths = {page.url for page in english}
    assert {"/en/", "/en/about/", "/en/events/", "/en/library/"} <= paths
    council = [
        "kickoff-forum-2015",
        "gathering-2015",
        "hachinohe-2016",
        "gathering-2016",
        "hirosaki-2017",
        "aomori-2017",
    ]
    series = ["kodomo-ibasho-network-meeting-2022", "minna-no-ibasho-course-2022"]
    upcoming = [
        "gathering-next",
        "online-consultation",
        "hachinohe-town-walk",
        "ibasho-startup-course",
    ]
    for slug in council + series + upcoming:
        japanese = EventPage.objects.get(slug=slug, locale__language_code="ja")
        translation = japanese.get_translation(english.first().locale)
        assert translation.live
        assert translation.title != japanese.title
        assert translation.entry_fee == japanese.entry_fee

        # Each session translated: the same times, capacities and regions
        # (synchronised) and the same translation key, with English texts.
        def sessions(page):
            return list(
                page.sessions.values_list(
                    "translation_key", "starts_at", "ends_at", "capacity", "region"
                )
            )

        assert sessions(translation) == sessions(japanese)
        for session in translation.sessions.all():
            assert session.locale_id == translation.locale_id
            assert session.venue_name
            for text in (session.title, session.venue_name, session.venue_address):
                assert not has_japanese(text), text
        for link in translation.people.all():
            assert not has_japanese(link.note), link.note
        for item in translation.programme:
            for text in (item.value["title"], item.value["description"]):
                assert not has_japanese(text), text
            assert all(
                person.locale_id == translation.locale_id
                for person in item.value["speakers"]
            )

    meeting = EventPage.objects.get(
        slug="kodomo-ibasho-network-meeting-2022", locale__language_code="en"
    )
    venues = [session.venue_name for session in meeting.sessions.all()]
    assert venues[1] == "Aomori Prefectural Tourist Center ASPAM, Towada Room (4F)"
    assert [s.title for s in meeting.sessions.all()][2] == "Hachinohe venue"
    forum = EventPage.objects.get(slug="aomori-2017", locale__language_code="en")
    japanese_forum = forum.get_translation(
        EventPage.objects.get(slug="aomori-2017", locale__language_code="ja").locale
    )
    [session] = forum.sessions.all()
    assert session.venue_name == "Shinmachi Cube, Grand Palais (1F)"
    assert session.starts_at == japanese_forum.sessions.get().starts_at

    # People on translated pages have English translations.
    english_people = Person.objects.filter(locale__language_code="en")
    assert english_people.get(name="Kana Murakami").translation_key == (
        Person.objects.get(name="村上 香奈").translation_key
    )
    assert english_people.filter(origin="Tokyo (U-turn)").exists()
