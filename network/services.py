"""Writes of the network app: profiles, accounts, guide applications, decisions."""

from axes.models import AccessAttempt, AccessFailureLog
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import get_language, pgettext

from cms.mail.tasks import queue_email
from cms.pagecache.signals import clear_page_cache

from .choices import GuideStatus
from .introductions.services import introductions_erase_member
from .models import GuideProfile, GuideStatusChange, MemberProfile
from .photos import prepare_photo
from .selectors import network_staff_emails

PROFILE_FIELDS = [
    "display_name",
    "legal_name",
    "name_kana",
    "came_from",
    "region",
    "municipality",
    "kind",
    "year_moved",
    "topics",
    "skills",
    "languages",
    "bio",
    "visibility",
]
GUIDE_FIELDS = [
    "topics",
    "languages",
    "statement",
    "max_open_introductions",
    "accepting",
    "who_may_ask",
]

# Which decisions staff may take from each status, and whether the guide must be
# told why.
TRANSITIONS = {
    GuideStatus.PENDING: {GuideStatus.APPROVED, GuideStatus.DECLINED},
    GuideStatus.APPROVED: {GuideStatus.PAUSED, GuideStatus.REVOKED},
    GuideStatus.PAUSED: {GuideStatus.APPROVED, GuideStatus.REVOKED},
    GuideStatus.REVOKED: {GuideStatus.APPROVED},
    GuideStatus.DECLINED: {GuideStatus.APPROVED},
}
REASON_REQUIRED = {GuideStatus.PAUSED, GuideStatus.REVOKED, GuideStatus.DECLINED}


def _language_code():
    code = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def member_profile_create(*, user):
    """The profile of a new account: hidden until the member fills it in, and
    e-mails in the language they signed up in."""
    profile, _created = MemberProfile.objects.get_or_create(
        user=user, defaults={"language": _language_code()}
    )
    return profile


def _check_place(region, municipality):
    if municipality is not None and (
        region is None or municipality.region.translation_key != region.translation_key
    ):
        raise ValidationError(
            {
                "municipality": pgettext(
                    "network", "This municipality is not in the chosen region."
                )
            }
        )


@transaction.atomic
def member_profile_update(*, user, photo=None, remove_photo=False, **fields):
    """Save the member's own profile; ``photo`` (an upload) is checked and
    re-encoded (``network.photos``); the file it replaces is deleted after the
    commit."""
    unknown = set(fields) - set(PROFILE_FIELDS)
    if unknown:
        raise TypeError(f"Not profile fields: {sorted(unknown)}")
    profile = member_profile_create(user=user)
    _check_place(
        fields.get("region", profile.region),
        fields.get("municipality", profile.municipality),
    )
    for name, value in fields.items():
        setattr(profile, name, value)
    old_photo = profile.photo.name if profile.photo else ""
    if photo is not None:
        try:
            prepared = prepare_photo(photo)
        except ValidationError as error:
            raise ValidationError({"photo": error.messages}) from error
        profile.photo.save(prepared.name, prepared, save=False)
    elif remove_photo:
        profile.photo = ""
    profile.full_clean(exclude=["user", "photo"])
    profile.save()
    new_photo = profile.photo.name if profile.photo else ""
    if old_photo and old_photo != new_photo:
        storage = profile.photo.storage
        transaction.on_commit(lambda: storage.delete(old_photo))
    clear_page_cache()
    return profile


@transaction.atomic
def member_delete(*, user):
    """Delete the member's account and personal data.

    Erased: the account, its e-mail addresses, the profile and photo, the guide
    profile, failed-login records naming the e-mail. Kept, anonymised: staff's
    decisions on the member's guide application (status and date; the reason,
    which may name the person, is erased), and their introduction requests and
    offers, anonymised (``introductions_erase_member``).
    """
    introductions_erase_member(user=user)
    profile = MemberProfile.objects.filter(user=user).first()
    if profile is not None:
        guide = GuideProfile.objects.filter(member=profile).first()
        if guide is not None:
            # Who decided stays (staff); the member's own rows lose their
            # author when the account goes (SET_NULL).
            GuideStatusChange.objects.filter(guide=guide).update(guide=None, reason="")
        if profile.photo:
            storage, name = profile.photo.storage, profile.photo.name
            transaction.on_commit(lambda: storage.delete(name))
    addresses = {user.email.lower()} if user.email else set()
    addresses |= {
        address.lower()
        for address in user.emailaddress_set.values_list("email", flat=True)
    }
    for address in addresses:
        AccessAttempt.objects.filter(username__iexact=address).delete()
        AccessFailureLog.objects.filter(username__iexact=address).delete()
    user.delete()
    clear_page_cache()


def _record(guide, *, from_status, to_status, reason, by, now):
    GuideStatusChange.objects.create(
        guide=guide,
        from_status=from_status,
        to_status=to_status,
        reason=reason,
        changed_by=by,
        changed_at=now,
    )


@transaction.atomic
def guide_application_submit(*, user, regions, municipalities, **fields):
    """Apply to guide (or change an application or guide profile).

    A first application, or one after a revocation or a declined application,
    waits for staff (pending). Changes by a pending, approved or paused guide
    keep the status.
    """
    unknown = set(fields) - set(GUIDE_FIELDS)
    if unknown:
        raise TypeError(f"Not guide fields: {sorted(unknown)}")
    profile = member_profile_create(user=user)
    if not profile.display_name:
        raise ValidationError(
            pgettext("network", "Add a display name to your profile before you apply.")
        )
    if not regions and not municipalities:
        raise ValidationError(
            {
                "regions": pgettext(
                    "network", "Choose at least one region or municipality."
                )
            }
        )
    now = timezone.now()
    guide = GuideProfile.objects.select_for_update().filter(member=profile).first()
    is_new = guide is None
    if is_new:
        guide = GuideProfile(member=profile, applied_at=now)
    for name, value in fields.items():
        setattr(guide, name, value)
    reapplying = not is_new and guide.status in (
        GuideStatus.REVOKED,
        GuideStatus.DECLINED,
    )
    if is_new or reapplying:
        from_status = "" if is_new else guide.status
        guide.status = GuideStatus.PENDING
        guide.status_reason = ""
        guide.status_changed_at = now
        guide.applied_at = now
    guide.full_clean(exclude=["member"])
    guide.save()
    guide.regions.set(regions)
    guide.municipalities.set(municipalities)
    if is_new or reapplying:
        _record(
            guide,
            from_status=from_status,
            to_status=GuideStatus.PENDING,
            reason="",
            by=user,
            now=now,
        )
        _queue_application_email(guide)
    clear_page_cache()
    return guide


@transaction.atomic
def guide_set_status(*, guide, status, reason, by):
    """Staff approve, pause, revoke or decline a guide; the guide is told by
    e-mail, with ``reason`` (required for all but approval)."""
    if not by.has_perm("network.change_guideprofile"):
        raise PermissionDenied
    guide = (
        GuideProfile.objects.select_for_update()
        .select_related("member__user")
        .get(pk=guide.pk)
    )
    if status not in TRANSITIONS.get(guide.status, set()):
        raise ValidationError(
            {
                "status": pgettext(
                    "network",
                    "A guide whose status is “%(current)s” cannot be set to “%(new)s”.",
                )
                % {
                    "current": GuideStatus(guide.status).label,
                    "new": GuideStatus(status).label,
                }
            }
        )
    reason = (reason or "").strip()
    if status in REASON_REQUIRED and not reason:
        raise ValidationError(
            {
                "reason": pgettext(
                    "network", "Give the guide a reason: they will read it."
                )
            }
        )
    now = timezone.now()
    previous = guide.status
    guide.status = status
    guide.status_reason = reason
    guide.status_changed_at = now
    guide.save(update_fields=["status", "status_reason", "status_changed_at"])
    _record(
        guide, from_status=previous, to_status=status, reason=reason, by=by, now=now
    )
    _queue_status_email(guide)
    clear_page_cache()
    return guide


def _queue_application_email(guide):
    recipients = network_staff_emails()
    if not recipients:
        return
    # Staff read the office's language, the site's default.
    with translation.override(settings.LANGUAGE_CODE):
        subject = pgettext("network", "New guide application: %(name)s") % {
            "name": guide.member.display_name
        }
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "network_guide_status", args=[guide.pk]
        )
        body = render_to_string(
            "network/email/guide_application.txt", {"guide": guide, "url": url}
        )
    kwargs = {"subject": subject, "body": body, "to": recipients}
    queue_email(**kwargs)


def _queue_status_email(guide):
    member = guide.member
    with translation.override(member.language):
        context = {"guide": guide, "member": member, "status": guide.get_status_label()}
        subject = pgettext("network", "Your guide status: %(status)s") % {
            "status": guide.get_status_label()
        }
        body = render_to_string("network/email/guide_status.txt", context)
    kwargs = {"subject": subject, "body": body, "to": [member.user.email]}
    queue_email(**kwargs)
