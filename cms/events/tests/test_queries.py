"""Event listings and pages make the same number of queries for 1 or 50 sessions."""

from datetime import timedelta

import pytest
from django.utils import timezone

from cms.events.choices import OrganisationRole
from cms.events.models import EventOrganisation, EventPerson
from cms.events.tests.factories import EventPageFactory, EventSessionFactory
from cms.library.tests.factories import LibraryDocumentFactory
from cms.people.choices import PersonRole
from cms.people.tests.factories import OrganisationFactory, PersonFactory
from cms.regions.tests.factories import MunicipalityFactory
from home.tests.utils import assert_queries_flat

pytestmark = pytest.mark.django_db


def test_event_index(client, event_index):
    def add(count):
        for _ in range(count):
            municipality = MunicipalityFactory()
            EventSessionFactory(
                page=EventPageFactory(parent=event_index),
                region=municipality.region,
                municipality=municipality,
            )

    assert_queries_flat(client, event_index.url, add=add, budget=12)


def test_event_archive(client, event_index):
    url = event_index.url + "archive/"

    def add(count):
        for _ in range(count):
            start = timezone.now() - timedelta(days=30)
            EventSessionFactory(
                page=EventPageFactory(parent=event_index),
                starts_at=start,
                ends_at=start + timedelta(hours=2),
            )

    assert_queries_flat(client, url, add=add, budget=12)


def test_event_page_with_sessions_and_materials(client, event_index):
    event = EventPageFactory(parent=event_index)
    EventPerson.objects.create(
        page=event, person=PersonFactory(), role=PersonRole.SPEAKER
    )
    EventOrganisation.objects.create(
        page=event, organisation=OrganisationFactory(), role=OrganisationRole.ORGANISER
    )

    def add(count):
        for number in range(count):
            municipality = MunicipalityFactory()
            EventSessionFactory(
                page=event,
                title=f"第{number}回",
                region=municipality.region,
                municipality=municipality,
                materials=[
                    ("document", LibraryDocumentFactory()),
                    ("document", LibraryDocumentFactory()),
                ],
            )

    assert_queries_flat(client, event.url, add=add, budget=12)
