import factory
from wagtail.models import Site

from cms.organisation.models import OrganisationProfile


class OrganisationProfileFactory(factory.django.DjangoModelFactory):
    """The default site's organisation texts, in Japanese."""

    class Meta:
        model = OrganisationProfile

    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    name = "あおもり回帰ネットワーク事務局"
    address = "青森市新町二丁目4番1号"
    office_hours = "平日 9:00〜17:00"
    about = "移り住む人と地域をつなぐ事務局です。"
