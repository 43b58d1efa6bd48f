"""The search page: every kind of result, filters, snippets, promotions, privacy."""

import io
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone
from reportlab.pdfgen import canvas
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import (
    BaseViewRestriction,
    Collection,
    CollectionViewRestriction,
    PageViewRestriction,
)

from cms.demo.pdfs import FONT_NAME, register_japanese_font
from cms.library.tests.factories import LibraryDocumentFactory
from cms.news.models import NewsPage
from cms.news.tests.factories import NewsIndexPageFactory, NewsPageFactory
from cms.regions.tests.factories import RegionFactory
from cms.stories.tests.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from home.tests.factories import StandardPageFactory
from home.tests.utils import assert_queries_flat
from search.highlight import snippet
from search.text import highlight_terms

pytestmark = pytest.mark.django_db


def search(client, **params):
    # The Japanese site (a request for /en/ in an earlier test leaves English on).
    response = client.get("/ja/search/", params)
    assert response.status_code == 200
    return response


def hits(response):
    return list(response.context["search_results"])


def titles(response):
    return [hit.title for hit in hits(response)]


@pytest.fixture
def news(home_page):
    return NewsIndexPageFactory(parent=home_page)


def japanese_pdf(text):
    register_japanese_font()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.setFont(FONT_NAME, 12)
    pdf.drawString(72, 720, text)
    pdf.showPage()
    pdf.save()
    return ContentFile(buffer.getvalue(), name="report.pdf")


def upload(django_capture_on_commit_callbacks, **fields):
    # The text is extracted by the task once the upload is committed.
    with django_capture_on_commit_callbacks(execute=True):
        return LibraryDocumentFactory(**fields)


def test_documents_are_found_by_their_pdf_text_and_link_to_pages_using_them(
    client, news, django_capture_on_commit_callbacks
):
    document = upload(
        django_capture_on_commit_callbacks,
        title="活動報告書",
        file=japanese_pdf("令和五年度は子ども食堂の立ち上げを三件支援した。"),
    )
    using = NewsPageFactory(
        parent=news,
        title="報告書を公開しました",
        body=[("documents", {"heading": "", "documents": [document]})],
    )
    response = search(client, query="食堂")
    [hit] = hits(response)
    assert hit.obj == document
    assert [page.pk for page in hit.used_on] == [using.pk]
    html = response.content.decode()
    assert document.url in html
    assert using.url in html
    assert "<mark>食堂</mark>" in html


def test_a_replaced_file_is_searched_by_its_new_text(
    client, django_capture_on_commit_callbacks
):
    document = upload(
        django_capture_on_commit_callbacks, file=japanese_pdf("古い版は除雪の話。")
    )
    assert titles(search(client, query="除雪")) == [document.title]
    document.file = japanese_pdf("新しい版は移住支援金の話。")
    with django_capture_on_commit_callbacks(execute=True):
        document.save()
    assert titles(search(client, query="除雪")) == []
    assert titles(search(client, query="支援金")) == [document.title]


def test_private_and_hidden_things_never_appear(client, django_user_model, news):
    NewsPageFactory(parent=news, title="公開の空き家情報")
    restricted = NewsPageFactory(parent=news, title="会員向け空き家情報")
    PageViewRestriction.objects.create(
        page=restricted, restriction_type=BaseViewRestriction.LOGIN
    )
    password = NewsPageFactory(parent=news, title="合言葉の空き家情報")
    PageViewRestriction.objects.create(
        page=password, restriction_type=BaseViewRestriction.PASSWORD, password="pw"
    )
    NewsPageFactory(parent=news, title="下書きの空き家情報", live=False)
    private = Collection.get_first_root_node().add_child(name="理事会")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=BaseViewRestriction.LOGIN
    )
    LibraryDocumentFactory(title="理事会の空き家資料", collection=private)

    assert titles(search(client, query="空き家")) == ["公開の空き家情報"]
    client.force_login(django_user_model.objects.create_user("member", password="x"))
    assert sorted(titles(search(client, query="空き家"))) == sorted(
        ["公開の空き家情報", "会員向け空き家情報", "理事会の空き家資料"]
    )


def test_filters_by_type_and_region(client, home_page, news):
    stories = CaseStudyIndexPageFactory(parent=home_page)
    hirosaki, hachinohe = RegionFactory(slug="tsugaru"), RegionFactory(slug="nanbu")
    CaseStudyPageFactory(parent=stories, title="弘前の空き家事例", region=hirosaki)
    CaseStudyPageFactory(parent=stories, title="八戸の空き家事例", region=hachinohe)
    NewsPageFactory(parent=news, title="空き家相談会のお知らせ")
    LibraryDocumentFactory(title="空き家の手引き")

    assert len(hits(search(client, query="空き家"))) == 4
    assert sorted(
        titles(search(client, query="空き家", kind="stories.casestudypage"))
    ) == [
        "八戸の空き家事例",
        "弘前の空き家事例",
    ]
    assert titles(search(client, query="空き家", kind="documents")) == [
        "空き家の手引き"
    ]
    assert titles(search(client, query="空き家", region="tsugaru")) == [
        "弘前の空き家事例"
    ]
    # A stale or made-up filter is ignored, not an error.
    assert len(hits(search(client, query="空き家", kind="nope", region="x"))) == 4


def test_each_result_says_its_type(client, news):
    NewsPageFactory(parent=news, title="空き家フェアのお知らせ")
    document = LibraryDocumentFactory(title="空き家フェアの資料")
    labels = {hit.title: hit.label for hit in hits(search(client, query="空き家"))}
    assert labels == {
        "空き家フェアのお知らせ": NewsPage._meta.verbose_name,
        "空き家フェアの資料": type(document)._meta.verbose_name,
    }


def test_snippet_marks_the_query_and_escapes_the_text(client, home_page):
    StandardPageFactory(
        parent=home_page,
        title="ご案内",
        intro='<script>alert("x")</script> 居場所づくりの ＵＩＪターン 相談',
    )
    html = search(client, query="居場所 uijターン").content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "<mark>居場所</mark>" in html
    assert "<mark>ＵＩＪターン</mark>" in html


def test_snippet_cuts_around_the_first_match():
    text = "前置き。" * 100 + "ここに回帰の話がある。" + "後書き。" * 100
    html = snippet(["", text], highlight_terms("回帰"), length=40)
    assert html.startswith("…") and html.endswith("…")
    assert "<mark>回帰</mark>" in html
    assert len(html) < 80
    assert snippet(["最初の文。"], highlight_terms("無関係")) == "最初の文。"
    assert snippet([], highlight_terms("x")) == ""


def test_a_quoted_phrase_matches_as_a_phrase(client, news):
    NewsPageFactory(parent=news, title="apple festival in autumn")
    NewsPageFactory(parent=news, title="festival of the apple")
    assert len(hits(search(client, query="apple festival"))) == 2
    assert titles(search(client, query='"apple festival"')) == [
        "apple festival in autumn"
    ]


def test_pagination_ranks_all_kinds_together(client, news, settings):
    settings.KAIKI_ITEMS_PER_PAGE = 2
    for number in range(3):
        NewsPageFactory(parent=news, title=f"助成金の説明会{number}")
    LibraryDocumentFactory(title="助成金の申請書")
    first = search(client, query="助成金")
    second = search(client, query="助成金", page=2)
    assert first.context["search_results"].paginator.count == 4
    seen = titles(first) + titles(second)
    assert len(seen) == 4 and len(set(seen)) == 4


def test_a_count_past_the_limit_says_more_than(client, news, settings, monkeypatch):
    # A word found in thousands of pages is counted only up to the limit.
    monkeypatch.setattr("search.selectors.COUNT_LIMIT", 3)
    settings.KAIKI_ITEMS_PER_PAGE = 2
    for number in range(3):
        NewsPageFactory(parent=news, title=f"助成金の説明会{number}")
    LibraryDocumentFactory(title="助成金の申請書")
    response = search(client, query="助成金")
    results = response.context["search_results"]
    assert results.paginator.count == 3
    assert results.paginator.object_list.more
    assert "「助成金」の検索結果：3件以上" in response.content.decode()
    # Under the limit, the exact count.
    response = search(client, query="申請書")
    assert response.context["search_results"].paginator.count == 1
    assert "「申請書」の検索結果：1件" in response.content.decode()
    assert "件以上" not in response.content.decode()


def test_nothing_found_suggests_other_words(client, news):
    response = search(client, query="存在しない言葉")
    assert hits(response) == []
    html = response.content.decode()
    assert "Try a shorter word" in html or "短い言葉" in html


def test_queries_are_logged_for_the_popular_searches_report(client, news):
    search(client, query="空き家")
    search(client, query="空き家")
    assert Query.get("空き家").hits == 2


def test_editors_promoted_results_come_first(client, home_page, news):
    promoted = StandardPageFactory(parent=home_page, title="空き家バンクの窓口")
    hidden = StandardPageFactory(parent=home_page, title="内部の窓口")
    PageViewRestriction.objects.create(
        page=hidden, restriction_type=BaseViewRestriction.LOGIN
    )
    query = Query.get("空き家")
    SearchPromotion.objects.create(query=query, page=promoted, sort_order=0)
    SearchPromotion.objects.create(query=query, page=hidden, sort_order=1)
    response = search(client, query="空き家")
    assert response.context["promoted"] == [query.editors_picks.get(page=promoted)]
    assert promoted.url in response.content.decode()
    assert "内部の窓口" not in response.content.decode()


def test_query_count_is_flat(client, home_page, news):
    def add(count):
        for _ in range(count):
            NewsPageFactory(parent=news, title="転入届のお知らせ")
            LibraryDocumentFactory(title="転入届の資料")

    # A word the home page does not have: one more page type among the
    # results costs one more query, whatever their number.
    assert_queries_flat(
        client,
        "/ja/search/?query=転入届",
        add=add,
        few=1,
        many=12,
        # Pages, documents and guides: a count and a fetch each, plus the
        # promotions, the query log and the page's shared parts.
        budget=22,
    )


def test_on_equal_scores_upcoming_events_come_before_finished_ones(client, home_page):
    from cms.events.tests.factories import (
        EventIndexPageFactory,
        EventPageFactory,
        EventSessionFactory,
    )

    events = EventIndexPageFactory(parent=home_page)
    now = timezone.now().replace(microsecond=0)
    upcoming = EventPageFactory(parent=events, title="交流会の集いA")
    EventSessionFactory(
        page=upcoming,
        starts_at=now + timedelta(days=7),
        ends_at=now + timedelta(days=7, hours=2),
    )
    # Added later, so it would come first on equal scores otherwise.
    finished = EventPageFactory(parent=events, title="交流会の集いB")
    EventSessionFactory(
        page=finished,
        starts_at=now - timedelta(days=7),
        ends_at=now - timedelta(days=7, hours=-2),
    )
    # PostgreSQL's title norms are relative to the index's average title, which
    # moved between the two pages: a rebuild gives both the same.
    call_command("update_index", verbosity=0)
    found = hits(search(client, query="交流会"))
    assert [hit.title for hit in found] == ["交流会の集いA", "交流会の集いB"]
    assert found[0].score == found[1].score
    assert [hit.finished for hit in found] == [False, True]
