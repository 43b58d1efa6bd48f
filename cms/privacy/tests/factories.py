"""A small site in both languages with one secret item of every listed kind."""

import itertools

from wagtail.models import BaseViewRestriction, Locale, PageViewRestriction

from cms.events.tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    EventSessionFactory,
    PanelReportPageFactory,
)
from cms.library.tests.factories import (
    GuidebookChapterPageFactory,
    GuidebookPageFactory,
    LibraryPageFactory,
)
from cms.news.tests.factories import NewsIndexPageFactory, NewsPageFactory
from cms.stories.tests.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from home.tests.factories import StandardPageFactory

# In every secret's title and summary: a visitor who may not see it never meets it.
MARKER = "zzsecret"
LOGIN = BaseViewRestriction.LOGIN
PASSWORD = BaseViewRestriction.PASSWORD

_numbers = itertools.count()


def secret(factory, parent, **fields):
    number = next(_numbers)
    title = f"{MARKER} 秘密{number}"
    return factory(parent=parent, title=title, slug=f"{MARKER}-{number}", **fields)


class PrivacySite:
    """The Japanese pages by name, their English translations, the public URLs."""

    def __init__(self, home):
        self.ja = {"home": home}
        self.secrets = []
        self.build()

    def add(self, name, page, *, hidden=False):
        self.ja[name] = page
        if hidden:
            self.secrets.append(name)
        return page

    def build(self):
        home = self.ja["home"]
        events = self.add("events", EventIndexPageFactory(parent=home))
        event = self.add("event", EventPageFactory(parent=events, slug="open-event"))
        EventSessionFactory(page=event)
        hidden_event = self.add(
            "hidden_event",
            secret(EventPageFactory, events, summary=f"{MARKER} の概要"),
            hidden=True,
        )
        EventSessionFactory(page=hidden_event)
        self.add(
            "hidden_report",
            secret(PanelReportPageFactory, event, summary=f"{MARKER} 報告"),
            hidden=True,
        )
        stories = self.add("stories", CaseStudyIndexPageFactory(parent=home))
        CaseStudyPageFactory(parent=stories)
        self.add(
            "hidden_story",
            secret(CaseStudyPageFactory, stories, summary=f"{MARKER} 話"),
            hidden=True,
        )
        news = self.add("news", NewsIndexPageFactory(parent=home))
        NewsPageFactory(parent=news)
        self.add(
            "hidden_news",
            secret(NewsPageFactory, news, summary=f"{MARKER} 知らせ"),
            hidden=True,
        )
        library = self.add("library", LibraryPageFactory(parent=home))
        guidebook = self.add(
            "guidebook", GuidebookPageFactory(parent=library, slug="guide")
        )
        self.add(
            "chapter1",
            GuidebookChapterPageFactory(parent=guidebook, title="第1章", slug="c1"),
        )
        chapter = secret(GuidebookChapterPageFactory, guidebook)
        self.add("hidden_chapter", chapter, hidden=True)
        self.add(
            "chapter3",
            GuidebookChapterPageFactory(parent=guidebook, title="第3章", slug="c3"),
        )
        self.add("hidden_guidebook", secret(GuidebookPageFactory, library), hidden=True)
        about = self.add(
            "about", StandardPageFactory(parent=home, slug="about", show_in_menus=True)
        )
        self.add("hidden_subpage", secret(StandardPageFactory, about), hidden=True)
        self.add(
            "hidden_menu_item",
            secret(StandardPageFactory, home, show_in_menus=True),
            hidden=True,
        )

    def translate(self):
        english = Locale.objects.get(language_code="en")
        self.en = {}
        # Parents first: a page's translation goes under its parent's.
        for name, page in sorted(self.ja.items(), key=lambda item: item[1].depth):
            translation = page.copy_for_translation(english).specific
            translation.title = page.title.replace("秘密", "secret") + " (en)"
            translation.save_revision().publish()
            translation.refresh_from_db()
            self.en[name] = translation

    def public_urls(self):
        pages = ["home", "events", "event", "stories", "news", "library"]
        pages += ["guidebook", "chapter1", "chapter3", "about"]
        urls = [self.ja[name].url for name in pages]
        urls += [self.en[name].url for name in pages if name in getattr(self, "en", {})]
        # Words of the secrets' titles (the marker itself would be echoed back).
        urls += ["/ja/search/?query=秘密", "/en/search/?query=secret"]
        urls += ["/sitemap.xml"]
        return urls

    def restrict(self, restriction_type):
        for name in self.secrets:
            PageViewRestriction.objects.create(
                page=self.ja[name], restriction_type=restriction_type, password="pw"
            )


