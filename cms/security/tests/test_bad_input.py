"""Bad input gets a clear answer, never a 500: long names, large bodies, HEAD,
unknown hosts, logins without ``next``."""

import logging
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings

from home.tests.factories import ContactFormFieldFactory, ContactPageFactory

pytestmark = pytest.mark.django_db


def test_a_rendition_name_too_long_for_the_file_system_is_not_found(client, settings):
    # With no images/ folder the file system would say "no such file" first.
    (Path(settings.MEDIA_ROOT) / "images").mkdir(parents=True, exist_ok=True)
    assert client.get("/media/images/" + "a" * 300 + ".jpg").status_code == 404


def test_health_answers_head(client):
    response = client.head("/healthz")
    assert response.status_code == 200
    assert client.post("/healthz").status_code == 405


@pytest.fixture
def contact_page(home_page):
    page = ContactPageFactory(parent=home_page)
    ContactFormFieldFactory(page=page, label="Message", field_type="multiline")
    return page


@pytest.mark.parametrize(
    ("language", "text"), [("ja", "<h1>"), ("en", "Too much data sent")]
)
def test_a_body_over_the_limit_gets_a_413_page(client, contact_page, language, text):
    # A real body: what a script posts, 1 MB and a bit.
    url = f"/{language}" + contact_page.url[3:]
    response = client.post(url, {"message": "x" * (1024 * 1024 + 1)})
    assert response.status_code == 413
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert text in html
    assert "1.0" in html  # the limit, 1.0 MB


@override_settings(KAIKI_MAX_REQUEST_BODY=100, KAIKI_MAX_ADMIN_REQUEST_BODY=10_000)
def test_the_admin_may_send_more_than_visitors(admin_client):
    body = {"q": "x" * 1000}
    assert admin_client.post("/admin/documents/add/", body).status_code != 413
    assert (
        admin_client.post("/admin/documents/add/", {"q": "x" * 20_000}).status_code
        == 413
    )


class _Records(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


@override_settings(ALLOWED_HOSTS=["kaiki.example.org"])
@pytest.mark.parametrize(
    ("path", "lang", "text"),
    [("/ja/", "ja", "<h1>"), ("/en/", "en", "Bad request")],
)
def test_an_unknown_host_gets_a_400_page_and_a_warning_line(client, path, lang, text):
    logger = logging.getLogger("django.security.DisallowedHost")
    records = _Records()
    logger.addHandler(records)
    try:
        response = client.get(path, HTTP_HOST="evil.example")
    finally:
        logger.removeHandler(records)
    assert response.status_code == 400
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    assert text in html
    (record,) = records.records
    assert record.levelno == logging.WARNING
    assert record.exc_info is None
    assert "\n" not in records.format(record)


def test_a_login_without_next_goes_to_a_page_that_exists(client, home_page):
    get_user_model().objects.create_user(username="hanako", password="secret-pass-1")
    response = client.post(
        "/ja/_util/login/", {"username": "hanako", "password": "secret-pass-1"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert client.get("/", follow=True).status_code == 200
