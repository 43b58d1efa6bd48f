"""Events, their sessions, and the reports written after them.

An event always has at least one session; a single gathering has one, a series
(the six-venue network meeting, a three-lecture course) has several, each with
its own place, time, capacity and materials. Listings show sessions, so a visitor
sees when and where something happens, not when its page was published.
"""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.core.blocks import BaseStreamBlock
from cms.core.i18n import localize_related
from cms.core.slugs import ReadableSlugMixin
from cms.people.models import PersonWithRole
from cms.privacy.pages import SharedViewRestrictionsMixin
from cms.privacy.visibility import visible_pages
from cms.regions.models import Region, RegionalModel
from cms.registrations.panels import RegistrationCountsPanel

from .blocks import ApplicationMethodsBlock, TimetableItemBlock
from .choices import (
    APPLICATION_STATUSES,
    SESSION_STATUSES_OVER,
    EventKind,
    OrganisationRole,
    SessionOverride,
    SessionStatus,
)
from .page_views import event_listing_view, event_page_context


class EventIndexPage(SharedViewRestrictionsMixin, RoutablePageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = _("event index")

    @path("")
    def upcoming(self, request):
        return event_listing_view(self, request, archive=False)

    @path("archive/", name="archive")
    def archive(self, request):
        return event_listing_view(self, request, archive=True)

    def sessions_visible_to(self, user):
        """Sessions of the events below this index that ``user`` may see."""
        return EventSession.objects.visible_to(user).under(self)


class EventPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class EventPage(
    SharedViewRestrictionsMixin, ReadableSlugMixin, RoutablePageMixin, Page
):
    kind = models.CharField(
        _("kind"), max_length=20, choices=EventKind.choices, default=EventKind.GATHERING
    )
    summary = models.TextField(
        _("summary"),
        help_text=_("One or two sentences shown in listings and previews."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("description"), blank=True)
    topics = ClusterTaggableManager(
        verbose_name=_("topics"), through=EventPageTag, blank=True
    )
    target_audience = models.TextField(_("who can take part"), blank=True)
    entry_fee = models.PositiveIntegerField(
        _("entry fee (yen)"),
        null=True,
        blank=True,
        help_text=_("0 for free entry; leave empty if not announced yet."),
    )
    entry_fee_note = models.CharField(_("entry fee note"), max_length=200, blank=True)
    social_gathering_fee = models.PositiveIntegerField(
        _("social gathering fee (yen)"),
        null=True,
        blank=True,
        help_text=_("Leave empty if there is no social gathering (懇親会)."),
    )
    social_gathering_note = models.CharField(
        _("social gathering note"), max_length=200, blank=True
    )
    programme = StreamField(
        [("item", TimetableItemBlock())], verbose_name=_("programme"), blank=True
    )
    application_methods = StreamField(
        ApplicationMethodsBlock(), verbose_name=_("how to apply"), blank=True
    )
    application_note = models.TextField(_("application note"), blank=True)
    issues_certificate = models.BooleanField(
        _("certificate on completion"),
        default=False,
        help_text=_(
            "For course series: a certificate is issued to those who attend "
            "every session."
        ),
    )
    certificate_note = models.CharField(
        _("certificate note"), max_length=250, blank=True
    )
    reminder_enabled = models.BooleanField(
        pgettext_lazy("registration", "send a reminder"),
        default=False,
        help_text=pgettext_lazy(
            "registration",
            "E-mail everyone registered on this site before their session.",
        ),
    )
    reminder_days_before = models.PositiveSmallIntegerField(
        pgettext_lazy("registration", "days before the session"), default=2
    )
    reminder_text = models.TextField(
        pgettext_lazy("registration", "reminder text"),
        blank=True,
        help_text=pgettext_lazy(
            "registration", "Added to the reminder, e.g. what to bring."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind")]),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("topics"),
    ]
    sessions_panels = [
        HelpPanel(
            _(
                "One session for a single event; one per date or venue for a series. "
                "The status shown to visitors follows from these dates."
            )
        ),
        InlinePanel("sessions", label=pgettext_lazy("event", "Sessions"), min_num=1),
        RegistrationCountsPanel(heading=pgettext_lazy("registration", "Registrations")),
        MultiFieldPanel(
            [FieldPanel("issues_certificate"), FieldPanel("certificate_note")],
            heading=_("Certificate"),
        ),
    ]
    programme_panels = [
        FieldPanel("programme"),
        InlinePanel("people", label=_("People")),
        InlinePanel("organisations", label=_("Organiser, co-organiser, supporters")),
    ]
    application_panels = [
        FieldPanel("target_audience"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("entry_fee"), FieldPanel("entry_fee_note")]),
                FieldRowPanel(
                    [
                        FieldPanel("social_gathering_fee"),
                        FieldPanel("social_gathering_note"),
                    ]
                ),
            ],
            heading=_("Fees"),
        ),
        FieldPanel("application_methods"),
        FieldPanel("application_note"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("reminder_enabled"), FieldPanel("reminder_days_before")]
                ),
                FieldPanel("reminder_text"),
            ],
            heading=pgettext_lazy("registration", "Reminder to registrants"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(sessions_panels, heading=pgettext_lazy("event", "Sessions")),
            ObjectList(programme_panels, heading=_("Programme and people")),
            ObjectList(
                application_panels, heading=pgettext_lazy("event", "Application")
            ),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("target_audience"),
        index.RelatedFields(
            "sessions",
            [index.SearchField("venue_name"), index.SearchField("venue_address")],
        ),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = ["events.PanelReportPage"]

    class Meta:
        verbose_name = _("event")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(event_page_context(self, request))
        return context

    def reports(self):
        """The event's reports, whoever may see them (``visible_pages`` is
        the view's). They are its only children (subpage_types): one query of
        their own table, not the pages and then their specific rows."""
        return PanelReportPage.objects.child_of(self)

    # Wagtail only serves paths of slash-terminated words (no dots), so the
    # .ics name travels in Content-Disposition rather than in the URL.
    @path("calendar/<int:session_id>/", name="calendar")
    def calendar(self, request, session_id):
        from .calendar import session_to_ical

        session = get_object_or_404(
            self.sessions.select_related("region"), pk=session_id
        )
        response = HttpResponse(
            session_to_ical(session, request=request),
            content_type="text/calendar; charset=utf-8",
        )
        response["Content-Disposition"] = (
            f'attachment; filename="event-{session.pk}.ics"'
        )
        return response

    def calendar_url(self, session):
        return self.url + self.reverse_subpage(
            "calendar", kwargs={"session_id": session.pk}
        )

    @classmethod
    def finished_among(cls, pks, *, now):
        """Of the events ``pks``, those whose sessions are all over: the site
        search ranks them below upcoming ones when their scores tie."""
        return set(
            EventSession.objects.filter(page_id__in=pks)
            .values("page_id")
            .annotate(last_ends_at=models.Max("ends_at"))
            .filter(last_ends_at__lte=now)
            .values_list("page_id", flat=True)
        )

    def get_readable_slug_date(self):
        # While the page is created its sessions are the form's, in memory.
        starts = [s.starts_at for s in self.sessions.all() if s.starts_at]
        if not starts:
            return super().get_readable_slug_date()
        return timezone.localdate(min(starts))


class EventSessionQuerySet(models.QuerySet):
    def visible_to(self, user=None):
        """Sessions of the live event pages ``user`` may see (anonymous: none
        behind a login or password), with what a listing card shows."""
        return self.filter(
            page_id__in=visible_pages(Page.objects.all(), user=user).values("pk")
        ).select_related("page", "region", "municipality")

    def upcoming(self, now):
        """Not over yet (an ongoing session too), soonest first."""
        return self.filter(ends_at__gt=now).order_by("starts_at", "pk")

    def past(self, now):
        """Over, newest first."""
        return self.filter(ends_at__lte=now).order_by("-starts_at", "-pk")

    def in_language(self, locale_id):
        return self.filter(page__locale_id=locale_id)

    def rows_of(self, translation_key):
        """One session's rows (one per language), the default language first."""
        return (
            self.filter(translation_key=translation_key)
            .select_related("page", "locale")
            .order_by("locale_id")
        )

    def under(self, page):
        """Sessions of the events below ``page`` (an event index)."""
        return self.filter(page__path__startswith=page.path)

    def in_region(self, region):
        """Held in ``region``, whichever language's row of it is given."""
        return self.filter(region__translation_key=region.translation_key)

    def starting_in_month(self, month):
        """Starting in the month of ``month`` (an aware datetime, its first day)."""
        next_month = (month + timedelta(days=32)).replace(day=1)
        return self.filter(starts_at__gte=month, starts_at__lt=next_month)

    def months(self, *, descending=False):
        """The first day of each month in which one of these sessions starts."""
        return [
            timezone.localtime(month).date()
            for month in self.datetimes(
                "starts_at", "month", order="DESC" if descending else "ASC"
            )
        ]


class EventSession(TranslatableMixin, RegionalModel, Orderable):
    """One date and place of an event.

    Translatable (wagtail-localize): the English page has its own session rows,
    with the same ``translation_key`` as the Japanese ones (one row per
    ``(translation_key, locale)``). Titles, venue names and addresses and the
    visitor notice are translated; times, capacity, region, application dates,
    online details, the postponed/cancelled switch and materials are synchronised
    from the Japanese session. Registrations (a later stage) should count
    capacity per ``translation_key``, so that someone registering on the English
    page and someone on the Japanese page fill the same session.
    """

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="sessions")
    # Optional here, unlike elsewhere: a session held only online takes place in
    # no region (see ``clean`` and the check constraint for when it may be empty).
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_(
            "Leave empty only for a session held online only: online participation "
            "ticked, no venue address and no municipality."
        ),
    )
    title = models.CharField(
        _("session title"),
        max_length=200,
        blank=True,
        help_text=_(
            "For a series, e.g. 'Lecture 1: starting a community place' or "
            "'Hachinohe venue'."
        ),
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    venue_name = models.CharField(_("venue"), max_length=200)
    venue_address = models.CharField(_("venue address"), max_length=250, blank=True)
    map_url = models.URLField(_("map link"), blank=True)
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    application_opens_at = models.DateTimeField(
        _("applications open"),
        null=True,
        blank=True,
        help_text=_(
            "Leave empty if applications are open as soon as the page is published."
        ),
    )
    application_deadline = models.DateTimeField(
        _("application deadline"),
        null=True,
        blank=True,
        help_text=_("Leave empty to accept applications until the session starts."),
    )
    online_available = models.BooleanField(_("online participation"), default=False)
    registration_on_site = models.BooleanField(
        pgettext_lazy("registration", "registration on this site"),
        default=False,
        help_text=pgettext_lazy(
            "registration",
            "Visitors register with a form on this site (the other ways to apply "
            "stay). Seats are counted across languages.",
        ),
    )
    social_gathering_capacity = models.PositiveIntegerField(
        pgettext_lazy("registration", "social gathering capacity"),
        null=True,
        blank=True,
        help_text=pgettext_lazy(
            "registration",
            "For the social gathering (懇親会) of this session, when the event "
            "has one (a fee is set). Leave empty for no limit.",
        ),
    )
    online_url = models.URLField(
        _("online meeting address"),
        blank=True,
        help_text=_(
            "Never shown on the public page; given to registered participants only."
        ),
    )
    override = models.CharField(
        _("postponed or cancelled"),
        max_length=20,
        blank=True,
        choices=SessionOverride.choices,
        default=SessionOverride.NONE,
    )
    override_note = models.CharField(
        _("notice to visitors"),
        max_length=250,
        blank=True,
        help_text=_("Shown prominently when the session is postponed or cancelled."),
    )
    materials = StreamField(
        [
            (
                "document",
                DocumentChooserBlock(label=pgettext_lazy("library", "document")),
            )
        ],
        verbose_name=_("materials"),
        blank=True,
    )

    objects = EventSessionQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldRowPanel([FieldPanel("region"), FieldPanel("municipality")]),
        FieldPanel("venue_name"),
        FieldPanel("venue_address"),
        FieldPanel("map_url"),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("online_available")]),
        FieldPanel("online_url"),
        FieldRowPanel(
            [FieldPanel("application_opens_at"), FieldPanel("application_deadline")]
        ),
        FieldRowPanel(
            [
                FieldPanel("registration_on_site"),
                FieldPanel("social_gathering_capacity"),
            ]
        ),
        FieldRowPanel([FieldPanel("override"), FieldPanel("override_note")]),
        FieldPanel("materials"),
    ]
    override_translatable_fields = [
        TranslatableField("title"),
        TranslatableField("venue_name"),
        TranslatableField("venue_address"),
        TranslatableField("override_note"),
        SynchronizedField("region"),
        SynchronizedField("municipality"),
        SynchronizedField("starts_at"),
        SynchronizedField("ends_at"),
        SynchronizedField("map_url"),
        SynchronizedField("capacity"),
        SynchronizedField("application_opens_at"),
        SynchronizedField("application_deadline"),
        SynchronizedField("online_available"),
        SynchronizedField("online_url"),
        SynchronizedField("registration_on_site"),
        SynchronizedField("social_gathering_capacity"),
        SynchronizedField("override"),
        SynchronizedField("materials"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = pgettext_lazy("event", "session")
        verbose_name_plural = pgettext_lazy("event", "sessions")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")),
                name="event_session_ends_after_start",
            ),
            models.CheckConstraint(
                condition=Q(region__isnull=False)
                | Q(
                    online_available=True,
                    venue_address="",
                    municipality__isnull=True,
                ),
                name="event_session_region_unless_online_only",
            ),
        ]

    def __str__(self):
        return self.title or self.page.title

    @property
    def is_online_only(self):
        """Held only online: such a session has no region (``clean``)."""
        return self.region_id is None

    def clean(self):
        errors = {}
        try:
            super().clean()
        except ValidationError as error:
            # Report the region check together with the date checks below.
            error.update_error_dict(errors)
        if self.region_id is None:
            if self.municipality_id:
                errors["municipality"] = _("Choose this municipality's region too.")
            elif not self.online_available or self.venue_address:
                errors["region"] = _(
                    "Choose the region of the venue. Only a session held online "
                    "only (online participation ticked, no venue address) may "
                    "have no region."
                )
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("A session must end after it starts.")
        if (
            self.application_deadline
            and self.starts_at
            and self.application_deadline > self.starts_at
        ):
            errors["application_deadline"] = _(
                "The application deadline cannot be after the session starts."
            )
        if errors:
            raise ValidationError(errors)

    def status_at(self, now):
        """The status a visitor sees at ``now``, derived from the session's dates.

        An editor's "postponed" or "cancelled" wins over everything. The one
        place a session's status is decided: cards, the event page, JSON-LD,
        .ics files and registrations all ask this method.
        """
        if self.override == SessionOverride.POSTPONED:
            return SessionStatus.POSTPONED
        if self.override == SessionOverride.CANCELLED:
            return SessionStatus.CANCELLED
        if now >= self.ends_at:
            return SessionStatus.FINISHED
        if self.application_opens_at and now < self.application_opens_at:
            return SessionStatus.PLANNING
        deadline = self.application_deadline or self.starts_at
        if now >= deadline:
            return SessionStatus.CLOSED
        return SessionStatus.OPEN

    @cached_property
    def status(self):
        """The status now, for templates (which cannot pass ``now``). A page
        that decides on one ``now`` for all its sessions assigns this attribute
        from ``status_at(now)`` instead."""
        return self.status_at(timezone.now())

    @property
    def is_over(self):
        """Nothing more to attend: finished, postponed (no new date yet) or
        cancelled."""
        return self.status in SESSION_STATUSES_OVER

    @property
    def takes_applications(self):
        """Applications are open or about to open."""
        return self.status in APPLICATION_STATUSES


class EventPerson(PersonWithRole):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="people")


class EventOrganisation(Orderable):
    page = ParentalKey(
        EventPage, on_delete=models.CASCADE, related_name="organisations"
    )
    organisation = models.ForeignKey(
        "people.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    role = models.CharField(_("role"), max_length=20, choices=OrganisationRole.choices)

    panels = [FieldRowPanel([FieldPanel("organisation"), FieldPanel("role")])]


class PanelReportPage(SharedViewRestrictionsMixin, ReadableSlugMixin, Page):
    """What happened at an event: lives under the event it reports on."""

    summary = models.TextField(_("summary"))
    body = StreamField(BaseStreamBlock(), verbose_name=_("what was said"), blank=True)
    photos = StreamField(
        [("photo", ImageBlock(label=_("photo")))], verbose_name=_("photos"), blank=True
    )
    materials = StreamField(
        [
            (
                "document",
                DocumentChooserBlock(label=pgettext_lazy("library", "document")),
            )
        ],
        verbose_name=_("materials"),
        blank=True,
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        InlinePanel("panelists", label=_("Panelists and moderators")),
        FieldPanel("body"),
    ]
    voices_panels = [
        HelpPanel(
            _(
                "Participants' own words. Give an attribute such as '30s, U-turn' "
                "but never a name."
            )
        ),
        InlinePanel("voices", label=_("Participants' voices")),
    ]
    media_panels = [FieldPanel("photos"), FieldPanel("materials")]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(voices_panels, heading=_("Participants' voices")),
            ObjectList(media_panels, heading=_("Photos and materials")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("voices", [index.SearchField("words")]),
    ]
    parent_page_types = ["events.EventPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("panel report")

    @property
    def event(self):
        return self.get_parent().specific

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["event"] = self.event
        context["panelists"] = localize_related(
            self.panelists.select_related("person"), "person", locale=self.locale_id
        )
        context["voices"] = self.voices.all()
        return context


class PanelReportPerson(PersonWithRole):
    page = ParentalKey(
        PanelReportPage, on_delete=models.CASCADE, related_name="panelists"
    )


class ParticipantVoice(TranslatableMixin, Orderable):
    page = ParentalKey(PanelReportPage, on_delete=models.CASCADE, related_name="voices")
    words = models.TextField(_("what they said"))
    attribute = models.CharField(
        _("attribute"),
        max_length=100,
        blank=True,
        help_text=_("e.g. '30s, U-turn'. Never a name."),
    )

    panels = [FieldPanel("words"), FieldPanel("attribute")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("participant's voice")
        verbose_name_plural = _("participants' voices")
