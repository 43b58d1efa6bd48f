"""Shared test helpers: a page test case with a home page, and query counting."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.tests.factories import create_home_page


class KaikiPageTestCase(WagtailPageTestCase):
    """The site's home page built, and an administrator logged in."""

    @classmethod
    def setUpTestData(cls):
        cls.root = Page.get_first_root_node()
        cls.home = create_home_page()

    def setUp(self):
        super().setUp()
        self.login()


def queries_to_render(client, url, **params):
    """How many queries a warm GET of ``url`` makes.

    The first request fills what Wagtail caches across requests (site root paths,
    content types), so the count is that of any later visitor.
    """
    assert client.get(url, params).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries.captured_queries)
