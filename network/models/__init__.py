"""The network app's models: members and guides (``profiles``), introduction
requests from newcomers to guides (``introductions``), and the pages that show
them (``pages``)."""

from .introductions import (
    IntroductionOffer,
    IntroductionRequest,
    IntroductionTransition,
)
from .pages import GuideDirectoryPage, NetworkFiguresPage
from .profiles import (
    PHOTO_FOLDER,
    GuideProfile,
    GuideProfileQuerySet,
    GuideStatusChange,
    MemberProfile,
    MemberProfileQuerySet,
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
