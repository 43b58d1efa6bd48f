from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class TimetableItemBlock(blocks.StructBlock):
    """One slot of a programme: "14:10–15:30 Panel discussion", with speakers."""

    starts_at = blocks.TimeBlock(label=_("from"), format="%H:%M")
    ends_at = blocks.TimeBlock(label=_("until"), required=False, format="%H:%M")
    title = blocks.CharBlock(label=pgettext_lazy("event", "item"), max_length=200)
    description = blocks.TextBlock(label=_("description"), required=False)
    speakers = blocks.ListBlock(
        SnippetChooserBlock("people.Person"), label=_("speakers"), default=[]
    )

    class Meta:
        icon = "time"
        template = "blocks/timetable_item_block.html"
        label = _("Programme item")
        preview_value = {"starts_at": "14:00", "ends_at": "14:10", "title": "開会挨拶"}


class ContactMethodBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("number or address"), max_length=200)
    note = blocks.CharBlock(label=_("note"), required=False, max_length=200)

    class Meta:
        icon = "mail"
        template = "blocks/application_method_block.html"


class LinkMethodBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("address (URL)"))
    label = blocks.CharBlock(label=_("link text"), max_length=100)
    note = blocks.CharBlock(label=_("note"), required=False, max_length=200)

    class Meta:
        icon = "link"
        template = "blocks/application_method_block.html"


class ApplicationMethodsBlock(blocks.StreamBlock):
    """How to apply. The on-site registration form arrives with registrations."""

    phone = ContactMethodBlock(label=_("Phone"), icon="mobile-alt")
    fax = ContactMethodBlock(label=_("FAX"), icon="doc-full")
    email = ContactMethodBlock(label=_("E-mail"), icon="mail")
    url = LinkMethodBlock(label=_("Web form (external)"))
