"""The base of the listings' GET filter forms."""

from django import forms


class FilterForm(forms.Form):
    """A listing's filters from the query string. An invalid value is left out
    of ``filters()`` and reported beside its field, where the form still holds
    what was asked for; the other filters apply.

    Bind it to ``request.GET`` even when the query is empty: its fields are
    optional, and reading them on every request is what tells the page cache
    which parameters the page depends on (cms.pagecache.middleware), so a
    parameter missing from KAIKI_PAGE_CACHE_QUERY_PARAMETERS is never cached
    under the bare page's key."""

    def filters(self):
        """The valid filters by field name, empty ones left out."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value not in (None, "")
        }
