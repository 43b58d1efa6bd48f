from datetime import timedelta

import factory
from django.utils import timezone

from cms.events.models import EventIndexPage, EventPage, EventSession, PanelReportPage
from cms.regions.tests.factories import RegionFactory
from home.tests.factories import PageFactory


class EventIndexPageFactory(PageFactory):
    class Meta:
        model = EventIndexPage

    title = "イベント"
    slug = "events"


class EventPageFactory(PageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"あおもり回帰の集い{n}")
    summary = "移住した人と、これから移住する人の交流会です。"
    entry_fee = 1000


class EventSessionFactory(factory.django.DjangoModelFactory):
    """A session in a month's time, two and a half hours long."""

    class Meta:
        model = EventSession

    region = factory.SubFactory(RegionFactory)
    starts_at = factory.LazyFunction(
        lambda: (timezone.now() + timedelta(days=30)).replace(microsecond=0)
    )
    ends_at = factory.LazyAttribute(
        lambda o: o.starts_at + timedelta(hours=2, minutes=30)
    )
    venue_name = "弘前市民文化交流館"
    venue_address = "青森県弘前市駅前町9-20"


class PanelReportPageFactory(PageFactory):
    class Meta:
        model = PanelReportPage

    title = "パネルディスカッション報告"
    summary = "地域に入るきっかけについて話し合いました。"
