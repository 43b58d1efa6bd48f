from decimal import Decimal

import factory

from cms.policies.models import OutcomeIndicator, PolicyPage
from home.tests.factories import PageFactory


class PolicyPageFactory(PageFactory):
    class Meta:
        model = PolicyPage

    title = "移住・定住の促進"
    slug = "policy"
    summary = "移住者が地域に根づくための施策です。"
    situation_and_issues = "<p>人口減少が続いています。</p>"
    basic_direction = "<p>受け入れる地域の力を高めます。</p>"
    main_actions = "<ul><li>相談窓口の設置</li></ul>"


class OutcomeIndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OutcomeIndicator

    name = "移住者数"
    unit = "人"
    baseline_fiscal_year = 2018
    baseline_value = Decimal("100.0")
    target_fiscal_year = 2025
    target_value = Decimal("200.0")
    actuals = factory.LazyFunction(
        lambda: [
            ("actual", {"fiscal_year": 2020, "value": Decimal("150.0"), "note": ""}),
            ("actual", {"fiscal_year": 2022, "value": Decimal("180.0"), "note": ""}),
        ]
    )
