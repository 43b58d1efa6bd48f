"""Policy pages and their indicator charts."""

from decimal import Decimal

import pytest
from django.utils.translation import override

from cms.policies.charts import MARGIN_TOP, PLOT_HEIGHT, indicator_chart
from cms.policies.models import OutcomeIndicator
from cms.policies.tests.factories import OutcomeIndicatorFactory, PolicyPageFactory
from home.tests.utils import KaikiPageTestCase, queries_to_render


def indicator(**kwargs):
    defaults = {
        "name": "移住者数",
        "baseline_fiscal_year": 2018,
        "baseline_value": Decimal("100.0"),
        "target_fiscal_year": 2025,
        "target_value": Decimal("200.0"),
        "actuals": [
            ("actual", {"fiscal_year": 2022, "value": Decimal("180.0"), "note": ""}),
            # Out of order on purpose: the chart sorts by year.
            ("actual", {"fiscal_year": 2019, "value": Decimal("150.5"), "note": ""}),
        ],
    }
    defaults.update(kwargs)
    return OutcomeIndicator(**defaults)


class TestIndicatorChart:
    def test_one_bar_per_figure(self):
        chart = indicator_chart(indicator())
        assert [bar.kind for bar in chart["bars"]] == [
            "baseline",
            "actual",
            "actual",
            "target",
        ]

    def test_labels_are_fiscal_years_with_the_era(self):
        with override("ja"):
            chart = indicator_chart(indicator())
        assert [bar.label for bar in chart["bars"]] == [
            "平成30年度",
            "令和元年度",
            "令和4年度",
            "令和7年度",
        ]
        assert "平成30年度" in chart["summary"]
        assert "令和7年度" in chart["summary"]

    def test_the_legend_lists_only_series_with_figures(self):
        with override("en"):
            assert indicator_chart(indicator())["legend"] == [
                ("baseline", "Baseline"),
                ("actual", "Actual"),
                ("target", "Target"),
            ]
            legend = indicator_chart(indicator(actuals=[]))["legend"]
        assert [kind for kind, _label in legend] == ["baseline", "target"]

    def test_labels_in_english(self):
        with override("en"):
            chart = indicator_chart(indicator())
        assert [bar.label for bar in chart["bars"]][0] == "FY2018"

    def test_the_tallest_bar_fills_the_plot(self):
        bars = indicator_chart(indicator())["bars"]
        tallest = max(bars, key=lambda bar: bar.value)
        assert tallest.kind == "target"
        assert tallest.height == pytest.approx(PLOT_HEIGHT)
        assert tallest.y == pytest.approx(MARGIN_TOP)
        assert bars[0].height == pytest.approx(PLOT_HEIGHT / 2)

    def test_bars_stand_on_one_baseline_without_overlapping(self):
        chart = indicator_chart(indicator())
        bars = chart["bars"]
        for bar in bars:
            assert bar.y + bar.height == pytest.approx(chart["baseline_y"])
        for left, right in zip(bars, bars[1:], strict=False):
            assert left.x + left.width < right.x
        assert bars[-1].x + bars[-1].width <= chart["width"]

    def test_value_labels(self):
        bars = indicator_chart(indicator())["bars"]
        assert [bar.value_label for bar in bars] == ["100", "150.5", "180", "200"]

    def test_all_zero_values_do_not_divide_by_zero(self):
        chart = indicator_chart(
            indicator(baseline_value=Decimal(0), target_value=Decimal(0), actuals=[])
        )
        assert [bar.height for bar in chart["bars"]] == [0, 0]


class RenderTests(KaikiPageTestCase):
    def test_policy_page_is_renderable(self):
        page = PolicyPageFactory(parent=self.home)
        OutcomeIndicatorFactory(page=page)
        self.assertPageIsRenderable(page)


@pytest.mark.django_db
def test_policy_page_shows_indicators_as_table_and_chart(client, home_page):
    page = PolicyPageFactory(parent=home_page)
    OutcomeIndicatorFactory(page=page, name="移住者数", target_note="以上")
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "移住・定住の促進" in html
    assert "人口減少が続いています。" in html
    assert "移住者数" in html
    assert "平成30年度" in html and "令和7年度" in html
    assert html.count("<rect") == 4
    (shown,) = response.context["indicators"]
    assert len(shown.chart["bars"]) == 4


@pytest.mark.django_db
def test_policy_page_queries_are_flat(client, home_page, django_assert_max_num_queries):
    page = PolicyPageFactory(parent=home_page)
    OutcomeIndicatorFactory(page=page)
    one = queries_to_render(client, page.url)
    OutcomeIndicatorFactory.create_batch(49, page=page)
    many = queries_to_render(client, page.url)
    assert many == one
    with django_assert_max_num_queries(12):
        client.get(page.url)
