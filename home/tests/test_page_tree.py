"""Where the home app's pages may go, and creating them through the admin."""

from wagtail.models import Page
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from cms.events.models import EventIndexPage
from cms.library.models import GuidebookPage, LibraryPage
from cms.news.models import NewsIndexPage, NewsPage
from cms.places.models import CommunityPlaceIndexPage
from cms.policies.models import PolicyPage
from cms.programmes.models import ProgrammePage
from cms.stories.models import CaseStudyIndexPage
from home.models import ContactPage, HomePage, StandardPage
from home.tests.factories import StandardPageFactory
from home.tests.utils import KaikiPageTestCase
from network.models import GuideDirectoryPage, NetworkFiguresPage

HOME_CHILDREN = {
    StandardPage,
    ContactPage,
    EventIndexPage,
    LibraryPage,
    CaseStudyIndexPage,
    CommunityPlaceIndexPage,
    ProgrammePage,
    PolicyPage,
    NewsIndexPage,
    GuideDirectoryPage,
    NetworkFiguresPage,
}


class HomePageTreeTests(KaikiPageTestCase):
    def test_home_page_goes_under_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_home_page_children(self):
        self.assertAllowedSubpageTypes(HomePage, HOME_CHILDREN)
        self.assertCanNotCreateAt(HomePage, NewsPage)
        self.assertCanNotCreateAt(HomePage, HomePage)

    def test_only_one_home_page(self):
        self.assertFalse(HomePage.can_create_at(self.root))

    def test_create_home_page_under_the_root(self):
        HomePage.objects.all().delete()
        self.assertCanCreate(
            self.root,
            HomePage,
            nested_form_data(
                {
                    "title": "Kaiki",
                    "slug": "kaiki",
                    "hero_heading": "あおもりで暮らす",
                    "hero_text": "移住と地域づくり",
                    "hero_link": "",
                    "hero_link_label": "",
                    "body": streamfield(
                        [("heading", {"text": "ようこそ", "level": "h2"})]
                    ),
                }
            ),
        )
        home = HomePage.objects.get(slug="kaiki")
        self.assertEqual(home.depth, 2)
        self.assertEqual(home.body[0].value["text"], "ようこそ")


class StandardPageTreeTests(KaikiPageTestCase):
    def test_parents(self):
        self.assertAllowedParentPageTypes(
            StandardPage,
            {HomePage, StandardPage, LibraryPage, CommunityPlaceIndexPage},
        )
        self.assertCanNotCreateAt(Page, StandardPage)
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(EventIndexPage, StandardPage)

    def test_children(self):
        self.assertAllowedSubpageTypes(
            StandardPage, {StandardPage, GuidebookPage, ProgrammePage, PolicyPage}
        )
        self.assertCanNotCreateAt(StandardPage, ContactPage)

    def test_create(self):
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "About us",
                    "intro": "私たちについて",
                    "body": streamfield(
                        [
                            ("paragraph", rich_text("<p>設立の経緯</p>")),
                            ("quote", {"text": "地域に入る", "attribution": "30代"}),
                        ]
                    ),
                }
            ),
        )
        page = StandardPage.objects.get(slug="about-us")
        self.assertEqual(page.get_parent().pk, self.home.pk)
        self.assertEqual(page.body[1].value["attribution"], "30代")


class ContactPageTreeTests(KaikiPageTestCase):
    def test_parents_and_children(self):
        self.assertAllowedParentPageTypes(ContactPage, {HomePage})
        self.assertAllowedSubpageTypes(ContactPage, set())
        parent = StandardPageFactory(parent=self.home)
        self.assertCanNotCreateAt(type(parent), ContactPage)

    def test_create(self):
        self.assertCanCreate(
            self.home,
            ContactPage,
            nested_form_data(
                {
                    "title": "Contact",
                    "intro": rich_text("<p>ご質問はこちら</p>"),
                    "thank_you_text": rich_text("<p>ありがとうございました</p>"),
                    "to_address": "office@kaiki.example",
                    "from_address": "noreply@kaiki.example",
                    "subject": "お問い合わせ",
                    "form_fields": inline_formset(
                        [
                            {
                                "label": "Name",
                                "field_type": "singleline",
                                "required": "on",
                                "choices": "",
                                "default_value": "",
                                "help_text": "",
                            },
                            {
                                "label": "Email",
                                "field_type": "email",
                                "required": "on",
                                "choices": "",
                                "default_value": "",
                                "help_text": "",
                            },
                        ]
                    ),
                }
            ),
        )
        page = ContactPage.objects.get(slug="contact")
        self.assertEqual(
            [f.clean_name for f in page.form_fields.all()], ["name", "email"]
        )
        self.assertFalse(ContactPage.can_create_at(self.home))
