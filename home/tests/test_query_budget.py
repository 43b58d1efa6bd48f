"""Every public page type, in Japanese and in English, renders in at most
BUDGET queries (page cache off, warm: the second request) and makes as many
queries listing one item as listing fifty.

Each builder makes one page of its type under the home page of the given
language and returns it with ``add(n)``, which adds n more of what that page
lists (English items are made in English directly: translating fifty pages one
by one would make the suite slow, and the queries are the same). Pages that list
nothing of their own get more menu pages: the header's menu is their listing.
"""

import pytest
from wagtail.models import Locale
from wagtail.signal_handlers import disable_reference_index_auto_update

from cms.events.models import EventOrganisation, EventPerson
from cms.events.tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    EventSessionFactory,
    PanelReportPageFactory,
)
from cms.library.tests.factories import (
    GuidebookChapterPageFactory,
    GuidebookPageFactory,
    LibraryDocumentFactory,
    LibraryPageFactory,
)
from cms.news.tests.factories import NewsIndexPageFactory, NewsPageFactory
from cms.organisation.tests.factories import OrganisationProfileFactory
from cms.people.tests.factories import OrganisationFactory, PersonFactory
from cms.places.tests.factories import (
    CommunityPlaceFactory,
    CommunityPlaceIndexPageFactory,
)
from cms.policies.tests.factories import OutcomeIndicatorFactory, PolicyPageFactory
from cms.programmes.tests.factories import ProgrammePageFactory
from cms.regions.tests.factories import MunicipalityFactory
from cms.stories.models import CaseStudyPerson
from cms.stories.tests.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from home.models import OrganisationSettings
from home.tests.factories import (
    ContactFormFieldFactory,
    ContactPageFactory,
    StandardPageFactory,
)
from home.tests.utils import assert_queries_flat
from network.models import NetworkFiguresPage
from network.tests.factories import GuideDirectoryPageFactory, GuideProfileFactory

pytestmark = pytest.mark.django_db

BUDGET = 12
MANY = 50


def translated_municipality(language):
    """A municipality whose region and itself have an English translation when
    the page is English (shared snippets point at the Japanese rows)."""
    municipality = MunicipalityFactory()
    if language == "en":
        english = Locale.objects.get(language_code="en")
        municipality.region.copy_for_translation(english).save()
        municipality.copy_for_translation(english).save()
    return municipality


def listed(parent, factory, **fields):
    """``add(n)``: n more ``factory`` pages under ``parent``, in its language."""

    def add(count):
        for _ in range(count):
            factory(parent=parent, **fields)

    return add


def more_menu_pages(home):
    return listed(home, StandardPageFactory, show_in_menus=True)


def build_home(home, language):
    events = EventIndexPageFactory(parent=home)
    news = NewsIndexPageFactory(parent=home)
    stories = CaseStudyIndexPageFactory(parent=home)

    def add(count):
        for _ in range(count):
            municipality = translated_municipality(language)
            EventSessionFactory(
                page=EventPageFactory(parent=events),
                region=municipality.region,
                municipality=municipality,
            )
            NewsPageFactory(parent=news)
            CaseStudyPageFactory(parent=stories, region=municipality.region)
            LibraryDocumentFactory()

    return home, add


def build_standard(home, language):
    return StandardPageFactory(parent=home), more_menu_pages(home)


def build_contact(home, language):
    page = ContactPageFactory(parent=home)

    def add(count):
        for _ in range(count):
            ContactFormFieldFactory(page=page)

    return page, add


def build_event_index(home, language):
    index = EventIndexPageFactory(parent=home)

    def add(count):
        for _ in range(count):
            municipality = translated_municipality(language)
            EventSessionFactory(
                page=EventPageFactory(parent=index),
                region=municipality.region,
                municipality=municipality,
            )

    return index, add


def build_event(home, language):
    index = EventIndexPageFactory(parent=home)
    event = EventPageFactory(parent=index)
    EventPerson.objects.create(page=event, person=PersonFactory(), role="speaker")
    EventOrganisation.objects.create(
        page=event, organisation=OrganisationFactory(), role="organiser"
    )
    PanelReportPageFactory(parent=event)

    def add(count):
        for number in range(count):
            municipality = translated_municipality(language)
            EventSessionFactory(
                page=event,
                title=f"第{number}回",
                region=municipality.region,
                municipality=municipality,
                materials=[("document", LibraryDocumentFactory())],
            )

    return event, add


def build_panel_report(home, language):
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home))
    return PanelReportPageFactory(parent=event), more_menu_pages(home)


def build_story_index(home, language):
    index = CaseStudyIndexPageFactory(parent=home)

    def add(count):
        for _ in range(count):
            region = translated_municipality(language).region
            CaseStudyPageFactory(parent=index, region=region).topics.add("移住")

    return index, add


def build_story(home, language):
    index = CaseStudyIndexPageFactory(parent=home)
    story = CaseStudyPageFactory(parent=index)

    def add(count):
        for _ in range(count):
            CaseStudyPerson.objects.create(
                page=story, person=PersonFactory(), role="guest"
            )

    return story, add


def build_news_index(home, language):
    index = NewsIndexPageFactory(parent=home)
    return index, listed(index, NewsPageFactory)


def build_news(home, language):
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=home))
    return news, more_menu_pages(home)


def build_library(home, language):
    def add(count):
        LibraryDocumentFactory.create_batch(count)

    return LibraryPageFactory(parent=home), add


def build_guidebook(home, language):
    guidebook = GuidebookPageFactory(parent=LibraryPageFactory(parent=home))
    return guidebook, listed(guidebook, GuidebookChapterPageFactory)


def build_chapter(home, language):
    guidebook = GuidebookPageFactory(parent=LibraryPageFactory(parent=home))
    chapter = GuidebookChapterPageFactory(parent=guidebook)
    # Its neighbours and the guidebook's contents.
    return chapter, listed(guidebook, GuidebookChapterPageFactory)


def build_policy(home, language):
    page = PolicyPageFactory(parent=home)

    def add(count):
        OutcomeIndicatorFactory.create_batch(count, page=page)

    return page, add


def build_programme(home, language):
    return ProgrammePageFactory(parent=home), more_menu_pages(home)


def build_places(home, language):
    def add(count):
        for _ in range(count):
            municipality = translated_municipality(language)
            CommunityPlaceFactory(region=municipality.region, municipality=municipality)

    return CommunityPlaceIndexPageFactory(parent=home), add


def build_guide_directory(home, language):
    def add(count):
        for _ in range(count):
            municipality = translated_municipality(language)
            GuideProfileFactory(
                regions=[municipality.region], municipalities=[municipality]
            )

    return GuideDirectoryPageFactory(parent=home), add


def build_figures(home, language):
    page = NetworkFiguresPage(title="数字で見るネットワーク", slug="figures")
    home.add_child(instance=page)

    def add(count):
        for _ in range(count):
            GuideProfileFactory(regions=[translated_municipality(language).region])

    return page, add


def without_reference_index(add):
    """``add`` without updating Wagtail's reference index (what uses what),
    which no page measured here reads: this module ran a sixth faster (105 s
    to 88 s)."""

    def add_unindexed(count):
        with disable_reference_index_auto_update():
            add(count)

    return add_unindexed


BUILDERS = {
    "home": build_home,
    "standard": build_standard,
    "contact": build_contact,
    "event_index": build_event_index,
    "event": build_event,
    "panel_report": build_panel_report,
    "story_index": build_story_index,
    "story": build_story,
    "news_index": build_news_index,
    "news": build_news,
    "library": build_library,
    "guidebook": build_guidebook,
    "chapter": build_chapter,
    "policy": build_policy,
    "programme": build_programme,
    "places": build_places,
    "guide_directory": build_guide_directory,
    "figures": build_figures,
}


@pytest.fixture
def site(home_page):
    """The home page in both languages, with the organisation's settings and a
    footer link, as on a real site."""
    english = home_page.copy_for_translation(Locale.objects.get(language_code="en"))
    english.save_revision().publish()
    privacy = StandardPageFactory(parent=home_page, title="個人情報の取扱い")
    OrganisationSettings.objects.update_or_create(
        site=home_page.get_site(), defaults={"privacy_page": privacy}
    )
    # The texts in both languages: the English page reads the translation.
    texts = OrganisationProfileFactory(name="回帰ネットワーク")
    english_texts = texts.copy_for_translation(english.locale)
    english_texts.name = "Kaiki Network"
    english_texts.save()
    return {"ja": home_page, "en": english.specific}


@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize("page_type", list(BUILDERS))
def test_page_type_within_budget_and_flat(client, site, page_type, language):
    page, add = BUILDERS[page_type](site[language], language)
    page.refresh_from_db()
    assert page.locale.language_code == language
    assert_queries_flat(
        client, page.url, add=without_reference_index(add), budget=BUDGET, many=MANY
    )


@pytest.mark.parametrize("language", ["ja", "en"])
def test_site_map_within_budget_and_flat(client, site, language):
    add = more_menu_pages(site[language])
    assert_queries_flat(client, f"/{language}/sitemap/", add=add, budget=BUDGET)
