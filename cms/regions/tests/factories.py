import factory

from cms.regions.models import Municipality, Region


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region

    name = factory.Sequence(lambda n: f"地域{n}")
    slug = factory.Sequence(lambda n: f"region-{n}")
    sort_order = factory.Sequence(lambda n: n)


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality

    region = factory.SubFactory(RegionFactory)
    name = factory.Sequence(lambda n: f"市町村{n}")
    slug = factory.Sequence(lambda n: f"municipality-{n}")
    sort_order = factory.Sequence(lambda n: n)
