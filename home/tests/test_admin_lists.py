"""Snippet lists label each row's language and filter by it, so Japanese rows
and their English translations no longer mix unlabelled."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, TranslatableMixin
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.core.admin_ui import LanguageColumn
from cms.people.tests.factories import PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    english = Locale.objects.get(language_code="en")
    hanako = PersonFactory(name="青森 花子")
    translated = hanako.copy_for_translation(english)
    translated.name = "Hanako Aomori"
    translated.save()
    PersonFactory(name="弘前 次郎")  # not translated yet
    return hanako, translated


def person_list(client, **params):
    with translation.override("ja"):
        return client.get(reverse("wagtailsnippets_people_person:list"), params)


def listed(response):
    return sorted(person.name for person in response.context["object_list"])


def test_every_translatable_snippet_list_has_a_language_column(
    admin_client, admin_viewsets
):
    checked = {}
    for viewset in admin_viewsets:
        if not isinstance(viewset, SnippetViewSet) or not issubclass(
            viewset.model, TranslatableMixin
        ):
            continue
        response = admin_client.get(reverse(viewset.get_url_name("list")))
        assert response.status_code == 200
        columns = response.context["table"].columns.values()
        checked[viewset.model.__name__] = any(
            isinstance(column, LanguageColumn) for column in columns
        )
    assert checked == dict.fromkeys(
        (
            "Person",
            "Organisation",
            "Region",
            "Municipality",
            "CommunityPlace",
            "Topic",
            "OrganisationProfile",
        ),
        True,
    )


def test_rows_are_labelled_with_their_language(admin_client, people):
    response = person_list(admin_client)

    table = response.context["table"]
    column = next(c for c in table.columns.values() if isinstance(c, LanguageColumn))
    with translation.override("ja"):
        assert str(column.label) == "言語"  # in the editor's language
    with translation.override("en"):
        assert str(column.label) == "Language"
    languages = {
        row.name: column.get_cell_context_data(row, {"row": None, "table": table})[
            "value"
        ]
        for row in table.data
    }
    assert languages == {
        "Hanako Aomori": "English",
        "弘前 次郎": "日本語",
        "青森 花子": "日本語",
    }


def test_the_language_filter_narrows_the_rows(admin_client, people):
    assert listed(person_list(admin_client, locale="en")) == ["Hanako Aomori"]
    assert listed(person_list(admin_client, locale="ja")) == ["弘前 次郎", "青森 花子"]
    # The filter's choices: both languages and "all".
    form = person_list(admin_client).context["filters"].form
    assert [value for value, _label in form.fields["locale"].choices] == [
        None,
        "ja",
        "en",
    ]
