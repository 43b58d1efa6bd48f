"""Reads of the network app: the guide directory, a guide's page, a member's data."""

import base64
import statistics

from django.db.models import Count, Prefetch, Q
from django.utils import timezone
from wagtail.search.backends import get_search_backend

from cms.core.staff import staff_emails
from cms.events.models import EventSession
from cms.regions.selectors import municipalities_in, regions_in
from cms.registrations.choices import RegistrationStatus
from cms.registrations.models import Registration

from .choices import (
    GuideStatus,
    IntroductionStatus,
    MemberKind,
    WhoMayAsk,
)
from .introductions.selectors import accepting_coverage, regions_with_guides
from .models.introductions import (
    CONTACT_FIELDS,
    FIELDS_BEFORE_ACCEPTANCE,
    IntroductionOffer,
    IntroductionRequest,
)
from .models.profiles import GuideProfile, GuideStatusChange, MemberProfile


def _localized(rows, by_key):
    return [by_key.get(row.translation_key, row) for row in rows]


def guides_with_areas(guides, *, locale):
    """``guides`` (a list) with ``area_regions`` and ``area_municipalities``:
    the regions and municipalities they guide, in ``locale``."""
    regions = {r.translation_key: r for r in regions_in(locale)}
    municipalities = {m.translation_key: m for m in municipalities_in(locale)}
    for guide in guides:
        guide.area_regions = _localized(guide.regions.all(), regions)
        guide.area_municipalities = _localized(
            guide.municipalities.all(), municipalities
        )
    return guides


def _listing(user):
    return GuideProfile.objects.visible_to(user).for_listing()


def guides_looking_for(*, user, locale, coverage=None):
    """Regions (in ``locale``) without an accepting guide ``user`` can see, and
    in the others, the municipalities without one: ``[(region, whole_region,
    [municipality, ...]), ...]`` in the editors' order. ``coverage``: what
    ``accepting_coverage(user=user)`` returned, if the caller has it."""
    covered_regions, covered_municipalities = coverage or accepting_coverage(user=user)
    partly_covered = {region_key for _key, region_key in covered_municipalities}
    covered_municipality_keys = {key for key, _region_key in covered_municipalities}
    municipalities = {}
    for municipality in municipalities_in(locale):
        municipalities.setdefault(municipality.region_id, []).append(municipality)
    looking = []
    for region in regions_in(locale):
        if region.translation_key in covered_regions:
            continue
        whole = region.translation_key not in partly_covered
        open_municipalities = [
            m
            for m in municipalities.get(region.pk, [])
            if m.translation_key not in covered_municipality_keys
        ]
        if whole or open_municipalities:
            looking.append((region, whole, open_municipalities))
    return looking


def guide_directory_context(
    *,
    locale,
    user,
    region=None,
    municipality=None,
    topic="",
    language="",
):
    """Approved guides ``user`` may see, filtered, accepting ones first (a
    queryset: the page paginates it and adds the areas of the guides it shows,
    ``guides_with_areas``), and the directory's lists of regions in ``locale``."""
    guides = _listing(user)
    if municipality is not None:
        guides = guides.in_municipality(municipality)
    elif region is not None:
        guides = guides.in_region(region)
    if topic:
        guides = guides.with_topic(topic)
    if language:
        guides = guides.with_language(language)
    guides = guides.accepting_first()
    coverage = accepting_coverage(user=user)
    return {
        "guides": guides,
        "filtered": bool(region or municipality or topic or language),
        "looking": guides_looking_for(user=user, locale=locale, coverage=coverage),
        "ask_regions": regions_with_guides(user=user, locale=locale, coverage=coverage),
    }


def guide_page_context(*, locale, guide_id, user):
    """What a guide's page shows, or ``None`` if ``user`` may not see it."""
    guide = (
        _listing(user)
        .select_related("member__region", "member__municipality")
        .filter(pk=guide_id)
        .first()
    )
    if guide is None:
        return None
    guides_with_areas([guide], locale=locale)
    may_ask = guide.who_may_ask == WhoMayAsk.ANYONE or user.is_authenticated
    return {
        "guide": guide,
        "member": guide.member,
        "may_ask": may_ask,
    }


def member_guide(*, user):
    """The user's guide profile with its areas, or ``None``."""
    return (
        GuideProfile.objects.filter(member__user=user)
        .prefetch_related("regions", "municipalities")
        .first()
    )


def member_data_export(*, user):
    """Everything Kaiki holds about ``user``, as JSON-ready data (their download)."""
    profile = (
        MemberProfile.objects.filter(user=user)
        .select_related("region", "municipality")
        .first()
    )
    data = {
        "account": {
            "email": user.email,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
            "email_addresses": [
                {"email": a.email, "verified": a.verified, "primary": a.primary}
                for a in user.emailaddress_set.order_by("pk")
            ],
        },
        "profile": None,
        "guide": None,
        "introduction_requests": _export_own_requests(user),
        "introduction_offers": [],
    }
    if profile is None:
        return data
    photo = None
    if profile.photo:
        with profile.photo.open("rb") as photo_file:
            photo = {
                "content_type": "image/jpeg",
                "base64": base64.b64encode(photo_file.read()).decode("ascii"),
            }
    data["profile"] = {
        "display_name": profile.display_name,
        "legal_name": profile.legal_name,
        "name_kana": profile.name_kana,
        "came_from": profile.came_from,
        "region": profile.region.name if profile.region else None,
        "municipality": profile.municipality.name if profile.municipality else None,
        "kind": profile.kind,
        "year_moved": profile.year_moved,
        "topics": profile.topics,
        "skills": profile.skills,
        "languages": profile.languages,
        "bio": profile.bio,
        "visibility": profile.visibility,
        "language": profile.language,
        "photo": photo,
        "created_at": profile.created_at.isoformat(),
        "updated_at": profile.updated_at.isoformat(),
    }
    guide = GuideProfile.objects.filter(member=profile).first()
    if guide is not None:
        data["guide"] = {
            "status": guide.status,
            "status_reason": guide.status_reason,
            "regions": [r.name for r in guide.regions.all()],
            "municipalities": [m.name for m in guide.municipalities.all()],
            "topics": guide.topics,
            "languages": guide.languages,
            "statement": guide.statement,
            "max_open_introductions": guide.max_open_introductions,
            "accepting": guide.accepting,
            "who_may_ask": guide.who_may_ask,
            "applied_at": guide.applied_at.isoformat(),
            "history": [
                {
                    "from": change.from_status,
                    "to": change.to_status,
                    "reason": change.reason,
                    "at": change.changed_at.isoformat(),
                }
                for change in GuideStatusChange.objects.filter(guide=guide)
            ],
        }
        data["introduction_offers"] = _export_offers_to(guide)
    return data


def _iso(value):
    return value.isoformat() if value else None


def _export_own_requests(user):
    """The member's requests as newcomer: what they wrote, the status and its
    history, and the consent record (which guide received which fields).
    Staff's and guides' notes stay out: they are not the newcomer's to read."""
    requests = (
        IntroductionRequest.objects.of_newcomer(user)
        .select_related("region", "municipality")
        .prefetch_related(
            "transitions",
            Prefetch(
                "offers",
                queryset=IntroductionOffer.objects.select_related("guide__member"),
            ),
        )
    )
    return [
        {
            "number": request.pk,
            "name": request.name,
            "email": request.email,
            "phone": request.phone,
            "language": request.language,
            "moving_from": request.moving_from,
            "moving_when": request.moving_when,
            "region": request.region.name,
            "municipality": request.municipality.name if request.municipality else None,
            "topics": request.topics,
            "languages": request.languages,
            "message": request.message,
            "status": request.status,
            "status_changed_at": _iso(request.status_changed_at),
            "created_at": _iso(request.created_at),
            "confirmed_at": _iso(request.confirmed_at),
            "closed_at": _iso(request.closed_at),
            "rating": request.newcomer_rating,
            "comment": request.newcomer_comment,
            "history": [
                {"from": step.from_status, "to": step.to_status, "at": _iso(step.at)}
                for step in request.transitions.all()
            ],
            "consent": {
                "notice_version": request.consent_notice_version,
                "notice": request.consent_notice,
                "given_at": _iso(request.consent_given_at),
                "withdrawn_at": _iso(request.consent_withdrawn_at),
                "provided": [
                    {
                        "guide": offer.guide.member.display_name
                        if offer.guide
                        else None,
                        "offered_at": _iso(offer.offered_at),
                        "fields": offer.fields_provided,
                        "contact_released_at": _iso(offer.contact_released_at),
                    }
                    for offer in request.offers.all()
                ],
            },
        }
        for request in requests
    ]


def _export_offers_to(guide):
    """The offers made to ``guide``: their answers and what they were given.
    The request's content only while it is with them and consented to, as
    their page shows it; the newcomer's contact details only once accepted."""
    offers = IntroductionOffer.objects.filter(guide=guide).select_related(
        "request__region", "request__municipality"
    )
    exported = []
    for offer in offers:
        request = offer.request
        entry = {
            "request": request.pk,
            "offered_at": _iso(offer.offered_at),
            "reminded_at": _iso(offer.reminded_at),
            "answered_at": _iso(offer.answered_at),
            "outcome": offer.outcome,
            "rank": offer.rank,
            "reasons": offer.reasons,
            "decline_reason": offer.decline_reason,
            "fields_provided": offer.fields_provided,
            "contact_released_at": _iso(offer.contact_released_at),
            "request_details": None,
        }
        with_them = (
            request.guide_id == guide.pk and request.consent_withdrawn_at is None
        )
        if with_them:
            fields = list(FIELDS_BEFORE_ACCEPTANCE)
            if request.contact_released and offer.contact_released_at:
                fields += CONTACT_FIELDS
            details = {name: getattr(request, name) for name in fields}
            details["region"] = request.region.name
            details["municipality"] = (
                request.municipality.name if request.municipality else None
            )
            details["status"] = request.status
            details["rating"] = request.guide_rating
            details["comment"] = request.guide_comment
            entry["request_details"] = details
        exported.append(entry)
    return exported


def search_guides(*, query, user):
    """Approved guides ``user`` may see whose public profile matches ``query``:
    the full-text index holds only what a guide page shows (statement, display
    name); the visibility rule is applied to what it finds."""
    if not query:
        return GuideProfile.objects.none()
    found = get_search_backend().search(
        query, GuideProfile.objects.listed(), operator="or"
    )
    ids = [guide.pk for guide in found]
    return _listing(user).filter(pk__in=ids)


def network_staff_emails():
    """The addresses of active staff who may decide on guides."""
    return staff_emails("network.change_guideprofile")


# Network figures: counts from the data, for the public page (small counts
# hidden) and for staff (exact).


SMALL_COUNT = 5
# Where each of Aomori's regions sits on the tile map (column, row); other
# regions follow in their order.
TILE_POSITIONS = {
    "seihokugo": (0, 0),
    "tosei": (1, 0),
    "shimokita": (2, 0),
    "chunan": (0, 1),
    "kamitosan": (1, 1),
    "sanpachi": (2, 1),
}
TILE_COLUMNS = 3


def shown_count(count, *, exact):
    """A count as the public may see it: below 5 it could point at a person,
    so it is ``None`` (the page reads "fewer than 5"); staff see every count."""
    if exact or count >= SMALL_COUNT:
        return count
    return None


def _median_hours(durations):
    return (
        round(statistics.median(durations).total_seconds() / 3600, 1)
        if durations
        else None
    )


def network_figures(*, locale, exact=False, now=None):
    """The network's figures: members by kind, guides per region (and regions
    without an accepting guide), introduction requests and how fast they are
    answered, event sessions and attendance. ``exact`` for staff; otherwise
    every count below 5 is ``None`` (the page reads "fewer than 5") and the
    median answer time (hours) is known only with at least 5 answers. Nine
    queries, whatever the amount of data."""
    now = now or timezone.now()

    def shown(count):
        return shown_count(count, exact=exact)

    kinds = dict(
        MemberProfile.objects.filter(user__is_active=True)
        .values_list("kind")
        .annotate(n=Count("pk"))
    )
    # A kind of "" is a member who did not say (listed only if there are some).
    members = {
        "total": shown(sum(kinds.values())),
        "kinds": [
            {"kind": kind, "count": shown(kinds.get(kind.value, 0))}
            for kind in MemberKind
        ]
        + ([{"kind": "", "count": shown(kinds[""])}] if kinds.get("") else []),
    }

    # Guides per region: a guide of a whole region, or of one of its towns.
    approved = {"guideprofile__status": GuideStatus.APPROVED}
    areas = [
        *GuideProfile.regions.through.objects.filter(**approved).values_list(
            "guideprofile_id", "region__translation_key", "guideprofile__accepting"
        ),
        *GuideProfile.municipalities.through.objects.filter(**approved).values_list(
            "guideprofile_id",
            "municipality__region__translation_key",
            "guideprofile__accepting",
        ),
    ]
    guides_by_region, accepting_by_region = {}, {}
    for guide_id, region_key, accepting in areas:
        guides_by_region.setdefault(region_key, set()).add(guide_id)
        if accepting:
            accepting_by_region.setdefault(region_key, set()).add(guide_id)
    regions = []
    free = iter(
        position
        for position in (
            (i % TILE_COLUMNS, i // TILE_COLUMNS) for i in range(TILE_COLUMNS * 20)
        )
        if position not in TILE_POSITIONS.values()
    )
    for region in regions_in(locale):
        key = region.translation_key
        column, row = TILE_POSITIONS.get(region.slug) or next(free)
        regions.append(
            {
                "region": region,
                "guides": shown(len(guides_by_region.get(key, ()))),
                "accepting": shown(len(accepting_by_region.get(key, ()))),
                "lacking": not accepting_by_region.get(key),
                "x": column * 200 + 4,
                "y": row * 130 + 4,
            }
        )
    all_guides = {guide for ids in guides_by_region.values() for guide in ids}
    all_accepting = {guide for ids in accepting_by_region.values() for guide in ids}

    S = IntroductionStatus
    requests = IntroductionRequest.objects.aggregate(
        made=Count("pk", filter=Q(confirmed_at__isnull=False)),
        answered=Count("pk", filter=Q(first_answered_at__isnull=False)),
        accepted=Count("pk", filter=Q(status__in=[S.ACCEPTED, S.INTRODUCED, S.CLOSED])),
        completed=Count("pk", filter=Q(status__in=[S.INTRODUCED, S.CLOSED])),
    )
    waits = [
        answered - confirmed
        for confirmed, answered in IntroductionRequest.objects.filter(
            confirmed_at__isnull=False, first_answered_at__isnull=False
        ).values_list("confirmed_at", "first_answered_at")
    ]
    median = _median_hours(waits) if exact or len(waits) >= SMALL_COUNT else None

    sessions_held = (
        EventSession.objects.filter(starts_at__lt=now)
        .values("translation_key")
        .distinct()
        .count()
    )
    registrations = Registration.objects.aggregate(
        registered=Count("pk", filter=Q(status=RegistrationStatus.CONFIRMED)),
        attended=Count("pk", filter=Q(attended_at__isnull=False)),
    )
    return {
        "exact": exact,
        "small_count": SMALL_COUNT,
        "members": members,
        "guides": {
            "total": shown(len(all_guides)),
            "accepting": shown(len(all_accepting)),
        },
        "regions": regions,
        "lacking": [entry["region"] for entry in regions if entry["lacking"]],
        "map": {
            "width": TILE_COLUMNS * 200 + 8,
            "height": (max((r["y"] for r in regions), default=0) + 134),
        },
        "requests": {name: shown(count) for name, count in requests.items()},
        "median_answer_hours": median,
        "events": {
            "sessions": shown(sessions_held),
            "registered": shown(registrations["registered"]),
            "attended": shown(registrations["attended"]),
        },
    }
