"""The contact form's fields: Wagtail's form builder with Kaiki's limits.

Editors choose the fields in the admin; whatever they choose, a one-line answer
(a name, a subject) holds no line break, which would forge lines such as
"Email: ..." in the staff e-mail, and a message has a length a person writes.
"""

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import FormBuilder

MESSAGE_MAX_LENGTH = 5000
# Every character Python (and so the e-mail) treats as the end of a line.
LINE_BREAKS = "\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029"

TOO_LONG = _(
    "This is too long: please shorten it to %(limit_value)d characters at most "
    "(it has %(show_value)d)."
)
no_line_breaks = RegexValidator(
    f"[{LINE_BREAKS}]",
    inverse_match=True,
    message=_("Please write this on one line, without line breaks."),
    code="line_break",
)


class ContactFormBuilder(FormBuilder):
    def create_singleline_field(self, field, options):
        # Wagtail sets the maximum length (255).
        options["error_messages"] = {"max_length": TOO_LONG}
        options["validators"] = [no_line_breaks]
        return super().create_singleline_field(field, options)

    def create_multiline_field(self, field, options):
        options["max_length"] = MESSAGE_MAX_LENGTH
        options["error_messages"] = {"max_length": TOO_LONG}
        return super().create_multiline_field(field, options)
