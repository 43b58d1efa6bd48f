"""Security headers on every page type, health, outages, and the security log."""

import json
import logging
from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client

from home.tests.factories import (
    ContactFormFieldFactory,
    ContactPageFactory,
)

pytestmark = pytest.mark.django_db


def test_every_page_type_sends_the_security_headers(one_page_of_each_type):
    client = Client()
    for page in one_page_of_each_type:
        response = client.get(page.url)
        name = type(page).__name__
        assert response.status_code == 200, name
        policy = response["Content-Security-Policy"]
        script_src = next(
            part for part in policy.split(";") if part.strip().startswith("script-src")
        )
        assert "'unsafe-inline'" not in script_src, name
        assert "frame-ancestors 'none'" in policy, name
        assert response["X-Content-Type-Options"] == "nosniff", name
        assert response["Referrer-Policy"] == "same-origin", name
        assert response["X-Frame-Options"] == "DENY", name
        assert response["Cross-Origin-Opener-Policy"] == "same-origin", name


def test_health_endpoint_reports_database_and_cache():
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_health_endpoint_fails_when_the_database_does():
    with mock.patch(
        "cms.health.connection.cursor", side_effect=OperationalError("down")
    ):
        response = Client().get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "failing"


def test_database_outage_gives_a_translated_503_page(home_page):
    client = Client(raise_request_exception=False)
    with (
        mock.patch(
            "wagtail.views.Page.route_for_request",
            side_effect=OperationalError("connection refused"),
        ),
        mock.patch("cms.errors.database_is_reachable", return_value=False),
    ):
        response = client.get(home_page.url)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Cache-Control"] == "no-store"
    html = response.content.decode()
    assert "一時的にご利用いただけません" in html or "Temporarily unavailable" in html
    # And the site answers normally as soon as the database is back.
    assert client.get(home_page.url).status_code == 200


def test_a_failing_query_on_a_reachable_database_is_a_plain_500(home_page):
    client = Client(raise_request_exception=False)
    with mock.patch(
        "wagtail.views.Page.route_for_request",
        side_effect=OperationalError('near "x": syntax error'),
    ):
        response = client.get(home_page.url)
    assert response.status_code == 500


def test_failed_logins_are_logged_without_personal_data(caplog, db):
    with caplog.at_level(logging.INFO, logger="kaiki.security"):
        Client().post(
            "/admin/login/",
            {"username": "hanako@example.org", "password": "my-secret-pass"},
            REMOTE_ADDR="203.0.113.7",
        )
    records = [
        json.loads(r.getMessage()) for r in caplog.records if r.name == "kaiki.security"
    ]
    assert [r["event"] for r in records] == ["login_failed"]
    logged = caplog.text
    for personal in ("hanako", "my-secret-pass", "203.0.113.7"):
        assert personal not in logged
    assert len(records[0]["client"]) == 16


def test_csrf_failures_are_logged_and_explained(home_page, caplog):
    contact = ContactPageFactory(parent=home_page)
    ContactFormFieldFactory(page=contact, label="お名前")
    client = Client(enforce_csrf_checks=True)
    with caplog.at_level(logging.INFO, logger="kaiki.security"):
        response = client.post(contact.url, {"onamae": "山田"})
    assert response.status_code == 403
    assert '"event": "csrf_failure"' in caplog.text
