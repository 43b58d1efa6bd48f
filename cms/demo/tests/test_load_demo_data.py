"""load_demo_data builds the whole demo site, and a second run changes nothing.

On the demo loaded once per run (the ``demo`` fixture); each test rolls back.
These tests check structure (counts, keys, languages, links between rows), not
the demo's wording, which its content files may change.
"""

import json
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import models
from django.utils import timezone
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation

from cms.demo.content.stories import CASE_STUDIES
from cms.demo.loaders.events import upcoming_events
from cms.events.models import EventPage, EventSession, ParticipantVoice
from cms.library.models import LibraryDocument
from cms.news.models import NewsPage
from cms.organisation.models import OrganisationProfile
from cms.people.models import Person
from cms.places.models import CommunityPlace
from cms.policies.models import OutcomeIndicator
from cms.regions.models import Municipality, Region
from cms.registrations.models import Registration, SessionSeats
from cms.stories.models import CaseStudyPage
from cms.topics.models import Topic
from home.models import ContactFormField, HomePage

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
        "places": sorted(
            CommunityPlace.objects.values_list(
                "pk", "locale__language_code", "name", "status"
            )
        ),
        "voices": sorted(
            ParticipantVoice.objects.values_list(
                "pk", "locale__language_code", "translation_key", "attribute"
            )
        ),
        "indicators": sorted(
            OutcomeIndicator.objects.values_list(
                "pk", "locale__language_code", "translation_key", "name"
            )
        ),
        "registrations": sorted(
            Registration.objects.values_list(
                "seats__session_key",
                "number",
                "name",
                "email",
                "status",
                "gathering_status",
                "language",
            )
        ),
        "seats": sorted(
            SessionSeats.objects.values_list("session_key", "last_number", "label")
        ),
        "images": sorted(
            get_image_model().objects.values_list(
                "pk", "title", "file_hash", "description", "width", "height"
            )
        ),
        "form_fields": sorted(
            ContactFormField.objects.values_list(
                "pk", "locale__language_code", "clean_name", "label"
            )
        ),
    }


def test_load_demo_data_is_complete_and_idempotent(
    demo, django_capture_on_commit_callbacks
):
    first = snapshot()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_data", verbosity=0)
    assert snapshot() == first
    # The registrations' e-mails went with the first run (to the locmem outbox),
    # none with the second.
    assert demo["emails_sent"] and not mail.outbox
    _check_registrations()
    # The home page's latest news is recent, whenever the demo is loaded.
    latest = NewsPage.objects.filter(locale__language_code="ja").order_by("-date")[:3]
    today = timezone.localdate()
    assert all(0 <= (today - news.date).days <= 30 for news in latest)

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
    # The same regions in English, in the same order, with English names.
    assert [slug for slug, _name in regions["en"]] == [
        slug for slug, _name in regions["ja"]
    ]
    assert not any(has_japanese(name) for _slug, name in regions["en"])
    # The same 40 municipalities in both languages, with the same slugs.
    municipalities = {
        language: {
            slug for code, slug, _name in first["municipalities"] if code == language
        }
        for language in ("ja", "en")
    }
    assert len(municipalities["ja"]) == 40
    assert municipalities["en"] == municipalities["ja"]
    assert first["voices"]
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
    _check_map_images(first["images"])
    # The online consultation is held online only: no region, in either language.
    online = EventSession.objects.filter(page__slug="online-consultation")
    assert online.count() == 4
    assert all(session.is_online_only for session in online)
    assert EventSession.objects.filter(region__isnull=True).count() == 4


def _check_map_images(images):
    """Every case study and upcoming event has a map picture in each language,
    with alt text in that language; the second run added none (``snapshot``)."""
    slugs = {spec["slug"] for spec in CASE_STUDIES} | {
        spec["slug"] for spec in upcoming_events(timezone.localdate())
    }
    pages = [
        *CaseStudyPage.objects.filter(slug__in=slugs),
        *EventPage.objects.filter(slug__in=slugs),
    ]
    assert len(pages) == 2 * len(slugs)
    by_pk = {pk: rest for pk, *rest in images}
    for page in pages:
        _title, _hash, alt, width, height = by_pk[page.image_id]
        assert (width, height) == (1200, 800)
        japanese = page.locale.language_code == "ja"
        assert has_japanese(alt) == japanese, alt
    assert len({page.image_id for page in pages}) == len(pages)


def _check_registrations():
    """Two upcoming sessions take registrations here, in both languages; the
    small one is full with a waitlist."""
    sessions = EventSession.objects.filter(registration_on_site=True)
    assert {session.page.slug for session in sessions} == {
        "gathering-next",
        "ibasho-startup-course",
    }
    assert {session.locale.language_code for session in sessions} == {"ja", "en"}
    assert all(session.starts_at > timezone.now() for session in sessions)
    gathering = Registration.objects.filter(session__page__slug="gathering-next")
    assert gathering.count() >= 3
    assert set(gathering.values_list("status", flat=True)) == {"confirmed"}
    assert gathering.filter(language="en", session__locale__language_code="en")
    assert all(r.email.endswith("@example.jp") for r in gathering if r.email)
    course = sessions.get(
        page__slug="ibasho-startup-course", locale__language_code="ja"
    )
    registrations = Registration.objects.filter(
        seats__session_key=course.translation_key
    )
    assert registrations.seats_taken() == course.capacity
    assert registrations.waitlisted().count() == 2


def test_demo_has_english_translations_of_the_main_pages(demo):
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
            # Speakers are synchronised (wagtail-localize doesn't translate a
            # snippet list inside a block); pages show their English versions.
            assert all(
                person.get_translation_or_none(translation.locale)
                for person in item.value["speakers"]
            )

    # Every person has an English translation with an English name and origin.
    people = {
        code: {
            person.translation_key: person
            for person in Person.objects.filter(locale__language_code=code)
        }
        for code in ("ja", "en")
    }
    assert people["en"] and people["en"].keys() == people["ja"].keys()
    for person in people["en"].values():
        assert not has_japanese(person.name + person.origin), person.name


def _texts(page):
    """Every text a visitor can read on ``page``: its title and the page type's own
    text and stream fields (stream data as JSON: documents and people are ids)."""
    texts = [page.title]
    for field in type(page)._meta.get_fields():
        if getattr(field, "model", None) is not type(page) or field.auto_created:
            continue
        if isinstance(field, StreamField):
            value = field.get_prep_value(getattr(page, field.name))
            texts.append(json.dumps(value, ensure_ascii=False))
        elif isinstance(field, (models.CharField, models.TextField)):
            texts.append(getattr(page, field.name))
    return texts


def test_every_page_and_section_has_an_english_translation(demo):
    english = Locale.objects.get(language_code="en")
    japanese_pages = Page.objects.live().filter(locale__language_code="ja", depth__gt=1)
    assert japanese_pages.count() > 30
    for japanese in japanese_pages.specific():
        translation = japanese.get_translation_or_none(english)
        assert translation is not None and translation.live, japanese.url
        translation = translation.specific
        assert translation.show_in_menus == japanese.show_in_menus
        for text in _texts(translation):
            assert not has_japanese(text), (translation.url, text)

    # The English menu lists the same sections, in the same order.
    site = Site.objects.get(is_default_site=True)
    home = site.root_page
    english_home = home.get_translation(english)

    def menu(root):
        return list(
            root.get_children()
            .live()
            .in_menu()
            .values_list("translation_key", flat=True)
        )

    assert len(menu(home)) >= 6
    assert menu(english_home) == menu(home)

    # Links between English pages stay in English.
    english_home = english_home.specific
    assert english_home.hero_link.locale_id == english.pk
    callouts = [b for b in english_home.body if b.block_type == "callout"]
    assert callouts and all(b.value["link"].locale_id == english.pk for b in callouts)

    # English pages that list documents list the same documents, in English.
    grant = Page.objects.get(slug="ibasho-startup-grant", locale=english).specific
    japanese_grant = grant.get_translation(Locale.get_default())
    assert [b.value.translation_key for b in grant.documents] == [
        b.value.translation_key for b in japanese_grant.documents
    ]
    assert {b.value.locale_id for b in grant.documents} == {english.pk}
    assert grant.amount_yen == japanese_grant.amount_yen == 50000

    # Case studies: English topics; the same region and people, English notes.
    stories = Page.objects.get(slug="stories", locale=english)
    for story in stories.get_children().specific():
        japanese = story.get_translation(Locale.get_default())
        assert story.region_id == japanese.region_id
        # Tags are synchronised; every one has an English topic name.
        assert story.topics.exists()
        names = Topic.names(locale_id=english.pk)
        assert not any(has_japanese(names[tag.pk]) for tag in story.topics.all())
        assert [p.person_id for p in story.people.all()] == [
            p.person_id for p in japanese.people.all()
        ]
        assert not any(has_japanese(p.note) for p in story.people.all())

    # Every community place is translated; where and whether it is listed is shared.
    for place in CommunityPlace.objects.filter(locale__language_code="ja"):
        translation = place.get_translation(english)
        assert (translation.region_id, translation.status, translation.kind) == (
            place.region_id,
            place.status,
            place.kind,
        )
        for text in (
            translation.name,
            translation.organiser,
            translation.venue,
            translation.schedule,
            translation.description,
        ):
            assert not has_japanese(text), text

    # Translatable children: the Japanese rows in English, same keys and figures.
    for model, synchronised in [
        (OutcomeIndicator, ("baseline_value", "target_value", "target_fiscal_year")),
        (ContactFormField, ("clean_name", "field_type", "required")),
        (ParticipantVoice, ()),
    ]:
        rows = {
            code: {
                row.translation_key: row
                for row in model.objects.filter(locale__language_code=code)
            }
            for code in ("ja", "en")
        }
        assert rows["en"] and rows["en"].keys() == rows["ja"].keys()
        for key, row in rows["en"].items():
            for name in synchronised:
                assert getattr(row, name) == getattr(rows["ja"][key], name)
    voices = ParticipantVoice.objects.filter(locale=english)
    assert not any(has_japanese(v.words + v.attribute) for v in voices)
    # The indicators' yearly figures carry English notes.
    notes = [
        value.get("note")
        for indicator in OutcomeIndicator.objects.filter(locale=english)
        for value in indicator.actual_values
        if value.get("note")
    ]
    assert notes and not any(has_japanese(note) for note in notes)


def test_the_organisations_texts_are_translated_through_wagtail_localize(demo, client):
    japanese = OrganisationProfile.objects.get(locale__language_code="ja")
    english = japanese.get_translation(Locale.objects.get(language_code="en"))
    assert english.site_id == japanese.site_id
    assert english.name and english.name != japanese.name
    assert Translation.objects.filter(
        source__object_id=japanese.translation_key,
        target_locale__language_code="en",
    ).exists()
    footer = client.get("/en/").content.decode().split('class="site-footer"')[1]
    assert english.name in footer and japanese.name not in footer
