import unicodedata

from django import forms
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import pgettext, pgettext_lazy

from .choices import AttendanceMode, Channel
from .links import registration_from_checkin_token
from .services import has_gathering

PARTY_SIZE_MAX = 10


class RegistrationForm(forms.Form):
    """A visitor's sign-up for one session. Which questions are asked depends
    on the session: online or on-site only where both exist, the social
    gathering only where the event has one."""

    name = forms.CharField(label=pgettext_lazy("registration", "Name"), max_length=100)
    name_kana = forms.CharField(
        label=pgettext_lazy("registration", "Name in kana"),
        max_length=100,
        help_text=pgettext_lazy("registration", "e.g. あおもり たろう"),
    )
    email = forms.EmailField(
        label=pgettext_lazy("registration", "E-mail"),
        help_text=pgettext_lazy(
            "registration",
            "We send your confirmation and a link to view or cancel the "
            "registration here. Never shown to anyone else.",
        ),
    )
    phone = forms.CharField(
        label=pgettext_lazy("registration", "Phone (optional)"),
        max_length=30,
        required=False,
        help_text=pgettext_lazy(
            "registration", "Only to reach you if the session changes at short notice."
        ),
    )
    party_size = forms.TypedChoiceField(
        label=pgettext_lazy("registration", "Number of people"),
        coerce=int,
        choices=[(n, n) for n in range(1, PARTY_SIZE_MAX + 1)],
        initial=1,
        help_text=pgettext_lazy(
            "registration", "Yourself included, if you come with others."
        ),
    )
    attendance = forms.ChoiceField(
        label=pgettext_lazy("registration", "How you take part"),
        choices=AttendanceMode.choices,
        initial=AttendanceMode.ON_SITE,
        widget=forms.RadioSelect,
    )
    wants_gathering = forms.TypedChoiceField(
        label=pgettext_lazy("registration", "Social gathering (懇親会)"),
        coerce=lambda value: value == "yes",
        choices=[
            ("yes", pgettext_lazy("registration", "Yes, I will join")),
            ("no", pgettext_lazy("registration", "No")),
        ],
        initial="no",
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=pgettext_lazy("registration", "Note (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=pgettext_lazy(
            "registration", "e.g. a wheelchair, childcare, or a question."
        ),
    )
    consent = forms.BooleanField(
        error_messages={
            "required": pgettext_lazy(
                "registration",
                "We can register you only if you agree to how we use your details.",
            )
        },
    )
    # A field people never see: scripts that fill in every field fill it in.
    website = forms.CharField(required=False, label="", max_length=200)

    def __init__(self, *args, session, **kwargs):
        super().__init__(*args, **kwargs)
        self.session = session
        if not session.online_available:
            del self.fields["attendance"]
        if has_gathering(session):
            fee = session.page.social_gathering_fee
            self.fields["wants_gathering"].help_text = pgettext(
                "registration",
                "Fee %(fee)s yen, paid at the venue. Places are limited.",
            ) % {"fee": f"{fee:,}"}
        else:
            del self.fields["wants_gathering"]
        self.fields["consent"].label = format_html(
            '{} <a href="{}">{}</a>',
            pgettext(
                "registration",
                "I agree that my details are used to run this event (reception, "
                "notices about it) and deleted after it.",
            ),
            reverse("registrations:privacy"),
            pgettext("registration", "How we handle registrations"),
        )
        self.fields["website"].widget.attrs.update(
            {"tabindex": "-1", "autocomplete": "off"}
        )

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise forms.ValidationError(
                pgettext("registration", "Please leave this field empty.")
            )
        return ""

    @property
    def visible_fields_list(self):
        return [field for field in self if field.name != "website"]


class StaffRegistrationForm(RegistrationForm):
    """Staff entering an application that came by phone, FAX, paper or e-mail:
    the e-mail is optional (a confirmation goes only where one is given), and
    the person gave their consent on the form or on the phone."""

    channel = forms.ChoiceField(
        label=pgettext_lazy("registration", "Received by"),
        choices=[c for c in Channel.choices if c[0] != Channel.WEB],
    )
    language = forms.ChoiceField(
        label=pgettext_lazy("registration", "Language for e-mails"),
        choices=[("ja", "日本語"), ("en", "English")],
    )

    def __init__(self, *args, session, **kwargs):
        super().__init__(*args, session=session, **kwargs)
        self.fields["email"].required = False
        self.fields["name_kana"].required = False
        del self.fields["consent"]
        del self.fields["website"]
        self.order_fields(["channel", "language"])


class CheckInForm(forms.Form):
    """At the door, for one session: the registration number the person tells
    (full-width digits from a Japanese keyboard too), or what a handheld
    scanner types when it reads the QR code of their e-mail (the check-in
    address). ``cleaned_data["registration"]`` is the registration found."""

    number = forms.CharField(
        label=pgettext_lazy("registration", "Registration number"),
        max_length=500,
        help_text=pgettext_lazy(
            "registration",
            "Or scan the QR code of the person's e-mail with this phone's camera.",
        ),
        widget=forms.TextInput(
            attrs={
                "inputmode": "numeric",
                "autocomplete": "off",
                "autofocus": True,
                "enterkeyhint": "go",
            }
        ),
    )

    def __init__(self, *args, seats, **kwargs):
        super().__init__(*args, **kwargs)
        self.seats = seats

    def clean_number(self):
        typed = unicodedata.normalize("NFKC", self.cleaned_data["number"]).strip()
        typed = typed.removeprefix("No.").removeprefix("no.").strip()
        if typed.isdigit():
            registration = self.seats.registrations.filter(number=int(typed)).first()
            if registration is None:
                raise forms.ValidationError(
                    pgettext(
                        "registration",
                        "No registration of this session has the number %(number)s.",
                    )
                    % {"number": typed}
                )
        else:
            # A scanned code: the last part of the check-in address.
            token = typed.rstrip("/").rsplit("/", 1)[-1]
            registration = registration_from_checkin_token(token)
            if registration is None:
                raise forms.ValidationError(
                    pgettext(
                        "registration",
                        "Type the registration number (digits only), or scan the "
                        "QR code of the confirmation e-mail.",
                    )
                )
            if registration.seats_id != self.seats.pk:
                raise forms.ValidationError(
                    pgettext(
                        "registration",
                        "No. %(number)s is registered for another session: "
                        "%(session)s.",
                    )
                    % {"number": registration.number, "session": registration.seats}
                )
        self.cleaned_data["registration"] = registration
        return typed
