"""The places list's filters (region, kind) from the query string. Apart from
forms.py, which imports the models: the page model imports this."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.regions.forms import RegionFilterForm

from .choices import PlaceKind


class PlaceFilterForm(RegionFilterForm):
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[("", _("All kinds")), *PlaceKind.choices],
        required=False,
        error_messages={
            "invalid_choice": _(
                "There is no such kind of place: choose one from the list."
            )
        },
    )
