"""A bar chart of an outcome indicator, drawn as SVG on the server.

No JavaScript and no chart library: the template draws rectangles from the
geometry computed here, and the same figures are in a table next to it.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from cms.core.formatting import format_fiscal_year

WIDTH = 640
HEIGHT = 280
MARGIN_TOP = 24
MARGIN_BOTTOM = 48
MARGIN_LEFT = 16
PLOT_HEIGHT = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM


@dataclass
class Bar:
    kind: str  # baseline, actual or target: the CSS class
    label: str
    value: float
    x: float
    y: float
    width: float
    height: float

    @property
    def centre(self):
        return self.x + self.width / 2

    @property
    def value_label(self):
        return (
            f"{self.value:,.0f}"
            if self.value == int(self.value)
            else f"{self.value:,.1f}"
        )


def indicator_chart(indicator):
    points = [
        ("baseline", indicator.baseline_fiscal_year, float(indicator.baseline_value))
    ]
    points += [
        ("actual", value["fiscal_year"], float(value["value"]))
        for value in indicator.actual_values
    ]
    points.append(
        ("target", indicator.target_fiscal_year, float(indicator.target_value))
    )
    top = max(value for _kind, _year, value in points) or 1
    slot = (WIDTH - MARGIN_LEFT * 2) / len(points)
    bar_width = min(72, slot * 0.6)
    bars = []
    for position, (kind, year, value) in enumerate(points):
        height = PLOT_HEIGHT * value / top
        bars.append(
            Bar(
                kind=kind,
                label=format_fiscal_year(year),
                value=value,
                x=MARGIN_LEFT + slot * position + (slot - bar_width) / 2,
                y=MARGIN_TOP + PLOT_HEIGHT - height,
                width=bar_width,
                height=height,
            )
        )
    summary = _(
        "%(name)s: baseline %(baseline)s (%(baseline_year)s), "
        "target %(target)s (%(target_year)s)"
    ) % {
        "name": indicator.name,
        "baseline": bars[0].value_label,
        "baseline_year": bars[0].label,
        "target": bars[-1].value_label,
        "target_year": bars[-1].label,
    }
    kinds = {bar.kind for bar in bars}
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "baseline_y": MARGIN_TOP + PLOT_HEIGHT,
        "label_y": HEIGHT - MARGIN_BOTTOM + 20,
        "bars": bars,
        "summary": summary,
        # Only what the chart shows: no "Actual" before the first figure.
        "legend": [(kind, label) for kind, label in _legend() if kind in kinds],
    }


def _legend():
    return [
        ("baseline", _("Baseline")),
        ("actual", _("Actual")),
        ("target", pgettext("policy", "Target")),
    ]
