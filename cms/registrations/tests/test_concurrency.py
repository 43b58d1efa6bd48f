"""Fifty people register at once for ten seats: exactly ten are confirmed.

Real threads against a real database file (SQLite: IMMEDIATE transactions
take the write lock up front) or server (PostgreSQL: the seats row is locked
with SELECT ... FOR UPDATE). Both runs of the suite execute it.
"""

import threading

import pytest
from django.db import connections

from cms.registrations.choices import RegistrationStatus
from cms.registrations.models import Registration
from cms.registrations.services import registration_cancel, registration_create

from .factories import open_session, registration_data

pytestmark = pytest.mark.django_db(transaction=True)

PEOPLE = 50
SEATS = 10


def _at_once(work, count):
    errors = []
    start = threading.Barrier(count)

    def run(n):
        try:
            start.wait()
            work(n)
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return errors


def test_fifty_simultaneous_registrations_fill_ten_seats_exactly(home_page):
    session = open_session(home_page, capacity=SEATS)

    def sign_up(n):
        registration_create(
            session=session,
            data=registration_data(email=f"p{n}@example.jp"),
            language="ja",
        )

    assert _at_once(sign_up, PEOPLE) == []
    registrations = Registration.objects.all()
    assert registrations.count() == PEOPLE
    assert registrations.filter(status=RegistrationStatus.CONFIRMED).count() == SEATS
    assert registrations.seats_taken() == SEATS
    # Numbers are unique and have no gaps.
    assert sorted(registrations.values_list("number", flat=True)) == list(
        range(1, PEOPLE + 1)
    )


def test_double_submits_at_once_make_one_registration(home_page):
    session = open_session(home_page, capacity=SEATS)

    def same_person(n):
        registration_create(session=session, data=registration_data(), language="ja")

    assert _at_once(same_person, 8) == []
    assert Registration.objects.count() == 1


def test_cancellations_and_sign_ups_at_once_never_overfill(home_page):
    session = open_session(home_page, capacity=SEATS)
    for n in range(SEATS + 5):
        registration_create(
            session=session,
            data=registration_data(email=f"early{n}@example.jp"),
            language="ja",
        )
    leaving = list(Registration.objects.confirmed()[:5])

    def churn(n):
        if n < len(leaving):
            registration_cancel(registration=leaving[n])
        else:
            registration_create(
                session=session,
                data=registration_data(email=f"late{n}@example.jp"),
                language="ja",
            )

    assert _at_once(churn, 20) == []
    assert Registration.objects.seats_taken() == SEATS
