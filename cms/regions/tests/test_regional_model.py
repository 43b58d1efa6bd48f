"""Everything placed in a region checks that its municipality belongs there."""

import pytest
from django.core.exceptions import ValidationError

from cms.places.models import CommunityPlace, PlaceKind
from cms.regions.tests.factories import MunicipalityFactory, RegionFactory
from cms.stories.models import CaseStudyPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_regions():
    tosei = RegionFactory(name="東青", slug="tosei")
    chunan = RegionFactory(name="中南", slug="chunan")
    return tosei, MunicipalityFactory(region=chunan, name="弘前市", slug="hirosaki")


def test_a_place_in_the_wrong_region_is_refused(two_regions):
    tosei, hirosaki = two_regions
    place = CommunityPlace(
        name="みんなの食堂",
        slug="minna",
        kind=PlaceKind.CHILDREN_CAFETERIA,
        region=tosei,
        municipality=hirosaki,
    )
    with pytest.raises(ValidationError) as error:
        place.full_clean()
    assert "municipality" in error.value.message_dict
    place.region = hirosaki.region
    place.full_clean()


def test_a_case_study_in_the_wrong_region_is_refused(two_regions):
    tosei, hirosaki = two_regions
    story = CaseStudyPage(
        title="移住の記録",
        slug="story",
        summary="要約",
        region=tosei,
        municipality=hirosaki,
        body=[],
    )
    with pytest.raises(ValidationError) as error:
        story.clean()
    assert "municipality" in error.value.message_dict
