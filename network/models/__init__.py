"""The network app's models: members and guides (``profiles``), introduction
requests from newcomers to guides (``introductions``)."""

from .introductions import (
    IntroductionOffer,
    IntroductionRequest,
    IntroductionTransition,
)
from .profiles import (
    PHOTO_FOLDER,
    GuideDirectoryPage,
    GuideProfile,
    GuideProfileQuerySet,
    GuideStatusChange,
    MemberProfile,
    MemberProfileQuerySet,
    NetworkFiguresPage,
    member_photo_path,
)

__all__ = [
    "PHOTO_FOLDER",
    "GuideDirectoryPage",
    "GuideProfile",
    "GuideProfileQuerySet",
    "GuideStatusChange",
    "IntroductionOffer",
    "IntroductionRequest",
    "IntroductionTransition",
    "MemberProfile",
    "MemberProfileQuerySet",
    "NetworkFiguresPage",
    "member_photo_path",
]
