"""The yearly re-confirmation, with time passed in (``now=``): a reminder once,
a confirmation through the link, and lapsing off the list when overdue."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale

from cms.places import links
from cms.places.choices import PlaceActor, PlaceStatus
from cms.places.models import CONFIRM_EVERY, CONFIRM_GRACE, CommunityPlace
from cms.places.services import place_confirm, place_confirmations_run
from cms.places.tests.factories import (
    CommunityPlaceFactory,
    CommunityPlaceIndexPageFactory,
)

pytestmark = pytest.mark.django_db

START = timezone.now().replace(microsecond=0) - timedelta(days=1)


@pytest.fixture
def index(home_page):
    return CommunityPlaceIndexPageFactory(parent=home_page)


@pytest.fixture
def place(index):
    return CommunityPlaceFactory(
        name="ぽかぽか食堂",
        slug="pokapoka",
        organiser="ぽかぽかの会",
        confirmed_at=START,
        contact_email="hanako@example.jp",
    )


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser(
        "office", "office@kaiki.example", "x"
    )


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    def run(now):
        with django_capture_on_commit_callbacks(execute=True):
            return place_confirmations_run(now=now)

    return run


def listed(now=None):
    japanese = Locale.objects.get(language_code="ja")
    return list(
        CommunityPlace.objects.public(locale_id=japanese.pk, now=now).values_list(
            "name", flat=True
        )
    )


def test_nothing_happens_within_the_year(place, run):
    assert run(START + CONFIRM_EVERY - timedelta(minutes=1)) == (0, 0)
    assert mail.outbox == []


def test_the_group_is_reminded_once_with_a_link(client, place, run):
    due = START + CONFIRM_EVERY
    assert run(due) == (1, 0)
    assert run(due + timedelta(days=1)) == (0, 0)  # once, however often it runs
    (email,) = mail.outbox
    assert email.to == ["hanako@example.jp"]
    place.refresh_from_db()
    assert place.reminder_sent_at == due
    assert place.status == PlaceStatus.APPROVED
    link = next(word for word in email.body.split() if "/confirm/" in word)
    response = client.get(link.removeprefix("http://localhost"))
    assert response.status_code == 200
    assert 'value="ぽかぽか食堂"' in response.content.decode()


def test_confirming_keeps_it_listed_another_year(client, index, place, run):
    run(START + CONFIRM_EVERY)
    place.refresh_from_db()
    token = links.place_token(place=place, purpose=links.CONFIRM)
    url = index.url + index.reverse_subpage("confirm", args=(token,))
    data = {
        "name": place.name,
        "kind": place.kind,
        "organiser": place.organiser,
        "region": place.region_id,
        "schedule": place.schedule,
        "contact_name": place.contact_name,
        "contact_email": place.contact_email,
        "contact_phone": place.contact_phone,
        "consent": "on",
    }
    response = client.post(url, data)
    assert response.status_code == 200
    assert response.templates[0].name == "places/place_link_done.html"
    place.refresh_from_db()
    assert place.confirmed_at > START + timedelta(days=1)
    assert place.reminder_sent_at is None
    assert place.status_changes.first().actor == PlaceActor.GROUP
    # The year counts from the new confirmation, not the old one.
    old_lapse = START + CONFIRM_EVERY + CONFIRM_GRACE + timedelta(days=1)
    assert run(old_lapse) == (1, 0)
    assert listed(now=old_lapse) == ["ぽかぽか食堂"]
    assert client.get(url).status_code == 404  # the link was used


def test_an_overdue_place_lapses_and_staff_are_told(place, staff, run):
    run(START + CONFIRM_EVERY)
    mail.outbox.clear()
    lapse = START + CONFIRM_EVERY + CONFIRM_GRACE
    assert listed(now=lapse - timedelta(minutes=1)) == ["ぽかぽか食堂"]
    # Off the list on time, even before the daily job runs.
    assert listed(now=lapse) == []
    assert run(lapse) == (0, 1)
    assert run(lapse + timedelta(days=1)) == (0, 0)
    place.refresh_from_db()
    assert place.status == PlaceStatus.LAPSED
    change = place.status_changes.first()
    assert (change.actor, change.user) == (PlaceActor.SYSTEM, None)
    to_group, to_staff = sorted(
        mail.outbox, key=lambda m: m.to != ["hanako@example.jp"]
    )
    assert "/confirm/" in to_group.body
    assert to_staff.to == ["office@kaiki.example"]
    assert "ぽかぽか食堂" in to_staff.body


def test_a_lapsed_place_confirmed_late_is_listed_again(place, staff, run):
    lapse = START + CONFIRM_EVERY + CONFIRM_GRACE
    run(lapse)
    place.refresh_from_db()
    later = lapse + timedelta(days=10)
    place_confirm(place=place, data={"schedule": "毎週土曜日"}, now=later)
    place.refresh_from_db()
    assert place.status == PlaceStatus.APPROVED
    assert place.schedule == "毎週土曜日"
    assert listed(now=later) == ["ぽかぽか食堂"]


def test_pending_and_rejected_places_are_left_alone(index, run):
    CommunityPlaceFactory(status=PlaceStatus.PENDING, confirmed_at=None)
    CommunityPlaceFactory(status=PlaceStatus.REJECTED, confirmed_at=START)
    assert run(START + CONFIRM_EVERY * 3) == (0, 0)


def test_the_daily_command(place, django_capture_on_commit_callbacks):
    place.confirmed_at = timezone.now() - CONFIRM_EVERY - CONFIRM_GRACE
    place.save()
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("place_confirmations", stdout=out)
    assert "1 lapsed" in out.getvalue()
    place.refresh_from_db()
    assert place.status == PlaceStatus.LAPSED
