"""An editor translates an event in the admin with wagtail-localize.

The event's two speakers already have English versions; translating the event
must reuse them unchanged, the untranslated event must not appear on /en/, and
a later change of the Japanese session's time must reach the English page.
"""

import re
import time
from datetime import timedelta

import pytest
from wagtail.models import Locale

from cms.events.models import EventPerson
from cms.events.tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    EventSessionFactory,
)
from cms.people.choices import PersonRole
from cms.people.models import Person
from cms.people.tests.factories import PersonFactory
from cms.translations.tests.factories import translated
from home.tests.factories import create_home_page

from .conftest import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def wait_for(condition, timeout=15):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.2)


def test_editor_translates_an_event_whose_speakers_are_translated(
    live_server, browser, admin_login, axe, screenshot
):
    english = Locale.objects.get_or_create(language_code="en")[0]
    home = create_home_page(title="ホーム")
    index = EventIndexPageFactory(parent=home, title="イベント")
    translated(home, english, {"ホーム": "Home"})
    translated(index, english, {"イベント": "Events"})
    speakers = []
    for name, english_name in (
        ("村上 香奈", "Kana Murakami"),
        ("高森 誠一郎", "Seiichiro Takamori"),
    ):
        person = PersonFactory(name=name, affiliation="八戸市役所")
        english_person = translated(
            person, english, {name: english_name, "八戸市役所": "Hachinohe City Hall"}
        )
        speakers.append((person, english_person))
    event = EventPageFactory(parent=index, title="地域の集い2027", slug="tsudoi")
    for person, _english in speakers:
        EventPerson.objects.create(page=event, person=person, role=PersonRole.SPEAKER)
    session = EventSessionFactory(page=event, title="八戸会場")
    event.save_revision().publish()
    admin = admin_login()

    # "Translate" (翻訳) from the page's admin, English ticked, submitted.
    admin.goto(f"{live_server.url}/admin/localize/submit/page/{event.pk}/")
    admin.check(f"input[name=locales][value='{english.pk}']")
    admin.locator(
        "main form button[type=submit], main form input[type=submit]"
    ).last.click()
    wait_for(lambda: event.get_translation_or_none(english) is not None)
    draft = event.get_translation(english)
    admin.wait_for_url(f"**/admin/pages/{draft.pk}/edit/**")

    for _person, english_person in speakers:
        unchanged = Person.objects.get(pk=english_person.pk)
        assert (unchanged.name, unchanged.affiliation) == (
            english_person.name,
            "Hachinohe City Hall",
        )
    visitor = browser.new_context(
        locale="en-US", viewport={"width": 390, "height": 844}
    )
    phone = visitor.new_page()
    phone.goto(live_server.url + "/en/events/")
    assert "地域の集い2027" not in phone.content()

    # Translated segment by segment in the translation editor, then published.
    # The title is on the first tab (content), the session on the second.
    for tab, source, text in (
        (0, "地域の集い2027", "Community gathering 2027"),
        (1, "八戸会場", "Hachinohe"),
    ):
        admin.get_by_role("tab").nth(tab).click()
        segment = admin.locator("li", has=admin.locator(f"p:text-is('{source}')")).last
        segment.locator("button").first.click()
        segment.locator("textarea").fill(text)
        segment.get_by_role("button", name="保存").click()
        segment.get_by_role("button", name="編集").wait_for()
    screenshot(admin, "translation-editor-event")
    admin.get_by_role("button", name=re.compile(r"^公開.*English")).click()
    wait_for(lambda: event.get_translation(english).live)
    page = event.get_translation(english)
    assert page.slug == "community-gathering-2027"

    phone.goto(live_server.url + page.url)
    text = phone.content()
    assert "Community gathering 2027" in text
    assert "Kana Murakami" in text and "Seiichiro Takamori" in text
    assert "村上" not in text
    problems = serious_violations(axe, phone)
    screenshot(phone, "translation-event-en-phone")

    # The Japanese session moves a week and the Japanese page is published.
    session.starts_at += timedelta(days=7)
    session.ends_at += timedelta(days=7)
    session.save()
    event.save_revision().publish()
    [english_session] = page.sessions.all()
    assert english_session.starts_at == session.starts_at
    phone.goto(live_server.url + page.url)
    day = session.starts_at.astimezone().strftime("%-d")
    assert day in phone.content()
    visitor.close()
    assert not problems, problems
