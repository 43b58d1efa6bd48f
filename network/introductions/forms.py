"""Forms of introduction requests: the newcomer's request, the guide's answer,
feedback, and staff's reassignment."""

from django import forms
from django.utils.translation import pgettext_lazy

from ..choices import Language, Rating, Topic
from ..forms import _MunicipalityChoiceField, _places
from ..models import GuideProfile


class IntroductionRequestForm(forms.Form):
    name = forms.CharField(
        label=pgettext_lazy("introduction", "Your name"),
        max_length=100,
        help_text=pgettext_lazy(
            "introduction", "Your guide receives it only if they accept."
        ),
    )
    email = forms.EmailField(
        label=pgettext_lazy("introduction", "Your e-mail address"),
        help_text=pgettext_lazy(
            "introduction",
            "We send you a link to confirm it. Your guide receives it only if "
            "they accept.",
        ),
    )
    phone = forms.CharField(
        label=pgettext_lazy("introduction", "Phone (if you like)"),
        max_length=30,
        required=False,
    )
    moving_from = forms.CharField(
        label=pgettext_lazy("introduction", "Where you move from"),
        max_length=100,
        required=False,
        help_text=pgettext_lazy("introduction", "e.g. Tokyo, Osaka, abroad."),
    )
    region = forms.ModelChoiceField(
        label=pgettext_lazy("introduction", "Region you move to"), queryset=None
    )
    municipality = _MunicipalityChoiceField(
        label=pgettext_lazy("introduction", "Municipality (if you know it)"),
        queryset=None,
        required=False,
    )
    moving_when = forms.CharField(
        label=pgettext_lazy("introduction", "When"),
        max_length=60,
        required=False,
        help_text=pgettext_lazy("introduction", "e.g. spring 2026, undecided."),
    )
    topics = forms.MultipleChoiceField(
        label=pgettext_lazy("introduction", "What you hope to talk about"),
        choices=Topic.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    languages = forms.MultipleChoiceField(
        label=pgettext_lazy("introduction", "Languages you speak"),
        choices=Language.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    message = forms.CharField(
        label=pgettext_lazy("introduction", "Your message to the guide"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=pgettext_lazy(
            "introduction",
            "What you would like to know. Please leave out your name and contact "
            "details: the guide reads this before they accept.",
        ),
    )
    consent = forms.BooleanField(
        label=pgettext_lazy(
            "introduction",
            "I agree that my data goes to a guide as described above.",
        ),
        error_messages={
            "required": pgettext_lazy(
                "introduction",
                "We can only introduce you if you agree to this provision.",
            )
        },
    )

    def __init__(self, *args, locale, member=None, **kwargs):
        super().__init__(*args, **kwargs)
        regions, municipalities = _places(locale)
        self.fields["region"].queryset = regions
        self.fields["municipality"].queryset = municipalities
        if member is not None:
            # A member's verified address is the one we use.
            del self.fields["email"]

    def clean(self):
        cleaned = super().clean()
        region, municipality = cleaned.get("region"), cleaned.get("municipality")
        if (
            region is not None
            and municipality is not None
            and municipality.region.translation_key != region.translation_key
        ):
            self.add_error(
                "municipality",
                pgettext_lazy(
                    "introduction", "This municipality is not in the chosen region."
                ),
            )
        return cleaned


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=pgettext_lazy("introduction", "Reason (if you like; only staff read it)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class FeedbackForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=pgettext_lazy("introduction", "How helpful was the introduction?"),
        choices=Rating.choices,
        coerce=int,
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=pgettext_lazy("introduction", "Comment (if you like; staff read it)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class _GuideChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.member.display_name


class ReassignForm(forms.Form):
    guide = _GuideChoiceField(
        label=pgettext_lazy("introduction", "Guide"),
        queryset=GuideProfile.objects.accepting().select_related("member"),
    )
    reason = forms.CharField(
        label=pgettext_lazy("introduction", "Why this guide (recorded)"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class AskTargetForm(forms.Form):
    """Whom the request is for, from the query string: a guide's page (``guide``)
    or a region's entry in the directory (``region``)."""

    guide = forms.ModelChoiceField(queryset=None, required=False)
    region = forms.ModelChoiceField(queryset=None, required=False)

    def __init__(self, *args, user, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["guide"].queryset = GuideProfile.objects.visible_to(user)
        self.fields["region"].queryset = _places(locale)[0]
