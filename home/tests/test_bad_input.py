"""Bad input gets a clear answer: same-site switcher links, contact form limits."""

import re

import pytest
from wagtail.contrib.forms.models import FormSubmission

from home.forms import MESSAGE_MAX_LENGTH
from home.tests.factories import CONTACT_MESSAGE

pytestmark = pytest.mark.django_db


def hrefs(html):
    return re.findall(r'href="([^"]*)"', html)


def test_switcher_links_stay_on_this_site(client, home_page):
    # The test client would read "//evil.example/" as a host: set the path itself.
    response = client.get("/", PATH_INFO="//evil.example/")
    assert response.status_code == 404
    links = hrefs(response.content.decode())
    assert "/evil.example/" in links
    assert not [link for link in links if link.startswith("//")]


def test_a_message_over_the_limit_is_refused_keeping_the_text(client, contact_page):
    message = "あ" * (MESSAGE_MAX_LENGTH + 1)
    response = client.post(contact_page.url, {**CONTACT_MESSAGE, "message": message})
    assert response.status_code == 200
    (error,) = response.context["form"].errors["message"]
    assert str(MESSAGE_MAX_LENGTH) in error
    html = response.content.decode()
    assert message in html
    assert f'maxlength="{MESSAGE_MAX_LENGTH}"' in html
    assert not FormSubmission.objects.exists()


def test_a_message_at_the_limit_is_accepted(client, contact_page):
    message = "あ" * MESSAGE_MAX_LENGTH
    response = client.post(contact_page.url, {**CONTACT_MESSAGE, "message": message})
    assert response.status_code == 200
    assert FormSubmission.objects.get().get_data()["message"] == message


@pytest.mark.parametrize(
    "name", ["花子\nEmail: spoof@example.com", "花子\rBcc: x", "花子\u2028x"]
)
def test_a_name_with_a_line_break_is_refused(client, contact_page, name):
    response = client.post(contact_page.url, {**CONTACT_MESSAGE, "name": name})
    assert set(response.context["form"].errors) == {"name"}
    (error,) = response.context["form"].errors.as_data()["name"]
    assert error.code == "line_break"
    assert "移住の相談です。" in response.content.decode()
    assert not FormSubmission.objects.exists()


def test_the_refusals_are_in_the_pages_language(client, contact_page):
    response = client.post(
        "/en" + contact_page.url[3:],
        {**CONTACT_MESSAGE, "name": "a\nb", "message": "x" * 5001},
    )
    errors = response.context["form"].errors
    assert errors["name"] == ["Please write this on one line, without line breaks."]
    assert errors["message"] == [
        "This is too long: please shorten it to 5000 characters at most (it has 5001)."
    ]
