"""load_demo_data builds the whole demo site, and a second run changes nothing."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from cms.events.models import EventPage, EventSession, ParticipantVoice
from cms.library.models import LibraryDocument
from cms.places.models import CommunityPlace
from cms.regions.models import Municipality, Region
from home.models import HomePage

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": list(
            Page.objects.order_by("path").values_list(
                "path", "slug", "title", "content_type__model", "live"
            )
        ),
        "sessions": list(
            EventSession.objects.order_by("page__path", "sort_order").values_list(
                "page__slug", "starts_at", "venue_name", "capacity", "override"
            )
        ),
        "documents": sorted(
            LibraryDocument.objects.values_list("title", "kind", "file_size")
        ),
        "regions": list(Region.objects.values_list("slug", flat=True)),
        "municipalities": Municipality.objects.count(),
        "places": sorted(CommunityPlace.objects.values_list("name", "status")),
        "voices": ParticipantVoice.objects.count(),
    }


def test_load_demo_data_is_complete_and_idempotent():
    call_command("load_demo_data", verbosity=0)
    first = snapshot()
    call_command("load_demo_data", verbosity=0)
    assert snapshot() == first

    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert first["regions"] == [
        "tosei",
        "chunan",
        "sanpachi",
        "seihokugo",
        "kamitosan",
        "shimokita",
    ]
    assert first["municipalities"] == 40
    assert first["voices"] > 0
    kinds = {kind for _title, kind, _size in first["documents"]}
    assert {
        "manual",
        "case_studies",
        "guidebook",
        "flyer",
        "application_form",
        "qa",
    } <= kinds
    # Every document is a real, non-empty file.
    assert all(size and size > 1000 for _title, _kind, size in first["documents"])
    # The six-venue network meeting is one event with six sessions.
    session_counts = [event.sessions.count() for event in EventPage.objects.live()]
    assert max(session_counts) >= 6
