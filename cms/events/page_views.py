"""What the event pages show: the event index's listings (upcoming sessions and
the archive) and an event's page.

These are the pages' views. The page models route here and hold no reads that
combine apps, so ``models.py`` imports neither the selectors nor the filter
form; this module imports no event model (each view is handed its page and
reads through it).
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from cms.core.i18n import localize_related
from cms.pagecache.fragments import audience_key
from cms.pagecache.shared import shared_value
from cms.privacy.visibility import visible_pages
from cms.regions.models import Region

from .calendar import google_calendar_url
from .forms import EventFilterForm
from .selectors import (
    event_structured_data,
    localize_programme,
    organisations_by_role,
    session_materials,
)


def event_listing_view(index, request, *, archive):
    """The event index's upcoming sessions, or its archive."""
    context = event_listing_context(index, request, archive=archive)
    return index.render(request, context_overrides=context)


def event_listing_context(index, request, *, archive, now=None):
    """Upcoming sessions (soonest first) or the archive (newest first),
    filtered by the query string's region and month, one page of them."""
    now = now or timezone.now()
    sessions = index.sessions_visible_to(request.user)
    sessions = sessions.past(now) if archive else sessions.upcoming(now)
    months = sessions.months(descending=archive)
    form = EventFilterForm(
        request.GET,
        regions=Region.objects.filter(locale_id=index.locale_id),
    )
    filters = form.filters()
    if "region" in filters:
        sessions = sessions.in_region(filters["region"])
    if "month" in filters:
        sessions = sessions.starting_in_month(filters["month"])
    paginator = Paginator(sessions, settings.KAIKI_EVENTS_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    page.object_list = localize_related(
        page.object_list, "region", "municipality", locale=index.locale_id
    )
    for session in page.object_list:
        session.status = session.status_at(now)
    return {
        "archive": archive,
        "sessions": page,
        "paginator": paginator,
        "filter_form": form,
        "regions": form.regions,
        "selected_region": filters.get("region"),
        "months": months,
        "selected_month": form["month"].value() or "" if form.is_bound else "",
        "filtered": bool(filters),
        "upcoming_url": index.url,
        "archive_url": index.url + index.reverse_subpage("archive"),
    }


def event_page_context(event, request):
    """What an event's page adds to its context: ``event``, read only where
    the template uses it."""
    # The same for every visitor shown the same documents (audience_key) in
    # the same minute (the sessions' status follows the clock; their times
    # are whole minutes), until the next publish or snippet save.
    minute = timezone.now().strftime("%Y%m%d%H%M")
    key = (event.pk, minute, audience_key(request))
    # Read only where the template uses it, inside the page's fragments
    # ({% shared_fragment "event" %}, "event-data"): when those are kept,
    # as they usually are, unpickling the sessions and people would cost a
    # fifth of the render for nothing.
    return {
        "event": SimpleLazyObject(
            lambda: shared_value(
                "event-context", key, lambda: event_context(event, request)
            )
        )
    }


def event_context(event, request, *, now=None):
    """The sessions with their status, documents and calendar links, the
    people, organisations, reports and schema.org data."""
    now = now or timezone.now()
    localize_programme(event)
    sessions = localize_related(
        event.sessions.select_related("region", "municipality"),
        "region",
        "municipality",
        locale=event.locale_id,
    )
    materials = session_materials(sessions, user=request.user)
    page_url = event.get_full_url(request)
    for session in sessions:
        session.status = session.status_at(now)
        session.documents = materials.get(session.pk, [])
        if not session.is_over:
            session.calendar_url = event.calendar_url(session)
            session.google_calendar_url = google_calendar_url(session, url=page_url)
    return {
        "sessions": sessions,
        "next_session": next((s for s in sessions if s.ends_at > now), None),
        # How to apply only while a session may still take applications.
        "applications_possible": any(s.takes_applications for s in sessions),
        "is_series": len(sessions) > 1,
        # The event's people and organisations change only when it is
        # published again, which starts a new generation of the shared cache.
        "people": shared_value(
            "event-people",
            event.pk,
            lambda: localize_related(
                event.people.select_related("person"),
                "person",
                locale=event.locale_id,
            ),
        ),
        "organisations": organisations_by_role(
            shared_value(
                "event-organisations",
                event.pk,
                lambda: localize_related(
                    event.organisations.select_related("organisation"),
                    "organisation",
                    locale=event.locale_id,
                ),
            )
        ),
        "reports": visible_pages(event.reports(), user=request.user),
        "structured_data": event_structured_data(
            event=event, sessions=sessions, url=page_url
        ),
        "online_label": _("Online participation available"),
    }
