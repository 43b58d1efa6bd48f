"""The Japanese-aware backend: words inside Japanese sentences are found.

These tests run on whichever database the run uses; scripts/test.sh runs them
on SQLite and on PostgreSQL.
"""

import pytest
from django.db import connection
from django.utils import translation
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Phrase, PlainText

from cms.news.models import NewsPage
from cms.news.tests.factories import NewsIndexPageFactory, NewsPageFactory
from search.backends import TokenPhrase, tokenise_query
from search.selectors import site_search

pytestmark = pytest.mark.django_db

SENTENCES = {
    "ibasho": "地域の居場所づくりを進めています。",
    "shokudo": "毎月、子ども食堂を開いています。",
    "josei": "市の助成を受けて空き家を直しました。",
    "guide": "先輩移住者が案内役になります。",
    "manual": "移住マニュアルを配布しています。",
    "jireishu": "空き店舗活用の事例集をまとめました。",
    "kaiki": "若者の地元回帰が進んでいます。",
    "aomori": "青森県で暮らす人の話です。",
    "uij": "UIJターンの相談会を開きます。",
    "kaigi": "第3回1000人会議を開催しました。",
    "hirosaki": "Uターンして弘前で店を開きました。",
    "english": "Apple harvest festival in Hirosaki, held every autumn.",
    "reversed": "festival apple pie contest",
}


@pytest.fixture
def pages(home_page):
    news = NewsIndexPageFactory(parent=home_page)
    return {
        key: NewsPageFactory(
            parent=news,
            title=f"お知らせ{number}",
            summary="詳しくは本文で。",
            body=[("paragraph", f"<p>{sentence}</p>")],
        )
        for number, (key, sentence) in enumerate(SENTENCES.items())
    }


def found(query, *, operator=None):
    keys = {f"お知らせ{number}": key for number, key in enumerate(SENTENCES)}
    results = NewsPage.objects.live().search(query, operator=operator)
    return {keys[page.title] for page in results}


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("居場所", "ibasho"),
        ("子ども食堂", "shokudo"),
        ("食堂", "shokudo"),
        ("助成", "josei"),
        ("案内役", "guide"),
        ("マニュアル", "manual"),
        ("事例集", "jireishu"),
        ("回帰", "kaiki"),
        ("UIJターン", "uij"),
        ("1000人会議", "kaigi"),
        ("第3回", "kaigi"),
    ],
)
def test_a_word_inside_a_japanese_sentence_is_found(pages, query, key):
    assert found(query) == {key}


def test_a_two_character_place_name_inside_a_longer_word(pages):
    assert found("青森") == {"aomori"}


def test_several_words_narrow_the_results(pages):
    assert found("ターン") == {"uij", "hirosaki"}
    assert found("ターン 弘前") == {"hirosaki"}
    assert found("Uターン 弘前") == {"hirosaki"}
    # U is a word of its own: UIJ is another one.
    assert found("Uターン") == {"hirosaki"}
    assert found("Uターン 居場所") == set()


def test_the_or_operator_widens_them(pages):
    assert found("居場所 助成", operator="or") == {"ibasho", "josei"}


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("ＵＩＪターン", "uij"),  # full-width Latin
        ("uijターン", "uij"),  # lower case
        ("１０００人会議", "kaigi"),  # full-width digits
        ("ﾏﾆｭｱﾙ", "manual"),  # half-width katakana
        ("まにゅある", "manual"),  # hiragana for katakana
        ("こども食堂", "shokudo"),  # the text writes 子ども: not folded, so...
    ],
)
def test_width_and_kana_variants_are_normalised(pages, query, key):
    expected = set() if query == "こども食堂" else {key}
    assert found(query) == expected


def test_characters_must_stand_together_and_in_order(pages):
    # 森青 is in no text, though both characters are; 場居 neither.
    assert found("森青") == set()
    assert found("場居") == set()


def test_a_single_character_is_found_wherever_it_stands(pages):
    assert found("祭") == set()
    assert found("店") == {"jireishu", "hirosaki"}  # 空き店舗, 店を
    assert found("集") == {"jireishu"}  # the last character of a run of text


def test_english_words(pages):
    assert found("apple") == {"english", "reversed"}
    assert found("Hirosaki") == {"english"}
    assert found("HARVEST festival") == {"english"}


def test_a_phrase_matches_only_in_order(pages):
    assert found("apple festival") == {"english", "reversed"}
    assert found(Phrase("festival apple")) == {"reversed"}
    assert found(Phrase("apple festival")) == set()
    assert found(Phrase("地元回帰")) == {"kaiki"}
    assert found(Phrase("回帰地元")) == set()


def test_a_query_with_nothing_searchable_finds_nothing(pages):
    assert found("、。！") == set()
    assert found("---") == set()


def test_a_title_match_ranks_above_a_body_match(home_page):
    news = NewsIndexPageFactory(parent=home_page)
    in_body = NewsPageFactory(
        parent=news,
        title="お知らせ",
        summary="詳しくは本文で。",
        body=[("paragraph", "<p>空き家バンクの登録を始めました。</p>")],
    )
    in_title = NewsPageFactory(
        parent=news,
        title="空き家バンクのご案内",
        summary="詳しくは本文で。",
        body=[("paragraph", "<p>登録の方法です。</p>")],
    )
    results = list(NewsPage.objects.live().search("空き家"))
    assert results == [in_title, in_body]


def test_title_then_summary_then_body(home_page):
    # A word in the title ranks first, then in the summary, then in the body
    # only, however often the body repeats it.
    news = NewsIndexPageFactory(parent=home_page)
    in_body = NewsPageFactory(
        parent=news,
        title="お知らせ",
        summary="詳しくは本文で。",
        body=[("paragraph", "<p>" + "空き家バンクの話。" * 20 + "</p>")],
    )
    in_summary = NewsPageFactory(
        parent=news,
        title="お知らせ",
        summary="空き家バンクを始めました。",
        body=[("paragraph", "<p>登録の方法です。</p>")],
    )
    in_title = NewsPageFactory(
        parent=news,
        title="空き家バンクのご案内",
        summary="詳しくは本文で。",
        body=[("paragraph", "<p>登録の方法です。</p>")],
    )
    elsewhere = NewsPageFactory(
        parent=news,
        title="お知らせ",
        summary="詳しくは本文で。",
        body=[("paragraph", "<p>登録の方法です。</p>")],
    )
    expected = [in_title, in_summary, in_body]
    assert list(NewsPage.objects.live().search("空き家")) == expected
    assert list(NewsPage.objects.live().search("空き家 バンク")) == expected
    # The site search, its count and its order.
    with translation.override(translation.get_language()):
        results = site_search(query="空き家")
        assert results.count() == 3
        assert [hit.obj for hit in results[:10]] == expected
    assert elsewhere not in NewsPage.objects.live().search("空き家")


def test_the_admin_page_search_finds_a_word_inside_a_sentence(admin_client, pages):
    # Wagtail's admin searches pages with autocomplete(): here it reads every
    # word, as the site search does.
    # The admin switches to the user's language and leaves it on: keep it here.
    with translation.override(translation.get_language()):
        response = admin_client.get("/admin/pages/search/", {"q": "居場所"})
    assert response.status_code == 200
    assert [page.pk for page in response.context["object_list"]] == [pages["ibasho"].pk]


def test_the_backend_is_the_japanese_aware_one():
    backend = get_search_backend()
    assert type(backend).__module__.startswith("search.backends.")


def test_query_terms_become_phrases_of_their_tokens():
    query = tokenise_query(PlainText("子ども食堂 青森"))
    assert [part.tokens for part in query.subqueries] == [
        ("子ど", "ども", "も食", "食堂"),
        ("青森",),
    ]
    assert isinstance(tokenise_query(Phrase("空き家 バンク")), TokenPhrase)
    assert tokenise_query(PlainText("。。")) is None


@pytest.mark.skipif(
    connection.vendor != "sqlite", reason="SQLite's own ranked-search path"
)
def test_a_ranked_search_keeps_modelsearchs_results_and_order(
    home_page, django_assert_max_num_queries
):
    news = NewsIndexPageFactory(parent=home_page)
    for number in range(12):
        NewsPageFactory(
            parent=news,
            title="居場所の便り" if number % 4 == 0 else f"お知らせ{number}",
            summary="居場所" * (number % 3 + 1),
            body=[("paragraph", "<p>" + "地域の話。" * number + "</p>")],
        )
    results = NewsPage.objects.search("居場所").annotate_score("_score")
    # modelsearch's own path: a queryset scoring each row in a subquery.
    expected = [
        (page.pk, page._score)
        for page in results.query_compiler.search(None, 0, None, score_field="_score")
    ]
    assert len(expected) == 12
    # The same matches and order, in a fixed number of queries however many
    # match: the scores, the visible matches, the slice.
    with django_assert_max_num_queries(3):
        assert results.count() == 12
        assert [(page.pk, page._score) for page in results[2:9]] == expected[2:9]
    assert [(page.pk, page._score) for page in results] == expected


@pytest.mark.skipif(
    connection.vendor != "sqlite", reason="SQLite's joint ranking of the sources"
)
def test_the_count_and_first_page_share_one_full_text_scan(home_page):
    from django.test.utils import CaptureQueriesContext

    from cms.library.tests.factories import LibraryDocumentFactory

    news = NewsIndexPageFactory(parent=home_page)
    for number in range(60):
        NewsPageFactory(parent=news, title=f"助成金の説明会{number}")
    LibraryDocumentFactory(title="助成金の申請書")
    with (
        translation.override(translation.get_language()),
        CaptureQueriesContext(connection) as queries,
    ):
        results = site_search(query="助成金")
        assert results.count() == 61
        first = results[:20]
        assert len(first) == 20
        # Past the rows the count read: one more scan, no row lost or repeated.
        rest = results[20:61]
    scans = [query for query in queries if " MATCH " in query["sql"]]
    assert len(scans) == 2
    titles = [hit.title for hit in first + rest]
    assert len(set(titles)) == 61
