from django.db import models
from django.utils.translation import gettext_lazy as _


class PersonRole(models.TextChoices):
    PANELIST = "panelist", _("Panelist")
    GUEST = "guest", _("Guest")
    SPEAKER = "speaker", _("Speaker")
    LECTURER = "lecturer", _("Lecturer")
    COORDINATOR = "coordinator", _("Coordinator")
    MODERATOR = "moderator", _("Moderator")
    FACILITATOR = "facilitator", _("Facilitator")
    MC = "mc", _("MC")
