"""iCalendar (.ics) files, so a visitor can add a session to their calendar."""

from django.utils import timezone
from icalendar import Calendar, Event


def session_to_ical(session, *, request=None, description=""):
    """``request``: the visitor's (the host names the event); without one (an
    e-mail), the page's site does. ``description`` replaces the event's summary
    (a registrant's e-mail adds their details)."""
    event_page = session.page
    host = request.get_host() if request else event_page.get_site().hostname
    calendar = Calendar()
    calendar.add("prodid", "-//Kaiki//Events//JA")
    calendar.add("version", "2.0")
    entry = Event()
    entry.add("uid", f"session-{session.pk}@{host}")
    entry.add("dtstamp", timezone.now())
    entry.add("dtstart", timezone.localtime(session.starts_at))
    entry.add("dtend", timezone.localtime(session.ends_at))
    entry.add("summary", " ".join(filter(None, [event_page.title, session.title])))
    entry.add("description", description or event_page.summary)
    entry.add(
        "location", ", ".join(filter(None, [session.venue_name, session.venue_address]))
    )
    entry.add("url", event_page.get_full_url(request))
    if session.override == "cancelled":
        entry.add("status", "CANCELLED")
    calendar.add_component(entry)
    # RFC 5545: every TZID used must be defined by a VTIMEZONE in the file.
    calendar.add_missing_timezones()
    return calendar.to_ical()
