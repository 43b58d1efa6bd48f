"""Headless Chromium (Debian's package) driven by Playwright, for browser tests.

Playwright's sync API runs an event loop in the test thread; the Django ORM
refuses to run beside one unless told that this is deliberate.
"""

import os
from pathlib import Path

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("KAIKI_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: install Debian's chromium package."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def _demo_server():
    from pytest_django.live_server_helper import LiveServer

    server = LiveServer("localhost")
    yield server
    server.stop()


@pytest.fixture
def demo_site(demo, _demo_server, django_db_blocker):
    """The address of the demo site (the ``demo`` fixture), on a live server.

    Not pytest-django's ``live_server``: that one flushes the database after each
    test, and the demo would be loaded again for the next. The test reads the
    database in autocommit, so it sees what the server writes.
    """
    with django_db_blocker.unblock(), _demo_server._live_server_modified_settings:
        yield _demo_server.url


@pytest.fixture
def admin_login(browser, live_server, django_user_model):
    """Logs the superuser "editor" (made if missing) in to the admin, in a new
    desktop browser context, and returns its page; called when the test's data
    is ready."""
    contexts = []

    def log_in():
        if not django_user_model.objects.filter(username="editor").exists():
            django_user_model.objects.create_superuser(
                "editor", "editor@example.org", "pw"
            )
        context = browser.new_context(
            locale="ja-JP", viewport={"width": 1280, "height": 900}
        )
        contexts.append(context)
        page = context.new_page()
        page.goto(live_server.url + "/admin/login/")
        page.fill("input[name=username]", "editor")
        page.fill("input[name=password]", "pw")
        page.click("button[type=submit]")
        page.wait_for_url("**/admin/")
        return page

    yield log_in
    for context in contexts:
        context.close()


@pytest.fixture
def browser_page(browser):
    context = browser.new_context(
        locale="ja-JP", viewport={"width": 1280, "height": 900}, accept_downloads=True
    )
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def screenshot():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def take(page, name):
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture(scope="session")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


def serious_violations(axe, page):
    """axe-core violations of impact serious or critical, as readable strings."""
    results = axe.run(page)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} "
        f"→ {[node['target'] for node in violation['nodes']][:5]}"
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]
