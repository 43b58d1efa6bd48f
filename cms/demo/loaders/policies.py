"""The migration and 関係人口 policy page with its outcome indicators."""

from decimal import Decimal

from cms.demo.builders import block, upsert_page
from cms.demo.content.policy import INDICATORS, POLICY
from cms.policies.models import PolicyPage


def _decimal(value):
    """A TOML number as the Decimal the indicator blocks hold (through str, so
    a float such as 12.5 is not widened to its binary expansion)."""
    return Decimal(str(value))


def load_policies(ctx):
    indicators = [
        {
            "name": indicator["name"],
            "unit": indicator["unit"],
            "baseline_fiscal_year": indicator["baseline"]["fiscal_year"],
            "baseline_value": _decimal(indicator["baseline"]["value"]),
            "target_fiscal_year": indicator["target"]["fiscal_year"],
            "target_value": _decimal(indicator["target"]["value"]),
            "target_note": indicator["target"]["note"],
            "actuals": [
                block(
                    "actual",
                    {
                        "fiscal_year": actual["fiscal_year"],
                        "value": str(_decimal(actual["value"])),
                        "note": actual["note"],
                    },
                )
                for actual in indicator["actuals"]
            ],
        }
        for indicator in INDICATORS
    ]
    ctx.pages["policy"] = upsert_page(
        ctx.home,
        PolicyPage,
        slug=POLICY["slug"],
        title=POLICY["title"],
        summary=POLICY["summary"],
        situation_and_issues=POLICY["situation_and_issues"],
        basic_direction=POLICY["basic_direction"],
        main_actions=POLICY["main_actions"],
        indicators=indicators,
        show_in_menus=True,
    )
