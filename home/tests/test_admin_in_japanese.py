"""A Japanese editor's admin: Wagtail's words stay Wagtail's, Kaiki's stay Kaiki's.

The catalogue side is home/tests/test_catalogue_collisions.py; this signs in
as an editor whose admin language is Japanese and reads what they read.
"""

import json
import re

import pytest
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from cms.events.tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    PanelReportPageFactory,
)
from cms.people.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

KAIKI_ADMIN_PATHS = ("/admin/snippets/", "/admin/settings/", "/admin/network")


@pytest.fixture
def japanese_editor(client, admin_user):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "ja"
    profile.save()
    client.force_login(admin_user)
    return client


def admin_menu(client):
    """{submenu label (or None for the top level): [(label, url)]} of the sidebar."""
    html = client.get("/admin/").content.decode()
    match = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>',
        html,
        re.DOTALL,
    )
    assert match, "no sidebar in the admin's dashboard"
    urls = {}
    menu = {}

    def url_of(value):
        # The sidebar's packed JSON writes a repeated value once, then refers to it.
        if isinstance(value, dict) and "_val" in value:
            urls[value["_id"]] = value["_val"]
            return value["_val"]
        if isinstance(value, dict) and "_ref" in value:
            return urls[value["_ref"]]
        return value

    def walk(node, submenu):
        if isinstance(node, list):
            for child in node:
                walk(child, submenu)
        elif isinstance(node, dict) and "MenuItem" in node.get("_type", ""):
            item = node["_args"][0]
            menu.setdefault(submenu, []).append(
                (item["label"], url_of(item.get("url")))
            )
            if node["_type"].endswith("SubMenuItem"):
                walk(node["_args"][1], item["label"])
        elif isinstance(node, dict):
            for child in node.values():
                walk(child, submenu)

    walk(json.loads(match.group(1)), None)
    return menu


def test_wagtails_menus_read_wagtails_japanese(japanese_editor, home_page):
    menu = admin_menu(japanese_editor)
    top = [label for label, _url in menu[None]]
    assert "レポート" in top
    assert "開催報告" not in top
    assert ("ドキュメント", "/admin/documents/") in menu[None]
    reports = dict(menu["レポート"])
    assert reports["ロックされたページ"] == "/admin/reports/locked/"
    assert reports["サイトの履歴"] == "/admin/reports/site-history/"
    # wagtail-localize's report, with the Japanese Kaiki's catalogue supplies.
    assert reports["翻訳"] == "/admin/localize/reports/translations/"


def test_kaikis_menu_items_never_read_like_another_item(japanese_editor, home_page):
    items = {
        (label, url)
        for entries in admin_menu(japanese_editor).values()
        for label, url in entries
        if url
    }
    kaiki = {(label, url) for label, url in items if url.startswith(KAIKI_ADMIN_PATHS)}
    assert ("団体", "/admin/snippets/people/organisation/") in kaiki
    assert ("運営者情報", "/admin/settings/home/organisationsettings/") in kaiki
    assert (
        "運営者プロフィール",
        "/admin/snippets/organisation/organisationprofile/",
    ) in kaiki
    same = sorted(
        f"{label}: {url} and {other_url}"
        for label, url in kaiki
        for other_label, other_url in items
        if label == other_label and url != other_url
    )
    assert not same, "menu items that read the same:\n" + "\n".join(same)


def test_kaikis_event_reports_still_read_kaikis_word(client, home_page):
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home_page))
    PanelReportPageFactory(parent=event, title="当日の報告")
    html = client.get(event.url).content.decode()
    assert '<h2 id="reports-heading">開催報告</h2>' in html


def test_translating_a_page_reads_in_japanese(japanese_editor, home_page):
    edit = japanese_editor.get(f"/admin/pages/{home_page.pk}/edit/").content.decode()
    assert "このページを翻訳" in edit
    assert "Translate this page" not in edit

    html = japanese_editor.get(
        f"/admin/localize/submit/page/{home_page.pk}/"
    ).content.decode()
    assert "ページを翻訳" in html
    assert 'value="送信"' in html
    assert "戻る</a>" in html
    assert 'value="Submit"' not in html

    other_locales = Locale.objects.exclude(pk=home_page.locale_id)
    submitted = japanese_editor.post(
        f"/admin/localize/submit/page/{home_page.pk}/",
        {"locales": [locale.pk for locale in other_locales]},
        follow=True,
    )
    assert "への翻訳に送りました" in submitted.content.decode()
    edit = japanese_editor.get(f"/admin/pages/{home_page.pk}/edit/").content.decode()
    assert "翻訳済みページを同期" in edit
    assert "Sync translated pages" not in edit


def test_translating_a_snippet_reads_in_japanese(japanese_editor):
    OrganisationFactory(name="青森県")
    html = japanese_editor.get("/admin/snippets/people/organisation/").content.decode()
    assert 'aria-label="「青森県」を翻訳"' in html
    assert re.search(r">\s*翻訳する\s*<", html)
    assert not re.search(r">\s*Translate\s*<", html)
