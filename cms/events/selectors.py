"""Reads for event pages that combine other apps' data: documents, people in
the page's language, schema.org data. Reads of sessions alone are
``EventSession.objects`` methods; a session's status is ``status_at``."""

from django.utils import timezone

from cms.core.i18n import localize_instances
from cms.library.models import LibraryDocument
from cms.privacy.visibility import visible_documents

from .choices import SESSION_STATUSES_OVER, OrganisationRole, SessionStatus


def event_status(sessions, *, now):
    """An event's status in the editors' list: that of its next session not yet
    over, or, once every session is over, that of its last one. ``None`` for an
    event without sessions (a draft)."""
    statuses = [
        session.status_at(now)
        for session in sorted(sessions, key=lambda s: (s.starts_at, s.pk or 0))
    ]
    if not statuses:
        return None
    return next((s for s in statuses if s not in SESSION_STATUSES_OVER), statuses[-1])


def session_materials(sessions, *, user=None):
    """Documents of every session that ``user`` may open, fetched in one query
    instead of one per session."""
    ids = {
        block["value"]
        for session in sessions
        for block in session.materials.raw_data
        if block.get("type") == "document" and block.get("value")
    }
    documents = visible_documents(LibraryDocument.objects.all(), user=user).in_bulk(ids)
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


def organisations_by_role(links):
    """(role label, organisations) pairs of an event's organisation links, in
    the roles' order, roles without organisations left out."""
    organisations = {role: [] for role in OrganisationRole}
    for link in links:
        organisations[OrganisationRole(link.role)].append(link.organisation)
    return [(role.label, orgs) for role, orgs in organisations.items() if orgs]


def event_structured_data(*, event, sessions, url):
    """schema.org Event data (JSON-LD) for every session of the event; each
    session's ``status`` is the one the page shows."""
    statuses = {
        SessionStatus.CANCELLED: "https://schema.org/EventCancelled",
        SessionStatus.POSTPONED: "https://schema.org/EventPostponed",
    }
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
                session.status, "https://schema.org/EventScheduled"
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
