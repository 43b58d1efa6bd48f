from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Locale

from cms.regions.models import Region

from .selectors import MAX_QUERY_LENGTH, clean_query, kind_choices


class SearchForm(forms.Form):
    """The search page's parameters: what a visitor typed and two filters.

    Unknown filter values are dropped rather than refused: a stale link still
    searches."""

    query = forms.CharField(label=_("Search for"), required=False, strip=False)
    kind = forms.ChoiceField(label=pgettext_lazy("search", "Type"), required=False)
    region = forms.ChoiceField(label=pgettext_lazy("search", "Region"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        everything = ("", pgettext_lazy("search", "Everything"))
        self.fields["kind"].choices = [everything, *kind_choices()]
        regions = Region.objects.filter(locale=Locale.get_active())
        self.fields["region"].choices = [
            ("", pgettext_lazy("search", "All regions")),
            *((region.slug, region.name) for region in regions),
        ]

    def clean_query(self):
        return clean_query(self.cleaned_data["query"][: MAX_QUERY_LENGTH * 2])

    def filters(self):
        """The valid filters, each "" when not given or not valid."""
        return {
            name: self.cleaned_data.get(name, "") if name not in self.errors else ""
            for name in ("kind", "region")
        }
