"""Where case studies may go, and creating them through the admin."""

from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from cms.people.tests.factories import PersonFactory
from cms.regions.tests.factories import RegionFactory
from cms.stories.models import CaseStudyIndexPage, CaseStudyPage
from cms.stories.tests.factories import CaseStudyIndexPageFactory
from home.models import HomePage, StandardPage
from home.tests.utils import KaikiPageTestCase


class CaseStudyIndexPageTreeTests(KaikiPageTestCase):
    def test_parents_and_children(self):
        self.assertAllowedParentPageTypes(CaseStudyIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CaseStudyIndexPage, {CaseStudyPage})
        self.assertCanNotCreateAt(StandardPage, CaseStudyIndexPage)

    def test_create(self):
        self.assertCanCreate(
            self.home,
            CaseStudyIndexPage,
            nested_form_data({"title": "Stories", "intro": "先輩たちの話"}),
        )
        self.assertEqual(CaseStudyIndexPage.objects.get().intro, "先輩たちの話")


class CaseStudyPageTreeTests(KaikiPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = CaseStudyIndexPageFactory(parent=cls.home)
        cls.region = RegionFactory(name="津軽")
        cls.person = PersonFactory()

    def test_parents_and_children(self):
        self.assertAllowedParentPageTypes(CaseStudyPage, {CaseStudyIndexPage})
        self.assertAllowedSubpageTypes(CaseStudyPage, set())
        self.assertCanNotCreateAt(HomePage, CaseStudyPage)

    def test_create(self):
        self.assertCanCreate(
            self.index,
            CaseStudyPage,
            nested_form_data(
                {
                    "title": "A cafe in Hachinohe",
                    "kind": "business",
                    "summary": "空き店舗でカフェを開いた",
                    "region": str(self.region.pk),
                    "municipality": "",
                    "topics": "起業",
                    "image": "",
                    "people": inline_formset(
                        [{"person": str(self.person.pk), "role": "guest", "note": ""}]
                    ),
                    "body": streamfield([("paragraph", rich_text("<p>始まり</p>"))]),
                    "photos": streamfield([]),
                    "related_documents": streamfield([]),
                }
            ),
        )
        story = CaseStudyPage.objects.get(slug="a-cafe-in-hachinohe")
        self.assertEqual(story.region, self.region)
        self.assertEqual(story.people.get().person, self.person)
