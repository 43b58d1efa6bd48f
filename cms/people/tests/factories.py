import factory

from cms.people.models import Organisation, Person


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"青森 太郎{n}")
    name_kana = factory.Sequence(lambda n: f"あおもり たろう{n}")
    affiliation = "NPO法人ひろさき暮らし 代表"


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"団体{n}")
