"""Where event pages may go, and creating them through the admin."""

from django.urls import reverse
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from cms.events.models import EventIndexPage, EventPage, PanelReportPage
from cms.events.tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    EventSessionFactory,
)
from cms.library.models import LibraryPage
from cms.regions.tests.factories import MunicipalityFactory
from home.models import HomePage, StandardPage
from home.tests.utils import KaikiPageTestCase


def session_form(region, **overrides):
    form = {
        "title": "",
        "starts_at": "2030-03-02 14:00",
        "ends_at": "2030-03-02 16:30",
        "region": str(region.pk),
        "municipality": "",
        "venue_name": "弘前市民文化交流館",
        "venue_address": "",
        "map_url": "",
        "capacity": "40",
        "online_available": "",
        "online_url": "",
        "application_opens_at": "",
        "application_deadline": "2030-02-25 17:00",
        "override": "",
        "override_note": "",
        "materials": streamfield([]),
    }
    form.update(overrides)
    return form


def event_form(region, sessions=None, **overrides):
    form = {
        "title": "Aomori gathering",
        "kind": "gathering",
        "summary": "移住した人とこれから移住する人の交流会",
        "image": "",
        "body": streamfield([("paragraph", rich_text("<p>どなたでも</p>"))]),
        "topics": "移住, 交流",
        "sessions": inline_formset(sessions or [session_form(region)], min=1),
        "issues_certificate": "",
        "certificate_note": "",
        "programme": streamfield(
            [
                (
                    "item",
                    {
                        "starts_at": "14:00",
                        "ends_at": "14:10",
                        "title": "開会挨拶",
                        "description": "",
                        "speakers": streamfield([]),
                    },
                )
            ]
        ),
        "people": inline_formset([]),
        "organisations": inline_formset([]),
        "target_audience": "どなたでも",
        "entry_fee": "1000",
        "entry_fee_note": "",
        "social_gathering_fee": "",
        "social_gathering_note": "",
        "application_methods": streamfield(
            [("phone", {"value": "017-000-0000", "note": "平日のみ"})]
        ),
        "application_note": "",
        "reminder_enabled": "",
        "reminder_days_before": "2",
        "reminder_text": "",
    }
    form.update(overrides)
    return nested_form_data(form)


class EventIndexPageTreeTests(KaikiPageTestCase):
    def test_parents_and_children(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertCanNotCreateAt(StandardPage, EventIndexPage)

    def test_create(self):
        self.assertCanCreate(
            self.home,
            EventIndexPage,
            nested_form_data({"title": "Events", "intro": "催しのご案内"}),
        )
        self.assertEqual(EventIndexPage.objects.get().intro, "催しのご案内")
        self.assertFalse(EventIndexPage.can_create_at(self.home))


class EventPageTreeTests(KaikiPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = EventIndexPageFactory(parent=cls.home)
        cls.municipality = MunicipalityFactory()
        cls.region = cls.municipality.region

    def test_parents_and_children(self):
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, {PanelReportPage})
        self.assertCanNotCreateAt(HomePage, EventPage)
        self.assertCanNotCreateAt(LibraryPage, EventPage)

    def test_create_with_one_session(self):
        data = event_form(
            self.region,
            sessions=[session_form(self.region, municipality=self.municipality.pk)],
        )
        self.assertCanCreate(self.index, EventPage, data)
        event = EventPage.objects.get(slug="aomori-gathering")
        session = event.sessions.get()
        self.assertEqual(session.municipality, self.municipality)
        self.assertEqual(session.capacity, 40)
        self.assertEqual(event.entry_fee, 1000)
        self.assertEqual(event.programme[0].value["title"], "開会挨拶")
        self.assertEqual(sorted(t.name for t in event.topics.all()), ["交流", "移住"])

    def post_new_event(self, data):
        url = reverse(
            "wagtailadmin_pages:add", args=["events", "eventpage", self.index.pk]
        )
        data.update({"slug": "aomori-gathering", "action-publish": "action-publish"})
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        self.assertFalse(EventPage.objects.exists())
        return response.context["form"].formsets["sessions"]

    def test_an_event_without_sessions_is_refused(self):
        data = event_form(self.region)
        data["sessions-TOTAL_FORMS"] = "0"
        sessions = self.post_new_event(data)
        self.assertIn("1", " ".join(sessions.non_form_errors()))

    def test_a_session_ending_before_it_starts_is_refused(self):
        data = event_form(
            self.region,
            sessions=[session_form(self.region, ends_at="2030-03-02 13:00")],
        )
        sessions = self.post_new_event(data)
        self.assertEqual(list(sessions.errors[0]), ["ends_at"])


class PanelReportPageTreeTests(KaikiPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        index = EventIndexPageFactory(parent=cls.home)
        cls.event = EventPageFactory(parent=index)
        EventSessionFactory(page=cls.event)

    def test_parents_and_children(self):
        self.assertAllowedParentPageTypes(PanelReportPage, {EventPage})
        self.assertAllowedSubpageTypes(PanelReportPage, set())
        self.assertCanNotCreateAt(EventIndexPage, PanelReportPage)

    def test_create(self):
        self.assertCanCreate(
            self.event,
            PanelReportPage,
            nested_form_data(
                {
                    "title": "Panel report",
                    "summary": "地域に入るきっかけについて",
                    "panelists": inline_formset([]),
                    "body": streamfield([("paragraph", rich_text("<p>発言</p>"))]),
                    "voices": inline_formset(
                        [{"words": "参加してよかった", "attribute": "30代・Uターン"}]
                    ),
                    "photos": streamfield([]),
                    "materials": streamfield([]),
                }
            ),
        )
        report = PanelReportPage.objects.get(slug="panel-report")
        self.assertEqual(report.get_parent().pk, self.event.pk)
        self.assertEqual(report.voices.get().attribute, "30代・Uターン")
