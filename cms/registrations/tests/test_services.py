"""Every state change of a registration, through the services."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from cms.events.choices import SessionOverride
from cms.registrations.choices import Channel, GatheringStatus, RegistrationStatus
from cms.registrations.models import Registration
from cms.registrations.selectors import waitlist_position
from cms.registrations.services import (
    registration_anonymise,
    registration_cancel,
    registration_create,
    registration_set_attended,
    registration_set_gathering,
    registrations_promote,
    session_changes_notify,
)

from .factories import open_session, registration_data

pytestmark = pytest.mark.django_db


def register(session, n, *, language="en", **overrides):
    data = registration_data(email=f"person{n}@example.jp", **overrides)
    registration, created = registration_create(
        session=session, data=data, language=language
    )
    assert created
    return registration


def test_register_confirms_and_numbers(session, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = register(session, 1)
        second = register(session, 2)
    assert (first.status, first.number) == (RegistrationStatus.CONFIRMED, 1)
    assert (second.status, second.number) == (RegistrationStatus.CONFIRMED, 2)
    assert [m.to for m in mail.outbox] == [
        ["person1@example.jp"],
        ["person2@example.jp"],
    ]


def test_party_size_counts_and_beyond_capacity_waitlists(session):
    pair = register(session, 1, party_size=2)
    trio = register(session, 2, party_size=3)  # 2 + 3 > 3
    single = register(session, 3)
    late = register(session, 4)
    assert pair.status == RegistrationStatus.CONFIRMED
    assert trio.status == RegistrationStatus.WAITLISTED
    assert single.status == RegistrationStatus.CONFIRMED  # fits the last seat
    assert late.status == RegistrationStatus.WAITLISTED
    assert waitlist_position(trio) == 1
    assert waitlist_position(late) == 2
    assert Registration.objects.filter(seats=pair.seats).seats_taken() == 3


def test_same_email_twice_is_recognised(session):
    first, created = registration_create(
        session=session, data=registration_data(), language="ja"
    )
    again, created_again = registration_create(
        session=session,
        data=registration_data(email=" TARO@example.jp ", name="別人"),
        language="ja",
    )
    assert created and not created_again
    assert again.pk == first.pk
    assert Registration.objects.count() == 1


def test_languages_share_the_seats(session):
    from cms.events.models import EventSession

    english = EventSession.objects.get(pk=session.pk)
    english.pk = None
    english.locale = _english_locale()
    english.page = session.page  # the same seats are keyed by translation_key
    english.save()
    register(session, 1, party_size=2)
    english_registration = register(english, 2, party_size=2, language="en")
    assert english_registration.seats_id == Registration.objects.first().seats_id
    assert english_registration.status == RegistrationStatus.WAITLISTED


def _english_locale():
    from wagtail.models import Locale

    return Locale.objects.get_or_create(language_code="en")[0]


def test_cancel_promotes_first_who_fits_and_reopens(
    session, django_capture_on_commit_callbacks
):
    a = register(session, 1, party_size=2)
    b = register(session, 2)
    big = register(session, 3, party_size=2)
    small = register(session, 4)
    assert big.status == small.status == RegistrationStatus.WAITLISTED
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        registration_cancel(registration=b)
    big.refresh_from_db()
    small.refresh_from_db()
    # One seat free: the pair still waits, the single behind it is promoted.
    assert big.status == RegistrationStatus.WAITLISTED
    assert small.status == RegistrationStatus.CONFIRMED
    assert sorted(m.to[0] for m in mail.outbox) == [
        "person2@example.jp",
        "person4@example.jp",
    ]
    promotion = next(m for m in mail.outbox if m.to == ["person4@example.jp"])
    assert promotion.subject.startswith("A place is free for you")
    with django_capture_on_commit_callbacks(execute=True):
        registration_cancel(registration=a)
    big.refresh_from_db()
    assert big.status == RegistrationStatus.CONFIRMED
    with pytest.raises(ValidationError):
        registration_cancel(registration=a)


def test_full_session_reopens_after_cancel(session):
    people = [register(session, n) for n in range(3)]
    registration_cancel(registration=people[0])
    newcomer = register(session, 9)
    assert newcomer.status == RegistrationStatus.CONFIRMED
    assert register(session, 10).status == RegistrationStatus.WAITLISTED


def test_capacity_raised_promotes(session, django_capture_on_commit_callbacks):
    for n in range(3):
        register(session, n)
    waiting = [register(session, n) for n in (10, 11, 12)]
    session.capacity = 5
    session.save()
    with django_capture_on_commit_callbacks(execute=True):
        promoted = registrations_promote(session=session)
    assert [r.pk for r in promoted] == [waiting[0].pk, waiting[1].pk]
    waiting[2].refresh_from_db()
    assert waiting[2].status == RegistrationStatus.WAITLISTED
    assert waitlist_position(waiting[2]) == 1


@pytest.mark.parametrize(
    "change, message",
    [
        ({"application_deadline": timezone.now() - timedelta(hours=1)}, "deadline"),
        (
            {
                "starts_at": timezone.now() - timedelta(hours=3),
                "ends_at": timezone.now() - timedelta(hours=1),
            },
            "finished",
        ),
        ({"override": SessionOverride.POSTPONED}, "postponed"),
        ({"override": SessionOverride.CANCELLED}, "cancelled"),
        ({"application_opens_at": timezone.now() + timedelta(days=1)}, "not opened"),
        ({"registration_on_site": False}, "no registrations"),
    ],
)
def test_closed_sessions_refuse_web_registrations(home_page, change, message):
    from django.utils import translation

    session = open_session(home_page, **change)
    with translation.override("en"), pytest.raises(ValidationError) as error:
        register(session, 1)
    assert message in error.value.messages[0]
    assert not Registration.objects.exists()


def test_staff_entry_takes_a_seat_and_mails_only_with_an_address(
    session, admin_user, django_capture_on_commit_callbacks
):
    register(session, 1, party_size=2)
    with django_capture_on_commit_callbacks(execute=True):
        by_phone, _ = registration_create(
            session=session,
            data=registration_data(email="", name="電話 花子"),
            language="ja",
            channel=Channel.PHONE,
            user=admin_user,
        )
    assert by_phone.status == RegistrationStatus.CONFIRMED
    assert (by_phone.channel, by_phone.entered_by) == (Channel.PHONE, admin_user)
    assert by_phone.consented_at is None
    assert len(mail.outbox) == 1  # the web registrant's only
    by_fax, _ = registration_create(
        session=session,
        data=registration_data(email="fax@example.jp"),
        language="en",
        channel=Channel.FAX,
        user=admin_user,
    )
    assert by_fax.status == RegistrationStatus.WAITLISTED


def test_staff_may_enter_after_the_deadline_not_after_cancellation(
    home_page, admin_user
):
    late = open_session(
        home_page, application_deadline=timezone.now() - timedelta(hours=1)
    )
    registration, _ = registration_create(
        session=late,
        data=registration_data(),
        language="ja",
        channel=Channel.PAPER,
        user=admin_user,
    )
    assert registration.status == RegistrationStatus.CONFIRMED
    called_off = open_session(home_page, override=SessionOverride.CANCELLED)
    with pytest.raises(ValidationError):
        registration_create(
            session=called_off,
            data=registration_data(),
            language="ja",
            channel=Channel.PAPER,
            user=admin_user,
        )


def test_online_participants_take_no_seat(home_page):
    session = open_session(home_page, capacity=1, online_available=True)
    register(session, 1)
    online = register(session, 2, attendance="online")
    assert online.status == RegistrationStatus.CONFIRMED
    assert register(session, 3).status == RegistrationStatus.WAITLISTED


def test_social_gathering_has_its_own_places_and_waitlist(home_page):
    session = open_session(
        home_page, capacity=5, gathering_fee=4000, social_gathering_capacity=2
    )
    first = register(session, 1, wants_gathering=True, party_size=2)
    second = register(session, 2, wants_gathering=True)
    third = register(session, 3, wants_gathering=False)
    assert first.gathering_status == GatheringStatus.CONFIRMED
    assert second.gathering_status == GatheringStatus.WAITLISTED
    assert third.gathering_status == GatheringStatus.NONE
    registration_set_gathering(registration=first, attending=False)
    second.refresh_from_db()
    assert second.gathering_status == GatheringStatus.CONFIRMED
    registration_cancel(registration=second)
    registration_set_gathering(registration=third, attending=True)
    third.refresh_from_db()
    assert third.gathering_status == GatheringStatus.CONFIRMED


def test_gathering_only_where_the_event_has_one(session):
    registration = register(session, 1, wants_gathering=True)
    assert not registration.wants_gathering
    with pytest.raises(ValidationError):
        registration_set_gathering(registration=registration, attending=True)


def test_waitlisted_gathering_wish_waits_for_the_seat(home_page):
    session = open_session(home_page, capacity=1, gathering_fee=3000)
    first = register(session, 1)
    waiting = register(session, 2, wants_gathering=True)
    assert waiting.gathering_status == GatheringStatus.NONE
    registration_cancel(registration=first)
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CONFIRMED
    assert waiting.gathering_status == GatheringStatus.CONFIRMED


@pytest.mark.parametrize(
    "override, new_start, subject",
    [
        (SessionOverride.CANCELLED, False, "Cancelled: "),
        (SessionOverride.POSTPONED, False, "Postponed: "),
        (SessionOverride.NONE, True, "New date: "),
    ],
)
def test_session_changes_reach_every_registrant_once(
    session, override, new_start, subject, django_capture_on_commit_callbacks
):
    for n in range(4):  # three confirmed, one waitlisted
        register(session, n)
    cancelled = register(session, 9)
    registration_cancel(registration=cancelled)
    mail.outbox.clear()
    session.override = override
    if new_start:
        session.starts_at += timedelta(days=7)
        session.ends_at += timedelta(days=7)
    session.save()
    with django_capture_on_commit_callbacks(execute=True):
        session_changes_notify(session=session)
        session_changes_notify(session=session)  # published again: nothing new
    assert len(mail.outbox) == 4
    assert all(subject in m.subject for m in mail.outbox)


def test_attendance_and_anonymising(session):
    confirmed = register(session, 1)
    registration_set_attended(registration=confirmed)
    assert confirmed.attended_at is not None
    for n in range(2, 5):
        register(session, n)
    waiting = Registration.objects.get(number=4)
    with pytest.raises(ValidationError):
        registration_set_attended(registration=waiting)
    registration_anonymise(registration=confirmed)
    confirmed.refresh_from_db()
    assert (confirmed.email, confirmed.phone, confirmed.name_kana) == ("", "", "")
    assert confirmed.status == RegistrationStatus.CONFIRMED  # still counted
    assert Registration.objects.filter(seats=confirmed.seats).seats_taken() == 3
