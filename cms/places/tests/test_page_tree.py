"""Where the community places list may go, and creating it through the admin."""

from wagtail.test.utils.form_data import nested_form_data

from cms.places.models import CommunityPlaceIndexPage
from home.models import HomePage, StandardPage
from home.tests.utils import KaikiPageTestCase


class CommunityPlaceIndexPageTreeTests(KaikiPageTestCase):
    def test_parents_and_children(self):
        self.assertAllowedParentPageTypes(CommunityPlaceIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CommunityPlaceIndexPage, {StandardPage})
        self.assertCanNotCreateAt(StandardPage, CommunityPlaceIndexPage)

    def test_create(self):
        self.assertCanCreate(
            self.home,
            CommunityPlaceIndexPage,
            nested_form_data({"title": "Places", "intro": "地域の居場所"}),
        )
        self.assertEqual(CommunityPlaceIndexPage.objects.get().intro, "地域の居場所")
        self.assertFalse(CommunityPlaceIndexPage.can_create_at(self.home))
