from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class SessionStatus(models.TextChoices):
    """What a visitor needs to know about a session, derived from its data."""

    PLANNING = "planning", _("Coming soon")
    OPEN = "open", _("Accepting applications")
    CLOSED = "closed", _("Applications closed")
    FINISHED = "finished", _("Finished")
    POSTPONED = "postponed", _("Postponed")
    # An event called off (中止), not Wagtail's cancelled workflow (キャンセル済み).
    CANCELLED = "cancelled", pgettext_lazy("event", "Cancelled")


# Nothing more to attend: no calendar entry, no applications.
SESSION_STATUSES_OVER = frozenset(
    {SessionStatus.FINISHED, SessionStatus.POSTPONED, SessionStatus.CANCELLED}
)
APPLICATION_STATUSES = frozenset({SessionStatus.PLANNING, SessionStatus.OPEN})


class SessionOverride(models.TextChoices):
    """The only statuses an editor sets by hand; they win over the derived one."""

    NONE = "", _("As scheduled")
    POSTPONED = "postponed", _("Postponed")
    CANCELLED = "cancelled", pgettext_lazy("event", "Cancelled")


class OrganisationRole(models.TextChoices):
    ORGANISER = "organiser", _("Organiser")
    CO_ORGANISER = "co_organiser", _("Co-organiser")
    SUPPORTER = "supporter", _("Supported by")


class EventKind(models.TextChoices):
    GATHERING = "gathering", _("Gathering")
    PANEL = "panel", _("Panel discussion")
    SEMINAR = "seminar", _("Seminar")
    COURSE = "course", _("Course")
    NETWORK_MEETING = "network_meeting", _("Network meeting")
    CONSULTATION = "consultation", _("Consultation")
