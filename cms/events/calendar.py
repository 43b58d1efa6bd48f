"""iCalendar (.ics) files, so a visitor can add a session to their calendar."""

import datetime

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

from .choices import SessionStatus

# RFC 5545 STATUS of a session's VEVENT: postponed is "not yet confirmed again".
ICAL_STATUS = {
    SessionStatus.POSTPONED: "TENTATIVE",
    SessionStatus.CANCELLED: "CANCELLED",
}
_SEQUENCE_EPOCH = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)


def venue_line(session):
    return ", ".join(filter(None, [session.venue_name, session.venue_address]))


def session_uid(session, *, domain):
    """One UID per session in every language and on every host, so adding the
    Japanese and the English file gives one calendar entry."""
    return f"session-{session.translation_key}@{domain}"


def session_sequence(session):
    """RFC 5545 SEQUENCE: grows with every publication of the event page (the
    minutes since 2000 when it was last published), so a calendar replaces an
    entry it has with a newer file's (a new date, a cancellation)."""
    published = session.page.last_published_at
    if published is None:
        return 0
    return int((published - _SEQUENCE_EPOCH).total_seconds() // 60)


def session_event(session, *, domain, url, description=""):
    """The VEVENT of ``session``, for a single file or a feed."""
    event_page = session.page
    entry = Event()
    entry.add("uid", session_uid(session, domain=domain))
    entry.add("dtstamp", timezone.now())
    entry.add("sequence", session_sequence(session))
    entry.add("dtstart", timezone.localtime(session.starts_at))
    entry.add("dtend", timezone.localtime(session.ends_at))
    entry.add("summary", " ".join(filter(None, [event_page.title, session.title])))
    entry.add("description", description or event_page.summary)
    entry.add("location", venue_line(session))
    entry.add("url", url)
    entry.add("status", ICAL_STATUS.get(session.status, "CONFIRMED"))
    return entry


def new_calendar(*, name=""):
    calendar = Calendar()
    calendar.add("prodid", "-//Kaiki//Events//JA")
    calendar.add("version", "2.0")
    if name:
        calendar.add("x-wr-calname", name)
    return calendar


def calendar_bytes(calendar):
    # RFC 5545: every TZID used must be defined by a VTIMEZONE in the file.
    calendar.add_missing_timezones()
    return calendar.to_ical()


def session_to_ical(session, *, request=None, description=""):
    """``request``: the visitor's (the page's address names the event); without
    one (an e-mail), the page's site does. ``description`` replaces the event's
    summary (a registrant's e-mail adds their details)."""
    event_page = session.page
    calendar = new_calendar()
    calendar.add_component(
        session_event(
            session,
            domain=event_page.get_site().hostname,
            url=event_page.get_full_url(request),
            description=description,
        )
    )
    return calendar_bytes(calendar)


def google_calendar_url(session, *, url):
    """Google Calendar's "add event" form filled in with ``session`` (a plain
    link: no script of theirs on our pages)."""
    from urllib.parse import urlencode

    def utc(moment):
        return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")

    event_page = session.page
    query = {
        "action": "TEMPLATE",
        "text": " ".join(filter(None, [event_page.title, session.title])),
        "dates": f"{utc(session.starts_at)}/{utc(session.ends_at)}",
        "details": f"{event_page.summary}\n{url}".strip(),
        "location": venue_line(session),
        "ctz": settings.TIME_ZONE,
    }
    return "https://calendar.google.com/calendar/render?" + urlencode(query)
