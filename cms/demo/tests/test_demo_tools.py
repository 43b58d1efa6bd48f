"""Demo tools stay out of production, and never move a Site someone set up."""

import datetime
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import override_settings
from wagtail.models import Page, Site

from cms.demo.loaders import DemoContext
from cms.demo.loaders.site import load_home
from home.tests.factories import ensure_wagtail_defaults


def context(**kwargs):
    return DemoContext(today=datetime.date(2026, 12, 1), **kwargs)


def default_site():
    site = Site.objects.get(is_default_site=True)
    return site.hostname, site.port


@pytest.mark.django_db
def test_an_existing_site_keeps_its_address(home_page):
    Site.objects.filter(is_default_site=True).update(
        hostname="kaiki.example.org", port=443
    )
    load_home(context())
    assert default_site() == ("kaiki.example.org", 443)


@pytest.mark.django_db
@override_settings(WAGTAILADMIN_BASE_URL="http://127.0.0.1:8001")
def test_a_new_site_gets_the_public_address():
    ensure_wagtail_defaults()
    Site.objects.all().delete()
    load_home(context())
    assert default_site() == ("127.0.0.1", 8001)


@pytest.mark.django_db
@override_settings(WAGTAILADMIN_BASE_URL="https://kaiki.example.org")
def test_wagtails_placeholder_site_gets_the_public_address():
    root = ensure_wagtail_defaults()
    Site.objects.all().delete()
    # What `migrate` leaves: Wagtail's bare welcome page, "home", under the root.
    welcome = root.get_children().filter(slug="home").first()
    if welcome is None or welcome.specific_class is not Page:
        root.get_children().filter(slug="home").update(slug="earlier-home")
        welcome = Page.objects.get(pk=root.pk).add_child(
            instance=Page(title="Welcome", slug="home")
        )
    Site.objects.create(
        hostname="localhost", port=80, root_page=welcome, is_default_site=True
    )
    load_home(context())
    assert default_site() == ("kaiki.example.org", 443)


@pytest.mark.django_db
def test_an_address_asked_for_explicitly_is_set(home_page):
    load_home(context(site_address="http://127.0.0.1:8001"))
    assert default_site() == ("127.0.0.1", 8001)


def manage(*args, settings_module):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings_module,
        "DJANGO_SECRET_KEY": "test-only-secret-key-for-the-production-settings",
        "DJANGO_ALLOWED_HOSTS": "kaiki.example.org",
        # A database nobody uses: the commands must not get as far as one.
        "DATABASE_URL": "sqlite:////nonexistent/kaiki.sqlite3",
    }
    env.pop("REDIS_URL", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("command", ["demo_admin", "load_demo_data"])
def test_production_settings_have_no_demo_tools(command):
    result = manage(command, settings_module="cms.settings.production")
    assert result.returncode != 0
    assert f"Unknown command: '{command}'" in result.stderr


def test_the_loopback_profile_can_still_load_its_demo():
    result = manage(
        "help", "load_demo_data", settings_module="cms.settings.production_demo"
    )
    assert result.returncode == 0, result.stderr
    assert "--site-address" in result.stdout


@pytest.mark.parametrize("month, day", [(12, 1), (12, 10), (12, 20), (11, 30)])
def test_no_upcoming_event_in_the_new_year_closure(month, day):
    from cms.demo.loaders.events import in_new_year_closure, upcoming_events

    dates = [
        session["date"]
        for event in upcoming_events(datetime.date(2026, month, day))
        for session in event["sessions"]
    ]
    assert dates and not any(in_new_year_closure(date) for date in dates)
    assert in_new_year_closure(datetime.date(2027, 1, 3))
    assert not in_new_year_closure(datetime.date(2026, 12, 28))
