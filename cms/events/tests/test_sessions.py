"""A session's status for visitors, and the rules an editor's session must follow."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError

from cms.events.choices import SessionOverride, SessionStatus
from cms.events.models import EventSession
from cms.regions.tests.factories import MunicipalityFactory, RegionFactory

TOKYO = ZoneInfo("Asia/Tokyo")
STARTS = datetime.datetime(2030, 3, 10, 14, 0, tzinfo=TOKYO)
ENDS = datetime.datetime(2030, 3, 10, 16, 30, tzinfo=TOKYO)


def at(day, hour=12, minute=0):
    return datetime.datetime(2030, 3, day, hour, minute, tzinfo=TOKYO)


def make_session(**kwargs):
    return EventSession(starts_at=STARTS, ends_at=ENDS, **kwargs)


class TestSessionStatus:
    def test_planning_before_applications_open(self):
        session = make_session(application_opens_at=at(5))
        assert session.status_at(at(1)) == SessionStatus.PLANNING

    def test_open_from_the_moment_applications_open(self):
        session = make_session(application_opens_at=at(5, 9))
        assert session.status_at(at(5, 9)) == SessionStatus.OPEN

    def test_open_without_dates_until_it_starts(self):
        session = make_session()
        assert session.status_at(at(1)) == SessionStatus.OPEN
        assert session.status_at(at(10, 13, 59)) == SessionStatus.OPEN

    def test_closed_after_the_deadline(self):
        session = make_session(application_deadline=at(8, 17))
        assert session.status_at(at(8, 16)) == SessionStatus.OPEN
        assert session.status_at(at(8, 17)) == SessionStatus.CLOSED

    def test_closed_while_it_is_on(self):
        session = make_session()
        assert session.status_at(at(10, 15)) == SessionStatus.CLOSED

    def test_finished_once_it_ends(self):
        session = make_session(application_deadline=at(8, 17))
        assert session.status_at(ENDS) == SessionStatus.FINISHED
        assert session.status_at(at(20)) == SessionStatus.FINISHED

    def test_postponed_wins_over_open(self):
        session = make_session(override=SessionOverride.POSTPONED)
        assert session.status_at(at(1)) == SessionStatus.POSTPONED

    @pytest.mark.parametrize("now", [at(1), at(10, 15), at(20)])
    def test_cancelled_wins_over_open_closed_and_finished(self, now):
        session = make_session(override=SessionOverride.CANCELLED)
        assert session.status_at(now) == SessionStatus.CANCELLED

    def test_the_status_property_uses_the_current_time(self):
        past = EventSession(
            starts_at=datetime.datetime(2001, 1, 1, 10, tzinfo=TOKYO),
            ends_at=datetime.datetime(2001, 1, 1, 12, tzinfo=TOKYO),
        )
        assert past.status == SessionStatus.FINISHED


@pytest.mark.django_db
class TestSessionClean:
    def test_a_valid_session_passes(self):
        municipality = MunicipalityFactory()
        session = make_session(
            region=municipality.region,
            municipality=municipality,
            application_deadline=at(8),
        )
        session.clean()

    def test_it_must_end_after_it_starts(self):
        session = make_session(region=RegionFactory())
        session.ends_at = STARTS
        with pytest.raises(ValidationError) as error:
            session.clean()
        assert set(error.value.message_dict) == {"ends_at"}

    def test_the_deadline_cannot_be_after_it_starts(self):
        session = make_session(region=RegionFactory(), application_deadline=at(10, 15))
        with pytest.raises(ValidationError) as error:
            session.clean()
        assert set(error.value.message_dict) == {"application_deadline"}

    def test_the_municipality_must_be_in_the_region(self):
        elsewhere = MunicipalityFactory()
        session = make_session(region=RegionFactory(), municipality=elsewhere)
        with pytest.raises(ValidationError) as error:
            session.clean()
        assert set(error.value.message_dict) == {"municipality"}

    def test_all_errors_at_once(self):
        session = make_session(
            region=RegionFactory(),
            municipality=MunicipalityFactory(),
            application_deadline=at(11),
        )
        session.ends_at = at(9)
        with pytest.raises(ValidationError) as error:
            session.clean()
        assert set(error.value.message_dict) == {
            "ends_at",
            "application_deadline",
            "municipality",
        }
