"""Where policy pages may go, and creating one with an indicator in the admin."""

from decimal import Decimal

from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from cms.news.models import NewsIndexPage
from cms.policies.models import PolicyPage
from home.models import HomePage, StandardPage
from home.tests.utils import KaikiPageTestCase


class PolicyPageTreeTests(KaikiPageTestCase):
    def test_parents_and_children(self):
        self.assertAllowedParentPageTypes(PolicyPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(PolicyPage, set())
        self.assertCanNotCreateAt(NewsIndexPage, PolicyPage)

    def test_create_with_an_indicator(self):
        self.assertCanCreate(
            self.home,
            PolicyPage,
            nested_form_data(
                {
                    "title": "Migration policy",
                    "summary": "移住・定住の促進",
                    "situation_and_issues": rich_text("<p>人口減少</p>"),
                    "basic_direction": rich_text("<p>受け入れる力</p>"),
                    "main_actions": rich_text("<ul><li>相談窓口</li></ul>"),
                    "indicators": inline_formset(
                        [
                            {
                                "name": "移住者数",
                                "unit": "人",
                                "baseline_fiscal_year": "2018",
                                "baseline_value": "100.0",
                                "target_fiscal_year": "2025",
                                "target_value": "200.0",
                                "target_note": "以上",
                                "actuals": streamfield(
                                    [
                                        (
                                            "actual",
                                            {
                                                "fiscal_year": "2020",
                                                "value": "150.5",
                                                "note": "",
                                            },
                                        )
                                    ]
                                ),
                            }
                        ]
                    ),
                }
            ),
        )
        indicator = PolicyPage.objects.get(slug="migration-policy").indicators.get()
        self.assertEqual(indicator.target_value, Decimal("200.0"))
        self.assertEqual(
            [(v["fiscal_year"], v["value"]) for v in indicator.actual_values],
            [(2020, Decimal("150.5"))],
        )
