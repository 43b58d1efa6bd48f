import factory

from cms.regions.tests.factories import RegionFactory
from cms.stories.models import CaseStudyIndexPage, CaseStudyPage
from home.tests.factories import PageFactory


class CaseStudyIndexPageFactory(PageFactory):
    class Meta:
        model = CaseStudyIndexPage

    title = "事例紹介"
    slug = "stories"


class CaseStudyPageFactory(PageFactory):
    class Meta:
        model = CaseStudyPage

    title = factory.Sequence(lambda n: f"八戸でカフェを開いた話{n}")
    summary = "東京から戻り、空き店舗で始めました。"
    region = factory.SubFactory(RegionFactory)
    body = factory.LazyFunction(lambda: [("paragraph", "<p>始めたきっかけ。</p>")])
