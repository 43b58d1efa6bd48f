"""The home page, standard pages, the contact form and site-wide settings."""

from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Site, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.core.blocks import BaseStreamBlock
from cms.core.slugs import ReadableSlugMixin
from cms.pagecache.shared import related_instance, shared_value
from cms.privacy.pages import SharedViewRestrictionsMixin
from cms.security.ratelimit import rate_limit_count, rate_limit_exceeded

from .forms import ContactFormBuilder
from .page_views import home_page_context
from .routing import localized_home, route_below

INDEX_PAGE_TYPES = [
    "events.EventIndexPage",
    "library.LibraryPage",
    "stories.CaseStudyIndexPage",
    "places.CommunityPlaceIndexPage",
    "programmes.ProgrammePage",
    "policies.PolicyPage",
    "news.NewsIndexPage",
    "network.GuideDirectoryPage",
    "network.NetworkFiguresPage",
]


class HomePage(SharedViewRestrictionsMixin, Page):
    hero_heading = models.CharField(_("hero heading"), max_length=120)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_link = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("hero link"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_link_label = models.CharField(_("hero link label"), max_length=60, blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldRowPanel([FieldPanel("hero_link"), FieldPanel("hero_link_label")]),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("hero_text")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.StandardPage", "home.ContactPage", *INDEX_PAGE_TYPES]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    @property
    def localized(self):
        return localized_home(self)

    def route(self, request, path_components):
        """Wagtail's routing, one query a level instead of two (home/routing.py)."""
        if not path_components:
            return super().route(request, path_components)
        return route_below(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        related_instance(self, "hero_link")
        context.update(home_page_context(self, request))
        return context


class StandardPage(SharedViewRestrictionsMixin, ReadableSlugMixin, Page):
    readable_slug_type = "page"
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = [
        "home.HomePage",
        "home.StandardPage",
        "library.LibraryPage",
        "places.CommunityPlaceIndexPage",
    ]
    subpage_types = [
        "home.StandardPage",
        "library.GuidebookPage",
        "programmes.ProgrammePage",
        "policies.PolicyPage",
    ]

    class Meta:
        verbose_name = _("standard page")


class ContactFormField(TranslatableMixin, AbstractFormField):
    """A field of the contact form. Labels, help texts, choices and defaults are
    translated; the field's name (the key its answers are stored under), type and
    whether it is required are synchronised, so submissions in either language
    have the same keys."""

    page = ParentalKey(
        "ContactPage", on_delete=models.CASCADE, related_name="form_fields"
    )

    override_translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        pass


class ContactPage(SharedViewRestrictionsMixin, AbstractEmailForm):
    intro = RichTextField(_("introduction"), blank=True)
    thank_you_text = RichTextField(_("thank-you text"), blank=True)

    content_panels = [
        *AbstractEmailForm.content_panels,
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
    ]
    settings_panels = [
        *AbstractEmailForm.settings_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail to staff"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList([FormSubmissionsPanel(), *content_panels], heading=_("Content")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(settings_panels, heading=_("Settings")),
        ]
    )
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    max_count = 1

    form_builder = ContactFormBuilder

    # Messages one visitor may send in ten minutes; more is a script, not a person.
    MESSAGES_PER_WINDOW = 5
    WINDOW_SECONDS = 600

    class Meta:
        verbose_name = _("contact page")

    def get_submissions_list_view_class(self):
        from .views import ContactSubmissionsListView

        return ContactSubmissionsListView

    def serve(self, request, *args, **kwargs):
        if request.method == "POST" and rate_limit_exceeded(
            request,
            scope="contact",
            limit=self.MESSAGES_PER_WINDOW,
            window_seconds=self.WINDOW_SECONDS,
        ):
            # Keep what they typed; say when they can try again.
            form = self.get_form(request.POST, page=self, user=request.user)
            form.add_error(
                None,
                _(
                    "You have sent several messages in a short time. Please wait "
                    "a few minutes, then send this one again."
                ),
            )
            context = self.get_context(request)
            context["form"] = form
            return TemplateResponse(
                request, self.get_template(request), context, status=429
            )
        return super().serve(request, *args, **kwargs)

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        # Only accepted messages count: fixing a typo is not flooding the office.
        # (No submission: an editor previewing the landing page.)
        if form_submission is not None:
            rate_limit_count(
                request, scope="contact", window_seconds=self.WINDOW_SECONDS
            )
        return super().render_landing_page(request, form_submission, *args, **kwargs)

    def send_mail(self, form):
        # The visitor's request must not wait on (or fail with) the mail server:
        # the message is written here, where the form is, and sent by the task
        # worker once the submission is committed.
        from cms.mail.tasks import queue_email

        queue_email(
            subject=self.subject,
            body=self.render_email(form),
            to=[a.strip() for a in self.to_address.split(",") if a.strip()],
            from_email=self.from_address,
            reply_to=self._visitor_addresses(form),
        )

    def _visitor_addresses(self, form):
        """What the visitor typed in the form's e-mail fields."""
        return [
            form.cleaned_data[field.clean_name]
            for field in self.get_form_fields()
            if field.field_type == "email" and form.cleaned_data.get(field.clean_name)
        ]


@register_setting(icon="home")
class OrganisationSettings(BaseSiteSetting):
    """Who runs the site: the contact details and footer links every language
    shares. The texts (name, address, office hours, introduction) are
    translated, so they are ``cms.organisation.OrganisationProfile`` snippets.
    """

    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    fax = models.CharField(_("fax"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    # The footer's links: chosen as the Japanese page, shown in the visitor's
    # language when translated.
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("contact page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy policy"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("postal_code"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("fax")]),
                FieldPanel("email"),
            ],
            heading=_("Contact details"),
            help_text=pgettext_lazy(
                "settings",
                "The name, address, office hours and introduction are under "
                "Settings, Organisation profiles, translated with Translate.",
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_page"),
                FieldPanel("privacy_page"),
                FieldPanel("accessibility_page"),
            ],
            heading=_("Footer links"),
            help_text=_(
                "Choose the Japanese pages; the English site links to their "
                "translations."
            ),
        ),
    ]

    @property
    def footer_page_ids(self):
        """The chosen footer pages' ids, in the footer's order."""
        return [
            pk
            for pk in (
                self.contact_page_id,
                self.privacy_page_id,
                self.accessibility_page_id,
            )
            if pk
        ]

    class Meta:
        # Not the organisations of the People menu: the admin's Settings menu
        # names this 運営者情報, so the two never read the same.
        verbose_name = pgettext_lazy("settings", "organisation")

    @classmethod
    def for_request(cls, request):
        """The settings every page's header and footer show: from the shared
        cache (forgotten when they are saved), not a query per render. The admin
        reads and saves through ``for_site``, uncached.

        Unlike ``for_site`` this never creates the row: a write while rendering
        would start a new generation of the shared cache mid-render. Unsaved
        empty settings show what a new row would.
        """
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            site = Site.find_for_request(request)
            if site is None:
                return super().for_request(request)  # raises DoesNotExist, as before
            instance = shared_value(
                "organisation-settings",
                site.pk,
                lambda: cls.base_queryset().filter(site=site).first() or cls(site=site),
            )
            instance._request = request
            setattr(request, attr_name, instance)
        return getattr(request, attr_name)
