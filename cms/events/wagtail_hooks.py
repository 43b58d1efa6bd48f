"""The editors' list of events: the page explorer under the event index shows
each event's first and last session and its status, newest first.

Wagtail uses a ``PageViewSet``'s listing for the children of every parent page
type that only allows that page type below it (``EventIndexPage``), so this
is the list editors see when they open the event index in the explorer.
"""

from django.db.models import F, OuterRef, Prefetch, Subquery
from django.utils import timezone
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import ExplorableIndexView, PageListingMixin
from wagtail.admin.viewsets.pages import PageViewSet

from cms.core import formatting

from .models import EventPage, EventSession
from .selectors import event_status

SESSION_ORDERINGS = {"first_session", "-first_session", "last_session", "-last_session"}


class SessionDateColumn(Column):
    """A session's date the way the site writes it (2017年3月4日(土)), not
    "3 years ago" like Wagtail's own date columns."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return formatting.format_date(value) if value else ""


class EventStatusColumn(Column):
    def get_value(self, instance):
        # The sessions are prefetched by EventListingView: no query per row.
        status = event_status(instance.sessions.all(), now=timezone.now())
        return status.label if status else ""


def _session_start(*, first):
    starts = EventSession.objects.filter(page_id=OuterRef("pk")).order_by(
        "starts_at" if first else "-starts_at"
    )
    return Subquery(starts.values("starts_at")[:1])


class EventListingView(ExplorableIndexView):
    default_ordering = "-first_session"
    base_columns = [
        *[
            column
            for column in PageListingMixin.base_columns
            if column.name in {"bulk_actions", "title"}
        ],
        SessionDateColumn(
            "first_session",
            label=pgettext_lazy("event", "First session"),
            sort_key="first_session",
            width="14%",
        ),
        SessionDateColumn(
            "last_session",
            label=pgettext_lazy("event", "Last session"),
            sort_key="last_session",
            width="14%",
        ),
        EventStatusColumn(
            "event_status",
            label=pgettext_lazy("event", "Event status"),
            width="14%",
        ),
        *[
            column
            for column in PageListingMixin.base_columns
            if column.name in {"latest_revision_created_at", "status"}
        ],
    ]

    def annotate_queryset(self, pages):
        pages = super().annotate_queryset(pages)
        # Subqueries rather than Min/Max over a join: no GROUP BY over every
        # page column, and the rows stay one per page.
        return pages.annotate(
            first_session=_session_start(first=True),
            last_session=_session_start(first=False),
        ).prefetch_related(
            Prefetch("sessions", queryset=EventSession.objects.order_by("starts_at")),
            for_specific_subqueries=True,
        )

    def get_ordering(self):
        ordering = super().get_ordering()
        if self.is_searching and ordering in SESSION_ORDERINGS:
            # Search backends order by indexed fields only, not by annotations:
            # by relevance instead.
            return None
        return ordering

    def order_queryset(self, queryset):
        if self.ordering in SESSION_ORDERINGS:
            field = F(self.ordering.lstrip("-"))
            # An event without sessions yet (a fresh draft) goes last either way.
            if self.ordering.startswith("-"):
                return queryset.order_by(field.desc(nulls_last=True), "-pk")
            return queryset.order_by(field.asc(nulls_last=True), "pk")
        return super().order_queryset(queryset)


class EventPageViewSet(PageViewSet):
    model = EventPage
    index_view_class = EventListingView


@hooks.register("register_admin_viewset")
def register_event_page_viewset():
    return EventPageViewSet("event_pages")
