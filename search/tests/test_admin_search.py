"""Every admin list and chooser of Kaiki's models searches in Japanese and English.

Wagtail's admin lists pass their viewset's ``search_fields`` to the search
backend; on SQLite that became an FTS column filter naming a model field
("no such column: name"), a server error on every snippet list's search box.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import NoReverseMatch, reverse
from wagtail.admin.viewsets.model import ModelViewSet

from cms.people.tests.factories import OrganisationFactory, PersonFactory
from cms.regions.tests.factories import MunicipalityFactory, RegionFactory

pytestmark = pytest.mark.django_db


def url_of(viewset, name):
    try:
        return reverse(viewset.get_url_name(name))
    except (NoReverseMatch, AttributeError):
        return None


@pytest.fixture
def admin_client(client, home_page):
    admin = get_user_model().objects.create_superuser("admin", "a@example.org", "pw")
    client.force_login(admin)
    client.get("/admin/")  # registers the viewsets' URLs and hooks
    return client


@pytest.fixture
def rows():
    region = RegionFactory(name="東青地域")
    MunicipalityFactory(name="青森市", region=region)
    PersonFactory(name="青森 花子", affiliation="Aomori Office")
    OrganisationFactory(name="あおもり回帰ネットワーク")
    call_command("update_index", verbosity=0)


@pytest.mark.usefixtures("rows")
@pytest.mark.parametrize("query", ["青森", "Aomori", "ネットワーク"])
def test_every_admin_list_and_chooser_searches_without_error(
    admin_client, admin_viewsets, query
):
    searched = []
    for viewset in admin_viewsets:
        if not (isinstance(viewset, ModelViewSet) or hasattr(viewset, "model")):
            continue
        for name in ("index", "choose", "choose_results"):
            url = url_of(viewset, name)
            if url is None:
                continue
            response = admin_client.get(url, {"q": query})
            assert response.status_code == 200, (url, query, response.status_code)
            searched.append(url)
    assert len(searched) >= 8, searched


@pytest.mark.usefixtures("rows")
@pytest.mark.parametrize(
    ("url", "query", "expected"),
    [
        ("/admin/snippets/people/person/", "青森", "青森 花子"),
        ("/admin/snippets/people/person/", "Aomori", "青森 花子"),
        ("/admin/snippets/people/organisation/", "回帰", "あおもり回帰ネットワーク"),
        ("/admin/snippets/regions/region/", "東青", "東青地域"),
        ("/admin/snippets/regions/municipality/", "青森", "青森市"),
    ],
)
def test_admin_search_finds_the_row(admin_client, url, query, expected):
    response = admin_client.get(url, {"q": query})
    assert response.status_code == 200
    assert expected in response.content.decode()
