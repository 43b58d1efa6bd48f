"""Print the warm query count of one page of every public page type, in both
languages, as a Markdown table (docs/performance.md keeps the figures).

Run against the demo (``make run`` loads it into db.sqlite3):

    .venv/bin/python scripts/query_counts.py [--sql]

The page cache is off (the dev settings), so each count is a full render; each
page is requested twice and the second request counted, as a later visitor's.
``--sql`` prints each query's first 150 characters under its page.
"""
# A command-line tool: it prints.
# ruff: noqa: T201

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from wagtail.models import Page  # noqa: E402


def pages_to_measure():
    """(page type, language, URL): the first live public page of each type in
    each language, in tree order, and the site map view."""
    first = {}
    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    for page in pages.select_related("locale").order_by("path"):
        key = (type(page).__name__, page.locale.language_code)
        first.setdefault(key, page.url)
    rows = [(name, language, url) for (name, language), url in sorted(first.items())]
    for code, _name in settings.LANGUAGES:
        rows.append(("site map", code, f"/{code}/sitemap/"))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sql", action="store_true", help="print the queries too")
    args = parser.parse_args()
    settings.ALLOWED_HOSTS = ["*"]
    client = Client()
    print("| Page type | Language | URL | Queries |")
    print("|---|---|---|---:|")
    for name, language, url in pages_to_measure():
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        status = "" if response.status_code == 200 else f" ({response.status_code})"
        print(f"| {name} | {language} | {url} | {len(queries)}{status} |")
        if args.sql:
            for query in queries.captured_queries:
                print(f"|  |  | `{query['sql'][:150]}` |  |")


if __name__ == "__main__":
    main()
