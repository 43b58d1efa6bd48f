"""Private pages and documents leak nothing, in either language, cached or not.

A small site is built in Japanese and English with one "secret" item of every
kind a listing shows (an event, a report, a story, news, a guidebook, a chapter,
a subpage, a menu item) and a document in a private collection. Every secret's
title and summary carry the marker ``zzsecret``; an anonymous visitor crawling
every public page in both languages, with the page cache on, must never meet it.
"""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import (
    BaseViewRestriction,
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
)

from cms.library.tests.factories import LibraryDocumentFactory
from cms.privacy.visibility import visible_documents, visible_pages

from .factories import LOGIN, MARKER, PASSWORD, PrivacySite

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(home_page):
    return PrivacySite(home_page)


def crawl(urls, client=None):
    """The text of every URL, as an anonymous visitor (or ``client``) sees it."""
    client = client or Client()
    pages = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        pages[url] = response.content.decode()
    return pages


def leaks(pages, marker=MARKER):
    return sorted(url for url, html in pages.items() if marker in html)


@pytest.mark.usefixtures("page_cache_on")
@pytest.mark.parametrize("restriction_type", [LOGIN, PASSWORD])
def test_restricted_before_translating_nothing_shows_in_either_language(
    site, restriction_type
):
    site.restrict(restriction_type)
    site.translate()
    for name in site.secrets:
        assert site.en[name].view_restrictions.get().restriction_type == (
            restriction_type
        )
    assert leaks(crawl(site.public_urls())) == []


@pytest.mark.usefixtures("page_cache_on")
@pytest.mark.parametrize("restriction_type", [LOGIN, PASSWORD])
def test_restricted_after_the_pages_were_cached_nothing_shows(
    site, restriction_type, django_capture_on_commit_callbacks
):
    site.translate()
    before = crawl(site.public_urls())
    # The premise: unrestricted, the secrets are listed in both languages.
    assert site.ja["home"].url in leaks(before)
    assert site.en["home"].url in leaks(before)

    with django_capture_on_commit_callbacks(execute=True):
        site.restrict(restriction_type)
    for name in site.secrets:
        assert site.en[name].view_restrictions.exists(), name
    assert leaks(crawl(site.public_urls())) == []


@pytest.mark.usefixtures("page_cache_on")
def test_the_restricted_pages_themselves_are_not_served_in_either_language(site):
    site.translate()
    site.restrict(LOGIN)
    client = Client()
    for pages in (site.ja, site.en):
        for name in site.secrets:
            response = client.get(pages[name].url)
            assert response.status_code == 302, pages[name].url
            assert "login" in response["Location"]


def test_removing_the_restriction_frees_both_languages(
    site, django_capture_on_commit_callbacks
):
    site.translate()
    site.restrict(LOGIN)
    story = site.ja["hidden_story"]
    with django_capture_on_commit_callbacks(execute=True):
        story.view_restrictions.all().delete()
    assert not site.en["hidden_story"].view_restrictions.exists()
    assert site.en["hidden_story"].title in Client().get(site.en["stories"].url).text


def test_a_restriction_set_on_the_english_page_reaches_the_japanese_one(site):
    site.translate()
    PageViewRestriction.objects.create(
        page=site.en["hidden_news"], restriction_type=LOGIN
    )
    assert site.ja["hidden_news"].view_restrictions.get().restriction_type == LOGIN


def test_groups_are_mirrored_with_the_restriction(site):
    from django.contrib.auth.models import Group

    site.translate()
    editors = Group.objects.get_or_create(name="Members")[0]
    restriction = PageViewRestriction.objects.create(
        page=site.ja["hidden_story"], restriction_type=BaseViewRestriction.GROUPS
    )
    restriction.groups.set([editors])
    mirrored = site.en["hidden_story"].view_restrictions.get()
    assert mirrored.restriction_type == BaseViewRestriction.GROUPS
    assert list(mirrored.groups.all()) == [editors]


def test_deleting_a_restricted_page_leaves_its_translation_restricted(
    site, django_capture_on_commit_callbacks
):
    site.translate()
    site.restrict(LOGIN)
    with django_capture_on_commit_callbacks(execute=True):
        site.ja["hidden_story"].delete()
    assert site.en["hidden_story"].view_restrictions.exists()


def test_signed_in_members_see_login_pages_in_listings_but_never_password_ones(
    site,
):
    site.translate()
    PageViewRestriction.objects.create(
        page=site.ja["hidden_story"], restriction_type=LOGIN
    )
    PageViewRestriction.objects.create(
        page=site.ja["hidden_news"], restriction_type=PASSWORD, password="pw"
    )
    member = get_user_model().objects.create_user("member", password="pw-member")
    client = Client()
    client.force_login(member)
    stories = client.get(site.ja["stories"].url).text
    news = client.get(site.ja["news"].url).text
    assert site.ja["hidden_story"].title in stories
    assert site.ja["hidden_news"].title not in news


def test_visible_pages_rule(site):
    site.restrict(PASSWORD)
    anonymous = set(visible_pages(Page.objects.all()).values_list("pk", flat=True))
    for name in site.secrets:
        assert site.ja[name].pk not in anonymous
    assert site.ja["event"].pk in anonymous
    site.ja["event"].unpublish()
    assert site.ja["event"].pk not in set(
        visible_pages(Page.objects.all()).values_list("pk", flat=True)
    )


@pytest.mark.usefixtures("page_cache_on")
def test_documents_in_a_private_collection_are_listed_nowhere(
    site, django_capture_on_commit_callbacks
):
    from cms.library.models import LibraryDocument

    root = Collection.get_first_root_node()
    private = root.add_child(name="内部資料")
    document = LibraryDocumentFactory(title="zzinternal 内部", collection=private)
    event = site.ja["event"]
    session = event.sessions.get()
    session.materials = [("document", document)]
    session.save()
    site.translate()
    # Listed (home, library, the event's materials) while the collection is open.
    assert len(leaks(crawl(site.public_urls()), "zzinternal")) >= 4

    with django_capture_on_commit_callbacks(execute=True):
        CollectionViewRestriction.objects.create(
            collection=private, restriction_type=LOGIN
        )
    assert leaks(crawl(site.public_urls()), "zzinternal") == []
    everything = LibraryDocument.objects.all()
    assert document not in visible_documents(everything)
    member = get_user_model().objects.create_user("reader", password="pw-reader")
    assert document in visible_documents(everything, user=member)
