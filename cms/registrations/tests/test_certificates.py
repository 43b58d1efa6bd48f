"""Course completion certificates: who gets one, the PDF, the private link."""

import io
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from cms.events.choices import SessionOverride
from cms.events.models import EventIndexPage
from cms.events.tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    EventSessionFactory,
)
from cms.registrations.links import registration_token
from cms.registrations.models import Registration
from cms.registrations.selectors import certificate_sessions
from cms.registrations.services import registration_check_in, registration_create

from .factories import registration_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(home_page):
    """A three-lecture course that issues certificates."""
    parent = EventIndexPage.objects.first() or EventIndexPageFactory(parent=home_page)
    event = EventPageFactory(
        parent=parent, title="みんなの居場所あれこれ講座", issues_certificate=True
    )
    start = (timezone.now() + timedelta(days=10)).replace(microsecond=0)
    titles = ["第1回 傾聴講座", "第2回 資金調達あれこれ講座", "第3回 こどもの支援"]
    for n, title in enumerate(titles):
        EventSessionFactory(
            page=event,
            title=title,
            capacity=10,
            registration_on_site=True,
            starts_at=start + timedelta(days=7 * n),
        )
    return event


def attend(course, email, name, *, lectures, language="ja"):
    """Register ``email`` for every lecture; check in at those in ``lectures``
    (indexes). Returns the registrations, in lecture order."""
    registrations = []
    for n, session in enumerate(course.sessions.order_by("starts_at")):
        registration, _created = registration_create(
            session=session,
            data=registration_data(email=email, name=name),
            language=language,
        )
        if n in lectures:
            registration_check_in(registration=registration)
        registrations.append(registration)
    return registrations


def certificate_url(registration):
    return reverse("registrations:certificate", args=[registration_token(registration)])


def pdf_text(content):
    reader = PdfReader(io.BytesIO(content))
    return reader, "".join(page.extract_text() for page in reader.pages)


def test_only_who_attended_every_lecture_gets_one(course):
    full = attend(course, "all@example.jp", "皆勤 花子", lectures={0, 1, 2})
    missed = attend(course, "two@example.jp", "欠席 一郎", lectures={0, 2})
    sessions = certificate_sessions(full[0])
    assert [s.title for s in sessions] == [
        "第1回 傾聴講座",
        "第2回 資金調達あれこれ講座",
        "第3回 こどもの支援",
    ]
    assert certificate_sessions(full[2]) == sessions  # any lecture's link
    assert certificate_sessions(missed[0]) is None


def test_a_lecture_the_editor_cancelled_is_not_required(course):
    missed = attend(course, "two@example.jp", "欠席 一郎", lectures={0, 2})
    course.sessions.order_by("starts_at")[1].__class__.objects.filter(
        page=course, title="第2回 資金調達あれこれ講座"
    ).update(override=SessionOverride.CANCELLED)
    assert len(certificate_sessions(missed[0])) == 2


def test_events_without_certificates_issue_none(course):
    full = attend(course, "all@example.jp", "皆勤 花子", lectures={0, 1, 2})
    course.issues_certificate = False
    course.save()
    assert certificate_sessions(Registration.objects.get(pk=full[0].pk)) is None
    assert pdf_or_404(full[0]) == 404


def pdf_or_404(registration):
    from django.test import Client

    return Client().get(certificate_url(registration)).status_code


def test_the_certificate_pdf_in_japanese_with_the_font_embedded(client, course):
    full = attend(course, "all@example.jp", "皆勤 花子", lectures={0, 1, 2})
    token = registration_token(full[1])
    manage = client.get(reverse("registrations:manage", args=[token]))
    link = reverse("registrations:certificate", args=[token])
    assert link in manage.content.decode()
    response = client.get(certificate_url(full[1]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert (
        "no-cache" in response["Cache-Control"]
        or "max-age=0" in response["Cache-Control"]
    )
    reader, text = pdf_text(response.content)
    assert len(reader.pages) == 1
    assert "修了証" in text
    assert "皆勤 花子" in text
    assert "みんなの居場所あれこれ講座" in text
    assert "第2回 資金調達あれこれ講座" in text
    # IPA Gothic travels inside the file (a subset), not left to the reader.
    embedded = [
        font["/BaseFont"]
        for font in (
            f.get_object() for f in reader.pages[0]["/Resources"]["/Font"].values()
        )
        if "/FontFile2" in font.get("/FontDescriptor", {})
    ]
    assert any("IPAGothic" in name for name in embedded)


def test_the_certificate_in_english_for_an_english_registrant(client, course):
    full = attend(
        course, "en@example.jp", "Hanako Kaikin", lectures={0, 1, 2}, language="en"
    )
    _reader, text = pdf_text(client.get(certificate_url(full[0])).content)
    assert "Certificate of Completion" in text
    assert "Hanako Kaikin" in text
    assert "修了証" not in text


def test_one_missed_lecture_is_a_404_that_tells_nothing(client, course):
    attend(course, "all@example.jp", "皆勤 花子", lectures={0, 1, 2})
    missed = attend(course, "two@example.jp", "欠席 一郎", lectures={0, 2})
    response = client.get(certificate_url(missed[0]))
    assert response.status_code == 404
    content = response.content.decode()
    assert "欠席" not in content and "皆勤" not in content
    assert "資金調達" not in content  # not which lecture was missed
    manage = client.get(
        reverse("registrations:manage", args=[registration_token(missed[0])])
    )
    assert "certificate.pdf" not in manage.content.decode()
    # A forged link answers the same.
    forged = reverse("registrations:certificate", args=["abc:def"])
    assert client.get(forged).status_code == 404
