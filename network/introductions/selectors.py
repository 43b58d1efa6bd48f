"""Reads of introduction requests, for the newcomer, the guide and staff.

A request is visible only to its newcomer (their account, or the private link
of a visitor's request), the guide it is with, and staff with the network
permission (the admin). What the guide reads of it depends on the status: the
contact details only once they accept.
"""

from django.db.models import Prefetch

from cms.regions.selectors import regions_in

from ..models.introductions import IntroductionOffer, IntroductionRequest
from ..models.profiles import GuideProfile
from .matching import rank_guides


def _detail(queryset):
    return queryset.select_related(
        "region", "municipality", "guide__member__user", "requested_guide__member"
    ).prefetch_related(
        "transitions",
        Prefetch(
            "offers",
            queryset=IntroductionOffer.objects.select_related("guide__member"),
        ),
    )


def newcomer_request(*, token):
    """The request behind a private link (its newcomer's page), or ``None``."""
    return _detail(IntroductionRequest.objects.filter(token=token)).first()


def newcomer_requests(*, user):
    """The signed-in member's own requests, newest first."""
    return list(
        IntroductionRequest.objects.of_newcomer(user).select_related(
            "region", "guide__member"
        )
    )


def guide_requests(*, user):
    """The requests now with ``user``'s guide profile, newest first."""
    return list(
        IntroductionRequest.objects.offered_to(user).select_related(
            "region", "municipality"
        )
    )


def guide_request(*, user, request_id):
    """One request with ``user``'s guide, or ``None``."""
    return _detail(
        IntroductionRequest.objects.offered_to(user).filter(pk=request_id)
    ).first()


def current_offer(request):
    """The offer that brought the request to its current guide."""
    offers = [o for o in request.offers.all() if o.guide_id == request.guide_id]
    return offers[-1] if offers else None


def suggestion_reasons(request):
    """Why the current guide was suggested, as the matching stored it (a list
    of ``{"code": ..., "value": ...}``): shown to the newcomer after
    acceptance."""
    offer = current_offer(request)
    return offer.reasons if offer is not None else []


def staff_ranking(request):
    """Every accepting guide of the region not yet offered the request, best
    first, with their reasons (full ones included, marked)."""
    return rank_guides(request, include_full=True)


def accepting_coverage(*, user):
    """Where accepting guides ``user`` can see work: the translation keys of
    their regions, and (municipality key, its region's key) pairs of their
    municipalities. Two queries, shared by the directory's two lists."""
    guides = GuideProfile.objects.visible_to(user).filter(accepting=True)
    regions = set(
        GuideProfile.regions.through.objects.filter(
            guideprofile__in=guides
        ).values_list("region__translation_key", flat=True)
    )
    municipalities = set(
        GuideProfile.municipalities.through.objects.filter(
            guideprofile__in=guides
        ).values_list(
            "municipality__translation_key", "municipality__region__translation_key"
        )
    )
    return regions, municipalities


def regions_with_guides(*, user, locale, coverage=None):
    """Regions (in ``locale``) with an accepting guide ``user`` can see: each
    has an "ask any guide in this region" link in the directory. ``coverage``:
    what ``accepting_coverage(user=user)`` returned, if the caller has it."""
    regions, municipalities = coverage or accepting_coverage(user=user)
    keys = regions | {region_key for _key, region_key in municipalities}
    return [region for region in regions_in(locale) if region.translation_key in keys]
