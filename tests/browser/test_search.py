"""A visitor on a phone searches for a Japanese word found inside a sentence,
sees what kind each result is with the word marked, and narrows to one kind."""

import io

import pytest
from django.core.files.base import ContentFile
from reportlab.pdfgen import canvas

from cms.demo.pdfs import FONT_NAME, register_japanese_font
from cms.library.tests.factories import LibraryDocumentFactory
from cms.news.tests.factories import NewsIndexPageFactory, NewsPageFactory
from cms.stories.tests.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from home.tests.factories import create_home_page

from .conftest import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SENTENCE = "商店街の空き店舗を、子どもたちの居場所として開きます。"


def japanese_pdf(text):
    register_japanese_font()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.setFont(FONT_NAME, 12)
    pdf.drawString(72, 720, text)
    pdf.showPage()
    pdf.save()
    return ContentFile(buffer.getvalue(), name="report.pdf")


def test_visitor_searches_a_word_inside_a_sentence_on_a_phone(
    live_server, browser, axe, screenshot
):
    home = create_home_page()
    news = NewsIndexPageFactory(parent=home)
    NewsPageFactory(
        parent=news,
        title="夏休みの開所日のお知らせ",
        summary="八月の開所日です。",
        body=[("paragraph", f"<p>{SENTENCE}</p>")],
    )
    NewsPageFactory(parent=news, title="相談窓口の移転", summary="新しい窓口です。")
    stories = CaseStudyIndexPageFactory(parent=home)
    CaseStudyPageFactory(
        parent=stories,
        title="集会所に灯るこども食堂",
        summary="放課後に立ち寄れる居場所が、町内会の集会所に生まれました。",
    )
    # Its text is extracted from the PDF once the upload is committed.
    report = japanese_pdf("地域の居場所づくりの一年を振り返ります。")
    LibraryDocumentFactory(title="活動報告書", file=report)

    context = browser.new_context(
        locale="ja-JP", viewport={"width": 390, "height": 844}
    )
    page = context.new_page()
    page.goto(live_server.url + "/ja/")
    box = page.locator("#header-search")
    assert box.is_visible()
    box.fill("居場所")
    box.press("Enter")
    page.wait_for_url("**/search/?query=*")

    results = page.locator(".search-result")
    assert results.count() == 3
    assert "3件" in page.locator(".results-summary").inner_text()
    types = page.locator(".search-result__type").all_inner_texts()
    assert len(set(types)) == 3, types  # a news item, a story and a document
    marks = page.locator(".search-result__snippet mark").all_inner_texts()
    assert marks == ["居場所"] * 3
    # The page fits the phone: nothing scrolls sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    problems = {"results": serious_violations(axe, page)}
    screenshot(page, "search-results-ja-phone")

    news_label = (
        page.locator(
            ".search-result",
            has=page.locator(".search-result__title", has_text="夏休みの開所日"),
        )
        .locator(".search-result__type")
        .inner_text()
    )
    page.select_option("#id_kind", "news.newspage")
    page.locator(".search-form button[type=submit]").click()
    page.wait_for_url("**kind=news.newspage*")
    assert page.locator(".search-result__title").all_inner_texts() == [
        "夏休みの開所日のお知らせ"
    ]
    assert page.locator(".search-result__type").all_inner_texts() == [news_label]
    assert page.locator(".search-result__snippet mark").all_inner_texts() == ["居場所"]
    problems["filtered"] = serious_violations(axe, page)
    screenshot(page, "search-results-ja-phone-filtered")
    context.close()
    assert all(not found for found in problems.values()), problems
