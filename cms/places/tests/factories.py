import factory
from django.utils import timezone

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
    slug = factory.Sequence(lambda n: f"place-{n}")
    kind = PlaceKind.CHILDREN_CAFETERIA
    region = factory.SubFactory(RegionFactory)
    schedule = "第2・第4土曜 11:00〜14:00"
    status = PlaceStatus.APPROVED
    confirmed_at = factory.LazyFunction(timezone.now)
    contact_name = "山田 花子"
    contact_email = factory.Sequence(lambda n: f"group{n}@example.jp")
    contact_phone = "017-000-0000"


class CommunityPlaceIndexPageFactory(PageFactory):
    class Meta:
        model = CommunityPlaceIndexPage

    title = "地域の居場所"
    slug = "places"
