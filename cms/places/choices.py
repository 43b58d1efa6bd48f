from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class PlaceKind(models.TextChoices):
    CHILDREN_CAFETERIA = "children_cafeteria", _("Children's cafeteria")
    DEMENTIA_CAFE = "dementia_cafe", _("Dementia café")
    SALON = "salon", _("Community salon")
    MULTI_GENERATION = "multi_generation", _("Place for all generations")
    OTHER = "other", _("Other")


class PlaceStatus(models.TextChoices):
    """Where a place's application stands. Only APPROVED places can be listed,
    and only while their yearly re-confirmation is current."""

    PENDING = "pending", _("Waiting for approval")
    CHANGES_REQUESTED = (
        "changes_requested",
        pgettext_lazy("places", "Changes requested"),
    )
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Not approved")
    LAPSED = "lapsed", pgettext_lazy("places", "Lapsed (not re-confirmed)")


class PlaceDecision(models.TextChoices):
    """What staff decide on an application waiting for them."""

    APPROVE = "approve", pgettext_lazy("places", "Approve")
    REQUEST_CHANGES = "request_changes", pgettext_lazy("places", "Ask for changes")
    REJECT = "reject", pgettext_lazy("places", "Reject")


class PlaceActor(models.TextChoices):
    """Who changed a place's status."""

    GROUP = "group", pgettext_lazy("places", "The group")
    STAFF = "staff", pgettext_lazy("places", "Staff")
    SYSTEM = "system", pgettext_lazy("places", "Automatic (yearly re-confirmation)")
