from django.db import models
from django.utils.translation import pgettext_lazy


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", pgettext_lazy("registration", "Confirmed")
    WAITLISTED = "waitlisted", pgettext_lazy("registration", "Waitlisted")
    CANCELLED = "cancelled", pgettext_lazy("registration", "Cancelled")


class GatheringStatus(models.TextChoices):
    """The social gathering (懇親会) place of a registration."""

    NONE = "", pgettext_lazy("registration", "Not attending")
    CONFIRMED = "confirmed", pgettext_lazy("registration", "Attending")
    WAITLISTED = "waitlisted", pgettext_lazy("registration", "On its waitlist")


class Channel(models.TextChoices):
    """How the application reached us."""

    WEB = "web", pgettext_lazy("registration", "This site")
    PHONE = "phone", pgettext_lazy("registration", "Phone")
    FAX = "fax", pgettext_lazy("registration", "FAX")
    PAPER = "paper", pgettext_lazy("registration", "Paper form")
    EMAIL = "email", pgettext_lazy("registration", "E-mail")


class AttendanceMode(models.TextChoices):
    ON_SITE = "on_site", pgettext_lazy("registration", "At the venue")
    ONLINE = "online", pgettext_lazy("registration", "Online")


class ClosedReason(models.TextChoices):
    """Why a session takes no registration on this site now; the label is the
    sentence the visitor reads."""

    NOT_ON_SITE = (
        "not_on_site",
        pgettext_lazy("registration", "This session takes no registrations here."),
    )
    NOT_OPEN = (
        "not_open",
        pgettext_lazy("registration", "Registration has not opened yet."),
    )
    DEADLINE = (
        "deadline",
        pgettext_lazy("registration", "Registration closed at the deadline."),
    )
    FINISHED = "finished", pgettext_lazy("registration", "This session has finished.")
    POSTPONED = (
        "postponed",
        pgettext_lazy(
            "registration", "This session is postponed: registration is closed."
        ),
    )
    CANCELLED = (
        "cancelled",
        pgettext_lazy(
            "registration", "This session is cancelled: registration is closed."
        ),
    )
