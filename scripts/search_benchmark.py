"""Search benchmark: 10,000 synthetic Japanese pages and 1,000 PDF texts.

Builds a throwaway test database (SQLite by default; PostgreSQL when
DATABASE_URL is set, named by KAIKI_TEST_PG_NAME or test_kaiki_search_bench),
fills it with pages whose sentences are drawn from the demo's own Japanese
text (cms/demo/data/ja) and documents whose "extracted PDF text" is the same,
then prints:

- indexing time (``update_index``) and the search index's size;
- query latency, median and p95, of the site search (first page of results
  and the count, as the search page asks) for Japanese, English and mixed
  queries; and, for all queries, the CPU time this process spent, which
  other work on the machine inflates far less than the wall time.

    .venv/bin/python scripts/search_benchmark.py [--pages 10000] [--documents 1000]
    DATABASE_URL=postgres://... .venv/bin/python scripts/search_benchmark.py
"""

import argparse
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
os.environ.setdefault("KAIKI_TEST_DB_NAME", ".bench-search.sqlite3")
os.environ.setdefault("KAIKI_TEST_PG_NAME", "test_kaiki_search_bench")

QUERIES = [
    "居場所",
    "子ども",
    "助成",
    "案内役",
    "回帰",
    "青森",
    "八戸",
    "空き家",
    "マニュアル",
    "事例集",
    "UIJターン",
    "1000人会議",
    "Uターン 弘前",
    "居場所 助成",
    "community",
    "Aomori",
    "grant guide",
    "ＵＩＪターン",
]


def demo_sentences():
    """The demo's Japanese sentences: the vocabulary of the synthetic pages."""
    text = "".join(
        path.read_text(encoding="utf-8")
        for path in sorted((ROOT / "cms/demo/data/ja").glob("*.toml"))
    )
    sentences = re.findall(r"[^\s\"'「」。]*[ぁ-んァ-ン一-龥][^\"'\n。]{4,80}。", text)
    return sorted(set(sentences))


def build(pages, documents, sentences, rng):
    from cms.library.models import LibraryDocument
    from cms.news.models import NewsIndexPage, NewsPage
    from home.tests.factories import create_home_page

    home = create_home_page()
    index = home.add_child(instance=NewsIndexPage(title="お知らせ", slug="news"))
    english = ["Aomori community grant", "guide to moving", "UIJ turn fair"]
    for number in range(pages):
        body = "".join(rng.choices(sentences, k=8))
        if number % 50 == 0:
            body += rng.choice(english)
        index.add_child(
            instance=NewsPage(
                title=rng.choice(sentences)[:40],
                slug=f"n{number}",
                summary=rng.choice(sentences),
                body=[("paragraph", f"<p>{body}</p>")],
            )
        )
    LibraryDocument.objects.bulk_create(
        LibraryDocument(
            title=rng.choice(sentences)[:40],
            # bulk_create skips the pre_save that gives a document its locale.
            locale=home.locale,
            file=f"documents/bench-{number}.pdf",
            extracted_text="\n".join(rng.choices(sentences, k=60)),
            text_extraction_status="extracted",
        )
        for number in range(documents)
    )


def index_size():
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_total_relation_size('wagtailsearch_indexentry')")
            return cursor.fetchone()[0]
        cursor.execute("PRAGMA page_size")
        page_size = cursor.fetchone()[0]
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE 'wagtailsearch_indexentry%'"
        )
        names = [row[0] for row in cursor.fetchall()]
        try:
            cursor.execute(
                "SELECT SUM(pgsize) FROM dbstat WHERE name IN ("
                + ",".join("?" * len(names))
                + ")",
                names,
            )
            return cursor.fetchone()[0]
        except Exception:  # noqa: BLE001 (no dbstat: the file's pages in use)
            cursor.execute("PRAGMA page_count")
            return cursor.fetchone()[0] * page_size


def measure(queries, repeats):
    from django.utils import translation

    from search.selectors import site_search

    rows = []
    with translation.override("ja"):
        for query in queries:
            timings, cpu = [], []
            for _ in range(repeats):
                start, cpu_start = time.perf_counter(), time.process_time()
                results = site_search(query=query)
                count = results.count()
                list(results[:20])
                timings.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - cpu_start) * 1000)
            rows.append((query, count, timings, cpu))
    return rows


def say(line=""):
    sys.stdout.write(line + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--documents", type=int, default=1_000)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep the database, and reuse one a previous --keep run left "
        "(building 10,000 pages takes minutes)",
    )
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    # Pages are indexed once, by update_index, which is what is timed.
    settings.WAGTAILSEARCH_BACKENDS["default"]["AUTO_UPDATE"] = False
    dummy = "django_tasks.backends.dummy.DummyBackend"
    settings.TASKS = {"default": {"BACKEND": dummy}}
    connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=args.keep)
    from wagtail.documents import get_document_model
    from wagtail.models import Page

    try:
        sentences = demo_sentences()
        built = indexed = 0.0
        if not Page.objects.filter(depth__gt=3).exists():
            rng = random.Random(16)
            start = time.perf_counter()
            build(args.pages, args.documents, sentences, rng)
            built = time.perf_counter() - start
            start = time.perf_counter()
            call_command("update_index", verbosity=0)
            indexed = time.perf_counter() - start
        size = index_size()
        pages = Page.objects.filter(depth__gt=3).count()
        documents = get_document_model().objects.count()
        rows = measure(QUERIES, args.repeats)
    finally:
        if not args.keep:
            connection.creation.destroy_test_db(
                connection.settings_dict["NAME"], verbosity=0
            )

    every = [timing for _query, _count, timings, _cpu in rows for timing in timings]
    every_cpu = [timing for *_rest, cpu in rows for timing in cpu]
    say(f"## Search benchmark ({connection.vendor})")
    say(
        f"{pages} pages, {documents} documents "
        f"({len(sentences)} demo sentences); built in {built:.0f} s"
    )
    say(f"update_index: {indexed:.1f} s; index size {size / 1024 / 1024:.1f} MB")
    say()
    say("| query | results | median ms | p95 ms |")
    say("|---|---:|---:|---:|")
    for query, count, timings, _cpu in rows:
        p95 = statistics.quantiles(timings, n=20)[-1]
        median = statistics.median(timings)
        say(f"| {query} | {count} | {median:.1f} | {p95:.1f} |")
    p95 = statistics.quantiles(every, n=20)[-1]
    median = statistics.median(every)
    say(f"| **all queries** | | **{median:.1f}** | **{p95:.1f}** |")
    cpu_p95 = statistics.quantiles(every_cpu, n=20)[-1]
    say(
        f"| all queries, CPU time | | {statistics.median(every_cpu):.1f} "
        f"| {cpu_p95:.1f} |"
    )
    say()
    say(f"(load average {os.getloadavg()[0]:.1f} at the end)")


if __name__ == "__main__":
    main()
