"""The event listing's filters (region, month) from the query string."""

from datetime import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.regions.forms import RegionFilterForm

# No event is held outside these years; far-off ones overflow month arithmetic.
FIRST_YEAR, LAST_YEAR = 1900, 2200


class EventFilterForm(RegionFilterForm):
    month = forms.CharField(label=_("Month"), required=False, max_length=7)

    def clean_month(self):
        value = self.cleaned_data["month"]
        if not value:
            return None
        try:
            month = datetime.strptime(value, "%Y-%m")
        except ValueError:
            raise forms.ValidationError(
                _("Give the month as year-month, e.g. 2027-03."), code="invalid"
            ) from None
        if not FIRST_YEAR <= month.year <= LAST_YEAR:
            raise forms.ValidationError(
                _("Choose a month between %(first)d and %(last)d."),
                code="out_of_range",
                params={"first": FIRST_YEAR, "last": LAST_YEAR},
            )
        return timezone.make_aware(month)
