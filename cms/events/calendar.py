"""iCalendar (.ics) files, so a visitor can add a session to their calendar."""

from django.utils import timezone
from icalendar import Calendar, Event


def session_to_ical(session, *, request):
    event_page = session.page
    calendar = Calendar()
    calendar.add("prodid", "-//Kaiki//Events//JA")
    calendar.add("version", "2.0")
    entry = Event()
    entry.add("uid", f"session-{session.pk}@{request.get_host()}")
    entry.add("dtstamp", timezone.now())
    entry.add("dtstart", timezone.localtime(session.starts_at))
    entry.add("dtend", timezone.localtime(session.ends_at))
    entry.add("summary", " ".join(filter(None, [event_page.title, session.title])))
    entry.add("description", event_page.summary)
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
