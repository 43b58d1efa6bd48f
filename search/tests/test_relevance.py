"""Relevance on the demo content: each query must have its page in the top 3.

On the demo site (the ``demo`` fixture, loaded once per run); it runs on SQLite
and on PostgreSQL alike (scripts/test.sh).
"""

import pytest
from django.utils import translation

from search.selectors import site_search

RELEVANCE = [
    # Japanese words inside sentences, two-character words among them.
    ("ja", "居場所 登録", "みんなの居場所 登録申請書"),
    ("ja", "助成", "「みんなの居場所」スタートアップ助成 申請書"),
    ("ja", "案内役", "案内役をさがす"),
    ("ja", "マニュアル", "子どもの居場所づくり活動マニュアル"),
    ("ja", "事例集", "あおもり子どもの居場所づくり活動事例集"),
    ("ja", "回帰", "あおもり回帰ガイドブック"),
    ("ja", "青森", "あおもり回帰1000人会議 in 青森"),
    ("ja", "八戸", "案内役と歩く 八戸の横丁と朝市"),
    ("ja", "弘前", "あおもり回帰1000人会議 in 弘前"),
    ("ja", "三沢", "家族の転勤で来た三沢に、住み続けると決めた理由"),
    ("ja", "下北", "「こどもの居場所」ネットワークミーティング 下北会場 本資料"),
    ("ja", "五所川原", "集会所に灯るこども食堂 ― 五所川原「ぽかぽか」"),
    ("ja", "こども食堂", "集会所に灯るこども食堂 ― 五所川原「ぽかぽか」"),
    ("ja", "りんご", "千葉から弘前へ。りんご畑の手伝いから始まった暮らし"),
    ("ja", "起業", "地域おこし協力隊から起業へ。田子のにんにくを全国に"),
    ("ja", "地域おこし協力隊", "地域おこし協力隊から起業へ。田子のにんにくを全国に"),
    ("ja", "空き家", "第2章 仕事と住まいを探す"),
    ("ja", "住まい", "第2章 仕事と住まいを探す"),
    ("ja", "移住", "オンライン移住相談会"),
    ("ja", "相談会", "オンライン移住相談会"),
    ("ja", "ガイドブック", "あおもり回帰ガイドブック"),
    ("ja", "報告書", "あおもり回帰1000人会議 2016年度 活動報告書"),
    ("ja", "子育て", "家族の転勤で来た三沢に、住み続けると決めた理由"),
    # Mixed Japanese, Latin and digits; several words (AND).
    ("ja", "UIJターン", "あおもり回帰1000人会議 キックオフフォーラム"),
    ("ja", "1000人会議", "あおもり回帰1000人会議 in 青森"),
    ("ja", "1000人会議 弘前", "あおもり回帰1000人会議 in 弘前"),
    ("ja", "Uターン 弘前", "あおもり回帰1000人会議 ギャザリング2016"),
    ("ja", "居場所 下北", "「こどもの居場所」ネットワークミーティング 下北会場 本資料"),
    # Full-width and half-width forms, hiragana for katakana.
    ("ja", "ＵＩＪターン", "あおもり回帰1000人会議 キックオフフォーラム"),
    ("ja", "１０００人会議", "あおもり回帰1000人会議 in 青森"),
    ("ja", "ﾏﾆｭｱﾙ", "子どもの居場所づくり活動マニュアル"),
    ("ja", "まにゅある", "子どもの居場所づくり活動マニュアル"),
    ("ja", "がいどぶっく", "あおもり回帰ガイドブック"),
    # English.
    ("en", "community place", "Starting a community place: an introductory course"),
    ("en", "grant", "Questions and answers on the start-up grant"),
    ("en", "guidebook", "Aomori Homecoming Guidebook"),
    ("en", "Hirosaki", "Aomori Homecoming 1000 Council in Hirosaki"),
    ("en", "HACHINOHE", "Hachinohe's alleys and morning market with a local guide"),
    (
        "en",
        "apple",
        "From Chiba to Hirosaki: a life that began with helping in an apple orchard",
    ),
    ("en", "vacant house", "Chapter 2: Finding work and a home"),
    ("en", "case studies", "Published: case studies of community places for children"),
    ("en", "consultation", "Online consultations on moving to Aomori"),
    ("en", "Aomori 1000", "Aomori Homecoming 1000 Council in Aomori"),
    ("en", "ｈｉｒｏｓａｋｉ", "Aomori Homecoming 1000 Council in Hirosaki"),
]


def top_titles(language, query, *, count=3):
    with translation.override(language):
        return [hit.title for hit in site_search(query=query)[:count]]


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "query", "expected"), RELEVANCE)
def test_the_page_is_in_the_top_three(demo, language, query, expected):
    assert expected in top_titles(language, query)


def test_the_table_covers_what_the_issue_asks():
    assert len(RELEVANCE) >= 40
    queries = [query for _language, query, _title in RELEVANCE]
    assert any(len(query) == 2 for query in queries)  # two-character words
    assert any("１" in query or "Ｕ" in query for query in queries)  # full width
    assert {language for language, _query, _title in RELEVANCE} == {"ja", "en"}


@pytest.mark.django_db
def test_pdf_text_is_found(demo):
    # Words that stand only in a PDF's text, not in any title or description.
    assert top_titles("ja", "スクールソーシャルワーカー") == [
        "こどもの支援あれこれ講座 本資料"
    ]
    assert top_titles("ja", "フードバンク")[0] == (
        "「こどもの居場所」ネットワークミーティング 下北会場 本資料"
    )
