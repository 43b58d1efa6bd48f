"""Forms of the network app: the member's profile, the guide application, the
directory's filters and staff's decision on a guide."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.utils.translation import pgettext_lazy

from cms.regions.models import Municipality, Region
from cms.regions.selectors import municipalities_in, regions_in

from .choices import GuideStatus, Language, Topic
from .models.profiles import GuideProfile, MemberProfile


class _ShownChoiceIterator(forms.models.ModelChoiceIterator):
    """The choices from the field's ``shown`` list (the shared cache's regions or
    municipalities) instead of a query each time the form is rendered. The
    queryset still validates what was chosen."""

    def __iter__(self):
        if self.field.shown is None:
            yield from super().__iter__()
            return
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.field.shown:
            yield self.choice(obj)

    def __len__(self):
        if self.field.shown is None:
            return super().__len__()
        return len(self.field.shown) + (self.field.empty_label is not None)


class _ShownChoiceField(forms.ModelChoiceField):
    iterator = _ShownChoiceIterator
    shown = None  # None: the choices come from the queryset, as usual


class _MunicipalityChoiceField(_ShownChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.region.name} / {obj.name}"


class _MunicipalitiesField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.region.name} / {obj.name}"


def _places(locale):
    return (
        Region.objects.filter(locale=locale),
        Municipality.objects.filter(locale=locale).select_related("region"),
    )


class MemberProfileForm(forms.ModelForm):
    topics = forms.MultipleChoiceField(
        label=pgettext_lazy("network", "Topics you know about"),
        choices=Topic.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    languages = forms.MultipleChoiceField(
        label=pgettext_lazy("network", "Languages you speak"),
        choices=Language.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    photo = forms.FileField(
        label=pgettext_lazy("network", "Photo"),
        required=False,
        help_text=pgettext_lazy(
            "network",
            "JPEG, PNG or WebP, up to 5 MB. Shown with your profile to those who "
            "may see it; we remove the location and camera data photos carry.",
        ),
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    remove_photo = forms.BooleanField(
        label=pgettext_lazy("network", "Remove my photo"), required=False
    )

    class Meta:
        model = MemberProfile
        fields = [
            "display_name",
            "visibility",
            "kind",
            "came_from",
            "region",
            "municipality",
            "year_moved",
            "topics",
            "skills",
            "languages",
            "bio",
            "legal_name",
            "name_kana",
        ]
        widgets = {
            "visibility": forms.RadioSelect,
            "bio": forms.Textarea(attrs={"rows": 6}),
        }
        help_texts = {
            "visibility": pgettext_lazy(
                "network",
                "Public: anyone, also in search results. Members only: people "
                "signed in. Hidden: nobody but you and the network's staff. Your "
                "e-mail, legal name and kana are never shown.",
            ),
            "region": pgettext_lazy(
                "network",
                "Shown on your profile: it helps newcomers find people near them.",
            ),
            "year_moved": pgettext_lazy("network", "Shown on your profile, e.g. 2019."),
            "bio": pgettext_lazy(
                "network", "Shown on your profile to those who may see it."
            ),
        }

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        regions, municipalities = _places(locale)
        self.fields["region"].queryset = regions
        self.fields["municipality"] = _MunicipalityChoiceField(
            queryset=municipalities,
            required=False,
            label=MemberProfile._meta.get_field(
                "municipality"
            ).verbose_name.capitalize(),
            help_text=pgettext_lazy("network", "Shown on your profile."),
        )
        if self.instance.pk:
            # Stored rows may be another language's: show this language's.
            for name, queryset in (
                ("region", regions),
                ("municipality", municipalities),
            ):
                current = getattr(self.instance, name)
                if current is not None:
                    self.initial[name] = (
                        queryset.filter(translation_key=current.translation_key)
                        .values_list("pk", flat=True)
                        .first()
                    )
        self.fields["display_name"].required = True
        if not self.instance.photo:
            del self.fields["remove_photo"]


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=pgettext_lazy(
            "network",
            "I understand that my account, profile and guide profile are deleted "
            "for good.",
        )
    )


class GuideApplicationForm(forms.ModelForm):
    regions = forms.ModelMultipleChoiceField(
        label=pgettext_lazy("network", "Whole regions you can guide in"),
        queryset=Region.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    municipalities = _MunicipalitiesField(
        label=pgettext_lazy("network", "Or particular municipalities"),
        queryset=Municipality.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    topics = forms.MultipleChoiceField(
        label=pgettext_lazy("network", "What you can help with"),
        choices=Topic.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    languages = forms.MultipleChoiceField(
        label=pgettext_lazy("network", "Languages you can guide in"),
        choices=Language.choices,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = GuideProfile
        fields = [
            "regions",
            "municipalities",
            "topics",
            "languages",
            "statement",
            "max_open_introductions",
            "accepting",
            "who_may_ask",
        ]
        widgets = {
            "statement": forms.Textarea(attrs={"rows": 5}),
            "who_may_ask": forms.RadioSelect,
        }

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        regions, municipalities = _places(locale)
        self.fields["regions"].queryset = regions
        self.fields["municipalities"].queryset = municipalities
        if self.instance.pk:
            self.initial["regions"] = list(
                regions.filter(
                    translation_key__in=[
                        r.translation_key for r in self.instance.regions.all()
                    ]
                ).values_list("pk", flat=True)
            )
            self.initial["municipalities"] = list(
                municipalities.filter(
                    translation_key__in=[
                        m.translation_key for m in self.instance.municipalities.all()
                    ]
                ).values_list("pk", flat=True)
            )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("regions") and not cleaned.get("municipalities"):
            self.add_error(
                "regions",
                pgettext_lazy("network", "Choose at least one region or municipality."),
            )
        return cleaned


class GuideFilterForm(forms.Form):
    """The directory's GET filters; invalid values are reported and ignored."""

    region = _ShownChoiceField(
        label=pgettext_lazy("network", "Region"),
        queryset=Region.objects.none(),
        to_field_name="slug",
        required=False,
        empty_label=pgettext_lazy("network", "All regions"),
    )
    municipality = _MunicipalityChoiceField(
        label=pgettext_lazy("network", "Municipality"),
        queryset=Municipality.objects.none(),
        required=False,
        empty_label=pgettext_lazy("network", "All municipalities"),
    )
    topic = forms.ChoiceField(
        label=pgettext_lazy("network", "Topic"),
        choices=[("", pgettext_lazy("network", "All topics")), *Topic.choices],
        required=False,
    )
    language = forms.ChoiceField(
        label=pgettext_lazy("network", "Language"),
        choices=[("", pgettext_lazy("network", "All languages")), *Language.choices],
        required=False,
    )

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        regions, municipalities = _places(locale)
        self.fields["region"].queryset = regions
        self.fields["region"].shown = regions_in(locale)
        self.fields["municipality"].queryset = municipalities
        self.fields["municipality"].shown = municipalities_in(locale)
        for name, field in self.fields.items():
            field.widget.attrs["id"] = f"filter-{name}"

    def filters(self):
        """The valid filters as keyword arguments for the directory selector."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {
            "region": data.get("region"),
            "municipality": data.get("municipality"),
            "topic": data.get("topic", ""),
            "language": data.get("language", ""),
        }


class GuideStatusForm(forms.Form):
    """Staff's decision on a guide (the admin's status view)."""

    status = forms.ChoiceField(
        label=pgettext_lazy("network", "New status"), choices=GuideStatus.choices
    )
    reason = forms.CharField(
        label=pgettext_lazy("network", "Reason (the guide reads it)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, allowed, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            (value, label) for value, label in GuideStatus.choices if value in allowed
        ]


class SignupForm(AllauthSignupForm):
    """allauth's sign-up, saying why the e-mail address is asked and who sees it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].help_text = pgettext_lazy(
            "network",
            "To sign in and to hear from the network. Only the network's staff see "
            "it; it is never shown on the site or given to a guide without your "
            "consent.",
        )
