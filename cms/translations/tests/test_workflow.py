"""The editor's path through wagtail-localize, in the admin's own views.

An event with two speakers who already have English versions is submitted for
translation, translated string by string and published; then its Japanese
session moves and the Japanese page is published again.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from wagtail_localize.operations import translate_object

from cms.events.models import EventPerson
from cms.events.tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    EventSessionFactory,
)
from cms.people.choices import PersonRole
from cms.people.models import Person
from cms.people.tests.factories import PersonFactory
from cms.translations.tests.factories import (
    publish_translation,
    translate_strings,
    translated,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def event_index(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def english_index(event_index, english, admin_user, django_capture_on_commit_callbacks):
    """The home page and event index, translated into English and published."""
    home = event_index.get_parent().specific
    # One transaction per step, as in the admin (publishing happens on commit).
    for page, title in ((home, "Home"), (event_index, "Events")):
        with django_capture_on_commit_callbacks(execute=True):
            translate_object(page, [english], user=admin_user)
        draft = page.get_translation(english)
        translate_strings(draft, {page.title: title})
        with django_capture_on_commit_callbacks(execute=True):
            publish_translation(draft)
    return event_index.get_translation(english)


def _english_person(english, admin_user, name, english_name):
    person = PersonFactory(name=name, affiliation="八戸市役所")
    texts = {name: english_name, "八戸市役所": "Hachinohe City Hall"}
    return person, translated(person, english, texts, user=admin_user)


def test_translating_an_event_keeps_speakers_and_drafts_until_published(
    client,
    admin_client,
    admin_user,
    event_index,
    english_index,
    english,
    django_capture_on_commit_callbacks,
):
    speakers = [
        _english_person(english, admin_user, "村上 香奈", "Kana Murakami"),
        _english_person(english, admin_user, "高森 誠一郎", "Seiichiro Takamori"),
    ]
    event = EventPageFactory(parent=event_index, title="地域の集い2027", slug="tsudoi")
    for person, _english in speakers:
        EventPerson.objects.create(page=event, person=person, role=PersonRole.SPEAKER)
    session = EventSessionFactory(page=event, title="八戸会場")
    event.save_revision().publish()

    # "Translate" in the admin.
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:submit_page_translation", args=[event.pk]),
            {"locales": [english.pk]},
        )
    assert response.status_code == 302
    for _person, english_person in speakers:
        unchanged = Person.objects.get(pk=english_person.pk)
        assert unchanged.name == english_person.name
        assert unchanged.affiliation == "Hachinohe City Hall"

    # The untranslated English event is a draft: nothing of it on /en/.
    draft = event.get_translation(english)
    assert not draft.live
    listing = client.get(english_index.url).content.decode()
    assert "地域の集い2027" not in listing
    assert client.get(f"/en/events/{draft.slug}/").status_code == 404

    # Translated in the translation editor and published there.
    with django_capture_on_commit_callbacks(execute=True):
        translate_strings(
            draft,
            {"地域の集い2027": "Community gathering 2027", "八戸会場": "Hachinohe"},
            client=admin_client,
        )
        publish_translation(draft, client=admin_client)
    page = event.get_translation(english)
    assert page.live
    assert page.slug == "community-gathering-2027"  # from the English title
    response = client.get(page.url)
    html = response.content.decode()
    assert "Community gathering 2027" in html
    assert "Kana Murakami" in html and "Seiichiro Takamori" in html
    assert "村上" not in html

    # The Japanese session moves a week; publishing the Japanese page is enough.
    session.starts_at += timedelta(days=7)
    session.ends_at += timedelta(days=7)
    session.save()
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision(user=admin_user).publish(user=admin_user)
    [english_session] = page.sessions.all()
    assert english_session.starts_at == session.starts_at
    assert english_session.title == "Hachinohe"
    page.refresh_from_db()
    assert page.live and page.title == "Community gathering 2027"


def test_a_changed_sentence_keeps_its_translation_until_revised(
    event_index, english_index, english, admin_user, django_capture_on_commit_callbacks
):
    event = EventPageFactory(
        parent=event_index, title="交流会", summary="気軽な会です。"
    )
    event.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(event, [english], user=admin_user)
        draft = event.get_translation(english)
        translate_strings(
            draft, {"交流会": "Get-together", "気軽な会です。": "A casual meeting."}
        )
        publish_translation(draft)

    event.summary = "誰でも参加できる気軽な会です。"
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()

    page = event.get_translation(english)
    assert page.live
    assert page.summary == "A casual meeting."
    assert page.title == "Get-together"


def test_a_page_without_translation_is_untouched(
    event_index, english_index, english, django_capture_on_commit_callbacks
):
    event = EventPageFactory(parent=event_index, title="未翻訳の会")
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    assert event.get_translation_or_none(english) is None


def test_the_admin_says_which_translations_followed(
    rf, admin_user, event_index, english_index, english
):
    from django.contrib.messages import get_messages
    from django.contrib.messages.storage.fallback import FallbackStorage

    from cms.translations.wagtail_hooks import tell_editor_translations_followed

    request = rf.post("/admin/pages/edit/")
    request.user = admin_user
    request.session = {}
    request._messages = FallbackStorage(request)
    tell_editor_translations_followed(request, event_index)
    [message] = get_messages(request)
    assert "English" in str(message)

    untranslated = EventPageFactory(parent=event_index, title="未翻訳の会")
    request._messages = FallbackStorage(request)
    tell_editor_translations_followed(request, untranslated)
    assert not list(get_messages(request))
