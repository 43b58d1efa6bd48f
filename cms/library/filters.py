"""The library's filter (kind) from the query string. Apart from forms.py,
which reaches the services and through them the models: the page model
imports this."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from cms.core.forms import FilterForm

from .choices import DocumentKind


class DocumentFilterForm(FilterForm):
    """The library's ?kind= filter."""

    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[("", pgettext_lazy("library", "All")), *DocumentKind.choices],
        required=False,
        error_messages={
            "invalid_choice": pgettext_lazy(
                "library",
                "There is no such kind of document: %(value)s. All documents are "
                "listed.",
            )
        },
    )
