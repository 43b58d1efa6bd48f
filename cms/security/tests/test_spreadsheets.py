"""CSV exports: no cell runs as a formula, and Excel opens Japanese intact."""

import csv
import io

import pytest
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission

from cms.places.tests.factories import CommunityPlaceFactory
from cms.security.spreadsheets import csv_lines, neutralise_cell
from home.tests.factories import ContactFormFieldFactory, ContactPageFactory

FORMULA = '=HYPERLINK("http://evil.example","x")'


@pytest.mark.parametrize(
    "value",
    [FORMULA, "+1+2", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "=", "-"],
)
def test_cells_that_would_run_as_formulas_are_text(value):
    assert neutralise_cell(value) == "'" + value


@pytest.mark.parametrize(
    "value", ["青森 花子", "a=b", "", "-5", "+81", "-1.5", "1,000", None, 12]
)
def test_other_cells_are_unchanged(value):
    assert neutralise_cell(value) == value


def read_csv(content):
    assert content.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def test_csv_lines_start_with_a_bom_and_neutralise_every_cell():
    content = b"".join(csv_lines([["名前", "=1+1"], [FORMULA, None], ["-7", 3]]))
    assert read_csv(content) == [
        ["名前", "'=1+1"],
        ["'" + FORMULA, ""],
        ["-7", "3"],
    ]


def export(admin_client, url):
    response = admin_client.get(url, {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return read_csv(b"".join(response.streaming_content))


@pytest.mark.django_db
def test_contact_submissions_export_is_safe(admin_client, home_page):
    page = ContactPageFactory(parent=home_page)
    ContactFormFieldFactory(page=page, label="Name", field_type="singleline")
    ContactFormFieldFactory(page=page, label="=Label", field_type="multiline")
    FormSubmission.objects.create(
        page=page, form_data={"name": FORMULA, "label": "移住の相談です。"}
    )
    rows = export(
        admin_client, reverse("wagtailforms:list_submissions", args=[page.pk])
    )
    assert rows[0][1:] == ["Name", "'=Label"]
    assert rows[1][1:] == ["'" + FORMULA, "移住の相談です。"]


@pytest.mark.django_db
def test_places_export_is_safe(admin_client):
    CommunityPlaceFactory(name=FORMULA, organiser="青森の会")
    rows = export(admin_client, reverse("wagtailsnippets_places_communityplace:list"))
    assert rows[1][0] == "'" + FORMULA
    assert "青森の会" in rows[1]
