"""Concurrent offers to one guide never exceed their limit (row lock on the
guide: IMMEDIATE transactions on SQLite, select_for_update on PostgreSQL)."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connections

from network.choices import IntroductionStatus
from network.introductions import services
from network.models import IntroductionRequest

from .conftest import _staff
from .factories import MemberProfileFactory
from .test_introductions import ask, make_guide

pytestmark = pytest.mark.django_db(transaction=True)

THREADS = 6
LIMIT = 2


def test_concurrent_offers_never_exceed_the_guides_limit(regions):
    # Nobody accepting in the region: every request waits for staff.
    requests = [ask(regions, user=MemberProfileFactory().user) for _ in range(THREADS)]
    assert all(r.needs_staff for r in requests)
    guide = make_guide(regions=[regions["tosei"]])
    guide.max_open_introductions = LIMIT
    guide.save()
    staff = _staff(with_network=True)
    errors, refused = [], []
    start = threading.Barrier(THREADS)

    def offer(request):
        try:
            start.wait()
            services.introduction_request_reassign(
                request=request, guide=guide, reason="同時", by=staff
            )
        except ValidationError:
            refused.append(request.pk)
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=offer, args=(r,)) for r in requests]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    open_count = IntroductionRequest.objects.filter(
        guide=guide, status=IntroductionStatus.OFFERED
    ).count()
    assert open_count == LIMIT
    assert len(refused) == THREADS - LIMIT
