"""Where programme pages may go, and creating them through the admin."""

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cms.events.models import EventIndexPage
from cms.library.tests.factories import LibraryDocumentFactory
from cms.programmes.models import ProgrammePage
from home.models import HomePage, StandardPage
from home.tests.factories import StandardPageFactory
from home.tests.utils import KaikiPageTestCase


class ProgrammePageTreeTests(KaikiPageTestCase):
    def test_parents_and_children(self):
        self.assertAllowedParentPageTypes(ProgrammePage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(ProgrammePage, set())
        self.assertCanNotCreateAt(EventIndexPage, ProgrammePage)

    def test_create_under_a_standard_page(self):
        parent = StandardPageFactory(parent=self.home)
        form = LibraryDocumentFactory(title="申請書")
        self.assertCanCreate(
            parent,
            ProgrammePage,
            nested_form_data(
                {
                    "title": "Start-up grant",
                    "summary": "居場所の立ち上げを補助します",
                    "amount_yen": "300000",
                    "max_years": "3",
                    "eligibility": rich_text("<p>県内の団体</p>"),
                    "how_to_apply": rich_text("<p>申請書を提出</p>"),
                    "body": streamfield([]),
                    "questions": streamfield(
                        [
                            (
                                "question",
                                {
                                    "question": "何年間?",
                                    "answer": rich_text("<p>最長3年間</p>"),
                                },
                            )
                        ]
                    ),
                    "documents": streamfield([("document", str(form.pk))]),
                }
            ),
        )
        page = ProgrammePage.objects.get(slug="start-up-grant")
        self.assertEqual(page.amount_yen, 300000)
        self.assertEqual(page.documents[0].value, form)
