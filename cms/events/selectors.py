"""Reads for event pages: status, listings, and what an event page shows."""

from datetime import datetime, timedelta

from django.conf import settings
from django.core.paginator import Paginator
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from cms.library.models import LibraryDocument
from cms.pagecache.shared import shared_value
from cms.privacy.visibility import visible_documents, visible_pages
from cms.regions.models import Region
from home.i18n import localize_instances, localize_related

from .calendar import google_calendar_url
from .choices import OrganisationRole, SessionOverride, SessionStatus
from .models import EventSession, PanelReportPage

SESSION_STATUSES_OVER = {
    SessionStatus.FINISHED,
    SessionStatus.POSTPONED,
    SessionStatus.CANCELLED,
}
APPLICATION_STATUSES = {SessionStatus.PLANNING, SessionStatus.OPEN}


def session_status(session, *, now=None):
    """The status a visitor sees, derived from the session's dates.

    An editor's "postponed" or "cancelled" wins over everything. Capacity turns a
    session "full" once registrations exist (the registration stage adds that).
    """
    now = now or timezone.now()
    if session.override == SessionOverride.POSTPONED:
        return SessionStatus.POSTPONED
    if session.override == SessionOverride.CANCELLED:
        return SessionStatus.CANCELLED
    if now >= session.ends_at:
        return SessionStatus.FINISHED
    if session.application_opens_at and now < session.application_opens_at:
        return SessionStatus.PLANNING
    deadline = session.application_deadline or session.starts_at
    if now >= deadline:
        return SessionStatus.CLOSED
    return SessionStatus.OPEN


def event_status(sessions, *, now=None):
    """An event's status in the editors' list: that of its next session not yet
    over, or, once every session is over, that of its last one. ``None`` for an
    event without sessions (a draft)."""
    now = now or timezone.now()
    statuses = [
        session_status(session, now=now)
        for session in sorted(sessions, key=lambda s: (s.starts_at, s.pk or 0))
    ]
    if not statuses:
        return None
    return next((s for s in statuses if s not in SESSION_STATUSES_OVER), statuses[-1])


def visible_sessions(*, user=None):
    """Sessions of the live event pages ``user`` may see (anonymous: none behind
    a login or password), with what a listing card shows, in one query."""
    return EventSession.objects.filter(
        page_id__in=visible_pages(Page.objects.all(), user=user).values("pk")
    ).select_related("page", "region", "municipality")


def upcoming_sessions(*, now=None, limit=None, locale=None, user=None):
    """Sessions still to come, soonest first; ``locale`` (an id): that language's."""
    now = now or timezone.now()
    sessions = (
        visible_sessions(user=user).filter(ends_at__gt=now).order_by("starts_at", "pk")
    )
    if locale is not None:
        sessions = sessions.filter(page__locale_id=locale)
    return sessions[:limit] if limit else sessions


def _parse_month(value):
    try:
        month_start = datetime.strptime(value, "%Y-%m")
    except (TypeError, ValueError):
        return None
    # Far-off years overflow the month arithmetic; no event is held there.
    if not 1900 <= month_start.year <= 2200:
        return None
    return timezone.make_aware(month_start)


def event_index_context(*, index, request, archive, now=None, user=None):
    """Upcoming sessions (soonest first) or the archive (newest first), filtered."""
    now = now or timezone.now()
    sessions = visible_sessions(user=user).filter(
        page__path__startswith=index.path
    )
    if archive:
        sessions = sessions.filter(ends_at__lte=now).order_by("-starts_at", "-pk")
    else:
        sessions = sessions.filter(ends_at__gt=now).order_by("starts_at", "pk")
    months = [
        timezone.localtime(m).date()
        for m in sessions.datetimes(
            "starts_at", "month", order="DESC" if archive else "ASC"
        )
    ]

    region_slug = request.GET.get("region", "")
    regions = list(Region.objects.filter(locale_id=index.locale_id))
    region = next((r for r in regions if r.slug == region_slug), None)
    if region:
        sessions = sessions.filter(region__translation_key=region.translation_key)

    month_value = request.GET.get("month", "")
    month_start = _parse_month(month_value)
    if month_start:
        next_month = (month_start + timedelta(days=32)).replace(day=1)
        sessions = sessions.filter(starts_at__gte=month_start, starts_at__lt=next_month)
    else:
        month_value = ""

    paginator = Paginator(sessions, settings.KAIKI_EVENTS_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    page.object_list = localize_related(
        page.object_list, "region", "municipality", locale=index.locale_id
    )
    return {
        "archive": archive,
        "sessions": page,
        "paginator": paginator,
        "regions": regions,
        "selected_region": region,
        "months": months,
        "selected_month": month_value,
        "filtered": bool(region or month_start),
        "upcoming_url": index.url,
        "archive_url": index.url + index.reverse_subpage("archive"),
    }


def session_materials(sessions, *, user=None):
    """Documents of every session that ``user`` may open, fetched in one query
    instead of one per session."""
    ids = {
        block["value"]
        for session in sessions
        for block in session.materials.raw_data
        if block.get("type") == "document" and block.get("value")
    }
    documents = visible_documents(LibraryDocument.objects.all(), user=user).in_bulk(
        ids
    )
    return {
        session.pk: [
            documents[block["value"]]
            for block in session.materials.raw_data
            if block.get("value") in documents
        ]
        for session in sessions
    }


def localize_programme(event):
    """Show the programme's speakers in the page's language.

    A translated programme may still point at the Japanese people (copied from
    the Japanese page), or at their translations (wagtail-localize links those);
    either way visitors see the person in the page's language. One query for
    all speakers (Wagtail's bulk fetch), plus one if any need swapping.
    """
    slots = [
        child
        for item in event.programme
        if item.block_type == "item"
        for child in item.value["speakers"].bound_blocks
    ]
    people = localize_instances([slot.value for slot in slots], locale=event.locale_id)
    for slot, person in zip(slots, people, strict=True):
        slot.value = person
    return event.programme


def event_page_context(*, event, request, now=None):
    now = now or timezone.now()
    localize_programme(event)
    sessions = event.sessions.select_related("region", "municipality")
    sessions = localize_related(
        sessions, "region", "municipality", locale=event.locale_id
    )
    materials = session_materials(sessions, user=request.user)
    page_url = event.get_full_url(request)
    for session in sessions:
        session.current_status = session_status(session, now=now)
        session.documents = materials.get(session.pk, [])
        # Nothing to add to a calendar once it is over, postponed (no new date
        # yet) or cancelled.
        if session.current_status not in SESSION_STATUSES_OVER:
            session.calendar_url = event.calendar_url(session)
            session.google_calendar_url = google_calendar_url(
                session, url=page_url
            )
    organisations = {role: [] for role in OrganisationRole}
    # The event's people and organisations change only when it is published
    # again, which starts a new generation of the shared cache.
    links = shared_value(
        "event-organisations",
        event.pk,
        lambda: localize_related(
            event.organisations.select_related("organisation"),
            "organisation",
            locale=event.locale_id,
        ),
    )
    for link in links:
        organisations[OrganisationRole(link.role)].append(link.organisation)
    next_session = next((s for s in sessions if s.ends_at > now), None)
    return {
        "sessions": sessions,
        "next_session": next_session,
        # How to apply only while a session may still take applications.
        "applications_possible": any(
            s.current_status in APPLICATION_STATUSES for s in sessions
        ),
        "is_series": len(sessions) > 1,
        "people": shared_value(
            "event-people",
            event.pk,
            lambda: localize_related(
                event.people.select_related("person"),
                "person",
                locale=event.locale_id,
            ),
        ),
        "organisations": [
            (role.label, orgs) for role, orgs in organisations.items() if orgs
        ],
        # Reports are the event's only children (subpage_types): one query of
        # their own table, not the pages and then their specific rows.
        "reports": visible_pages(
            PanelReportPage.objects.child_of(event), user=request.user
        ),
        "structured_data": event_structured_data(
            event=event, sessions=sessions, request=request
        ),
        "online_label": _("Online participation available"),
    }


def event_structured_data(*, event, sessions, request):
    """schema.org Event data (JSON-LD) for every session of the event."""
    statuses = {
        SessionStatus.CANCELLED: "https://schema.org/EventCancelled",
        SessionStatus.POSTPONED: "https://schema.org/EventPostponed",
    }
    url = event.get_full_url(request)
    items = []
    for session in sessions:
        item = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": f"{event.title} {session.title}".strip(),
            "description": event.summary,
            "startDate": timezone.localtime(session.starts_at).isoformat(),
            "endDate": timezone.localtime(session.ends_at).isoformat(),
            "eventStatus": statuses.get(
                session.current_status, "https://schema.org/EventScheduled"
            ),
            "eventAttendanceMode": _attendance_mode(session),
            "location": _location(session, url=url),
            "url": url,
        }
        if event.entry_fee is not None:
            item["offers"] = {
                "@type": "Offer",
                "price": event.entry_fee,
                "priceCurrency": "JPY",
                "url": url,
            }
        items.append(item)
    return items


def _attendance_mode(session):
    if session.is_online_only:
        return "https://schema.org/OnlineEventAttendanceMode"
    if session.online_available:
        return "https://schema.org/MixedEventAttendanceMode"
    return "https://schema.org/OfflineEventAttendanceMode"


def _location(session, *, url):
    # The meeting's own address is for registrants only: the public one is the
    # event page, where they register.
    if session.is_online_only:
        return {"@type": "VirtualLocation", "name": session.venue_name, "url": url}
    return {
        "@type": "Place",
        "name": session.venue_name,
        "address": session.venue_address or session.region.name,
    }
