"""A page editor without superuser rights translates in wagtail-localize's
translation editor: opens the English page there, saves strings, publishes."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission

from cms.translations.tests.factories import translate_strings
from home.tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_editor(django_user_model, home_page):
    """An editor allowed to change and publish the site's pages and to submit
    translations, as the Editors group of a site would be."""
    group = Group.objects.create(name="ページの編集者")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="submit_translation"),
    )
    root = home_page.get_parent()
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=root, permission=Permission.objects.get(codename=codename)
        )
    user = django_user_model.objects.create_user(username="editor", password="x")
    user.groups.add(group)
    return user


def test_a_page_editor_translates_in_the_translation_editor(
    client, page_editor, home_page, english, django_capture_on_commit_callbacks
):
    about = StandardPageFactory(parent=home_page, title="私たちについて", slug="about")
    client.force_login(page_editor)
    for page in (home_page, about):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
                {"locales": [english.pk]},
            )
        assert response.status_code == 302
    english_about = about.get_translation(english)
    edit_url = reverse("wagtailadmin_pages:edit", args=[english_about.pk])
    editor = client.get(edit_url)
    assert editor.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [
        t.name for t in editor.templates
    ]
    translate_strings(english_about, {"私たちについて": "About us"}, client)
    with django_capture_on_commit_callbacks(execute=True):
        published = client.post(edit_url, {"action": "publish"})
    assert published.status_code == 302
    english_about.refresh_from_db()
    assert english_about.title == "About us"
    assert english_about.live
