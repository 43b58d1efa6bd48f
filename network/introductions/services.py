"""The introduction request's state machine: every write on a request.

    submitted → confirmed → offered → accepted → introduced → closed
                              ↓ ↑
                            declined (→ offered to the next-ranked guide)
    plus withdrawn (by the newcomer) and expired (unconfirmed, or by staff).

Each function locks the request's row, checks the move is allowed
(``TRANSITIONS``), records it (``IntroductionTransition``) and queues the
e-mails with ``transaction.on_commit``, each in its reader's language. An offer
also locks the guide's row, so concurrent offers to one guide serialise and a
guide never holds more open introductions than their limit.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import pgettext

from cms.mail.tasks import queue_email

from ..choices import GuideStatus, IntroductionStatus, OfferOutcome, WhoMayAsk
from ..models import (
    GuideProfile,
    IntroductionOffer,
    IntroductionRequest,
    IntroductionTransition,
)
from ..models.introductions import (
    CONTACT_FIELDS,
    FIELDS_BEFORE_ACCEPTANCE,
    GUIDE_OPEN_STATUSES,
    new_token,
)
from ..selectors import network_staff_emails
from .matching import rank_guides

S = IntroductionStatus
TRANSITIONS = {
    S.SUBMITTED: {S.CONFIRMED, S.WITHDRAWN, S.EXPIRED},
    S.CONFIRMED: {S.OFFERED, S.WITHDRAWN, S.EXPIRED},
    S.OFFERED: {S.OFFERED, S.CONFIRMED, S.ACCEPTED, S.DECLINED, S.WITHDRAWN, S.EXPIRED},
    S.DECLINED: {S.OFFERED, S.WITHDRAWN, S.EXPIRED},
    # Back to confirmed only when the guide leaves before introducing.
    S.ACCEPTED: {S.INTRODUCED, S.WITHDRAWN, S.CONFIRMED},
    S.INTRODUCED: {S.CLOSED},
    S.CLOSED: set(),
    S.WITHDRAWN: set(),
    S.EXPIRED: set(),
}
# Staff may send these to a guide of their choice.
REASSIGNABLE = (S.CONFIRMED, S.OFFERED, S.DECLINED)
OPEN_STATUSES = (S.SUBMITTED, S.CONFIRMED, S.OFFERED, S.DECLINED, S.ACCEPTED)

CONSENT_NOTICE_VERSION = "2025-1"


def consent_notice():
    """The consent notice, in the active language: the purpose, the fields and
    who receives them (third-party provision under the APPI)."""
    return pgettext(
        "introduction",
        "To introduce you, the network gives a guide (a member who volunteers "
        "to help newcomers) the following: your message, the region and "
        "municipality you move to, where you move from, when, your topics and "
        "languages. Only if a guide accepts does that guide also receive your "
        "name, e-mail address and phone number, so that you can meet. If a "
        "guide declines, the next suitable guide receives the same. The "
        "network's staff see your request. You can withdraw your request and "
        "this consent at any time on your request's page: nothing more is "
        "given to anyone after that.",
    )


def _error(message, field=None):
    return ValidationError({field: message} if field else message)


def _now(now):
    return now or timezone.now()


def _locked(request):
    return (
        IntroductionRequest.objects.select_for_update(of=("self",))
        .select_related("guide__member__user", "region", "municipality")
        .get(pk=request.pk)
    )


def _move(request, to_status, *, by, now, note="", guide=None):
    """Change the status if the machine allows it, and record the step."""
    if to_status not in TRANSITIONS[request.status]:
        raise _error(
            pgettext(
                "introduction",
                "A request that is “%(current)s” cannot become “%(new)s”.",
            )
            % {
                "current": IntroductionStatus(request.status).label,
                "new": IntroductionStatus(to_status).label,
            }
        )
    _record(request, request.status, to_status, by=by, now=now, note=note, guide=guide)
    request.status = to_status
    request.status_changed_at = now


def _record(request, from_status, to_status, *, by, now, note="", guide=None):
    IntroductionTransition.objects.create(
        request=request,
        from_status=from_status,
        to_status=to_status,
        guide=guide if guide is not None else request.guide,
        note=note,
        by=by if by is not None and by.is_authenticated else None,
        at=now,
    )


def _open_offer(request):
    return request.offers.filter(outcome=OfferOutcome.OPEN).first()


def _close_offer(request, outcome, *, now, reason=""):
    offer = _open_offer(request)
    if offer is not None:
        offer.outcome = outcome
        offer.decline_reason = reason
        if outcome in (OfferOutcome.ACCEPTED, OfferOutcome.DECLINED):
            offer.answered_at = now
        offer.save(update_fields=["outcome", "decline_reason", "answered_at"])
    return offer


def introduction_request_create(
    *,
    user,
    region,
    name,
    email,
    message,
    consent,
    language,
    guide=None,
    municipality=None,
    phone="",
    moving_from="",
    moving_when="",
    topics=(),
    languages=(),
    now=None,
):
    """A newcomer asks for an introduction to ``guide``, or to any guide of
    ``region``. A signed-in member's verified address needs no check: their
    request goes to a guide at once. A visitor's waits for the link we e-mail
    them (the request's private page)."""
    now = _now(now)
    member = user if user is not None and user.is_authenticated else None
    if not consent:
        raise _error(
            pgettext(
                "introduction",
                "We can only introduce you if you agree to this provision.",
            ),
            "consent",
        )
    if municipality is not None and (
        municipality.region.translation_key != region.translation_key
    ):
        raise _error(
            pgettext("introduction", "This municipality is not in the chosen region."),
            "municipality",
        )
    if guide is not None:
        if guide.status != GuideStatus.APPROVED or not guide.accepting:
            raise _error(
                pgettext(
                    "introduction",
                    "This guide is not taking introductions at the moment.",
                )
            )
        if guide.who_may_ask == WhoMayAsk.MEMBERS and member is None:
            raise _error(
                pgettext(
                    "introduction", "This guide takes introductions from members only."
                )
            )
    with transaction.atomic():
        request = IntroductionRequest.objects.create(
            newcomer=member,
            name=name,
            email=email,
            phone=phone,
            language=language,
            moving_from=moving_from,
            moving_when=moving_when,
            region=region,
            municipality=municipality,
            topics=list(topics),
            languages=list(languages),
            message=message,
            requested_guide=guide,
            status=S.SUBMITTED,
            status_changed_at=now,
            consent_notice_version=CONSENT_NOTICE_VERSION,
            consent_notice=consent_notice(),
            consent_given_at=now,
            created_at=now,
        )
        _record(request, "", S.SUBMITTED, by=member, now=now, guide=guide)
        if member is not None:
            _confirm(request, by=member, now=now)
        else:
            _email_newcomer(request, "introduction_confirm")
    return request


def introduction_request_confirm(*, request, now=None):
    """The visitor followed the link in our e-mail: their address works.
    Confirming twice does nothing."""
    now = _now(now)
    with transaction.atomic():
        request = _locked(request)
        if request.status == S.SUBMITTED:
            _confirm(request, by=None, now=now)
    return request


def _confirm(request, *, by, now):
    _move(
        request,
        S.CONFIRMED,
        by=by,
        now=now,
        note=pgettext("introduction", "E-mail address confirmed."),
    )
    request.confirmed_at = now
    request.save(update_fields=["status", "status_changed_at", "confirmed_at"])
    _route(request, by=by, now=now)


def _route(request, *, by, now):
    """Offer the request to the guide asked for (once), else to the best-ranked
    guide with room; with nobody left, put it in the staff queue."""
    tried = set(request.offers.values_list("guide_id", flat=True))
    chosen = request.requested_guide
    if chosen is not None and chosen.pk not in tried:
        try:
            return _offer(
                request, chosen, by=by, now=now, reasons=[{"code": "chosen"}], rank=None
            )
        except ValidationError:
            pass  # full or no longer accepting: the region's guides follow
    for rank, candidate in enumerate(rank_guides(request), start=1):
        try:
            return _offer(
                request,
                candidate.guide,
                by=by,
                now=now,
                reasons=candidate.reasons,
                rank=rank,
            )
        except ValidationError:
            continue  # filled up since the ranking was read
    _to_staff_queue(request, now=now)
    return None


def _offer(request, guide, *, by, now, reasons, rank, by_hand_reason=""):
    # The guide's row is the lock: two offers to one guide wait for each other,
    # and the second counts the first.
    guide = (
        GuideProfile.objects.select_for_update(of=("self",))
        .select_related("member__user")
        .get(pk=guide.pk)
    )
    if guide.status != GuideStatus.APPROVED or not guide.accepting:
        raise _error(
            pgettext("introduction", "This guide is not taking introductions now."),
            "guide",
        )
    open_count = (
        IntroductionRequest.objects.open_for_guide(guide).exclude(pk=request.pk).count()
    )
    if open_count >= guide.max_open_introductions:
        raise _error(
            pgettext(
                "introduction",
                "This guide already has as many open introductions as they take.",
            ),
            "guide",
        )
    if request.consent_withdrawn_at is not None:
        raise _error(pgettext("introduction", "The newcomer withdrew their consent."))
    previous_guide = request.guide
    if previous_guide is not None and previous_guide.pk != guide.pk:
        _close_offer(request, OfferOutcome.WITHDRAWN, now=now)
    request.guide = guide
    request.needs_staff = False
    _move(
        request,
        S.OFFERED,
        by=by,
        now=now,
        guide=guide,
        note=by_hand_reason,
    )
    request.save(update_fields=["guide", "needs_staff", "status", "status_changed_at"])
    IntroductionOffer.objects.create(
        request=request,
        guide=guide,
        rank=rank,
        reasons=reasons,
        by_hand_reason=by_hand_reason,
        offered_at=now,
        fields_provided=list(FIELDS_BEFORE_ACCEPTANCE),
    )
    _email_guide(request, guide, "introduction_offer")
    if not request.offers.exclude(guide=guide).exists():
        _email_newcomer(request, "introduction_update")
    if previous_guide is not None and previous_guide.pk != guide.pk:
        _email_guide(request, previous_guide, "introduction_taken_back")
    return request


def _to_staff_queue(request, *, now):
    request.needs_staff = True
    request.save(update_fields=["needs_staff"])
    _record(
        request,
        request.status,
        request.status,
        by=None,
        now=now,
        note=pgettext("introduction", "No guide with room: in the staff queue."),
    )
    _email_staff(request)


def _check_guide(request, user):
    if request.guide is None or user is None or request.guide.member.user_id != user.pk:
        raise PermissionDenied


def introduction_request_accept(*, request, user, now=None):
    """The offered guide accepts: each now sees the other's contact details
    (the consent record notes when they were released)."""
    now = _now(now)
    with transaction.atomic():
        request = _locked(request)
        _check_guide(request, user)
        _move(request, S.ACCEPTED, by=user, now=now)
        offer = _close_offer(request, OfferOutcome.ACCEPTED, now=now)
        offer.contact_released_at = now
        offer.fields_provided = [*offer.fields_provided, *CONTACT_FIELDS]
        offer.save(update_fields=["contact_released_at", "fields_provided"])
        request.first_answered_at = request.first_answered_at or now
        request.save(update_fields=["status", "status_changed_at", "first_answered_at"])
        _email_newcomer(request, "introduction_update")
        _email_guide(request, request.guide, "introduction_accepted")
    return request


def introduction_request_decline(*, request, user, reason="", now=None):
    """The offered guide declines (a reason is optional, and stays with staff);
    the request goes to the next-ranked guide, or to the staff queue."""
    now = _now(now)
    with transaction.atomic():
        request = _locked(request)
        _check_guide(request, user)
        _move(request, S.DECLINED, by=user, now=now, note=reason.strip())
        _close_offer(request, OfferOutcome.DECLINED, now=now, reason=reason.strip())
        request.guide = None
        request.first_answered_at = request.first_answered_at or now
        request.save(
            update_fields=["guide", "status", "status_changed_at", "first_answered_at"]
        )
        _route(request, by=None, now=now)
        request.refresh_from_db()
    return request


def introduction_request_mark_introduced(*, request, user, now=None):
    """The guide and the newcomer have met (or talked)."""
    now = _now(now)
    with transaction.atomic():
        request = _locked(request)
        _check_guide(request, user)
        _move(request, S.INTRODUCED, by=user, now=now)
        request.save(update_fields=["status", "status_changed_at"])
        _email_newcomer(request, "introduction_update")
    return request


def introduction_request_feedback(
    *, request, side, rating, comment="", user=None, now=None
):
    """Feedback from one side (``"newcomer"`` or ``"guide"``) after the
    introduction; with both sides' feedback the request closes."""
    now = _now(now)
    with transaction.atomic():
        request = _locked(request)
        if side == "guide":
            _check_guide(request, user)
        elif side != "newcomer":
            raise ValueError(side)
        if request.status != S.INTRODUCED:
            raise _error(
                pgettext(
                    "introduction",
                    "Feedback is for requests whose introduction took place.",
                )
            )
        if getattr(request, f"{side}_rating") is not None:
            raise _error(pgettext("introduction", "You already gave your feedback."))
        setattr(request, f"{side}_rating", rating)
        setattr(request, f"{side}_comment", comment.strip())
        fields = [f"{side}_rating", f"{side}_comment"]
        if request.newcomer_rating is not None and request.guide_rating is not None:
            _move(
                request,
                S.CLOSED,
                by=user,
                now=now,
                note=pgettext("introduction", "Both sides gave their feedback."),
            )
            request.closed_at = now
            fields += ["status", "status_changed_at", "closed_at"]
            _email_newcomer(request, "introduction_update")
            _email_guide(request, request.guide, "introduction_closed")
        request.save(update_fields=fields)
    return request


def introduction_request_withdraw(*, request, user=None, now=None):
    """The newcomer withdraws the request and their consent: nothing more goes
    to any guide; the guide who had it is told."""
    now = _now(now)
    with transaction.atomic():
        request = _locked(request)
        guide = request.guide if request.status in GUIDE_OPEN_STATUSES else None
        _move(
            request,
            S.WITHDRAWN,
            by=user,
            now=now,
            note=pgettext("introduction", "Withdrawn with the consent."),
        )
        _close_offer(request, OfferOutcome.WITHDRAWN, now=now)
        request.consent_withdrawn_at = now
        request.needs_staff = False
        request.closed_at = now
        request.save(
            update_fields=[
                "status",
                "status_changed_at",
                "consent_withdrawn_at",
                "needs_staff",
                "closed_at",
            ]
        )
        if guide is not None:
            _email_guide(request, guide, "introduction_withdrawn")
    return request


def introduction_request_expire(*, request, by=None, note="", now=None):
    """A request nobody can take any more ends (staff, or the clock for a
    visitor who never confirmed their address)."""
    now = _now(now)
    with transaction.atomic():
        request = _locked(request)
        _move(request, S.EXPIRED, by=by, now=now, note=note)
        _close_offer(request, OfferOutcome.NO_ANSWER, now=now)
        request.needs_staff = False
        request.closed_at = now
        request.save(
            update_fields=["status", "status_changed_at", "needs_staff", "closed_at"]
        )
        if request.confirmed_at is not None:
            _email_newcomer(request, "introduction_update")
    return request


def introduction_request_reassign(*, request, guide, reason, by, now=None):
    """Staff send the request to ``guide`` by hand, with a recorded reason; the
    guide's limit still holds."""
    if not by.has_perm("network.change_introductionrequest"):
        raise PermissionDenied
    reason = (reason or "").strip()
    if not reason:
        raise _error(
            pgettext("introduction", "Say why you choose this guide."), "reason"
        )
    now = _now(now)
    with transaction.atomic():
        request = _locked(request)
        if request.status not in REASSIGNABLE:
            raise _error(
                pgettext(
                    "introduction",
                    "A request that is “%(current)s” cannot be sent to a guide.",
                )
                % {"current": IntroductionStatus(request.status).label}
            )
        if request.guide_id == guide.pk:
            raise _error(
                pgettext("introduction", "The request is already with this guide."),
                "guide",
            )
        _offer(
            request,
            guide,
            by=by,
            now=now,
            reasons=[{"code": "by_hand"}],
            rank=None,
            by_hand_reason=reason,
        )
    return request


def introductions_escalate(*, now=None):
    """The clock (``manage.py escalate_introductions``, hourly): after
    ``KAIKI_INTRODUCTION_ANSWER_DAYS`` without an answer the guide is reminded;
    after as many again the request goes to the next guide (or to the staff
    queue, and staff are alerted); visitors who never confirmed their address
    see their request expire after ``KAIKI_INTRODUCTION_CONFIRM_DAYS``.
    Returns how many requests were reminded, re-offered, queued and expired."""
    now = _now(now)
    wait = timedelta(days=settings.KAIKI_INTRODUCTION_ANSWER_DAYS)
    counts = {"reminded": 0, "reoffered": 0, "queued": 0, "expired": 0}
    due = IntroductionOffer.objects.filter(
        outcome=OfferOutcome.OPEN, request__status=S.OFFERED
    )
    for offer in due.filter(reminded_at__isnull=True, offered_at__lte=now - wait):
        with transaction.atomic():
            request = _locked(offer.request)
            offer = _open_offer(request)
            if offer is None or offer.reminded_at is not None:
                continue
            offer.reminded_at = now
            offer.save(update_fields=["reminded_at"])
            _record(
                request,
                request.status,
                request.status,
                by=None,
                now=now,
                note=pgettext("introduction", "Reminder sent to the guide."),
            )
            _email_guide(request, request.guide, "introduction_offer", reminder=True)
            counts["reminded"] += 1
    for offer in due.filter(reminded_at__lte=now - wait):
        with transaction.atomic():
            request = _locked(offer.request)
            offer = _open_offer(request)
            if offer is None or offer.reminded_at is None:
                continue
            guide = request.guide
            _close_offer(request, OfferOutcome.NO_ANSWER, now=now)
            _move(
                request,
                S.CONFIRMED,
                by=None,
                now=now,
                note=pgettext("introduction", "No answer in time: offer taken back."),
            )
            request.guide = None
            request.save(update_fields=["guide", "status", "status_changed_at"])
            _email_guide(request, guide, "introduction_taken_back")
            if _route(request, by=None, now=now) is None:
                counts["queued"] += 1
            else:
                counts["reoffered"] += 1
    confirm_by = now - timedelta(days=settings.KAIKI_INTRODUCTION_CONFIRM_DAYS)
    for request in IntroductionRequest.objects.filter(
        status=S.SUBMITTED, created_at__lte=confirm_by
    ):
        introduction_request_expire(
            request=request,
            now=now,
            note=pgettext("introduction", "The e-mail address was never confirmed."),
        )
        counts["expired"] += 1
    return counts


def introductions_erase_member(*, user, now=None):
    """Before ``user``'s account is deleted (``member_delete``).

    As newcomer: open requests are withdrawn first (their guide is told, the
    history records it), an introduced one is closed; then the personal data
    on all their requests is erased (name, e-mail, phone, message, free text,
    the private link) and the consent closed. Status, dates, region, topics,
    ratings and the steps stay, for the figures.
    As guide: a request offered to them goes to the next guide (or to the
    staff queue); one they had accepted goes to the staff queue. Their own
    free text (reasons for declining, feedback) is erased.
    """
    now = _now(now)
    with transaction.atomic():
        for request in IntroductionRequest.objects.of_newcomer(user).filter(
            status__in=OPEN_STATUSES
        ):
            introduction_request_withdraw(request=request, user=user, now=now)
        for request in IntroductionRequest.objects.of_newcomer(user).filter(
            status=S.INTRODUCED
        ):
            request = _locked(request)
            _move(request, S.CLOSED, by=user, now=now, note=_account_deleted())
            request.closed_at = now
            request.save(update_fields=["status", "status_changed_at", "closed_at"])
        mine = IntroductionRequest.objects.of_newcomer(user)
        mine.filter(consent_withdrawn_at__isnull=True).update(consent_withdrawn_at=now)
        for request in mine.only("pk"):
            # A new token: the private link of the request stops working.
            IntroductionRequest.objects.filter(pk=request.pk).update(
                token=new_token(),
                name="",
                email="",
                phone="",
                moving_from="",
                moving_when="",
                message="",
                newcomer_comment="",
                guide_comment="",
            )
        IntroductionOffer.objects.filter(request__newcomer=user).update(
            decline_reason=""
        )
        IntroductionTransition.objects.filter(
            request__newcomer=user, to_status=S.DECLINED
        ).update(note="")
        guide = GuideProfile.objects.filter(member__user=user).first()
        if guide is not None:
            _guide_leaves(guide, now=now)


def _account_deleted():
    return pgettext("introduction", "The account was deleted.")


def _guide_leaves(guide, *, now):
    # Not accepting any more: routing passes them over.
    GuideProfile.objects.filter(pk=guide.pk).update(accepting=False)
    for request in IntroductionRequest.objects.filter(guide=guide, status=S.OFFERED):
        request = _locked(request)
        if request.guide_id != guide.pk or request.status != S.OFFERED:
            continue
        _close_offer(request, OfferOutcome.WITHDRAWN, now=now)
        _move(request, S.CONFIRMED, by=None, now=now, note=_account_deleted())
        request.guide = None
        request.save(update_fields=["guide", "status", "status_changed_at"])
        _route(request, by=None, now=now)
    for request in IntroductionRequest.objects.filter(guide=guide, status=S.ACCEPTED):
        # Accepted but not yet introduced: the newcomer still needs a guide.
        # Staff take it up (the departed guide already had the newcomer's
        # contact details, which the newcomer should hear from a person) and
        # may send it to another guide by hand (introduction_request_reassign).
        request = _locked(request)
        if request.guide_id != guide.pk or request.status != S.ACCEPTED:
            continue
        _move(request, S.CONFIRMED, by=None, now=now, note=_account_deleted())
        request.guide = None
        request.needs_staff = True
        request.save(
            update_fields=["guide", "status", "status_changed_at", "needs_staff"]
        )
        _email_staff(request)
    for request in IntroductionRequest.objects.filter(
        guide=guide, status=S.INTRODUCED
    ):
        # Already introduced: nothing to undo; staff follow it up with the newcomer.
        request = _locked(request)
        request.needs_staff = True
        request.save(update_fields=["needs_staff"])
        _record(
            request,
            request.status,
            request.status,
            by=None,
            now=now,
            note=_account_deleted(),
        )
        _email_staff(request)
    IntroductionOffer.objects.filter(guide=guide).update(decline_reason="")
    IntroductionTransition.objects.filter(guide=guide, to_status=S.DECLINED).update(
        note=""
    )
    IntroductionRequest.objects.filter(guide=guide).update(guide_comment="")


# E-mails: rendered now in the reader's language, sent by the worker after the
# commit. A guide's e-mail before acceptance names neither the newcomer nor
# their contact details.


def _site_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def newcomer_url(request):
    with translation.override(request.language):
        return reverse("network:introduction", args=[request.token])


def _queue(*, subject, template, context, to):
    body = render_to_string(template, context)
    kwargs = {"subject": subject, "body": body, "to": to}
    queue_email(**kwargs)


def _email_newcomer(request, template):
    with translation.override(request.language):
        url = _site_url(reverse("network:introduction", args=[request.token]))
        if template == "introduction_confirm":
            subject = pgettext("introduction", "Confirm your introduction request")
        else:
            subject = pgettext(
                "introduction", "Your introduction request: %(status)s"
            ) % {"status": request.get_status_label()}
        _queue(
            subject=subject,
            template=f"network/email/{template}.txt",
            context={"request": request, "url": url},
            to=[request.email],
        )


def _email_guide(request, guide, template, *, reminder=False):
    member = guide.member
    with translation.override(member.language):
        url = _site_url(reverse("network:guide_introduction", args=[request.pk]))
        subjects = {
            "introduction_offer": pgettext(
                "introduction", "A newcomer asks to be introduced to you"
            ),
            "introduction_accepted": pgettext(
                "introduction", "You accepted an introduction"
            ),
            "introduction_taken_back": pgettext(
                "introduction", "An introduction request was passed on"
            ),
            "introduction_withdrawn": pgettext(
                "introduction", "A newcomer withdrew their request"
            ),
            "introduction_closed": pgettext(
                "introduction", "An introduction is closed: thank you"
            ),
        }
        subject = subjects[template]
        if reminder:
            subject = pgettext("introduction", "Reminder: %(subject)s") % {
                "subject": subject
            }
        _queue(
            subject=subject,
            template=f"network/email/{template}.txt",
            context={
                "request": request,
                "guide": guide,
                "url": url,
                "reminder": reminder,
                "answer_days": settings.KAIKI_INTRODUCTION_ANSWER_DAYS,
            },
            to=[member.user.email],
        )


def _email_staff(request):
    recipients = network_staff_emails()
    if not recipients:
        return
    with translation.override(settings.LANGUAGE_CODE):
        url = _site_url(reverse("network_introduction_manage", args=[request.pk]))
        _queue(
            subject=pgettext(
                "introduction", "An introduction request needs a guide: no. %(number)s"
            )
            % {"number": request.pk},
            template="network/email/introduction_staff.txt",
            context={"request": request, "url": url},
            to=recipients,
        )
