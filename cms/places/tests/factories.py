import factory

from cms.places.models import (
    CommunityPlace,
    CommunityPlaceIndexPage,
    PlaceKind,
    PlaceStatus,
)
from cms.regions.tests.factories import RegionFactory
from home.tests.factories import PageFactory


class CommunityPlaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CommunityPlace

    name = factory.Sequence(lambda n: f"みんなの食堂{n}")
    kind = PlaceKind.CHILDREN_CAFETERIA
    region = factory.SubFactory(RegionFactory)
    schedule = "第2・第4土曜 11:00〜14:00"
    status = PlaceStatus.APPROVED


class CommunityPlaceIndexPageFactory(PageFactory):
    class Meta:
        model = CommunityPlaceIndexPage

    title = "地域の居場所"
    slug = "places"
