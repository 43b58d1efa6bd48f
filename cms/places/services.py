"""Writes on community places: a group's application, staff review, and the
yearly re-confirmation.

Every status change goes through ``_change_status``, which records who changed
it, when and why (``PlaceStatusChange``). E-mails are written here, in the
group's language, and sent by the task worker once the transaction commits.
Every function takes ``now`` so tests (and the daily job) decide the time.
"""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Locale

from cms.mail.tasks import queue_email

from .choices import PlaceActor, PlaceStatus
from .links import CONFIRM, UPDATE, new_link_key, place_full_url, place_token
from .models.places import CommunityPlace, PlaceStatusChange
from .selectors import place_reviewer_emails

# What a group fills in (and may change when asked to, or when re-confirming).
APPLICATION_FIELDS = (
    "name",
    "kind",
    "organiser",
    "region",
    "municipality",
    "venue",
    "address",
    "schedule",
    "accessibility",
    "description",
    "contact",
    "contact_name",
    "contact_email",
    "contact_phone",
)
# Route names of the places page: a place may not take one as its slug.
RESERVED_SLUGS = {"apply", "update", "confirm"}


def place_apply(*, data, language, now=None):
    """Register a group's application: a place waiting for approval, in the
    default language, with the group's consent to publish recorded.

    ``data`` holds ``APPLICATION_FIELDS`` (a validated form's cleaned data);
    ``language`` is the one the group wrote in, used for its e-mails.
    """
    now = now or timezone.now()
    place = CommunityPlace(
        locale=Locale.get_default(),
        status=PlaceStatus.PENDING,
        consented_at=now,
        contact_language=language,
        link_key=new_link_key(),
        **_application_values(data),
    )
    place.slug = _free_slug(place)
    place.full_clean()
    with transaction.atomic():
        try:
            with transaction.atomic():
                place.save()
        except IntegrityError:
            # Another application took the same slug a moment ago.
            place.slug = f"{place.slug[:90]}-{secrets.token_hex(3)}"
            place.save()
        _record(place, "", PlaceStatus.PENDING, actor=PlaceActor.GROUP, now=now)
        _mail_group(
            place,
            subject=lambda: _("We have received your application: %(name)s"),
            body=lambda: _(
                "Thank you for applying to list %(name)s among the community "
                "places. Our staff will review it and write to you at this "
                "address."
            ),
        )
        _mail_staff(
            place,
            subject=lambda: _("New community place application: %(name)s"),
            body=lambda: _("%(name)s (%(organiser)s) applied to be listed."),
        )
    return place


def place_approve(*, place, user, message="", now=None):
    """Approve a place: it is listed (and confirmed for a year) from now."""
    now = now or timezone.now()
    with transaction.atomic():
        place = _locked(place)
        if place.status == PlaceStatus.APPROVED:
            raise ValidationError(_("This place is already approved."))
        place.confirmed_at = now
        place.reminder_sent_at = None
        _change_status(place, PlaceStatus.APPROVED, user=user, message=message, now=now)
        page_url = place_full_url(place=place, route="place", args=(place.slug,))
        _mail_group(
            place,
            subject=lambda: _("%(name)s is now listed"),
            body=lambda: _(
                "%(name)s has been approved and is listed among the community "
                "places. Its page: %(page_url)s\n\nOnce a year we will ask you "
                "to confirm that the details are still right."
            ),
            message=message,
            page_url=page_url,
        )
    return place


def place_reject(*, place, user, message, now=None):
    """Turn an application down, or take a listed place off the list; the
    group is told why."""
    now = now or timezone.now()
    _require_message(message)
    with transaction.atomic():
        place = _locked(place)
        if place.status == PlaceStatus.REJECTED:
            raise ValidationError(_("This place is already rejected."))
        place.link_key = new_link_key()
        _change_status(place, PlaceStatus.REJECTED, user=user, message=message, now=now)
        _mail_group(
            place,
            subject=lambda: _("About your application: %(name)s"),
            body=lambda: _(
                "We are sorry: %(name)s will not be listed among the community "
                "places. The reason is below."
            ),
            message=message,
        )
    return place


def place_request_changes(*, place, user, message, now=None):
    """Ask the group to change its application; it gets a link to do so (no
    account needed). A listed place leaves the list until approved again."""
    now = now or timezone.now()
    _require_message(message)
    with transaction.atomic():
        place = _locked(place)
        if place.status in {PlaceStatus.CHANGES_REQUESTED, PlaceStatus.REJECTED}:
            raise ValidationError(
                _("Changes can be asked for only while a place waits or is listed.")
            )
        place.link_key = new_link_key()
        _change_status(
            place, PlaceStatus.CHANGES_REQUESTED, user=user, message=message, now=now
        )
        link = place_full_url(
            place=place,
            route="update",
            args=(place_token(place=place, purpose=UPDATE),),
        )
        _mail_group(
            place,
            subject=lambda: _("Please update your application: %(name)s"),
            body=lambda: _(
                "Our staff ask you to change your application for %(name)s; "
                "their message is below. Update it here (the link works once "
                "and for 60 days):\n%(link)s"
            ),
            message=message,
            link=link,
        )
    return place


def place_resubmit(*, place, data, now=None):
    """The group's updated application, sent from its link: waiting for
    approval again, and staff are told."""
    now = now or timezone.now()
    with transaction.atomic():
        place = _locked(place, same_link=True)
        if place.status != PlaceStatus.CHANGES_REQUESTED:
            raise ValidationError(_("This application is not waiting for changes."))
        changed = _apply(place, data)
        place.consented_at = now
        place.link_key = new_link_key()  # the link is used
        _change_status(
            place,
            PlaceStatus.PENDING,
            actor=PlaceActor.GROUP,
            message=_changed_note(changed),
            now=now,
        )
        _mail_staff(
            place,
            subject=lambda: _("Community place application updated: %(name)s"),
            body=lambda: _(
                "The group updated its application for %(name)s. %(changes)s"
            ),
            changes=lambda: _changed_note(changed),
        )
    return place


def place_confirm(*, place, data, now=None):
    """The group confirms its listing for another year, with any changes it
    made. A lapsed place is listed again; staff are told of changes."""
    now = now or timezone.now()
    with transaction.atomic():
        place = _locked(place, same_link=True)
        if place.status not in {PlaceStatus.APPROVED, PlaceStatus.LAPSED}:
            raise ValidationError(
                _("This place is not listed, so it cannot be confirmed.")
            )
        place.consented_at = now
        was_lapsed = place.status == PlaceStatus.LAPSED
        changed = _apply(place, data)
        place.confirmed_at = now
        place.reminder_sent_at = None
        place.link_key = new_link_key()  # the link is used
        _change_status(
            place,
            PlaceStatus.APPROVED,
            actor=PlaceActor.GROUP,
            message=_("Re-confirmed.") + " " + _changed_note(changed),
            now=now,
        )
        if changed or was_lapsed:
            _mail_staff(
                place,
                subject=lambda: _("Community place re-confirmed: %(name)s"),
                body=lambda: (
                    _(
                        "The group re-confirmed %(name)s; it had lapsed and is "
                        "listed again. %(changes)s"
                    )
                    if was_lapsed
                    else _("The group re-confirmed %(name)s. %(changes)s")
                ),
                changes=lambda: _changed_note(changed),
            )
    return place


def place_confirmations_run(*, now=None):
    """The daily job: remind groups whose year is up, and take places off the
    list that were not re-confirmed in time (staff get one e-mail listing them).

    Safe to run as often as you like: a group is reminded once per year, a
    place lapses once, and two runs at the same time do not both act on a
    place. Returns (reminded, lapsed) counts.
    """
    now = now or timezone.now()
    reminded = 0
    for place in CommunityPlace.objects.confirmation_due(now=now):
        with transaction.atomic():
            key = new_link_key()
            claimed = CommunityPlace.objects.filter(
                pk=place.pk, reminder_sent_at=place.reminder_sent_at
            ).update(reminder_sent_at=now, link_key=key)
            if not claimed:
                continue
            place.reminder_sent_at, place.link_key = now, key
            _mail_confirmation_link(place)
            reminded += 1
    lapsed = []
    for place in CommunityPlace.objects.overdue(now=now):
        with transaction.atomic():
            claimed = CommunityPlace.objects.filter(
                pk=place.pk, status=PlaceStatus.APPROVED
            ).update(link_key=new_link_key())
            if not claimed:
                continue
            place.refresh_from_db()
            _change_status(place, PlaceStatus.LAPSED, actor=PlaceActor.SYSTEM, now=now)
            _mail_confirmation_link(place, lapsed=True)
            lapsed.append(place)
    recipients = place_reviewer_emails() if lapsed else []
    if recipients:
        lines = [f"- {p.name} ({p.region.name}): {_admin_url(p)}" for p in lapsed]
        with translation.override(settings.LANGUAGE_CODE):
            _queue_mail(
                subject=ngettext(
                    "%(count)d community place left the list",
                    "%(count)d community places left the list",
                    len(lapsed),
                )
                % {"count": len(lapsed)},
                body=_(
                    "These places were not re-confirmed in time and are no "
                    "longer listed:"
                )
                + "\n"
                + "\n".join(lines),
                recipients=recipients,
            )
    return reminded, len(lapsed)


# --- helpers ---------------------------------------------------------------------


def _application_values(data):
    return {field: data[field] for field in APPLICATION_FIELDS if field in data}


def _apply(place, data):
    """Set the group's fields from ``data``; the labels of those that changed."""
    changed = []
    for field, value in _application_values(data).items():
        if getattr(place, field) != value:
            setattr(place, field, value)
            changed.append(str(CommunityPlace._meta.get_field(field).verbose_name))
    place.full_clean()
    return changed


def _changed_note(changed):
    if not changed:
        return _("Nothing changed.")
    return _("Changed: %(fields)s") % {"fields": ", ".join(changed)}


def readable_slug_base(place):
    """The start of a new place's address: its name where that is written in
    Latin letters, otherwise its kind and municipality (``children-cafeteria-
    goshogawara``): a Japanese name would be spelt percent-encoded, nine
    characters per kana or kanji, in every link and e-mail (as for pages,
    cms/core/slugs.py)."""
    latin = slugify(place.name)
    if latin and slugify(place.name, allow_unicode=True) == latin:
        return latin[:90]
    parts = [place.kind.replace("_", "-")]
    if place.municipality_id:
        parts.append(place.municipality.slug)
    elif place.region_id:
        parts.append(place.region.slug)
    return slugify("-".join(parts))[:90] or "place"


def _free_slug(place):
    base = readable_slug_base(place)
    taken = set(
        CommunityPlace.objects.filter(
            locale=Locale.get_default(), slug__startswith=base
        ).values_list("slug", flat=True)
    )
    taken |= RESERVED_SLUGS
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def _locked(place, *, same_link=False):
    """The place as stored, locked until the transaction ends, so two staff
    members (or two tabs) cannot act on it at once. With ``same_link``, the
    link the group used must still be the current one."""
    current = CommunityPlace.objects.select_for_update().get(pk=place.pk)
    if same_link and current.link_key != place.link_key:
        raise ValidationError(_("This link has already been used."))
    return current


def _require_message(message):
    if not (message or "").strip():
        raise ValidationError(
            {"message": _("Write the reason: the group will read it in the e-mail.")}
        )


def _change_status(
    place, status, *, user=None, actor=PlaceActor.STAFF, message="", now
):
    previous = place.status
    place.status = status
    place.save()
    # Translations carry the same status and dates (synchronised fields), so
    # the admin shows the same whichever language a staff member opens.
    CommunityPlace.objects.filter(translation_key=place.translation_key).exclude(
        pk=place.pk
    ).update(
        status=status,
        confirmed_at=place.confirmed_at,
        reminder_sent_at=place.reminder_sent_at,
    )
    _record(place, previous, status, actor=actor, user=user, message=message, now=now)


def _record(place, previous, status, *, actor, now, user=None, message=""):
    PlaceStatusChange.objects.create(
        place=place,
        from_status=previous,
        to_status=status,
        actor=PlaceActor.STAFF if user else actor,
        user=user,
        message=message,
        created_at=now,
    )


def _mail_confirmation_link(place, *, lapsed=False):
    link = place_full_url(
        place=place,
        route="confirm",
        args=(place_token(place=place, purpose=CONFIRM),),
    )
    if lapsed:
        body = lambda: _(  # noqa: E731
            "%(name)s was not re-confirmed in time, so it is no longer listed "
            "among the community places. To list it again, check its details "
            "and confirm them here (the link works for 60 days):\n%(link)s"
        )
        subject = lambda: _("%(name)s is no longer listed")  # noqa: E731
    else:
        body = lambda: _(  # noqa: E731
            "It is a year since the details of %(name)s were confirmed. Please "
            "check them and confirm or update them here:\n%(link)s\n\nIf they "
            "are not confirmed by %(deadline)s, the place leaves the list."
        )
        subject = lambda: _("Please confirm your listing: %(name)s")  # noqa: E731
    _mail_group(
        place,
        subject=subject,
        body=body,
        link=link,
        deadline=lambda: timezone.localtime(place.lapses_at).strftime("%Y-%m-%d"),
    )


def _mail_group(place, *, subject, body, message="", **values):
    """Queue an e-mail to the group's contact, in the language it wrote in.

    ``subject`` and ``body`` are callables so gettext runs in that language.
    """
    if not place.contact_email:
        return
    with translation.override(place.contact_language):
        values = {
            key: value() if callable(value) else value for key, value in values.items()
        }
        values["name"] = place.name
        text = body() % values
        if message:
            text += "\n\n" + _("Message from our staff:") + "\n" + message
        text += "\n\n" + _("If you have questions, reply to this e-mail.")
        _queue_mail(
            subject=subject() % values,
            body=text,
            recipients=[place.contact_email],
        )


def _mail_staff(place, *, subject, body, **values):
    """Queue an e-mail to the staff who review places, in the site's default
    language, with a link to the place in the admin."""
    recipients = place_reviewer_emails()
    if not recipients:
        return
    with translation.override(settings.LANGUAGE_CODE):
        values = {key: value() for key, value in values.items()}
        values.update(name=place.name, organiser=place.organiser or "-")
        _queue_mail(
            subject=subject() % values,
            body=(body() % values) + "\n\n" + _admin_url(place),
            recipients=recipients,
        )


def _admin_url(place):
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    return base + reverse("wagtailsnippets_places_communityplace:edit", args=[place.pk])


def _queue_mail(*, subject, body, recipients):
    queue_email(subject=subject, body=body, to=recipients)
