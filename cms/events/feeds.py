"""Upcoming sessions as an RSS feed and as a subscribable iCalendar feed, one
per language; the calendar also per region. Anonymous: what anyone may see."""

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from cms.core.formatting import format_datetime_range
from cms.core.i18n import localize_related
from cms.organisation.models import OrganisationProfile
from cms.privacy.visibility import visible_pages
from cms.regions.models import Region

from .calendar import calendar_bytes, new_calendar, session_event
from .models import EventIndexPage, EventSession

RSS_ITEMS = 50
CALENDAR_ITEMS = 200


def _site_name(request):
    profile = OrganisationProfile.for_request(request)
    return profile.name if profile else ""


def session_link(session):
    return f"{session.page.url}#session-{session.pk}"


class EventFeed(Feed):
    def get_object(self, request):
        self.locale = Locale.get_active()
        self.site_name = _site_name(request)
        return None

    def title(self):
        return _("%(site)s: upcoming events") % {"site": self.site_name}

    def description(self):
        return _("Events of %(site)s that are still to come.") % {
            "site": self.site_name
        }

    def link(self):
        index = (
            visible_pages(EventIndexPage.objects.filter(locale=self.locale))
            .order_by("path")
            .first()
        )
        return index.url if index else f"/{self.locale.language_code}/"

    def items(self):
        sessions = (
            EventSession.objects.visible_to()
            .upcoming(timezone.now())
            .in_language(self.locale.pk)[:RSS_ITEMS]
        )
        return localize_related(sessions, "region", locale=self.locale.pk)

    def item_title(self, item):
        return " ".join(filter(None, [item.page.title, item.title]))

    def item_description(self, item):
        status = item.status
        lines = [
            format_datetime_range(item.starts_at, item.ends_at),
            item.venue_name,
            item.page.summary,
        ]
        if status in ("postponed", "cancelled"):
            lines.insert(0, str(status.label))
        return "\n".join(filter(None, lines))

    def item_link(self, item):
        return session_link(item)

    def item_pubdate(self, item):
        return item.page.first_published_at

    def item_updateddate(self, item):
        return item.page.last_published_at


def events_calendar(request):
    """Upcoming sessions in the active language (``?region=<slug>``: one region's)
    as one iCalendar file a calendar app subscribes to."""
    locale = Locale.get_active()
    sessions = (
        EventSession.objects.visible_to()
        .upcoming(timezone.now())
        .in_language(locale.pk)
    )
    name = _("%(site)s: upcoming events") % {"site": _site_name(request)}
    region_slug = request.GET.get("region", "")
    if region_slug:
        region = Region.objects.filter(locale=locale, slug=region_slug).first()
        if region is None:
            raise Http404("No such region")
        sessions = sessions.filter(region__translation_key=region.translation_key)
        name = f"{name} ({region.name})"
    site = Site.find_for_request(request)
    domain = site.hostname if site else request.get_host()
    calendar = new_calendar(name=name)
    for session in sessions[:CALENDAR_ITEMS]:
        calendar.add_component(
            session_event(
                session,
                domain=domain,
                url=request.build_absolute_uri(session_link(session)),
            )
        )
    response = HttpResponse(
        calendar_bytes(calendar), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="events.ics"'
    return response
