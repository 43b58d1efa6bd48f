from django import forms
from django.conf import settings
from django.utils.translation import pgettext_lazy

from cms.regions.models import Municipality, Region

from .choices import PlaceKind
from .models.places import CommunityPlace
from .services import APPLICATION_FIELDS


class PlaceApplicationForm(forms.ModelForm):
    """What a group tells us about its place: the application, the update staff
    asked for, and the yearly re-confirmation all use it.

    Places are recorded in the default language (regions and municipalities
    too); the choices are labelled in the visitor's language (``locale``).
    """

    municipality = forms.TypedChoiceField(
        label=pgettext_lazy("places", "Municipality"),
        required=False,
        empty_value=None,
        help_text=pgettext_lazy("places", "Optional, but it helps people find you."),
    )
    consent = forms.BooleanField(
        label=pgettext_lazy(
            "places",
            "We agree that the details above, except the contact person's, are "
            "published on this site.",
        ),
        error_messages={
            "required": pgettext_lazy(
                "places", "We can list your place only with your agreement."
            )
        },
    )

    class Meta:
        model = CommunityPlace
        fields = list(APPLICATION_FIELDS)
        labels = {
            "name": pgettext_lazy("places", "Name of the place"),
            "kind": pgettext_lazy("places", "Kind"),
            "organiser": pgettext_lazy("places", "Group that runs it"),
            "region": pgettext_lazy("places", "Region"),
            "venue": pgettext_lazy("places", "Venue"),
            "address": pgettext_lazy("places", "Address"),
            "schedule": pgettext_lazy("places", "When it opens"),
            "accessibility": pgettext_lazy("places", "Accessibility"),
            "description": pgettext_lazy("places", "What happens there"),
            "contact": pgettext_lazy("places", "Public contact (optional)"),
            "contact_name": pgettext_lazy("places", "Contact person"),
            "contact_email": pgettext_lazy("places", "Contact person's e-mail"),
            "contact_phone": pgettext_lazy("places", "Contact person's phone"),
        }
        help_texts = {
            "name": pgettext_lazy("places", "e.g. みんなの食堂"),
            "address": pgettext_lazy(
                "places",
                "Published with map links, so people can find you. Leave it "
                "empty if you would rather not publish it.",
            ),
            "schedule": pgettext_lazy(
                "places", "e.g. Second and fourth Saturday, 11:00–14:00"
            ),
            "accessibility": pgettext_lazy(
                "places",
                "e.g. step-free entrance, accessible toilet, parking, allergy care.",
            ),
            "contact": pgettext_lazy(
                "places",
                "A phone number, e-mail or web address you want visitors to use. "
                "Leave it empty to publish no contact.",
            ),
            "contact_name": pgettext_lazy(
                "places",
                "Not published: our staff write to this person about the "
                "listing, and once a year ask them to confirm it.",
            ),
            "contact_email": pgettext_lazy(
                "places", "Not published. We send the approval and yearly links here."
            ),
            "contact_phone": pgettext_lazy(
                "places", "Not published. Optional, in case e-mail fails."
            ),
        }
        widgets = {
            "description": forms.Textarea(attrs={"rows": 5}),
            "accessibility": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("organiser", "schedule", "contact_name", "contact_email"):
            self.fields[name].required = True
        self.fields["kind"].choices = [("", "---------"), *PlaceKind.choices]
        names = dict(
            Region.objects.filter(locale=locale).values_list("translation_key", "name")
        )
        regions = Region.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        region_field = self.fields["region"]
        region_field.queryset = regions
        region_field.label_from_instance = lambda region: names.get(
            region.translation_key, region.name
        )
        self._municipalities = {
            str(m.pk): m
            for m in Municipality.objects.filter(region__in=regions).select_related(
                "region"
            )
        }
        local_names = dict(
            Municipality.objects.filter(locale=locale).values_list(
                "translation_key", "name"
            )
        )
        groups = {}
        for pk, municipality in self._municipalities.items():
            region_name = names.get(
                municipality.region.translation_key, municipality.region.name
            )
            groups.setdefault(region_name, []).append(
                (pk, local_names.get(municipality.translation_key, municipality.name))
            )
        self.fields["municipality"].choices = [("", "---------"), *groups.items()]
        self.fields["municipality"].coerce = self._municipalities.__getitem__
        if self.instance.municipality_id and not self.is_bound:
            self.initial["municipality"] = str(self.instance.municipality_id)
        for name in ("contact_email", "contact_phone"):
            self.fields[name].widget.attrs["autocomplete"] = {
                "contact_email": "email",
                "contact_phone": "tel",
            }[name]
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"

    def fieldsets(self):
        """The fields in the groups the page shows, each with its legend."""
        return [
            (
                pgettext_lazy("places", "About the place (published)"),
                [
                    self[name]
                    for name in (
                        "name",
                        "kind",
                        "organiser",
                        "region",
                        "municipality",
                        "venue",
                        "address",
                        "schedule",
                        "accessibility",
                        "description",
                        "contact",
                    )
                ],
            ),
            (
                pgettext_lazy("places", "Contact person (not published)"),
                [
                    self[name]
                    for name in ("contact_name", "contact_email", "contact_phone")
                ],
            ),
            (pgettext_lazy("places", "Consent"), [self["consent"]]),
        ]

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(
                self.fields["name"].error_messages["required"], code="required"
            )
        return name


class PlaceReviewForm(forms.Form):
    """Staff's decision on a place, and the message the group reads."""

    decision = forms.ChoiceField(
        label=pgettext_lazy("places", "Decision"), widget=forms.RadioSelect
    )
    message = forms.CharField(
        label=pgettext_lazy("places", "Message to the group"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=pgettext_lazy(
            "places",
            "Sent to the group by e-mail and kept in the history. Required when "
            "you reject or ask for changes.",
        ),
    )

    def __init__(self, *args, decisions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["decision"].choices = decisions
