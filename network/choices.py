"""Choice lists of the network app.

Topics and languages are fixed lists rather than free tags (django-taggit):
the directory filters on them, both languages need the same words, and a
translated label per value keeps 「子育て」 and "childcare" one filter instead of
two spellings of many.
"""

from django.db import models
from django.utils.translation import pgettext_lazy


class MemberKind(models.TextChoices):
    U_TURN = "u_turn", pgettext_lazy("member kind", "U-turn (came back home)")
    I_TURN = (
        "i_turn",
        pgettext_lazy("member kind", "I-turn (moved here from elsewhere)"),
    )
    J_TURN = "j_turn", pgettext_lazy("member kind", "J-turn (moved near home)")
    CONSIDERING = "considering", pgettext_lazy("member kind", "Considering a move")
    LOCAL_SUPPORTER = "local_supporter", pgettext_lazy("member kind", "Local supporter")


class ProfileVisibility(models.TextChoices):
    PUBLIC = "public", pgettext_lazy("profile visibility", "Public: anyone")
    MEMBERS = (
        "members",
        pgettext_lazy("profile visibility", "Members only: signed-in members"),
    )
    HIDDEN = "hidden", pgettext_lazy("profile visibility", "Hidden: only me and staff")


class Topic(models.TextChoices):
    WORK = "work", pgettext_lazy("network topic", "Work")
    HOUSING = "housing", pgettext_lazy("network topic", "Housing")
    CHILDCARE = "childcare", pgettext_lazy("network topic", "Childcare and schools")
    FARMING = "farming", pgettext_lazy("network topic", "Farming and fishing")
    COMMUNITY = "community", pgettext_lazy("network topic", "Community life")
    BUSINESS = "business", pgettext_lazy("network topic", "Starting a business")
    HEALTH = "health", pgettext_lazy("network topic", "Health and care")
    WINTER = "winter", pgettext_lazy("network topic", "Snow and winter life")


class Language(models.TextChoices):
    JAPANESE = "ja", pgettext_lazy("spoken language", "Japanese")
    ENGLISH = "en", pgettext_lazy("spoken language", "English")
    CHINESE = "zh", pgettext_lazy("spoken language", "Chinese")
    KOREAN = "ko", pgettext_lazy("spoken language", "Korean")
    VIETNAMESE = "vi", pgettext_lazy("spoken language", "Vietnamese")
    OTHER = "other", pgettext_lazy("spoken language", "Other languages")


class GuideStatus(models.TextChoices):
    PENDING = "pending", pgettext_lazy("guide status", "Application pending")
    APPROVED = "approved", pgettext_lazy("guide status", "Approved")
    PAUSED = "paused", pgettext_lazy("guide status", "Paused")
    REVOKED = "revoked", pgettext_lazy("guide status", "Revoked")
    DECLINED = "declined", pgettext_lazy("guide status", "Application declined")


class WhoMayAsk(models.TextChoices):
    ANYONE = "anyone", pgettext_lazy("guide", "Anyone")
    MEMBERS = "members", pgettext_lazy("guide", "Signed-in members only")


class IntroductionStatus(models.TextChoices):
    SUBMITTED = "submitted", pgettext_lazy("introduction", "Waiting for e-mail check")
    CONFIRMED = "confirmed", pgettext_lazy("introduction", "Looking for a guide")
    OFFERED = "offered", pgettext_lazy("introduction", "Offered to a guide")
    DECLINED = "declined", pgettext_lazy("introduction", "Declined")
    ACCEPTED = "accepted", pgettext_lazy("introduction", "Accepted")
    INTRODUCED = "introduced", pgettext_lazy("introduction", "Introduced")
    CLOSED = "closed", pgettext_lazy("introduction", "Closed")
    WITHDRAWN = "withdrawn", pgettext_lazy("introduction", "Withdrawn")
    EXPIRED = "expired", pgettext_lazy("introduction", "Expired")


class OfferOutcome(models.TextChoices):
    OPEN = "open", pgettext_lazy("introduction", "Waiting for an answer")
    ACCEPTED = "accepted", pgettext_lazy("introduction", "Accepted")
    DECLINED = "declined", pgettext_lazy("introduction", "Declined")
    NO_ANSWER = "no_answer", pgettext_lazy("introduction", "No answer in time")
    WITHDRAWN = "withdrawn", pgettext_lazy("introduction", "Taken back")


class Rating(models.IntegerChoices):
    POOR = 1, pgettext_lazy("introduction rating", "1: not helpful")
    FAIR = 2, pgettext_lazy("introduction rating", "2: a little helpful")
    GOOD = 3, pgettext_lazy("introduction rating", "3: helpful")
    VERY_GOOD = 4, pgettext_lazy("introduction rating", "4: very helpful")
    EXCELLENT = 5, pgettext_lazy("introduction rating", "5: excellent")
