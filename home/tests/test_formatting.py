"""Dates, eras and money, through the functions and through the template filters."""

import datetime
import json
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils.translation import gettext, override

from cms.core import formatting

TOKYO = ZoneInfo("Asia/Tokyo")
START = datetime.datetime(2017, 3, 4, 14, 0, tzinfo=TOKYO)
END = datetime.datetime(2017, 3, 4, 16, 30, tzinfo=TOKYO)


def render(template, **context):
    return Template("{% load kaiki %}" + template).render(Context(context))


@pytest.fixture(autouse=True)
def japanese():
    with override("ja"):
        yield


def test_date_in_japanese():
    assert formatting.format_date(datetime.date(2017, 3, 4)) == "2017年3月4日(土)"


def test_date_in_english():
    with override("en"):
        assert formatting.format_date(datetime.date(2017, 3, 4)) == "Sat 4 March 2017"


def test_same_day_range_gives_the_date_once():
    assert (
        formatting.format_datetime_range(START, END) == "2017年3月4日(土) 14:00〜16:30"
    )


def test_same_day_range_in_english():
    with override("en"):
        text = formatting.format_datetime_range(START, END)
    assert text == "Sat 4 March 2017, 14:00–16:30"


def test_multi_day_range_repeats_the_end_date():
    end = datetime.datetime(2017, 3, 5, 12, 0, tzinfo=TOKYO)
    assert (
        formatting.format_datetime_range(START, end)
        == "2017年3月4日(土) 14:00〜2017年3月5日(日) 12:00"
    )


def test_multi_day_range_in_english():
    end = datetime.datetime(2017, 3, 5, 12, 0, tzinfo=TOKYO)
    with override("en"):
        text = formatting.format_datetime_range(START, end)
    assert text == "Sat 4 March 2017, 14:00–Sun 5 March 2017, 12:00"


def test_start_only():
    assert formatting.format_datetime_range(START) == "2017年3月4日(土) 14:00"


def test_aware_utc_datetimes_are_shown_in_tokyo_time():
    # 05:00 UTC is 14:00 in Tokyo; 16:00 UTC on the 4th is already the 5th there.
    start = datetime.datetime(2017, 3, 4, 5, 0, tzinfo=datetime.UTC)
    end = datetime.datetime(2017, 3, 4, 16, 0, tzinfo=datetime.UTC)
    assert formatting.format_date(end) == "2017年3月5日(日)"
    assert (
        formatting.format_datetime_range(start, end)
        == "2017年3月4日(土) 14:00〜2017年3月5日(日) 01:00"
    )


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2022, "令和4年度"),
        (2019, "令和元年度"),
        (2018, "平成30年度"),
        (1989, "平成元年度"),
        (1988, "昭和63年度"),
    ],
)
def test_fiscal_year_uses_the_era(year, expected):
    assert formatting.format_fiscal_year(year) == expected
    assert render("{{ year|fiscal_year }}", year=year) == expected


def test_fiscal_year_in_english():
    with override("en"):
        assert formatting.format_fiscal_year(2022) == "FY2022"
        assert render("{{ 2022|fiscal_year }}") == "FY2022"


def test_fiscal_year_accepts_a_string():
    assert formatting.format_fiscal_year("2022") == "令和4年度"


def test_dates_before_meiji_are_refused():
    with pytest.raises(ValueError):
        formatting.era_year(datetime.date(1850, 1, 1))


def test_yen():
    assert formatting.format_yen(3000) == "3,000円"
    assert formatting.format_yen(1234567) == "1,234,567円"
    assert formatting.format_yen(None) == ""


def test_zero_yen_is_free_in_the_active_language():
    assert formatting.format_yen(0) == gettext("Free")
    assert "0" not in formatting.format_yen(0)
    with override("en"):
        assert formatting.format_yen(0) == "Free"
        assert formatting.format_yen(3000) == "¥3,000"


class TestFilters:
    """The same, the way templates use it."""

    def test_kaiki_date(self):
        assert render("{{ d|kaiki_date }}", d=datetime.date(2017, 3, 4)) == (
            "2017年3月4日(土)"
        )

    def test_kaiki_date_of_nothing_is_empty(self):
        assert render("[{{ d|kaiki_date }}]", d=None) == "[]"

    def test_kaiki_when(self):
        assert render("{{ s|kaiki_when:e }}", s=START, e=END) == (
            "2017年3月4日(土) 14:00〜16:30"
        )

    def test_kaiki_when_in_english(self):
        with override("en"):
            html = render("{{ s|kaiki_when:e }}", s=START, e=END)
        assert html == "Sat 4 March 2017, 14:00–16:30"

    def test_kaiki_when_converts_utc_to_tokyo(self):
        start = datetime.datetime(2017, 3, 4, 5, 0, tzinfo=datetime.UTC)
        end = datetime.datetime(2017, 3, 4, 7, 30, tzinfo=datetime.UTC)
        assert render("{{ s|kaiki_when:e }}", s=start, e=end) == (
            "2017年3月4日(土) 14:00〜16:30"
        )

    def test_kaiki_when_without_start_is_empty(self):
        assert render("[{{ s|kaiki_when:e }}]", s=None, e=END) == "[]"

    def test_yen(self):
        assert render("{{ 3000|yen }}") == "3,000円"
        assert render("{{ fee|yen }}", fee=0) == gettext("Free")

    def test_fiscal_year_of_nothing_is_empty(self):
        assert render("[{{ y|fiscal_year }}]", y=None) == "[]"


def test_json_ld_cannot_close_the_script_tag():
    data = {"name": "</script><script>alert(1)</script>", "place": "弘前 & 八戸"}
    html = render(
        '<script type="application/ld+json">{{ data|json_ld }}</script>', data=data
    )
    body = html.removeprefix('<script type="application/ld+json">').removesuffix(
        "</script>"
    )
    assert "</script>" not in body
    assert "<script>" not in body
    assert "\\u003C/script\\u003E" in body
    # Still valid JSON that decodes to the original, Japanese kept readable.
    assert json.loads(body) == data
    assert "弘前" in body
