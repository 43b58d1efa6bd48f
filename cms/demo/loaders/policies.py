"""The migration and 関係人口 policy page with its outcome indicators."""

from cms.demo.builders import block, upsert_page
from cms.demo.content.policy import INDICATORS, POLICY
from cms.policies.models import PolicyPage


def load_policies(ctx):
    indicators = [
        {
            "name": name,
            "unit": unit,
            "baseline_fiscal_year": baseline_year,
            "baseline_value": baseline,
            "target_fiscal_year": target_year,
            "target_value": target,
            "target_note": target_note,
            "actuals": [
                block(
                    "actual", {"fiscal_year": year, "value": str(value), "note": note}
                )
                for year, value, note in actuals
            ],
        }
        for (
            name,
            unit,
            baseline_year,
            baseline,
            target_year,
            target,
            target_note,
            actuals,
        ) in INDICATORS
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
