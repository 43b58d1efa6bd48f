"""Event pages in English: translated sessions, people and programme, the way
wagtail-localize translates them in the admin, with flat query counts."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from cms.events.models import EventPerson, EventSession
from cms.events.tests.factories import EventPageFactory, EventSessionFactory
from cms.people.choices import PersonRole
from cms.people.tests.factories import PersonFactory
from cms.regions.tests.factories import RegionFactory
from home.tests.utils import queries_to_render

pytestmark = pytest.mark.django_db


def translate_page(page, locale, **fields):
    """``page``'s English copy (as ``copy_for_translation`` makes it), published."""
    translation = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


def translated_person(locale, **fields):
    person = PersonFactory(**fields)
    english = person.copy_for_translation(locale)
    return person, english


def programme_item(title, speakers, starts_at="14:00"):
    return (
        "item",
        {
            "starts_at": starts_at,
            "ends_at": "15:00",
            "title": title,
            "description": "",
            "speakers": speakers,
        },
    )


@pytest.fixture
def english_index(event_index, english):
    translate_page(event_index.get_parent().specific, english, title="Home")
    return translate_page(event_index, english, title="Events")


def _japanese_event(event_index, english, *, slug="meeting", sessions=1, people=1):
    region = RegionFactory(name="三八")
    english_region = region.copy_for_translation(english)
    english_region.name = "Sanpachi"
    english_region.save()
    speakers = []
    event = EventPageFactory(parent=event_index, slug=slug)
    for number in range(people):
        person, english_person = translated_person(
            english, name=f"村上 香奈{number}", affiliation="フリーアナウンサー"
        )
        english_person.name = f"Kana Murakami {number}"
        english_person.affiliation = "Freelance announcer"
        english_person.save()
        EventPerson.objects.create(
            page=event, person=person, role=PersonRole.MC, note="司会進行"
        )
        speakers.append(person)
    event.programme = [programme_item("開会挨拶", speakers)]
    event.save_revision().publish()
    for number in range(sessions):
        EventSessionFactory(
            page=event,
            region=region,
            title=f"八戸会場{number}",
            venue_name="友の会福祉会館",
            venue_address="八戸市",
        )
    return event


def _english_event(event, english):
    translation = translate_page(event, english, title="Network meeting")
    for session in translation.sessions.all():
        session.title = session.title.replace("八戸会場", "Hachinohe venue ")
        session.venue_name = "Tomonokai Welfare Hall"
        session.venue_address = "Hachinohe City"
        session.save()
    translation.people.update(note="Master of ceremonies")
    translation.programme = [
        programme_item("Opening", _speakers(event)),
    ]
    translation.save_revision().publish()
    return translation


def _speakers(event):
    return [person for item in event.programme for person in item.value["speakers"]]


def test_english_event_page_shows_english_sessions_and_people(
    client, english_index, event_index, english
):
    event = _japanese_event(event_index, english)
    translation = _english_event(event, english)

    html = client.get(translation.url).content.decode()
    for text in [
        "Hachinohe venue 0",
        "Tomonokai Welfare Hall",
        "Hachinohe City",
        "Kana Murakami 0",
        "Freelance announcer",
        "Master of ceremonies",
        "Opening",
        "Sanpachi",
    ]:
        assert text in html, text
    for text in [
        "八戸会場",
        "友の会福祉会館",
        "村上 香奈",
        "司会進行",
        "開会挨拶",
        "三八",
    ]:
        assert text not in html, text

    # The Japanese page is unchanged.
    ja_html = client.get(event.url).content.decode()
    for text in [
        "八戸会場0",
        "友の会福祉会館",
        "村上 香奈0",
        "司会進行",
        "開会挨拶",
        "三八",
    ]:
        assert text in ja_html, text
    assert "Kana Murakami" not in ja_html
    assert "Tomonokai" not in ja_html


def test_translated_sessions_pair_with_the_japanese_ones(
    event_index, english_index, english
):
    event = _japanese_event(event_index, english, sessions=2)
    translation = _english_event(event, english)
    japanese = list(event.sessions.all())
    translated = list(translation.sessions.all())
    assert [s.translation_key for s in translated] == [
        s.translation_key for s in japanese
    ]
    assert [s.starts_at for s in translated] == [s.starts_at for s in japanese]
    assert {s.locale_id for s in translated} == {english.pk}
    assert {s.pk for s in translated}.isdisjoint({s.pk for s in japanese})
    # One row per session and language.
    with pytest.raises(IntegrityError), transaction.atomic():
        EventSession.objects.filter(pk=translated[0].pk).update(
            translation_key=translated[1].translation_key
        )


def test_english_event_page_queries_stay_flat(
    client, event_index, english_index, english
):
    one_event = _english_event(_japanese_event(event_index, english), english)
    one = queries_to_render(client, one_event.url)

    many_event = _english_event(
        _japanese_event(event_index, english, slug="many", sessions=6, people=6),
        english,
    )
    many = queries_to_render(client, many_event.url)
    assert many == one


def test_wagtail_localize_translates_an_event_page(
    client,
    admin_client,
    event_index,
    english_index,
    english,
    django_capture_on_commit_callbacks,
):
    """What an editor's "Translate" + "Publish" in the admin does."""
    person, english_person = translated_person(english, name="高森 誠一郎")
    english_person.name = "Seiichiro Takamori"
    english_person.save()
    event = EventPageFactory(parent=event_index, slug="forum", title="フォーラム")
    event.programme = [programme_item("パネルディスカッション", [person])]
    EventPerson.objects.create(
        page=event, person=person, role=PersonRole.FACILITATOR, note="進行役"
    )
    event.save_revision().publish()
    session = EventSessionFactory(
        page=event, title="八戸会場", venue_name="新町キューブ グランパレ"
    )

    source, _created = TranslationSource.get_or_create_from_instance(event)
    english_texts = {
        "フォーラム": "Forum",
        "八戸会場": "Hachinohe venue",
        "新町キューブ グランパレ": "Shinmachi Cube, Grand Palais",
        "パネルディスカッション": "Panel discussion",
        "進行役": "Facilitator",
    }
    for segment in StringSegment.objects.filter(source=source).select_related(
        "string", "context"
    ):
        if segment.string.data in english_texts:
            StringTranslation.objects.create(
                translation_of=segment.string,
                context=segment.context,
                locale=english,
                data=english_texts[segment.string.data],
            )
    translation = Translation.objects.create(source=source, target_locale=english)
    # wagtail-localize publishes the new revision on commit.
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    page = event.get_translation(english)
    assert page.live
    assert page.title == "Forum"
    [english_session] = page.sessions.all()
    assert english_session.translation_key == session.translation_key
    assert english_session.locale == english
    assert english_session.pk != session.pk
    assert english_session.starts_at == session.starts_at
    assert english_session.region_id == session.region_id  # synchronised
    assert english_session.title == "Hachinohe venue"
    assert english_session.venue_name == "Shinmachi Cube, Grand Palais"
    [item] = page.programme
    assert item.value["title"] == "Panel discussion"
    assert [p.pk for p in item.value["speakers"]] == [english_person.pk]
    [link] = page.people.all()
    assert link.note == "Facilitator"
    assert link.person_id == person.pk  # synchronised; shown in English

    # The admin opens wagtail-localize's translation editor, segments included.
    editor = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert editor.status_code == 200
    assert "Shinmachi Cube, Grand Palais" in editor.content.decode()

    html = client.get(page.url).content.decode()
    assert "Shinmachi Cube, Grand Palais" in html
    assert "Seiichiro Takamori" in html
    assert "高森" not in html

    # Resynchronising after the Japanese session moves keeps the English row.
    session.starts_at += timedelta(days=7)
    session.ends_at += timedelta(days=7)
    session.save()
    event.refresh_from_db()
    source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    english_session.refresh_from_db()
    assert english_session.starts_at == session.starts_at
    assert english_session.venue_name == "Shinmachi Cube, Grand Palais"
