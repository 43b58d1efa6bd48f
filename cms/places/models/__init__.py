"""The places app's models: community places and their status history
(``places``), and the page that lists them (``pages``)."""

from ..choices import PlaceKind, PlaceStatus
from .pages import CommunityPlaceIndexPage, CommunityPlaceIndexPageManager
from .places import (
    CONFIRM_EVERY,
    CONFIRM_GRACE,
    CommunityPlace,
    CommunityPlaceQuerySet,
    PlaceStatusChange,
    places_page_for,
)

__all__ = [
    "CONFIRM_EVERY",
    "CONFIRM_GRACE",
    "CommunityPlace",
    "CommunityPlaceIndexPage",
    "CommunityPlaceIndexPageManager",
    "CommunityPlaceQuerySet",
    "PlaceKind",
    "PlaceStatus",
    "PlaceStatusChange",
    "places_page_for",
]
