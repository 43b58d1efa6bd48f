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
