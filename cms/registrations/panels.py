"""The registration counts on an event's edit page (Sessions tab)."""

from django.urls import reverse
from wagtail.admin.panels import Panel

from .models import SessionSeats


class RegistrationCountsPanel(Panel):
    """Per session: confirmed, waitlisted and remaining seats, with links to
    its registrations, the door check-in and staff entry. Counts are read in
    one query for all sessions."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "registrations/admin/counts_panel.html"

        def is_shown(self):
            return bool(self.instance and self.instance.pk)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            sessions = list(self.instance.sessions.all())
            counts = SessionSeats.objects.counts([s.translation_key for s in sessions])
            rows = []
            for session in sessions:
                row = counts.get(session.translation_key, {})
                confirmed = row.get("confirmed", 0)
                rows.append(
                    {
                        "session": session,
                        "confirmed": confirmed,
                        "online": row.get("online", 0),
                        "waitlisted": row.get("waitlisted", 0),
                        "gathering": row.get("gathering", 0),
                        "attended": row.get("attended", 0),
                        "remaining": None
                        if session.capacity is None
                        else max(session.capacity - confirmed, 0),
                        "seats_id": row.get("seats_id"),
                    }
                )
            context["rows"] = rows
            context["list_url"] = reverse(
                "wagtailsnippets_registrations_registration:list"
            )
            return context
