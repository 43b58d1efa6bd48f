"""The region filter that listings (events, places) share."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.core.forms import FilterForm


class RegionFilterForm(FilterForm):
    """A GET filter with a region select. The regions are given (the listing
    fetched them once for the select), so validating costs no query."""

    region = forms.ChoiceField(
        label=_("Region"),
        required=False,
        error_messages={
            "invalid_choice": _("There is no such region: choose one from the list.")
        },
    )

    def __init__(self, data=None, *, regions, **kwargs):
        super().__init__(data, **kwargs)
        self.regions = list(regions)
        self.fields["region"].choices = [
            ("", _("All regions")),
            *((region.slug, region.name) for region in self.regions),
        ]

    def clean_region(self):
        slug = self.cleaned_data["region"]
        return next((r for r in self.regions if r.slug == slug), None)
