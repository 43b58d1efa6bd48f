"""Shared test helpers: a page test case with a home page, query counting, and
migrating the test database (for migration tests)."""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
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
        # Not self.login(): Client.login() passes no request, which django-axes
        # needs to throttle a login, so it refuses to authenticate without one.
        self.client.force_login(self.create_test_user())


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


def assert_queries_flat(client, url, *, add, budget, few=1, many=50):
    """``url`` makes as many queries listing ``many`` items as listing ``few``,
    and a later visitor's request stays within ``budget``. ``add(n)`` creates
    n more items."""
    add(few)
    with_few = queries_to_render(client, url)
    add(many - few)
    with_many = queries_to_render(client, url)
    assert with_many == with_few, (
        f"{url}: {with_few} queries with {few} item(s), {with_many} with {many}"
    )
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    assert len(queries.captured_queries) <= budget, (
        f"{url}: {len(queries.captured_queries)} queries, over the budget of {budget}"
    )


def migrate(targets):
    """Migrate the test database to ``targets``; the apps of that state."""
    # A fresh executor each time: its loader reads which migrations are applied.
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def migrate_to_latest():
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
